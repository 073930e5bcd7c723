import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceItem } from '../../format/schema.js';
import { usedColumns, type FieldColumn, type ServiceColumn, type ServiceQuery } from '../../services/service-catalog.js';
import { serviceAnchor } from '../../services/service-anchors.js';
import { safeHref } from '../../text/inline-text.js';
import { formatNumber } from '../localization.js';
import { labels, ui } from '../messages.js';
import type { ServiceTable } from '../service-view.js';
import type { PageParts } from './service-pages.js';
import { renderInline } from './inline.js';
import { report } from './reader-action.js';

/** Each field of a service as the words a reader sees; the link column's are the interface's. */
export const serviceTexts: Record<FieldColumn, (item: ServiceItem) => string | undefined> = {
  name: (item) => item.name,
  unit: (item) => item.unit,
  id: (item) => item.id,
  audience: (item) => item.audience?.map((audience) => labels().audiences[audience]).join(labels().listSeparator),
  channels: (item) => item.channels?.map((channel) => labels().channels[channel]).join(labels().listSeparator),
  duration: (item) => item.duration,
  visits: (item) => (item.visits === undefined ? undefined : formatNumber(item.visits)),
  cost: (item) => item.cost,
  url: () => undefined,
};

/** How each field column shows a service. */
const CELLS: Record<FieldColumn, (item: ServiceItem) => unknown> = {
  ...serviceTexts,
  name: renderName,
  id: (item) => (item.id === undefined ? nothing : html`<bdi dir="ltr">${item.id}</bdi>`),
  url: renderServiceLink,
};

/** The cells the search looks in, where MatchHighlight marks the words found. */
const SEARCHED = new Set<FieldColumn>(['name', 'unit', 'id']);

const columnsOfItems = new WeakMap<readonly ServiceItem[], FieldColumn[]>();

/** The columns some service uses; found once per list, not on every keystroke. */
export function columnsOf(items: readonly ServiceItem[]): FieldColumn[] {
  let columns = columnsOfItems.get(items);
  if (!columns) {
    columns = usedColumns(items);
    columnsOfItems.set(items, columns);
  }
  return columns;
}

/** A service with a `url` has its name linked to its service card. */
function renderName(item: ServiceItem): unknown {
  const href = item.url ? safeHref(item.url) : null;
  return href ? html`<a class="service-name" href=${href}>${renderInline(item.name, false)}</a>` : renderInline(item.name);
}

/** On paper a link cannot be followed: the print shows its address instead, without the scheme. */
function renderServiceLink(item: ServiceItem): unknown {
  const href = item.url ? safeHref(item.url) : null;
  return href
    ? html`<a href=${href}>${labels().openService}<span class="visually-hidden">: ${item.name}</span></a><bdi class="address" dir="ltr">${href.replace(/^https?:\/\//, '')}</bdi>`
    : nothing;
}

/**
 * The appendix: search, unit filter, sortable headers over a real table, and for a table of pages
 * the parts its module renders (`pageParts`, render/service-pages.ts).
 *
 * Pages, not a virtual scroller: every row a screen reader meets is a real row, with
 * aria-rowcount/aria-rowindex telling where it stands in the whole result
 * (https://www.w3.org/WAI/ARIA/apg/patterns/table/), and the DOM stays small at 50,000 services.
 *
 * A table whose columns do not fit is shown as stacked rows (TableFit); the explicit roles keep
 * it a table to screen readers when its parts are laid out as blocks, which some browsers take
 * for a loss of table semantics. Wherever it scrolls, it scrolls inside its own focusable region
 * (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
 */
export function renderServices(title: string, table: ServiceTable, withRows = true, pageParts?: PageParts): TemplateResult {
  const { items, matches, query, stacked } = table;
  const columns = columnsOf(items);
  const rowLink = ui.linkToRow();
  // The heading lets screen-reader users jump to the appendix; the caption names the table itself.
  return html`<div class="services" part="services">
    <h3 id="services-title" class="services-title" part="services-title">${title}</h3>
    ${renderControls(table)}
    <p class="match-count" part="match-count" role="status">${statusText(table)}</p>
    ${pageParts?.note ?? nothing}
    <div class="table-scroll" part="table-scroll" role="region" tabindex=${stacked ? nothing : '0'} aria-labelledby="services-caption">
      <table part="table" role="table" class=${stacked ? 'stacked' : nothing} aria-rowcount=${matches.length + 1} aria-busy=${table.sorting ? 'true' : nothing}>
        <caption id="services-caption" class="visually-hidden">${title}</caption>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex="1">
            ${renderSortableHeader(query, 'number', labels().columns.number, 'number')}
            ${columns.map((column) => renderSortableHeader(query, column, labels().columns[column]))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${withRows ? renderRows(table, columns, rowLink) : nothing}
        </tbody>
      </table>
    </div>
    ${pageParts?.findable ?? nothing}
    ${table.searchUi && matches.length === 0 ? html`<p class="no-matches" part="no-matches">${table.searchUi.noMatches()}</p>` : nothing}
    ${pageParts?.pager ?? nothing}
  </div>`;
}

/** The rows shown; for a table of one page, every service's row, those not matching hidden. */
function renderRows({ items, matches, marked, everyRow, pages }: ServiceTable, columns: FieldColumn[], rowLink: string): TemplateResult[] {
  if (!everyRow) {
    const [start, end] = pages?.shown ?? [0, matches.length];
    return Array.from(matches.subarray(start, end), (index, offset) => renderRow(items[index]!, index, start + offset, columns, index === marked, rowLink));
  }
  let position = 0;
  return Array.from(everyRow.order, (index) =>
    renderRow(items[index]!, index, everyRow.matched[index] ? position++ : undefined, columns, index === marked, rowLink),
  );
}

/** A service's row: at `position` among the matches, or hidden when it does not match. */
function renderRow(item: ServiceItem, index: number, position: number | undefined, columns: FieldColumn[], marked: boolean, rowLink: string): TemplateResult {
  const number = formatNumber(index + 1);
  return html`<tr role="row" aria-rowindex=${position === undefined ? nothing : position + 2} ?hidden=${position === undefined} class=${marked ? 'marked' : nothing}>
    <td role="cell" class="number"><a class="row-link" href=${`#${encodeURIComponent(serviceAnchor(item, index))}`} aria-label=${`${rowLink} ${number}`}>${number}</a></td>
    ${columns.map((column) =>
      column === 'name'
        ? html`<th role="rowheader" scope="row" class="searched" tabindex=${marked ? '-1' : nothing}>${renderName(item)}</th>`
        : html`<td role="cell" class=${SEARCHED.has(column) ? 'searched' : nothing} data-label=${labels().columns[column]}>${CELLS[column](item)}</td>`,
    )}
  </tr>`;
}

function renderControls({ query, units, items }: ServiceTable): TemplateResult {
  const total = formatNumber(items.length);
  return html`<div class="service-controls" part="service-controls" role="search">
    <div class="field">
      <label for="service-search">${ui.searchServices()}</label>
      <input
        id="service-search"
        part="search"
        type="search"
        autocomplete="off"
        .value=${query.text}
        @focus=${report({ type: 'search-focus' })}
        @input=${report((event) => ({ type: 'search', text: (event.target as HTMLInputElement).value }))}
      />
    </div>
    ${units.length > 1
      ? html`<div class="field">
          <label for="service-unit">${ui.unitFilter()}</label>
          <select
            id="service-unit"
            part="unit-filter"
            @change=${report((event) => {
              const { value } = event.target as HTMLSelectElement;
              return { type: 'unit', unit: value === '' ? null : value };
            })}
          >
            <option value="" ?selected=${query.unit === null}>${ui.allUnits(total)}</option>
            ${units.map(
              ({ unit, count }) =>
                html`<option .value=${unit} ?selected=${query.unit === unit}>${unit} (${formatNumber(count)})</option>`,
            )}
          </select>
        </div>`
      : nothing}
  </div>`;
}

function renderSortableHeader({ sort }: ServiceQuery, column: ServiceColumn, label: string, className = ''): TemplateResult {
  const direction = sort?.column === column ? sort.direction : undefined;
  return html`<th role="columnheader" scope="col" class=${className} aria-sort=${direction ?? nothing}>
    <button type="button" class="sort" @click=${report({ type: 'sort', column })}>
      <span>${label}</span>
      <svg class="sort-icon" viewBox="0 0 12 16" aria-hidden="true" focusable="false" data-direction=${direction ?? 'none'}>
        <path class="up" d="M6 1l4 5H2z" /><path class="down" d="M6 15l4-5H2z" />
      </svg>
    </button>
  </th>`;
}

/** «۳ خدمت از ۳۱» and, once sorted, by what: said politely to screen readers on every change. */
function statusText({ items, matches, query, searchFailed, sortFailed, sortUi }: ServiceTable): TemplateResult {
  if (searchFailed && query.text) return html`${ui.searchUnavailable()}`;
  if (sortFailed) return html`${ui.sortUnavailable()}`;
  const total = items.length;
  const shown = matches.length;
  const count = shown === total
    ? ui.serviceCount(formatNumber(total))
    : ui.matchCount(formatNumber(shown), formatNumber(total));
  const { sort } = query;
  if (!sort || !sortUi) return html`${count}`;
  const label = labels().columns[sort.column];
  const sorted = sort.direction === 'ascending' ? sortUi.sortedAscending(label) : sortUi.sortedDescending(label);
  return html`${count} · ${sorted}`;
}
