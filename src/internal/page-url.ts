/**
 * The page URL, as the element reads it: its fragment (a section's `#anchor`, a `#service-…`
 * link) and whether it names a view of the service table. Reading and writing views is a module
 * of its own (url-view.ts), fetched when the URL names a view (before the statement is shown) or
 * when the reader first changes one: most pages never need it.
 */
import { OnDemand } from './on-demand.js';

export const urlView = new OnDemand('page URL', () => import('./url-view.js'));

/** The page URL's fragment without «#», decoded («#%D8%AA» is «#ت»); as written when it is not valid percent-encoding. */
export function pageHash(): string {
  const hash = window.location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/** The URL names a view of the table (url-view.ts): then showing the statement needs its module. */
export function namesView(): boolean {
  return /[?&]sla-/.test(location.search);
}
