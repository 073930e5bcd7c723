/**
 * A link to one service (`#service-<id>` or `#service-<row number>`, src/services/service-anchors.ts)
 * in the page URL, on load and whenever the hash changes: a new `link` tells the service view to
 * show that service's row, which is scrolled to the middle of the screen, marked, and given focus,
 * so a screen reader starts there too. A row find-in-page found on another page is marked and scrolled
 * to the same way, without focus, which stays in the browser's find bar.
 */
import type { ReactiveController } from 'lit';
import type { ServiceItem } from '../format/schema.js';
import { findServiceAnchor } from '../services/service-anchors.js';
import { pageHash } from './page-url.js';
import type { TableHost } from './table-fit.js';

export class ServiceTarget implements ReactiveController {
  /** The index of the service whose row is marked: a link's, or find-in-page's last find. */
  index: number | undefined;
  /** The link followed last, a new object for each, so following the same link again is news too. */
  link: { index: number } | undefined;
  #items: readonly ServiceItem[] = [];
  readonly #host: TableHost;

  constructor(host: TableHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#follow);
  }

  /** A new statement: follows a link to one of its services. */
  show(items: readonly ServiceItem[]): void {
    this.#items = items;
    this.index = undefined;
    this.#follow();
  }

  /** Marks the row of the service at `index` and brings it into view once rendered, focused for a link. */
  mark(index: number, focus: boolean): void {
    this.index = index;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      if (this.index !== index) return;
      const heading = this.#host.renderRoot.querySelector<HTMLElement>('tbody tr.marked > th');
      heading?.scrollIntoView({ block: 'center' });
      if (focus) heading?.focus({ preventScroll: true });
    });
  }

  readonly #follow = (): void => {
    const index = findServiceAnchor(this.#items, pageHash());
    if (index !== undefined) {
      this.link = { index };
      this.mark(index, true);
    } else if (this.index !== undefined) {
      this.index = undefined;
      this.#host.requestUpdate();
    }
  };
}
