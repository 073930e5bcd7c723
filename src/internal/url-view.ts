/**
 * The service table's view in the page URL, so a view can be shared as a link: query parameters
 * (`sla-q`, `sla-unit`, `sla-sort`, `sla-page`) for the search, unit, sort and page, not the hash,
 * which belongs to section deep links and links to one service (`#service-…`,
 * src/services/service-anchors.ts). Fetched on demand (page-url.ts).
 */
import type { ServiceColumn, ServiceQuery, ServiceSort, UnitCount } from '../services/service-catalog.js';

const PARAM = { text: 'sla-q', unit: 'sla-unit', sort: 'sla-sort', page: 'sla-page' } as const;

/**
 * The view a shared link names: its query, of the units and columns the table has, and its page
 * as written. The columns come as an argument: imported here, rolldown moved the service
 * catalogue out of the bundle into a chunk of its own (https://github.com/rolldown/rolldown/issues/10731).
 */
export function readView(units: UnitCount[], columns: readonly ServiceColumn[]): { query: ServiceQuery; page: string | null } {
  const params = new URLSearchParams(location.search);
  const unit = params.get(PARAM.unit);
  return {
    query: {
      text: params.get(PARAM.text) ?? '',
      unit: unit !== null && units.some((entry) => entry.unit === unit) ? unit : null,
      sort: readSort(params.get(PARAM.sort), columns),
    },
    page: params.get(PARAM.page),
  };
}

function readSort(written: string | null, columns: readonly ServiceColumn[]): ServiceSort | null {
  const [column, direction] = (written ?? '').split(':');
  if (!columns.includes(column as ServiceColumn)) return null;
  return { column: column as ServiceColumn, direction: direction === 'desc' ? 'descending' : 'ascending' };
}

/** Puts the view into the URL, without a new history entry; parameters of an empty part go. */
export function writeView({ text, unit, sort }: ServiceQuery, page: string): void {
  const url = new URL(location.href);
  setParam(url, PARAM.text, text);
  setParam(url, PARAM.unit, unit ?? '');
  setParam(url, PARAM.sort, sort ? `${sort.column}${sort.direction === 'descending' ? ':desc' : ''}` : '');
  setParam(url, PARAM.page, page);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

function setParam(url: URL, name: string, value: string): void {
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
}
