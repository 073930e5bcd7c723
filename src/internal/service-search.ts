/**
 * The service table's search, a module of its own (see on-demand.ts): what a reader's words mean
 * (src/services/search-words.ts, with the Persian folding it needs), the catalog's keys and
 * selection by them (src/services/search-index.ts) and where they are marked in
 * the rows (MatchHighlight). The statement is shown without it; the service view fetches it when
 * the browser is first idle after that, or at once when a reader searches sooner.
 */
export * from '../services/search-words.js';
export { SearchIndex } from '../services/search-index.js';
export { MatchHighlight } from './match-highlight.js';
