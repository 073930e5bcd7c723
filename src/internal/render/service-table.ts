import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ServiceItem, Statement } from '../../format/schema.js';
import { usedColumns, type FieldColumn, type ServiceColumn } from '../../services/service-catalog.js';
import { safeHref } from '../../text/inline-text.js';
import { formatNumber } from '../localization.js';
import { labels, ui } from '../messages.js';
import type { ServiceView } from '../service-view.js';
import { renderInline } from './inline.js';

/** How each field column shows a service. */
const CELLS: Record<FieldColumn, (item: ServiceItem) => unknown> = {
  name: (item) => renderInline(item.name),
  unit: (item) => item.unit,
  id: (item) => html`<bdi dir="ltr">${item.id}</bdi>`,
  audience: (item) => item.audience?.map((audience) => labels().audiences[audience]).join(labels().listSeparator),
  channels: (item) => item.channels?.map((channel) => labels().channels[channel]).join(labels().listSeparator),
  duration: (item) => item.duration,
  visits: (item) => (item.visits === undefined ? nothing : formatNumber(item.visits)),
  cost: (item) => item.cost,
  url: renderServiceLink,
};

const columnsOfItems = new WeakMap<readonly ServiceItem[], FieldColumn[]>();

/** The columns some service uses; found once per list, not on every keystroke. */
function columnsOf(items: readonly ServiceItem[]): FieldColumn[] {
  let columns = columnsOfItems.get(items);
  if (!columns) {
    columns = usedColumns(items);
    columnsOfItems.set(items, columns);
  }
  return columns;
}

/** On paper a link cannot be followed: the print shows its address instead, without the scheme. */
function renderServiceLink(item: ServiceItem): unknown {
  const href = item.url ? safeHref(item.url) : null;
  return href
    ? html`<a href=${href}>${labels().openService}<span class="visually-hidden">: ${item.name}</span></a><bdi class="address" dir="ltr">${href.replace(/^https?:\/\//, '')}</bdi>`
    : nothing;
}

/**
 * The appendix: search, unit filter, sortable headers and pages over a real table.
 *
 * Pages, not a virtual scroller: every row a screen reader meets is a real row, with
 * aria-rowcount/aria-rowindex telling where it stands in the whole result
 * (https://www.w3.org/WAI/ARIA/apg/patterns/table/), and the DOM stays small at 50,000 services.
 * On narrow screens the table scrolls inside its own focusable region, so the page never
 * scrolls sideways (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
 */
export function renderServices(services: NonNullable<Statement['services']>, view: ServiceView, withRows = true): TemplateResult {
  const { items } = services;
  const columns = columnsOf(items);
  const { matches, visible, query } = view;
  const first = view.firstVisiblePosition;
  const title = services.title ?? labels().servicesTitle;
  // The heading lets screen-reader users jump to the appendix; the caption names the table itself.
  return html`<div class="services" part="services">
    <h3 id="services-title" class="services-title" part="services-title">${title}</h3>
    ${renderControls(view)}
    <p class="match-count" part="match-count" role="status">${statusText(view)}</p>
    <div class="table-scroll" part="table-scroll" role="region" tabindex="0" aria-labelledby="services-caption">
      <table part="table" aria-rowcount=${matches.length + 1} aria-busy=${view.sorting ? 'true' : nothing}>
        <caption id="services-caption" class="visually-hidden">${title}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${renderSortableHeader(view, 'number', labels().columns.number, 'number')}
            ${columns.map((column) => renderSortableHeader(view, column, labels().columns[column]))}
          </tr>
        </thead>
        <tbody>
          ${withRows ? Array.from(visible, (index, offset) => {
            const item = items[index]!;
            return html`<tr aria-rowindex=${first + offset + 2}>
              <td class="number">${formatNumber(index + 1)}</td>
              ${columns.map((column) =>
                column === 'name'
                  ? html`<th scope="row">${CELLS.name(item)}</th>`
                  : html`<td>${CELLS[column](item)}</td>`,
              )}
            </tr>`;
          }) : nothing}
        </tbody>
      </table>
    </div>
    ${matches.length === 0 && (query.text || query.unit !== null)
      ? html`<p class="no-matches" part="no-matches">${ui.noMatches()}</p>`
      : nothing}
    ${renderPager(view)}
  </div>`;
}

function renderControls(view: ServiceView): TemplateResult {
  const { query, units } = view;
  const total = formatNumber(view.catalog?.items.length ?? 0);
  return html`<div class="service-controls" part="service-controls" role="search">
    <div class="field">
      <label for="service-search">${ui.searchServices()}</label>
      <input
        id="service-search"
        part="search"
        type="search"
        autocomplete="off"
        .value=${live(query.text)}
        @input=${(event: Event) => view.search((event.target as HTMLInputElement).value)}
      />
    </div>
    ${units.length > 1
      ? html`<div class="field">
          <label for="service-unit">${ui.unitFilter()}</label>
          <select
            id="service-unit"
            part="unit-filter"
            @change=${(event: Event) => {
              const { value } = event.target as HTMLSelectElement;
              view.filterUnit(value === '' ? null : value);
            }}
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

function renderSortableHeader(view: ServiceView, column: ServiceColumn, label: string, className = ''): TemplateResult {
  const sort = view.query.sort;
  const direction = sort?.column === column ? sort.direction : undefined;
  return html`<th scope="col" class=${className} aria-sort=${direction ?? nothing}>
    <button type="button" class="sort" @click=${() => view.sortBy(column)}>
      <span>${label}</span>
      <svg class="sort-icon" viewBox="0 0 12 16" aria-hidden="true" focusable="false" data-direction=${direction ?? 'none'}>
        <path class="up" d="M6 1l4 5H2z" /><path class="down" d="M6 15l4-5H2z" />
      </svg>
    </button>
  </th>`;
}

/** «۳ خدمت از ۳۱» and, once sorted, by what: said politely to screen readers on every change. */
function statusText(view: ServiceView): TemplateResult {
  const total = view.catalog?.items.length ?? 0;
  const shown = view.matches.length;
  const count = shown === total
    ? ui.serviceCount(formatNumber(total))
    : ui.matchCount(formatNumber(shown), formatNumber(total));
  const sort = view.query.sort;
  if (!sort) return html`${count}`;
  const label = labels().columns[sort.column];
  const sorted = sort.direction === 'ascending' ? ui.sortedAscending(label) : ui.sortedDescending(label);
  return html`${count} · ${sorted}`;
}

function renderPager(view: ServiceView): TemplateResult | typeof nothing {
  const { page, pageCount } = view;
  if (pageCount <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${ui.pages()}>
    <button type="button" ?disabled=${page === 0} @click=${() => view.goToPage(page - 1)}>${ui.previousPage()}</button>
    <span>${ui.pageOf(formatNumber(page + 1), formatNumber(pageCount))}</span>
    <button type="button" ?disabled=${page >= pageCount - 1} @click=${() => view.goToPage(page + 1)}>${ui.nextPage()}</button>
  </nav>`;
}
