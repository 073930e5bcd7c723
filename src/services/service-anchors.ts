/**
 * Links to one service: `#service-<id>`, the service id (شناسه خدمت) in ASCII digits, or
 * `#service-<row number>` for a service without an id, the number its row shows. Ids, not row
 * numbers, where there are ids: a row number changes when the agency adds a service above it. Pure,
 * no DOM.
 */
import type { ServiceItem } from '../format/schema.js';
import { toAsciiDigits } from '../text/digits.js';

const PREFIX = 'service-';

/** The fragment, without «#», that links to the service at `index` of the published list. */
export function serviceAnchor(item: ServiceItem, index: number): string {
  return PREFIX + (item.id === undefined ? String(index + 1) : toAsciiDigits(item.id.trim()));
}

/**
 * The index of the service a fragment (decoded, without «#») links to, or undefined. A link typed
 * with Persian digits works too. When two services have one anchor (an id given twice), the
 * first is meant.
 */
export function findServiceAnchor(items: readonly ServiceItem[], fragment: string): number | undefined {
  if (!fragment.startsWith(PREFIX)) return undefined;
  const anchor = PREFIX + toAsciiDigits(fragment.slice(PREFIX.length));
  const index = items.findIndex((item, position) => serviceAnchor(item, position) === anchor);
  return index < 0 ? undefined : index;
}
