/**
 * The reader's view of the service table: search text, unit, sort and page, kept in the page URL
 * so a view can be shared as a link (url-view.ts, a module fetched when the URL names a view or
 * the reader first changes one).
 *
 * A statement of up to ONE_PAGE_UP_TO services is one page, all on screen, where the browser's
 * find-in-page sees every row. A longer one is a table of pages (ServicePages), a module fetched
 * for it (paging.ts).
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
import { requestIdle } from './idle.js';
import type { MatchHighlight } from './match-highlight.js';
import { loadOnDemand, OnDemand } from './on-demand.js';
import { urlView } from './page-url.js';
import { ONE_PAGE_UP_TO, paging } from './paging.js';
import type { PagedTable, ServicePages } from './service-pages.js';
import { ServiceTarget } from './service-target.js';
import { TableFit, type TableHost } from './table-fit.js';
import { yieldToMain } from './yield-to-main.js';

const NO_QUERY: ServiceQuery = { text: '', unit: null, sort: null };

/** Typing fast must not flood the history API (browsers throttle it), so the URL follows after a pause. */
const URL_DELAY_MS = 400;

/** The sort (service-sort.ts), fetched at the first sort, or for a URL's; shared by every element on the page. */
const sorting = new OnDemand('sorting', () => import('./service-sort.js'));

/** Above this many services, the search is fetched before the reader asks (see fetchSearchWhenIdle). */
const SEARCH_AHEAD_FROM = 2000;

/** What the service table shows: plain data, derived at the start of each of the host's updates. */
export interface ServiceTable {
  items: readonly ServiceItem[];
  query: ServiceQuery;
  units: UnitCount[];
  /** Indexes of the matching services, in display order. */
  matches: Uint32Array;
  /** Shown as stacked rows: the columns do not fit. */
  stacked: boolean;
  /** The rows are being sorted (aria-busy). */
  sorting: boolean;
  /** The search could not be fetched: the text typed selects nothing yet. */
  searchFailed: boolean;
  /** The sort could not be fetched: the rows keep their order. */
  sortFailed: boolean;
  /** The words of the search's results and of a sorted table's status, which come with their modules. */
  searchUi: typeof import('./search-messages.js').searchUi | undefined;
  sortUi: typeof import('./sort-messages.js').sortUi | undefined;
  /** The service whose row is marked. */
  marked: number | undefined;
  /**
   * A table of one page keeps a row for every service and hides those the query does not match:
   * a keystroke then changes rows' attributes instead of filling rows with other services, which
   * on a phone took 60-150 ms a keystroke (bench/README.md). Every service in display order, and
   * which of them match; undefined for a table of pages.
   */
  everyRow: { order: Uint32Array; matched: Uint8Array } | undefined;
  /** A table of pages: its rows and pager; undefined for a table of one page. */
  pages: PagedTable | undefined;
}

export class ServiceView implements ReactiveController {
  /** Undefined until a statement with services is shown. */
  table: ServiceTable | undefined;
  #query = NO_QUERY;
  #catalog: ServiceCatalog | undefined;
  #units: UnitCount[] = [];
  /** Indexes of the matching services, in display order; selected when the query changes. */
  #matches: Uint32Array = new Uint32Array();
  /** The pages of a table of more than ONE_PAGE_UP_TO services; undefined for one page. */
  #pages: ServicePages | undefined;
  /** Whether the table's columns fit its box, or it is shown as stacked rows. */
  readonly #fit: TableFit;
  /** The service a `#service-…` link in the page URL points at. */
  readonly #target: ServiceTarget;
  /** The link whose service was revealed last, to tell a new one from it. */
  #followedLink: ServiceTarget['link'];
  /** The search (service-search.ts), once fetched, and whether fetching it failed. */
  #searchModule: typeof import('./service-search.js') | undefined;
  #searchFailed = false;
  /** Settles when the search being fetched is in use. */
  #fetching: Promise<void> | undefined;
  /** Settles when the sort being prepared is applied (or taken back). */
  #ordering: Promise<void> | undefined;
  #sortFailed = false;
  #highlight: MatchHighlight | undefined;
  /** The last query's selection, which the next keystroke can narrow instead of searching all. */
  #lastSelection: Selection | undefined;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;
  /** A sort being made (its module fetched, a long list sorted in slices); until then the rows keep the order last applied. */
  #pendingSort: ServiceSort | undefined;
  #appliedSort: ServiceSort | null = null;
  /** Every service in the order of a sort, for a table of one page (see everyRow). */
  #everyRowOrder: { catalog: ServiceCatalog; sort: ServiceSort | null; order: Uint32Array } | undefined;
  readonly #host: TableHost;
  readonly #pageSize: () => number;

  constructor(
    host: TableHost,
    pageSize: () => number,
  ) {
    this.#host = host;
    this.#pageSize = pageSize;
    host.addController(this);
    this.#fit = new TableFit(host);
    this.#target = new ServiceTarget(host);
  }

  /** Settles once a search being fetched or a sort being made is in use; the element's updateComplete waits for it. */
  get pending(): Promise<void> | undefined {
    return this.#fetching ?? this.#ordering;
  }

  /** Follows a new `#service-…` link, then derives what the table shows. */
  hostUpdate(): void {
    const { link } = this.#target;
    if (link !== this.#followedLink) {
      this.#followedLink = link;
      if (link) this.#reveal(link.index);
    }
    const catalog = this.#catalog;
    const matches = this.#matches;
    if (!catalog) return;
    const pages = this.#pages?.table();
    this.#highlight?.show(this.#searchModule?.searchWords(this.#query.text) ?? [], [matches, ...(pages?.shown ?? [0, matches.length])]);
    this.table = {
      items: catalog.items,
      query: this.#query,
      units: this.#units,
      matches,
      stacked: this.#fit.stacked,
      sorting: this.#pendingSort !== undefined,
      searchFailed: this.#searchFailed,
      sortFailed: this.#sortFailed,
      searchUi: this.#searchModule?.searchUi,
      sortUi: sorting.loaded?.sortUi,
      marked: this.#target.index,
      everyRow: pages ? undefined : this.#everyRow(catalog, matches),
      pages,
    };
  }

  /** For a table of one page: every service in the applied sort's order, and which match. */
  #everyRow(catalog: ServiceCatalog, matches: Uint32Array): ServiceTable['everyRow'] {
    if (this.#everyRowOrder?.sort !== this.#appliedSort || this.#everyRowOrder.catalog !== catalog) {
      const order = catalog.select({ ...NO_QUERY, sort: this.#appliedSort }).matches;
      this.#everyRowOrder = { catalog, sort: this.#appliedSort, order };
    }
    const matched = new Uint8Array(catalog.items.length);
    for (const index of matches) matched[index] = 1;
    return { order: this.#everyRowOrder.order, matched };
  }

  hostConnected(): void {
    this.#pages?.resume();
  }

  hostDisconnected(): void {
    this.#writeUrl();
    this.#pages?.stop();
  }

  /**
   * A new statement: index its services and restore the view from the URL (the loader fetched
   * url-view.ts for a URL that names one) and its `#service-…`. A table of pages needs the paging
   * module, which the loader fetched too (without either, the first page of every service).
   */
  show(items: readonly ServiceItem[]): void {
    const catalog = new ServiceCatalog(items);
    this.#catalog = catalog;
    this.#units = catalog.units();
    const view = urlView.loaded?.readView(this.#units, SERVICE_COLUMNS);
    this.#query = view?.query ?? NO_QUERY;
    this.#lastSelection = undefined;
    this.#pendingSort = undefined;
    this.#appliedSort = null;
    this.#applySort();
    this.#select();
    this.#pages?.stop();
    const pages = items.length > ONE_PAGE_UP_TO ? paging.loaded : undefined;
    this.#pages = pages && new pages.ServicePages(this.#host, this.#pageSize);
    this.#pages?.restore(view?.page ?? null, this.#matches);
    this.#fit.reset();
    this.#target.show(items);
    if (this.#searchModule) {
      catalog.useSearch(this.#searchModule);
      void catalog.prepareSearch(yieldToMain, () => this.#catalog === catalog);
    } else if (this.#query.text) this.fetchSearch();
  }

  /**
   * Once the statement is shown: a long list fetches its search when the browser is first idle,
   * as making its keys takes a while (in slices) and should be done before the reader types.
   */
  fetchSearchWhenIdle(): void {
    if (!this.#searchModule && (this.#catalog?.items.length ?? 0) > SEARCH_AHEAD_FROM) requestIdle(() => this.fetchSearch());
  }

  /**
   * Fetches the search when the reader comes to the search box (its focus: the fetch overlaps
   * the first letters typed), types, or the URL restores a search, or, for a long list, when
   * idle. A failed fetch is tried again at the next keystroke; meanwhile the table says that
   * search is unavailable.
   */
  fetchSearch(): void {
    if (this.#searchModule || this.#fetching) return;
    this.#fetching = loadOnDemand('search', () => import('./service-search.js')).then((search) => {
      this.#fetching = undefined;
      this.#searchFailed = !search;
      if (search) this.#useSearch(search);
      this.#host.requestUpdate();
    });
  }

  #useSearch(search: typeof import('./service-search.js')): void {
    this.#searchModule = search;
    this.#highlight = new search.MatchHighlight(this.#host);
    const catalog = this.#catalog;
    if (!catalog) return;
    catalog.useSearch(search);
    void catalog.prepareSearch(yieldToMain, () => this.#catalog === catalog);
    if (!this.#query.text) return;
    this.#select();
    // The page restored from the URL was of this search's matches: kept if they still have it.
    this.#pages?.follow(this.#matches, this.#pages.page);
    // A row marked before the search applied (a link in the URL beside a search) stays in view,
    // as following the link with the search in use would have kept it.
    const marked = this.#target.index;
    if (marked !== undefined && this.#matches.indexOf(marked) < 0) {
      this.#reveal(marked);
      this.#target.mark(marked, this.#followedLink?.index === marked);
    }
  }

  /** The services matching the query, in the order its sort has ready. */
  #select(): void {
    this.#lastSelection = this.#catalog?.select({ ...this.#query, sort: this.#appliedSort }, this.#lastSelection);
    this.#matches = this.#lastSelection?.matches ?? new Uint32Array();
  }

  /**
   * Applies the query's sort once its order is made, by the sorting module (service-sort.ts,
   * fetched at the first sort; a long list is sorted in slices), the rows keeping the order last
   * applied meanwhile. Should the module not arrive, the sort is taken back and the table says so;
   * the next sort tries again.
   */
  #applySort(): void {
    const catalog = this.#catalog;
    const { sort } = this.#query;
    this.#sortFailed = false;
    if (!catalog || !sort || catalog.hasOrder(sort)) {
      this.#pendingSort = undefined;
      this.#appliedSort = sort;
      return;
    }
    if (this.#pendingSort === sort) return;
    this.#pendingSort = sort;
    const made = this.#makeOrder(catalog, sort);
    this.#ordering = made;
    // Cleared however it ends: applied, or overtaken by another sort or a new statement.
    void made.then(() => {
      if (this.#ordering === made) this.#ordering = undefined;
    });
  }

  /** Makes the order of `sort` and applies it, unless overtaken meanwhile. */
  async #makeOrder(catalog: ServiceCatalog, sort: ServiceSort): Promise<void> {
    const order = await sorting.prepare();
    if (order) await catalog.prepareOrder(sort, order.orderServices, yieldToMain);
    if (this.#catalog !== catalog || this.#pendingSort !== sort) return;
    this.#pendingSort = undefined;
    if (order) {
      this.#appliedSort = sort;
      this.#select();
      this.#pages?.follow(this.#matches, this.#pages.page);
    } else {
      // The rows are as they were, in the order last applied: only the query forgets the sort.
      this.#query = { ...this.#query, sort: this.#appliedSort };
      this.#sortFailed = true;
    }
    this.#changed();
  }

  search(text: string): void {
    this.fetchSearch();
    this.#update({ ...this.#query, text });
  }

  filterUnit(unit: string | null): void {
    this.#update({ ...this.#query, unit });
  }

  /** Ascending on the first activation of a column, then descending, then ascending again. */
  sortBy(column: ServiceColumn): void {
    const current = this.#query.sort;
    const direction = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.#update({ ...this.#query, sort: { column, direction } });
  }

  /**
   * Every matching row in the table, or the page again: a print the element starts itself says so
   * before it starts, as its `beforeprint` comes too late for an update (ServicePages).
   */
  printEveryRow(every: boolean): void {
    if (this.#pages) this.#pages.printing = every;
  }

  goToPage(page: number): void {
    this.#pages?.goToPage(page);
    this.#changed();
  }

  /**
   * Find-in-page found the service at `position` on a page not on screen: that page is shown, the
   * service's row marked and scrolled to. The browser reveals the hidden text it found, but that
   * text leaves the DOM as its page comes on screen, so the browser cannot scroll to it itself.
   */
  found(position: number): void {
    this.#pages?.showPosition(position);
    this.#changed();
    this.#target.mark(this.#matches[position]!, false);
  }

  /** Every page at once, or page by page again. */
  showAll(all: boolean): void {
    this.#pages?.showAll(all);
    this.#changed();
  }

  /** A link to the service at `index` was followed: its page, after a search or filter that hid it is cleared. */
  #reveal(index: number): void {
    if (!this.#catalog) return;
    if (this.#matches.indexOf(index) < 0) {
      this.#query = { ...this.#query, text: '', unit: null };
      this.#select();
      this.#pages?.follow(this.#matches, 0);
    }
    this.#pages?.showPosition(this.#matches.indexOf(index));
    this.#changed();
  }

  #update(query: ServiceQuery): void {
    this.#query = query;
    this.#applySort();
    this.#select();
    this.#pages?.follow(this.#matches, 0);
    this.#changed();
  }

  #changed(): void {
    this.#host.requestUpdate();
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(async () => {
      await urlView.prepare();
      // Not for an element that has left the page meanwhile: it wrote its view as it left, if it could.
      if (this.#host.isConnected) this.#writeUrl();
    }, URL_DELAY_MS);
  }

  #writeUrl(): void {
    clearTimeout(this.#urlTimer);
    if (this.#catalog) urlView.loaded?.writeView(this.#query, this.#pages?.written ?? '');
  }
}
