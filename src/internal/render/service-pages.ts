/**
 * What a table of pages shows beyond its rows (ServicePages): above 2,000 matches, a note that
 * find-in-page sees only the page on screen; the other pages' services as text hidden until
 * find-in-page finds it, `beforematch` reporting the one found so its page is shown; and the pager.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ServiceItem } from '../../format/schema.js';
import type { FieldColumn } from '../../services/service-catalog.js';
import { formatNumber, getLocale } from '../localization.js';
import { ui } from '../messages.js';
import { pagingUi } from '../paging-messages.js';
import type { PagedTable, RowRange } from '../service-pages.js';
import { report } from './reader-action.js';
import type { ServiceTable } from '../service-view.js';
import { columnsOf, serviceTexts } from './service-table.js';

/** The parts renderServices places around the table. */
export interface PageParts {
  note: TemplateResult | typeof nothing;
  findable: TemplateResult;
  pager: TemplateResult | typeof nothing;
}

export function renderPageParts({ items, matches }: ServiceTable, pages: PagedTable, withRows: boolean): PageParts {
  const text = pages.findableText;
  const columns = columnsOf(items);
  return {
    note: pages.findable ? nothing : html`<p class="find-note" part="find-note">${pagingUi.findOnThisPage(formatNumber(matches.length))}</p>`,
    findable: html`<div
      class="findable"
      ?hidden=${pages.findableStale}
      @beforematch=${report((event) => ({ type: 'service-found', position: Number((event.target as HTMLElement).dataset['position']) }))}
    >
      ${withRows && text ? text.pages.map((range) => (range ? renderFindable(items, text.matches, columns, range) : nothing)) : nothing}
    </div>`,
    pager: renderPager(pages, matches.length),
  };
}

/**
 * One other page's services as text hidden until found, a line each: what find-in-page searches.
 * Guarded: an update re-renders only the pages that changed (one added, or the one turned from),
 * not up to 2,000 lines.
 */
function renderFindable(items: readonly ServiceItem[], matches: Uint32Array, columns: FieldColumn[], [start, end]: RowRange): unknown {
  return guard([matches, start, end, getLocale(), items], () =>
    Array.from(matches.subarray(start, end), (index, offset) => {
      const item = items[index]!;
      const text = [formatNumber(index + 1), ...columns.map((column) => serviceTexts[column](item))].filter(Boolean).join(' · ');
      return html`<div hidden="until-found" data-position=${start + offset}>${text}</div>`;
    }),
  );
}

/** Previous / next page, and up to 2,000 matches, every page at once or page by page again. */
function renderPager({ page, pageCount, all, findable }: PagedTable, matchCount: number): TemplateResult | typeof nothing {
  const toggle = findable && (all || pageCount > 1);
  if (pageCount <= 1 && !toggle) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${pagingUi.pages()}>
    ${pageCount > 1
      ? html`<button type="button" ?disabled=${page === 0} @click=${report({ type: 'page', page: page - 1 })}>${pagingUi.previousPage()}</button>
          <span>${ui.pageOf(formatNumber(page + 1), formatNumber(pageCount))}</span>
          <button type="button" ?disabled=${page >= pageCount - 1} @click=${report({ type: 'page', page: page + 1 })}>${pagingUi.nextPage()}</button>`
      : nothing}
    ${toggle
      ? html`<button type="button" part="show-all" @click=${report({ type: 'show-all', all: !all })}>
          ${all ? pagingUi.showPages() : pagingUi.showAllServices(formatNumber(matchCount))}
        </button>`
      : nothing}
  </nav>`;
}
