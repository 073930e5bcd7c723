/**
 * What the editor hands over for publishing: the JSON file's name and text, and the four ways to
 * put the statement on a page (docs/embedding.md): a plain link a site script upgrades, the
 * element with `src`, the element with the JSON inline, and the element around the rendered
 * statement as plain HTML (the fallback, for readers and crawlers without JavaScript).
 */
import type { Statement } from '../../format/schema.js';
import { renderFallback } from '../../fallback/render-fallback.js';

/**
 * Where the snippets say the element's script is: served by the site itself, loaded once in its
 * template (docs/embedding.md, «Serve the script yourself»).
 */
const SITE_SCRIPT = '/assets/sla-statement.js';
/** Where the snippets say the JSON file is; the author changes it to where the site keeps files. */
const FILES_FOLDER = '/files/';
/** The link's text when the statement has no title yet. */
const DEFAULT_LINK_TEXT = 'توافقنامه سطح خدمت';

/** The script, once per site, that defines the element and upgrades the statement links. */
export const SCRIPT_SNIPPET = `<script type="module" src="${SITE_SCRIPT}"></script>\n`;

export type Route = 'link' | 'element' | 'inline' | 'fallback';
export const ROUTES: readonly Route[] = ['link', 'element', 'inline', 'fallback'];

/** Characters no file system takes, and spaces, which addresses must escape. */
const NOT_IN_NAMES = /[\s\u200C\u200F\u200E\\/:*?"<>|#%&{}$!'@+=`]+/g;

/**
 * `sla-ostan-lr.json` from the provider's portal (www.ostan-lr.ir), else from its name
 * (`sla-استانداری-لرستان.json`), else `sla.json`.
 */
export function suggestedFileName(statement: unknown, extension = 'json'): string {
  const provider = (statement as { provider?: { url?: unknown; name?: unknown } } | null)?.provider;
  let stem = '';
  if (typeof provider?.url === 'string') {
    try {
      stem = new URL(provider.url).hostname.replace(/^www\./, '').split('.')[0] ?? '';
    } catch {
      stem = '';
    }
  }
  if (stem === '' && typeof provider?.name === 'string') stem = provider.name;
  stem = stem.replace(NOT_IN_NAMES, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60);
  return stem === '' ? `sla.${extension}` : `sla-${stem}.${extension}`;
}

export function statementJson(statement: unknown): string {
  return `${JSON.stringify(statement, null, 2)}\n`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
/** JSON inside a <script> element must not contain «</script» or «<!--»: \u003c is the same text to JSON. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The snippet of each route for a statement saved as `fileName` in the site's files folder, on a
 * page whose template loads the script. `statement` is the one shown (validation's output), or
 * null when there is none to show yet: then the inline and fallback snippets, which carry the
 * statement itself, are null.
 */
export function embedSnippets(statement: Statement | null, fileName: string): Record<Route, string | null> {
  const url = `${FILES_FOLDER}${encodeURI(fileName)}`;
  const title = escapeHtml(statement?.title.trim() || DEFAULT_LINK_TEXT);
  return {
    link: `<p><a href="${url}#sla-statement">${title}</a></p>\n`,
    element: `<sla-statement src="${url}">\n  <p><a href="${url}">${title}</a></p>\n</sla-statement>\n`,
    inline: statement && `<sla-statement>\n  <script type="application/json">\n${scriptSafe(JSON.stringify(statement, null, 2))}\n  </script>\n</sla-statement>\n`,
    fallback: statement && `<sla-statement src="${url}">\n${fallbackHtml(statement)}</sla-statement>\n`,
  };
}

/** The whole statement as plain HTML, as `sla-statement render` writes it. */
export function fallbackHtml(statement: Statement): string {
  const html = renderFallback(statement);
  return html.endsWith('\n') ? html : `${html}\n`;
}
