/**
 * From what the author brings (pasted text, a browser's or Word's clipboard HTML, a file) to a
 * draft, through the importer: a text statement, a web page, a Word file (its reader, mammoth,
 * loaded on first use), or a JSON file taken as it is.
 */
import { parseStatementJson } from '../format/parse-json.js';
import { decodeHtml, importHtml } from '../importer/html.js';
import { importStatement } from '../importer/import-statement.js';
import { importWordLines, readDocx } from '../importer/docx.js';
import { inputKind } from '../importer/input-kind.js';
import { draftFromImport, type Draft } from './model/draft.js';

export type Opened =
  /** `kind`: what was read, for the status line. */
  | { kind: 'text' | 'html' | 'docx' | 'json'; draft: Draft }
  /** JSON that does not parse: for the JSON tab, where its error is shown. */
  | { kind: 'broken-json'; text: string }
  | { failure: 'old-word' | 'broken-word' | 'no-word-reader' | 'empty' };

const looksLikeJson = (text: string) => /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));

/** Text as pasted or typed: JSON when it looks like JSON, else a published statement's text. */
export function openText(text: string): Opened {
  if (text.trim() === '') return { failure: 'empty' };
  if (looksLikeJson(text)) {
    const parsed = parseStatementJson(text);
    return parsed.ok ? { kind: 'json', draft: { statement: parsed.value, notes: [] } } : { kind: 'broken-json', text };
  }
  return { kind: 'text', draft: draftFromImport(importStatement(text), 'text') };
}

/** A browser's or Word's clipboard HTML: its headings, lists and tables give the structure. */
export function openHtml(html: string): Opened {
  return { kind: 'html', draft: draftFromImport(importHtml(html), 'html') };
}

export async function openFile(file: File): Promise<Opened> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = /\.json$/i.test(file.name) ? 'text' : inputKind(file.name, bytes);
  if (kind === 'doc') return { failure: 'old-word' };
  if (kind === 'docx') {
    try {
      return { kind: 'docx', draft: draftFromImport(importWordLines(await readDocx(bytes)), 'docx') };
    } catch (error) {
      return { failure: error instanceof Error && error.name === 'DocxError' ? 'broken-word' : 'no-word-reader' };
    }
  }
  if (kind === 'html') return openHtml(decodeHtml(bytes));
  return openText(new TextDecoder().decode(bytes));
}

/**
 * Fetches the Word reader while the page is idle, so that a Word file opens even if the network
 * is gone by then: the page keeps working offline once it has loaded. Failing here costs
 * nothing; opening a Word file then tries again and says so if it cannot.
 */
export function preloadWordReader(): void {
  import('mammoth').catch(() => undefined);
}
