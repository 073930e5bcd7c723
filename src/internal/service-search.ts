/**
 * The service table's search, a module of its own (see on-demand.ts): what a reader's words mean
 * (src/services/search-words.ts, with the Persian folding it needs), the catalog's keys and
 * selection by them (src/services/search-index.ts), where they are marked in the rows
 * (MatchHighlight) and the words of a search that found nothing. The statement is shown without
 * it; the service view fetches it when the reader comes to the search box, or, for a long list,
 * when the browser is first idle after the statement is shown.
 */
export * from '../services/search-words.js';
export { SearchIndex } from '../services/search-index.js';
export { MatchHighlight } from './match-highlight.js';
export { searchUi } from './search-messages.js';
