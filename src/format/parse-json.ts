import { jsonErrorOffset } from './json-syntax.js';

/**
 * Turning the text of a statement file into a value, with a failure a reader can act on:
 * where the JSON breaks (line and column, counted from 1), or that the server sent a web page.
 */

export type ParseFailure =
  | { kind: 'empty' }
  | { kind: 'html' }
  | { kind: 'syntax'; line: number; column: number; detail: string };

export type ParseResult = { ok: true; value: unknown } | { ok: false; failure: ParseFailure };

/**
 * Below this length, one JSON.parse takes a few milliseconds: not worth splitting (see
 * parse-json-in-slices.ts, which the element loads only for a text this long).
 */
export const SLICED_FROM_LENGTH = 512 * 1024;

export function parseStatementJson(text: string): ParseResult {
  // Windows editors save UTF-8 with a byte-order mark; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, failure: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // A 200 answer that is an HTML page is the commonest mistake: a wrong path behind a CMS
    // that serves its own "not found" page.
    if (/^\s*</.test(body)) return { ok: false, failure: { kind: 'html' } };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'syntax', ...locate(body), detail } };
  }
}

function locate(body: string): { line: number; column: number } {
  const offset = jsonErrorOffset(body);
  const before = body.slice(0, offset < 0 ? body.length : offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
