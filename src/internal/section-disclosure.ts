/**
 * Which sections are open, and the ways a reader opens them: the section's own button, show all /
 * hide all, a `#anchor` in the page URL (on load and on hashchange) and find-in-page.
 * Printing needs no state: the print stylesheet shows every panel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageHash } from './page-url.js';

export type ExpandedDefault = 'all' | 'first' | 'none';

export interface DisclosureHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class SectionDisclosure implements ReactiveController {
  #anchors: readonly string[] = [];
  #open = new Set<string>();
  readonly #host: DisclosureHost;

  constructor(host: DisclosureHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** A new statement: open sections as `expanded` says, then honour the URL's `#anchor`. */
  reset(anchors: readonly string[], expanded: ExpandedDefault): void {
    this.#anchors = anchors;
    this.#open = new Set(
      expanded === 'all' ? anchors : expanded === 'first' ? anchors.slice(0, 1) : [],
    );
    void this.#host.updateComplete.then(() => this.#revealHash());
  }

  isOpen(anchor: string): boolean {
    return this.#open.has(anchor);
  }

  get allOpen(): boolean {
    return this.#anchors.length > 0 && this.#anchors.every((anchor) => this.#open.has(anchor));
  }

  toggle(anchor: string): void {
    this.setOpen(anchor, !this.#open.has(anchor));
  }

  setOpen(anchor: string, open: boolean): void {
    if (open) this.#open.add(anchor);
    else this.#open.delete(anchor);
    this.#host.requestUpdate();
  }

  toggleAll(): void {
    this.#open = this.allOpen ? new Set() : new Set(this.#anchors);
    this.#host.requestUpdate();
  }

  readonly #onHashChange = (): void => {
    this.#revealHash();
  };

  /** Opens the section the URL points at, scrolls to it and moves focus to its button. */
  #revealHash(): void {
    const anchor = pageHash();
    if (!anchor || !this.#anchors.includes(anchor)) return;
    this.setOpen(anchor, true);
    void this.#host.updateComplete.then(() => {
      const button = this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`heading-${anchor}`)}`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
  }
}
