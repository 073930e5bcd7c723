/**
 * The reader's view of the service table: search text, unit, sort and page, kept in the page URL
 * so a view can be shared as a link. Query parameters (`sla-q`, `sla-unit`, `sla-sort`, `sla-page`)
 * are used, not the hash, which belongs to section deep links.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
import { pageCount, pageRange } from '../services/pages.js';
import { yieldToMain } from './yield-to-main.js';

const PARAM = { text: 'sla-q', unit: 'sla-unit', sort: 'sla-sort', page: 'sla-page' } as const;

/** Typing fast must not flood the history API (browsers throttle it), so the URL follows after a pause. */
const URL_DELAY_MS = 400;

/** Up to this many services, sorting at once takes a few milliseconds; beyond, it runs in slices. */
const SORT_AT_ONCE = 2000;

export class ServiceView implements ReactiveController {
  query: ServiceQuery = { text: '', unit: null, sort: null };
  page = 0;
  catalog: ServiceCatalog | undefined;
  units: UnitCount[] = [];
  private selection: Uint32Array | undefined;
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pageSize: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.writeUrl();
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };

  /** A new statement: index its services and restore the view from the URL. */
  show(items: readonly ServiceItem[]): void {
    const catalog = new ServiceCatalog(items);
    this.catalog = catalog;
    this.units = catalog.units();
    this.query = readQuery(new URLSearchParams(location.search), this.units);
    this.selection = undefined;
    this.lastSelection = undefined;
    this.pendingSort = undefined;
    this.appliedSort = null;
    this.page = Math.min(readPage(location.search), this.pageCount - 1);
    void this.prepareSearch(catalog);
  }

  /**
   * Makes the search keys at once, in slices of a few milliseconds, so even a reader who types
   * straight away finds them ready (idle callbacks can wait seconds on a busy portal page).
   */
  private async prepareSearch(catalog: ServiceCatalog): Promise<void> {
    // Not in the task that renders the statement: that one is long enough.
    for (;;) {
      await yieldToMain();
      if (this.catalog !== catalog) return;
      const sliceEnd = performance.now() + 8;
      if (catalog.prepareSearch(() => performance.now() < sliceEnd)) return;
    }
  }

  /** Indexes of the matching services, in display order. */
  get matches(): Uint32Array {
    if (!this.selection) {
      const query = { ...this.query, sort: this.readySort() };
      this.selection = this.catalog?.select(query, this.lastSelection) ?? new Uint32Array();
      this.lastSelection = { query, matches: this.selection };
    }
    return this.selection;
  }

  /** True while a long list is being sorted; the table says so with aria-busy. */
  get sorting(): boolean {
    return this.pendingSort !== undefined;
  }

  /** The requested sort if its order is ready (or cheap), else starts it in slices and keeps the old order. */
  private readySort(): ServiceSort | null {
    const { catalog } = this;
    const { sort } = this.query;
    if (!catalog || !sort || catalog.items.length <= SORT_AT_ONCE || catalog.hasOrder(sort)) {
      this.appliedSort = sort;
      return sort;
    }
    if (this.pendingSort !== sort) {
      this.pendingSort = sort;
      void catalog.prepareOrder(sort, yieldToMain).then(() => {
        if (this.catalog !== catalog || this.pendingSort !== sort) return;
        this.pendingSort = undefined;
        this.selection = undefined;
        this.host.requestUpdate();
      });
    }
    return this.appliedSort;
  }

  get pageCount(): number {
    return pageCount(this.matches.length, this.pageSize());
  }

  /** Indexes of the services on the current page (all of them while printing). */
  get visible(): Uint32Array {
    if (this.printing) return this.matches;
    return this.matches.subarray(...pageRange(this.matches.length, this.pageSize(), this.page));
  }

  get firstVisiblePosition(): number {
    return this.printing ? 0 : pageRange(this.matches.length, this.pageSize(), this.page)[0];
  }

  search(text: string): void {
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

  private update(query: ServiceQuery): void {
    this.query = query;
    this.selection = undefined;
    this.page = 0;
    this.changed();
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
    setParam(url, PARAM.page, this.page > 0 ? String(this.page + 1) : '');
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

function readPage(search: string): number {
  const page = Number(new URLSearchParams(search).get(PARAM.page));
  return Number.isInteger(page) && page > 1 ? page - 1 : 0;
}
