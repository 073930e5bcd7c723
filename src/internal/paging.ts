/**
 * A table of pages (service-pages.ts, render/service-pages.ts) is a module of its own: only a
 * statement of more than ONE_PAGE_UP_TO services needs it, and the loader fetches it for one
 * before showing it. Without it (it could not be fetched), such a table is one page too.
 */
import { OnDemand } from './on-demand.js';

/**
 * A statement of up to this many services is one page, whatever the page size: every row is on
 * screen, where the browser's find-in-page (what citizens use most on a legal page) sees it. Only
 * a longer one is cut into pages (service-pages.ts, src/services/pages.ts).
 */
export const ONE_PAGE_UP_TO = 100;

export const paging = new OnDemand('paging', () => import('./paging-parts.js'));
