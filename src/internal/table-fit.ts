/**
 * Whether the service table's columns fit the width it has. When they do not (a phone, or a
 * narrow column of a portal's layout, with many columns), the table is shown as stacked rows: each
 * service a block, its name as the block's heading and its other fields as «label: value», so
 * nothing scrolls sideways. Measured, not guessed from the screen's width: whether nine columns
 * fit depends on the text in them, the font and the room the page gives the element.
 *
 * The table is measured laid out as a table; once stacked, it is tried as a table again only when
 * its box grows to the width the table needed, so the two layouts never take turns.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TableHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
}

export class TableFit implements ReactiveController {
  stacked = false;
  /** The table's width when it last did not fit, in CSS pixels. */
  #needed = 0;
  #region: Element | undefined;
  #observer: ResizeObserver | undefined;
  readonly #host: TableHost;

  constructor(host: TableHost) {
    this.#host = host;
    host.addController(this);
  }

  /** A new statement: its columns are measured afresh. */
  reset(): void {
    this.stacked = false;
    this.#needed = 0;
  }

  hostUpdated(): void {
    // Looked up only when the table is new: this runs after every update, keystrokes included.
    if (this.#region?.isConnected) return;
    const region = this.#host.renderRoot.querySelector('.table-scroll') ?? undefined;
    if (region === this.#region) return;
    this.#observer?.disconnect();
    this.#region = region;
    if (!region) return;
    this.#observer ??= new ResizeObserver(() => this.#measure());
    // The region's width is the room; the table's size changes with the rows on screen.
    this.#observer.observe(region);
    this.#observer.observe(region.querySelector('table')!);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#region = undefined;
  }

  /**
   * Called after layout (ResizeObserver), where reading sizes costs nothing. The new layout
   * follows in the next frame: changed here, it would resize what was just observed, and the
   * browser would report a ResizeObserver loop as an error to the page.
   */
  #measure(): void {
    const table = this.#region?.querySelector('table');
    if (!this.#region || !table) return;
    const room = this.#region.clientWidth;
    if (!this.stacked && table.offsetWidth > room + 1) {
      this.#needed = table.offsetWidth;
      this.stacked = true;
    } else if (this.stacked && room >= this.#needed) {
      this.stacked = false;
    } else {
      return;
    }
    requestAnimationFrame(() => this.#host.requestUpdate());
  }
}
