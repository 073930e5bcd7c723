/**
 * A table of pages, for a statement of more than ONE_PAGE_UP_TO services (a smaller one is one
 * page, all on screen: ServiceView). The table holds the page on screen; up to FINDABLE_UP_TO
 * matches, the other pages' services are in the DOM too, as text hidden until the browser's
 * find-in-page finds it (`hidden="until-found"`), so a reader's Ctrl+F reaches every service, and
 * a match shows its page. That text is added a slice a task after the page on screen is painted,
 * so neither loading nor typing makes a long task. Above FINDABLE_UP_TO matches, only the page on
 * screen is in the DOM, which keeps 50,000 fast.
 *
 * Part of the module most statements never fetch (paging.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { pageCount, pageOf, pageRange } from '../services/pages.js';
import { adoptPageStyles } from './service-pages.styles.js';
import { afterNextPaint, yieldToMain } from './yield-to-main.js';

/** Up to this many matches, every row is in the table, for find-in-page (see above). */
export const FINDABLE_UP_TO = 2000;

/** `sla-page=all`: every page shown. */
const ALL_PAGES = 'all';

/** Services of other pages added to the hidden text per task (see fill). */
const ROWS_PER_SLICE = 250;

/**
 * After the reader changed the view, the hidden text waits until they pause: find-in-page is not
 * used while typing, and text added between two keystrokes would only be taken away again by the
 * second, at its cost.
 */
const FILL_AFTER_MS = 500;

/** Positions [start, end) among the matches. */
export type RowRange = readonly [number, number];

/** The other pages' services, as text hidden until found (see ServicePages.findableText). */
export interface FindableText {
  matches: Uint32Array;
  pages: (RowRange | undefined)[];
}

/** What a table of pages shows beyond its rows: plain data, derived in each of the host's updates. */
export interface PagedTable {
  /** The rows in the table: the page on screen, or every match while printing or showing all. */
  shown: RowRange;
  page: number;
  pageCount: number;
  /** The reader asked to see every page at once. */
  all: boolean;
  /** Every match is reachable by find-in-page (up to FINDABLE_UP_TO). */
  findable: boolean;
  findableText: FindableText | undefined;
  /** The hidden text is of earlier matches: out of find-in-page's reach until made again. */
  findableStale: boolean;
}

export class ServicePages {
  page = 0;
  /**
   * While printing, every matching row is in the table: paper has no pager. Set by the element
   * too, before a print it starts itself (ServiceView.printEveryRow).
   */
  printing = false;
  /** The reader asked to see every page at once (only offered up to FINDABLE_UP_TO matches). */
  all = false;
  /** Indexes of the matching services, in display order, as the service view last selected them. */
  #matches: Uint32Array = new Uint32Array();
  /** The matches the hidden text was made for, and how many of their pages it holds (see fill). */
  #findableFor: Uint32Array | undefined;
  #filled = 0;
  /** Counts fills begun, so that a fill overtaken by a newer one, or stopped, ends. */
  #fills = 0;
  readonly #host: ReactiveControllerHost;
  readonly #pageSize: () => number;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, pageSize: () => number) {
    this.#host = host;
    this.#pageSize = pageSize;
    if (host.renderRoot instanceof ShadowRoot) adoptPageStyles(host.renderRoot);
    this.#listen(true);
  }

  /** The page (or every page) a shared link's `sla-page` names, for the first matches. */
  restore(written: string | null, matches: Uint32Array): void {
    this.all = written === ALL_PAGES;
    const page = Number(written);
    this.follow(matches, Number.isInteger(page) && page > 1 ? page - 1 : 0, false);
  }

  /** What the URL's `sla-page` says of the view: empty for the first page. */
  get written(): string {
    return this.all ? ALL_PAGES : this.page > 0 ? String(this.page + 1) : '';
  }

  /**
   * New matches (or the same in a new order): the view goes to `page`, or the last there is, and
   * their hidden text is made again, after the reader pauses unless `pause` is false.
   */
  follow(matches: Uint32Array, page: number, pause = true): void {
    this.#matches = matches;
    this.goToPage(page);
    this.#fill(pause);
  }

  goToPage(page: number): void {
    this.page = Math.max(0, Math.min(page, this.#pageCount(false) - 1));
  }

  /** Shows the page of the match at `position`, unless every page is shown. */
  showPosition(position: number): void {
    if (!this.#showingAll(false)) this.page = pageOf(this.#matches.length, this.#pageSize(), position);
  }

  /** Every page at once, or page by page again. */
  showAll(all: boolean): void {
    this.all = all;
    this.page = 0;
    this.#fill();
  }

  /** The element came back into the page: the hidden text its removal stopped is made again. */
  resume(): void {
    this.#listen(true);
    this.#fill();
  }

  /** The element left the page, or shows another statement: no more hidden text, whose updates would be for nothing. */
  stop(): void {
    this.#listen(false);
    this.#fills++;
  }

  #listen(on: boolean): void {
    const listen = on ? addEventListener : removeEventListener;
    listen('beforeprint', this.#onPrint);
    listen('afterprint', this.#onPrint);
  }

  readonly #onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
  };

  table(): PagedTable {
    const matches = this.#matches;
    const total = matches.length;
    return {
      shown: this.#showingAll(this.printing) ? [0, total] : pageRange(total, this.#pageSize(), this.page),
      page: this.page,
      pageCount: this.#pageCount(this.printing),
      all: this.all,
      findable: total <= FINDABLE_UP_TO,
      findableText: this.#findableText(),
      findableStale: this.#findableFor !== undefined && this.#findableFor !== matches,
    };
  }

  #showingAll(printing: boolean): boolean {
    return printing || (this.all && this.#matches.length <= FINDABLE_UP_TO);
  }

  /** Pages the pager offers: one while every row is shown. */
  #pageCount(printing: boolean): number {
    return this.#showingAll(printing) ? 1 : pageCount(this.#matches.length, this.#pageSize());
  }

  /**
   * The other pages, whose services are in the DOM as text hidden until found, a page each, in
   * order, and the matches they are pages of; undefined for the page on screen and for pages not
   * added yet. Each keeps its place in the list, so pages added or turned later leave the others
   * as they are.
   */
  #findableText(): FindableText | undefined {
    const matches = this.#findableFor;
    if (!matches || this.all || matches.length > FINDABLE_UP_TO) return undefined;
    const current = matches === this.#matches ? this.page : -1;
    const size = this.#pageSize();
    return {
      matches,
      pages: Array.from({ length: pageCount(matches.length, size) }, (_, page) =>
        page === current || page >= this.#filled ? undefined : pageRange(matches.length, size, page),
      ),
    };
  }

  /**
   * Puts the services of the other pages in the DOM, as hidden text, a slice a task, once the
   * update under way has painted the page on screen (and, after a reader's change, once they
   * pause): the matches changed, so the text there is no longer theirs. Hidden text needs no
   * layout, and is kept out of the table, whose every change lays out all its rows again: 1,000
   * hidden rows in it made each keystroke 20-30 ms.
   */
  #fill(pause = true): void {
    const fill = ++this.#fills;
    void (async () => {
      await this.#host.updateComplete;
      // Not in the frame that shows the rows: after it, or after the reader's pause.
      await (pause ? new Promise((resolve) => setTimeout(resolve, FILL_AFTER_MS)) : afterNextPaint());
      if (fill !== this.#fills) return;
      // The earlier text leaves the DOM in this task, then the new comes a slice a task.
      this.#findableFor = this.#matches;
      this.#filled = 0;
      while (fill === this.#fills) {
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        await yieldToMain();
        const pages = this.#findableText()?.pages.length ?? 0;
        if (fill !== this.#fills || this.#filled >= pages) return;
        this.#filled += Math.max(1, Math.floor(ROWS_PER_SLICE / this.#pageSize()));
      }
    })();
  }
}
