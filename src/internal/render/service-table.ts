import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceItem, Statement } from '../../format/schema.js';
import { safeHref } from '../../text/inline-text.js';
import { formatNumber } from '../localization.js';
import { audienceLabel, channelLabel, ui } from '../messages.js';
import { renderInline } from './inline.js';

interface Column {
  /** The item field this column shows; a column appears only when some item has it. */
  field: keyof ServiceItem;
  header: () => string;
  cell: (item: ServiceItem) => unknown;
}

const COLUMNS: Column[] = [
  { field: 'name', header: ui.columnName, cell: (item) => renderInline(item.name) },
  { field: 'unit', header: ui.columnUnit, cell: (item) => item.unit },
  { field: 'id', header: ui.columnId, cell: (item) => html`<bdi dir="ltr">${item.id}</bdi>` },
  {
    field: 'audience',
    header: ui.columnAudience,
    cell: (item) => item.audience?.map(audienceLabel).join('، '),
  },
  {
    field: 'channels',
    header: ui.columnChannels,
    cell: (item) => item.channels?.map(channelLabel).join('، '),
  },
  { field: 'duration', header: ui.columnDuration, cell: (item) => item.duration },
  {
    field: 'visits',
    header: ui.columnVisits,
    cell: (item) => (item.visits === undefined ? nothing : formatNumber(item.visits)),
  },
  { field: 'cost', header: ui.columnCost, cell: (item) => item.cost },
  { field: 'url', header: ui.columnLink, cell: renderServiceLink },
];

function renderServiceLink(item: ServiceItem): unknown {
  const href = item.url ? safeHref(item.url) : null;
  return href ? html`<a href=${href}>${ui.openService()}<span class="visually-hidden">: ${item.name}</span></a>` : nothing;
}

/**
 * The appendix as a real table, with a caption and header scopes. It scrolls inside its own
 * focusable region on narrow screens, so the page itself never scrolls sideways
 * (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
 */
export function renderServiceTable(services: NonNullable<Statement['services']>): TemplateResult {
  const columns = COLUMNS.filter(({ field }) => services.items.some((item) => item[field] !== undefined));
  const caption = services.title ?? ui.servicesTitle();
  return html`<div class="table-scroll" part="table-scroll" role="region" tabindex="0" aria-labelledby="services-caption">
    <table part="table">
      <caption id="services-caption" part="table-caption">${caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="number">${ui.columnNumber()}</th>
          ${columns.map((column) => html`<th scope="col">${column.header()}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${services.items.map(
          (item, index) => html`<tr>
            <td class="number">${formatNumber(index + 1)}</td>
            ${columns.map((column) =>
              column.field === 'name'
                ? html`<th scope="row">${column.cell(item)}</th>`
                : html`<td>${column.cell(item)}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
