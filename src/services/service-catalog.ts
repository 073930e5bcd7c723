/**
 * Searching, filtering and sorting the appendix of services: pure, no DOM, fast enough for
 * tens of thousands of rows on a phone.
 *
 * Costs are paid once, and in slices the caller can spread out: the search keys
 * (`prepareSearch`), the order of a column on its first sort (`prepareOrder`). Searching
 * (search-index.ts, given with `useSearch`) and sorting (service-order.ts) are modules the
 * element fetches apart: until the search is given, a query's text selects every service; until
 * a column's order is made, a query's sort by it keeps the published order.
 */
import type { ServiceItem } from '../format/schema.js';
import { persianCollator } from '../text/intl.js';
import type { SearchIndex } from './search-index.js';
import type { orderServices } from './service-order.js';

export const SERVICE_COLUMNS = ['number', 'name', 'unit', 'id', 'audience', 'channels', 'duration', 'visits', 'cost', 'url'] as const;
export type ServiceColumn = (typeof SERVICE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
/** A column that shows one field of a service (every column but the row number). */
export type FieldColumn = Exclude<ServiceColumn, 'number'>;

/** The field columns a table of these services has, in order: only those some service fills. */
export function usedColumns(items: readonly ServiceItem[]): FieldColumn[] {
  return SERVICE_COLUMNS.filter(
    (column): column is FieldColumn => column !== 'number' && items.some((item) => item[column] !== undefined),
  );
}

export interface ServiceSort {
  column: ServiceColumn;
  direction: SortDirection;
}

export interface ServiceQuery {
  text: string;
  /** Only services of this unit; null for all. */
  unit: string | null;
  /** null keeps the published order. */
  sort: ServiceSort | null;
}

/** What a query selected, kept to narrow the next one. */
export interface Selection {
  query: ServiceQuery;
  matches: Uint32Array;
  /**
   * The services in which each word is found anywhere, short words and numbers too: more than
   * the matches, and what the next query is looked for in. A word that grows from two letters,
   * found only where a word starts, to three, found anywhere, may match services the shorter one
   * did not; never services outside these.
   */
  anywhere: Uint32Array;
}

export interface UnitCount {
  unit: string;
  count: number;
}

/** What the catalog needs of the search module. */
export interface Search {
  SearchIndex: typeof SearchIndex;
}

export class ServiceCatalog {
  readonly #orders = new Map<string, Uint32Array>();
  #search: SearchIndex | undefined;

  constructor(readonly items: readonly ServiceItem[]) {}

  /** Gives the catalog its search: from now on a query's text selects. */
  useSearch(search: Search): void {
    this.#search = new search.SearchIndex(this.items);
  }

  /** The units that services name, each with how many services it has, in Persian order. */
  units(): UnitCount[] {
    const counts = new Map<string, number>();
    for (const { unit } of this.items) if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    const { compare } = persianCollator();
    return [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => compare(a.unit, b.unit));
  }

  /**
   * The services that match, as indexes into `items` in display order: those of the query's unit,
   * and, once the catalog has its search, those in which each word of the text is found
   * (search-index.ts, which narrows `previous` when it can).
   */
  select(query: ServiceQuery, previous?: Selection): Selection {
    const inView = () => this.#inView(query);
    if (this.#search) return this.#search.select(query, inView, previous);
    const matches = inView();
    return { query, matches, anywhere: matches };
  }

  /** The services of the query's unit, in the order of its sort (the published one until that is made). */
  #inView({ unit, sort }: ServiceQuery): Uint32Array {
    const { items } = this;
    const order = sort ? this.#orders.get(orderKey(sort)) : undefined;
    const shown = new Uint32Array(items.length);
    let count = 0;
    for (let position = 0; position < items.length; position++) {
      const index = order ? order[position]! : position;
      if (unit === null || items[index]!.unit === unit) shown[count++] = index;
    }
    return shown.subarray(0, count);
  }

  /**
   * Makes the search keys in slices, with `pause` between them, while `wanted()` holds (see
   * SearchIndex.prepareInSlices); at once when there is no search to make them with.
   */
  async prepareSearch(pause: () => Promise<void>, wanted: () => boolean): Promise<void> {
    await this.#search?.prepareInSlices(pause, wanted);
  }

  hasOrder(sort: ServiceSort): boolean {
    return this.#orders.has(orderKey(sort));
  }

  /** Makes the order of one column with `order` (service-order.ts), ready for `select`. */
  async prepareOrder(sort: ServiceSort, order: typeof orderServices, pause: () => Promise<void>): Promise<void> {
    if (!this.hasOrder(sort)) this.#orders.set(orderKey(sort), await order(this.items, sort, pause));
  }
}

export function sameSort(a: ServiceSort | null, b: ServiceSort | null): boolean {
  return a === b || (a !== null && b !== null && orderKey(a) === orderKey(b));
}

function orderKey({ column, direction }: ServiceSort): string {
  return `${column} ${direction}`;
}
