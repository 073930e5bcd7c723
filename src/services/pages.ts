/**
 * How the matching services are cut into pages. A last page shorter than a quarter of a page
 * joins the page before it: a pager for three services is more trouble to a reader than three
 * more rows (Hamedan's appendix lists 23 services; in pages of 20 it would end on a page of 3).
 */

/** How many pages `total` services make; at least one, even when there are none. */
export function pageCount(total: number, size: number): number {
  const full = Math.floor(total / size);
  const rest = total % size;
  if (full === 0) return 1;
  return rest > 0 && rest >= size / 4 ? full + 1 : full;
}

/** [start, end) of a page's services among the `total`. */
export function pageRange(total: number, size: number, page: number): [number, number] {
  const start = page * size;
  return [start, page === pageCount(total, size) - 1 ? total : Math.min(start + size, total)];
}

/** The page that shows the service at `position` among the `total`. */
export function pageOf(total: number, size: number, position: number): number {
  return Math.min(Math.floor(position / size), pageCount(total, size) - 1);
}
