/**
 * The services' order by one column, made when a reader first sorts by it. A module the element
 * fetches at the first sort (or for a shared link's `sla-sort`): most readers never sort.
 */
import type { ServiceItem } from '../format/schema.js';
import { persianCollator } from '../text/intl.js';
import type { ServiceColumn, ServiceSort } from './service-catalog.js';
import { sortInSlices } from './sort-in-slices.js';

/** Up to this many services, sorting at once takes a few milliseconds; beyond, it runs in slices. */
const SORT_AT_ONCE = 2000;

/**
 * The indexes of `items` in the order of `sort`, awaiting `pause()` between slices of a long list.
 * Services without a value go last either way, and services with the same value keep their
 * published order.
 */
export function orderServices(items: readonly ServiceItem[], sort: ServiceSort, pause: () => Promise<void>): Promise<Uint32Array> | Uint32Array {
  const indexes = Uint32Array.from(items.keys());
  const compare = comparator(items, sort);
  return items.length > SORT_AT_ONCE ? sortInSlices(indexes, compare, pause) : indexes.sort(compare);
}

function comparator(items: readonly ServiceItem[], { column, direction }: ServiceSort): (a: number, b: number) => number {
  const values = items.map((item, index) => sortValue(item, index, column));
  const sign = direction === 'ascending' ? 1 : -1;
  const { compare } = persianCollator();
  return (a, b) => {
    const [x, y] = [values[a], values[b]];
    if (x === undefined || y === undefined) return x === y ? a - b : x === undefined ? 1 : -1;
    const byValue = typeof x === 'number' && typeof y === 'number' ? x - y : compare(String(x), String(y));
    return sign * byValue || a - b;
  };
}

function sortValue(item: ServiceItem, index: number, column: ServiceColumn): string | number | undefined {
  switch (column) {
    case 'number': return index;
    case 'visits': return item.visits;
    case 'audience': return item.audience?.join(' ');
    case 'channels': return item.channels?.join(' ');
    default: return item[column];
  }
}
