/**
 * The reader's view of the service table: search text, unit, sort and page, kept in the page URL
 * so a view can be shared as a link. Query parameters (`sla-q`, `sla-unit`, `sla-sort`, `sla-page`)
 * are used, not the hash, which belongs to section deep links and links to one service.
 *
 * Which services are in the DOM: a statement of up to 100 services is one page, all on screen.
 * Beyond, the table holds the page on screen; up to 2,000 matches, the other pages' services are
 * in the DOM too, as text hidden until the browser's find-in-page finds it (`hidden="until-found"`),
 * so a reader's Ctrl+F reaches every service, and a match shows its page. That text is added a
 * slice a task after the page on screen is painted, so neither loading nor typing makes a long
 * task. Above 2,000 matches, only the page on screen is in the DOM, which keeps 50,000 fast.
 */
import type { ReactiveController } from 'lit';
import type { ServiceItem } from '../format/schema.js';
import {
  SERVICE_COLUMNS,
  ServiceCatalog,
  type Selection,
  type ServiceColumn,
  type ServiceQuery,
  type ServiceSort,
  type UnitCount,
} from '../services/service-catalog.js';
import { ONE_PAGE_UP_TO, pageCount, pageOf, pageRange, pageSizeFor } from '../services/pages.js';
import { requestIdle } from './idle.js';
import type { MatchHighlight } from './match-highlight.js';
import { loadOnDemand } from './on-demand.js';
import { ServiceTarget } from './service-target.js';
import { TableFit, type TableHost } from './table-fit.js';
import { SLICE_MS } from '../scheduling/time-slice.js';
import { afterNextPaint, yieldToMain } from './yield-to-main.js';

const PARAM = { text: 'sla-q', unit: 'sla-unit', sort: 'sla-sort', page: 'sla-page' } as const;
/** `sla-page=all`: every page shown. */
const ALL_PAGES = 'all';

/** Typing fast must not flood the history API (browsers throttle it), so the URL follows after a pause. */
const URL_DELAY_MS = 400;

/** Up to this many services, sorting at once takes a few milliseconds; beyond, it runs in slices. */
const SORT_AT_ONCE = 2000;

/** Up to this many matches, every row is in the table, for find-in-page (see above). */
export const FINDABLE_UP_TO = 2000;

/** Above this many services, the search is fetched before the reader asks (see fetchSearchWhenIdle). */
const SEARCH_AHEAD_FROM = 2000;

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

/** The other pages' services, as text hidden until found (see ServiceView.findableText). */
export interface FindableText {
  matches: Uint32Array;
  pages: (RowRange | undefined)[];
}

/** What the service table shows: plain data, derived at the start of each of the host's updates. */
export interface ServiceTable {
  items: readonly ServiceItem[];
  query: ServiceQuery;
  units: UnitCount[];
  /** Indexes of the matching services, in display order. */
  matches: Uint32Array;
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
  /** Shown as stacked rows: the columns do not fit. */
  stacked: boolean;
  /** A long list is being sorted (aria-busy). */
  sorting: boolean;
  /** The search could not be fetched: the text typed selects nothing yet. */
  searchFailed: boolean;
  /** The service whose row is marked. */
  marked: number | undefined;
  /**
   * A table of one page (up to ONE_PAGE_UP_TO services) keeps a row for every service and hides
   * those the query does not match: a keystroke then changes rows' attributes instead of filling
   * rows with other services, which on a phone took 60-150 ms a keystroke (bench/README.md). Every
   * service in display order, and which of them match; undefined for a table of pages.
   */
  everyRow: { order: Uint32Array; matched: Uint8Array } | undefined;
}

export class ServiceView implements ReactiveController {
  /** Undefined until a statement with services is shown. */
  table: ServiceTable | undefined;
  private query: ServiceQuery = { text: '', unit: null, sort: null };
  private page = 0;
  /** The reader asked to see every page at once (only offered up to FINDABLE_UP_TO matches). */
  private all = false;
  private catalog: ServiceCatalog | undefined;
  private units: UnitCount[] = [];
  /** Indexes of the matching services, in display order; selected when the query changes. */
  private matches: Uint32Array = new Uint32Array();
  /** Whether the table's columns fit its box, or it is shown as stacked rows. */
  private readonly fit: TableFit;
  /** The service a `#service-…` link in the page URL points at. */
  private readonly target: ServiceTarget;
  /** The link whose service was revealed last, to tell a new one from it. */
  private followedLink: ServiceTarget['link'];
  /** The search (service-search.ts), once fetched, and whether fetching it failed. */
  private searchModule: typeof import('./service-search.js') | undefined;
  private searchFailed = false;
  /** Settles when the search being fetched is in use; the element's updateComplete waits for it. */
  fetching: Promise<void> | undefined;
  private highlight: MatchHighlight | undefined;
  /** The last query's selection, which the next keystroke can narrow instead of searching all. */
  private lastSelection: Selection | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * While printing, every matching row is rendered: paper has no pager. Set by the element too,
   * before a print it starts itself: the `beforeprint` of `print()` comes too late for an update.
   */
  printing = false;
  /** A sort being prepared in slices; until it is ready the rows keep the order last applied. */
  private pendingSort: ServiceSort | undefined;
  private appliedSort: ServiceSort | null = null;
  /** The matches the hidden text was made for, and how many of their pages it holds (see fill). */
  private findableFor: Uint32Array | undefined;
  private filled = 0;
  /** Counts fills begun, so that a fill overtaken by a newer one stops. */
  private fills = 0;
  /** Every service in the order of a sort, for a table of one page (see everyRow). */
  private everyRowOrder: { catalog: ServiceCatalog; sort: ServiceSort | null; order: Uint32Array } | undefined;

  constructor(
    private readonly host: TableHost,
    private readonly requestedPageSize: () => number,
  ) {
    host.addController(this);
    this.fit = new TableFit(host);
    this.target = new ServiceTarget(host);
  }

  /** Follows a new `#service-…` link, then derives what the table shows. */
  hostUpdate(): void {
    const { link } = this.target;
    if (link !== this.followedLink) {
      this.followedLink = link;
      if (link) this.reveal(link.index);
    }
    const { catalog, matches } = this;
    if (!catalog) return;
    const shown = this.shownRange;
    this.highlight?.show(this.searchModule?.searchWords(this.query.text) ?? [], [matches, ...shown]);
    this.table = {
      items: catalog.items,
      query: this.query,
      units: this.units,
      matches,
      shown,
      page: this.page,
      pageCount: this.pageCount,
      all: this.all,
      findable: this.findable,
      findableText: this.findableText,
      findableStale: this.findableFor !== undefined && this.findableFor !== matches,
      stacked: this.fit.stacked,
      sorting: this.pendingSort !== undefined,
      searchFailed: this.searchFailed,
      marked: this.target.index,
      everyRow: this.everyRow(catalog, matches),
    };
  }

  /** For a table of one page: every service in the applied sort's order, and which match. */
  private everyRow(catalog: ServiceCatalog, matches: Uint32Array): ServiceTable['everyRow'] {
    if (catalog.items.length > ONE_PAGE_UP_TO) return undefined;
    if (this.everyRowOrder?.sort !== this.appliedSort || this.everyRowOrder.catalog !== catalog) {
      const order = catalog.select({ text: '', unit: null, sort: this.appliedSort }).matches;
      this.everyRowOrder = { catalog, sort: this.appliedSort, order };
    }
    const matched = new Uint8Array(catalog.items.length);
    for (const index of matches) matched[index] = 1;
    return { order: this.everyRowOrder.order, matched };
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Moved in the page: the hidden text its removal stopped is made again.
    if (this.catalog) this.fill();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.writeUrl();
    // A removed element makes no more hidden text: its updates would be for nothing.
    this.fills++;
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };

  /** A new statement: index its services and restore the view from the URL and its `#service-…`. */
  show(items: readonly ServiceItem[]): void {
    const catalog = new ServiceCatalog(items);
    this.catalog = catalog;
    this.units = catalog.units();
    const params = new URLSearchParams(location.search);
    this.query = readQuery(params, this.units);
    this.lastSelection = undefined;
    this.pendingSort = undefined;
    this.appliedSort = null;
    this.applySort();
    this.select();
    const page = params.get(PARAM.page);
    this.all = page === ALL_PAGES;
    this.page = Math.min(readPage(page), this.pageCount - 1);
    this.findableFor = undefined;
    this.fit.reset();
    this.fill(false);
    this.target.show(items);
    if (this.searchModule) {
      catalog.useSearch(this.searchModule);
      void this.prepareSearch(catalog);
    } else if (this.query.text) this.fetchSearch();
  }

  /**
   * Once the statement is shown: a long list fetches its search when the browser is first idle,
   * as making its keys takes a while (in slices) and should be done before the reader types.
   */
  fetchSearchWhenIdle(): void {
    if (!this.searchModule && (this.catalog?.items.length ?? 0) > SEARCH_AHEAD_FROM) requestIdle(() => this.fetchSearch());
  }

  /**
   * Fetches the search when the reader comes to the search box (its focus: the fetch overlaps
   * the first letters typed), types, or the URL restores a search, or, for a long list, when
   * idle. A failed fetch is tried again at the next keystroke; meanwhile the table says that
   * search is unavailable.
   */
  fetchSearch(): void {
    if (this.searchModule || this.fetching) return;
    this.fetching = loadOnDemand('search', () => import('./service-search.js')).then((search) => {
      this.fetching = undefined;
      this.searchFailed = !search;
      if (search) this.useSearch(search);
      this.host.requestUpdate();
    });
  }

  private useSearch(search: typeof import('./service-search.js')): void {
    this.searchModule = search;
    this.highlight = new search.MatchHighlight(this.host);
    const { catalog } = this;
    if (!catalog) return;
    catalog.useSearch(search);
    void this.prepareSearch(catalog);
    if (!this.query.text) return;
    this.select();
    // The page restored from the URL was of this search's matches: kept if they still have it.
    this.page = Math.min(this.page, this.pageCount - 1);
    this.fill();
    // A row marked before the search applied (a link in the URL beside a search) stays in view,
    // as following the link with the search in use would have kept it.
    const marked = this.target.index;
    if (marked !== undefined && this.matches.indexOf(marked) < 0) {
      this.reveal(marked);
      this.target.mark(marked, this.followedLink?.index === marked);
    }
  }

  /**
   * Makes the search keys at once, in slices of a few milliseconds, so even a reader who types
   * straight away finds them ready.
   */
  private async prepareSearch(catalog: ServiceCatalog): Promise<void> {
    // Not in the task that renders the statement: that one is long enough.
    for (;;) {
      await yieldToMain();
      if (this.catalog !== catalog) return;
      const sliceEnd = performance.now() + SLICE_MS;
      if (catalog.prepareSearch(() => performance.now() < sliceEnd)) return;
    }
  }

  /** The services matching the query, in the order its sort has ready. */
  private select(): void {
    this.lastSelection = this.catalog?.select({ ...this.query, sort: this.appliedSort }, this.lastSelection);
    this.matches = this.lastSelection?.matches ?? new Uint32Array();
  }

  /**
   * Applies the query's sort if its order is ready (or cheap); else prepares it in slices, the
   * rows keeping the order last applied, and applies it when ready.
   */
  private applySort(): void {
    const { catalog } = this;
    const { sort } = this.query;
    if (!catalog || !sort || catalog.items.length <= SORT_AT_ONCE || catalog.hasOrder(sort)) {
      this.pendingSort = undefined;
      this.appliedSort = sort;
      return;
    }
    if (this.pendingSort === sort) return;
    this.pendingSort = sort;
    void (async () => {
      // Without its module, the order is made at once when selected: one long task, the same rows.
      const slicing = await loadOnDemand('sorting', () => import('../services/sort-in-slices.js'));
      if (slicing) await catalog.prepareOrder(sort, slicing.sortInSlices, yieldToMain);
      if (this.catalog !== catalog || this.pendingSort !== sort) return;
      this.pendingSort = undefined;
      this.appliedSort = sort;
      this.select();
      this.fill();
      this.host.requestUpdate();
    })();
  }

  /** Services per page: the element's page size, or all of a statement of up to 100. */
  private get pageSize(): number {
    return pageSizeFor(this.catalog?.items.length ?? 0, this.requestedPageSize());
  }

  /** Every matching row is in the table, those of other pages hidden until found. */
  private get findable(): boolean {
    return this.matches.length <= FINDABLE_UP_TO;
  }

  private get showingAll(): boolean {
    return this.printing || (this.all && this.findable);
  }

  /** Pages the pager offers: one while every row is shown. */
  private get pageCount(): number {
    return this.showingAll ? 1 : pageCount(this.matches.length, this.pageSize);
  }

  /** The rows of the table: the page on screen, or every match while printing or showing all. */
  private get shownRange(): RowRange {
    const total = this.matches.length;
    return this.showingAll ? [0, total] : pageRange(total, this.pageSize, this.page);
  }

  /**
   * The other pages, whose services are in the DOM as text hidden until found, a page each, in
   * order, and the matches they are pages of; undefined for the page on screen and for pages not
   * added yet. Each keeps its place in the list, so pages added or turned later leave the others
   * as they are.
   */
  private get findableText(): FindableText | undefined {
    const matches = this.findableFor;
    if (!matches || this.all || matches.length > FINDABLE_UP_TO) return undefined;
    const current = matches === this.matches ? this.page : -1;
    return {
      matches,
      pages: Array.from({ length: pageCount(matches.length, this.pageSize) }, (_, page) =>
        page === current || page >= this.filled ? undefined : pageRange(matches.length, this.pageSize, page),
      ),
    };
  }

  search(text: string): void {
    this.fetchSearch();
    this.update({ ...this.query, text });
  }

  filterUnit(unit: string | null): void {
    this.update({ ...this.query, unit });
  }

  /** Ascending on the first activation of a column, then descending, then ascending again. */
  sortBy(column: ServiceColumn): void {
    const current = this.query.sort;
    const direction = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.update({ ...this.query, sort: { column, direction } });
  }

  goToPage(page: number): void {
    this.page = Math.max(0, Math.min(page, this.pageCount - 1));
    this.changed();
  }

  /**
   * Find-in-page found the service at `position` on a page not on screen: that page is shown, the
   * service's row marked and scrolled to. The browser reveals the hidden text it found, but that
   * text leaves the DOM as its page comes on screen, so the browser cannot scroll to it itself.
   */
  found(position: number): void {
    this.goToPage(pageOf(this.matches.length, this.pageSize, position));
    this.target.mark(this.matches[position]!, false);
  }

  /** Every page at once, or page by page again. */
  showAll(all: boolean): void {
    this.all = all;
    this.page = 0;
    this.fill();
    this.changed();
  }

  /** A link to the service at `index` was followed: its page, after a search or filter that hid it is cleared. */
  private reveal(index: number): void {
    if (!this.catalog) return;
    if (this.matches.indexOf(index) < 0) {
      this.query = { ...this.query, text: '', unit: null };
      this.select();
      this.fill();
    }
    if (!this.showingAll) this.page = pageOf(this.matches.length, this.pageSize, this.matches.indexOf(index));
    this.changed();
  }

  private update(query: ServiceQuery): void {
    this.query = query;
    this.applySort();
    this.select();
    this.page = 0;
    this.fill();
    this.changed();
  }

  /**
   * Puts the services of the other pages in the DOM, as hidden text, a slice a task, once the
   * update under way has painted the page on screen (and, after a reader's change, once they
   * pause): the matches changed, so the text there is no longer theirs. Hidden text needs no
   * layout, and is kept out of the table, whose every change lays out all its rows again: 1,000
   * hidden rows in it made each keystroke 20-30 ms.
   */
  private fill(pause = true): void {
    const fill = ++this.fills;
    void (async () => {
      await this.host.updateComplete;
      // Not in the frame that shows the rows: after it, or after the reader's pause.
      await (pause ? new Promise((resolve) => setTimeout(resolve, FILL_AFTER_MS)) : afterNextPaint());
      if (fill !== this.fills) return;
      // The earlier text leaves the DOM in this task, then the new comes a slice a task.
      this.findableFor = this.matches;
      this.filled = 0;
      while (fill === this.fills && this.catalog) {
        this.host.requestUpdate();
        await this.host.updateComplete;
        await yieldToMain();
        const pages = this.findableText?.pages.length ?? 0;
        if (fill !== this.fills || this.filled >= pages) return;
        this.filled += Math.max(1, Math.floor(ROWS_PER_SLICE / this.pageSize));
      }
    })();
  }

  private changed(): void {
    this.host.requestUpdate();
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), URL_DELAY_MS);
  }

  private writeUrl(): void {
    clearTimeout(this.urlTimer);
    if (!this.catalog) return;
    const url = new URL(location.href);
    const { text, unit, sort } = this.query;
    setParam(url, PARAM.text, text);
    setParam(url, PARAM.unit, unit ?? '');
    setParam(url, PARAM.sort, sort ? `${sort.column}${sort.direction === 'descending' ? ':desc' : ''}` : '');
    setParam(url, PARAM.page, this.all ? ALL_PAGES : this.page > 0 ? String(this.page + 1) : '');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}

function setParam(url: URL, name: string, value: string): void {
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
}

function readQuery(params: URLSearchParams, units: UnitCount[]): ServiceQuery {
  const unit = params.get(PARAM.unit);
  return {
    text: params.get(PARAM.text) ?? '',
    unit: unit !== null && units.some((entry) => entry.unit === unit) ? unit : null,
    sort: readSort(params.get(PARAM.sort)),
  };
}

function readSort(written: string | null): ServiceSort | null {
  const [column, direction] = (written ?? '').split(':');
  if (!SERVICE_COLUMNS.includes(column as ServiceColumn)) return null;
  return { column: column as ServiceColumn, direction: direction === 'desc' ? 'descending' : 'ascending' };
}

function readPage(written: string | null): number {
  const page = Number(written);
  return Number.isInteger(page) && page > 1 ? page - 1 : 0;
}
