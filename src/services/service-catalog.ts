/**
 * Searching, filtering and sorting the appendix of services: pure, no DOM, fast enough for
 * tens of thousands of rows on a phone.
 *
 * Costs are paid once, and in slices the caller can spread out: the search keys
 * (`prepareSearch`), the order of a column on its first sort (`prepareOrder`, with
 * service-order.ts, a module the element fetches apart; until a column's order is made, a
 * query's sort by it keeps the published order). Then each keystroke is one pass over
 * precomputed keys, looking for each of the reader's words (search-words.ts, given with
 * `useSearch`: fetched apart too; until it is given, a query's text selects every service).
 */
import type { ServiceItem } from '../format/schema.js';
import { persianCollator } from '../text/intl.js';
import type { SearchText } from './search-words.js';
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

/** Separates the searched fields so a query cannot match across the end of one and the start of the next. */
const FIELD_SEPARATOR = '\u0001';

/** What the catalog needs of search-words.ts. */
export type Search = Pick<typeof import('./search-words.js'), 'foundAnywhere' | 'matchesAll' | 'narrows' | 'searchText' | 'searchWords'>;

export class ServiceCatalog {
  private readonly searchKeys: SearchText[] = [];
  private readonly orders = new Map<string, Uint32Array>();
  private search: Search | undefined;

  constructor(readonly items: readonly ServiceItem[]) {}

  /** Gives the catalog its search: from now on a query's text selects. */
  useSearch(search: Search): void {
    this.search = search;
  }

  /** The units that services name, each with how many services it has, in Persian order. */
  units(): UnitCount[] {
    const counts = new Map<string, number>();
    for (const { unit } of this.items) if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    const { compare } = persianCollator();
    return [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => compare(a.unit, b.unit));
  }

  /**
   * The services that match, as indexes into `items` in display order: each word of the text is
   * in the service's name, unit or id. Given the selection made for the previous query, a search
   * that only grew (typing forward) looks through that selection alone: every service matching
   * the longer text was among those the shorter one found.
   */
  select(query: ServiceQuery, previous?: Selection): Selection {
    const { items, search } = this;
    const { text, unit, sort } = query;
    const words = search?.searchWords(text) ?? [];
    const keys = search && words.length > 0 ? this.keys() : undefined;
    const candidates =
      search && keys && previous && previous.query.unit === unit && sameSort(previous.query.sort, sort) &&
      search.narrows(search.searchWords(previous.query.text), words)
        ? previous.anywhere
        : undefined;
    const order = sort ? this.orders.get(orderKey(sort)) : undefined;
    const total = candidates?.length ?? items.length;
    const matches = new Uint32Array(total);
    const anywhere = new Uint32Array(total);
    let [matched, found] = [0, 0];
    for (let position = 0; position < total; position++) {
      const index = candidates ? candidates[position]! : order ? order[position]! : position;
      if (!candidates && unit !== null && items[index]!.unit !== unit) continue;
      const key = keys?.[index];
      if (key && !search!.foundAnywhere(key, words)) continue;
      anywhere[found++] = index;
      if (!key || search!.matchesAll(key, words)) matches[matched++] = index;
    }
    return { query, matches: matches.subarray(0, matched), anywhere: anywhere.subarray(0, found) };
  }

  /**
   * Computes search keys, a batch at a time, while `more()` allows; true once all are ready (or
   * when there is no search to make them with). The element calls it in short slices as soon as
   * it has the search, so the first keystroke finds them made.
   */
  prepareSearch(more: () => boolean): boolean {
    const { items, searchKeys, search } = this;
    if (!search) return true;
    while (searchKeys.length < items.length && more()) {
      const end = Math.min(searchKeys.length + 256, items.length);
      for (let index = searchKeys.length; index < end; index++) {
        const item = items[index]!;
        searchKeys.push(search.searchText([item.name, item.unit ?? '', item.id ?? ''].join(FIELD_SEPARATOR)));
      }
    }
    return searchKeys.length === items.length;
  }

  private keys(): SearchText[] {
    this.prepareSearch(() => true);
    return this.searchKeys;
  }

  hasOrder(sort: ServiceSort): boolean {
    return this.orders.has(orderKey(sort));
  }

  /** Makes the order of one column with `order` (service-order.ts), ready for `select`. */
  async prepareOrder(sort: ServiceSort, order: typeof orderServices, pause: () => Promise<void>): Promise<void> {
    if (!this.hasOrder(sort)) this.orders.set(orderKey(sort), await order(this.items, sort, pause));
  }
}

function sameSort(a: ServiceSort | null, b: ServiceSort | null): boolean {
  return a === b || (a !== null && b !== null && orderKey(a) === orderKey(b));
}

function orderKey({ column, direction }: ServiceSort): string {
  return `${column} ${direction}`;
}
