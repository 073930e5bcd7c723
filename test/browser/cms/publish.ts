/**
 * What happens after an editor saves: a paste as the browser delivers it (to get content into the
 * editor), and publishing the saved HTML on a portal page whose template loads the element
 * (/assets/sla-statement.js, this build's dist/sla-statement.js, served by scripts/portal-routes.mjs).
 */
import { expect } from '@open-wc/testing';
import type { SlaStatement } from '../../../src/sla-statement.js';

/** Pastes `html` into an editable element as a browser does: a paste event carrying the clipboard's two forms. */
export function paste(target: Element, html: string): void {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/html', html);
  clipboardData.setData('text/plain', plainText(html));
  (target as HTMLElement).focus();
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

/** The text an author copies along with the HTML (what the clipboard's text/plain holds). */
export function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

export interface Published {
  /** Each statement shown: its title and section headings, from the element's shadow root. */
  statements: { title: string; headings: string[] }[];
  /** Elements that showed an error instead (such as a file not found). */
  failed: number;
  /** The page's text as a reader sees it (fallback hidden behind a shadow root is left out), spaces collapsed. */
  text: string;
}

/** The published page's address: a folder other than the editor's, as a CMS's public pages are. */
const PAGE = '/fa/news/sla.html';

const pages: HTMLIFrameElement[] = [];

/** Removes the pages `publish` made. */
export function unpublishAll(): void {
  while (pages.length) pages.pop()!.remove();
}

/**
 * Puts `saved` into the body of a page at /fa/news/ whose head loads the element, as the portal's
 * template does, and waits until every `<sla-statement>` on it has shown its statement or failed.
 */
export async function publish(saved: string): Promise<Published> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.srcdoc = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><base href="${PAGE}">
<script type="module" src="/assets/sla-statement.js"></script></head><body>${saved}</body></html>`;
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  document.body.append(frame);
  pages.push(frame);
  // The load event comes after the module has run and upgraded the page's links.
  await loaded;
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll('sla-statement')] as SlaStatement[];
  const outcomes = await Promise.allSettled(elements.map((element) => element.whenReady()));
  const shown = elements.filter((_, index) => outcomes[index]!.status === 'fulfilled');
  return {
    statements: shown.map((element) => ({
      title: element.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim(),
      headings: [...element.shadowRoot!.querySelectorAll('[part="section-heading"]')].map((h) => h.textContent!.trim()),
    })),
    failed: elements.length - shown.length,
    text: doc.body.innerText.replace(/\s+/g, ' '),
  };
}

/** The title of the statement in /files/sla.json, the file the docs' snippets name. */
export const FILE_TITLE: string = (await (await fetch('/files/sla.json')).json()).title;

/** The page shows exactly one statement, with that title and its sections, and no JSON as text. */
export function expectShown(published: Published, title: string): void {
  expect(published.statements.map((statement) => statement.title)).to.deep.equal([title]);
  expect(published.statements[0]!.headings.length).to.be.greaterThan(0);
  expect(published.text).not.to.contain('"version"');
}

/** The page shows no statement. */
export function expectNone(published: Published): void {
  expect(published.statements).to.deep.equal([]);
}
