/** What paging.ts fetches: one module, the view's part and the render's. */
export { ServicePages } from './service-pages.js';
export { renderPageParts } from './render/service-pages.js';
