/**
 * Turning the text of a statement file into a value, with a failure a reader can act on:
 * where the JSON breaks (line and column, counted from 1), or that the server sent a web page.
 *
 * Finding where JSON breaks takes a scanner (json-syntax.ts) that only a broken file needs, so it
 * is given by the caller: the tools import it, the element fetches it once a file fails to parse.
 */

interface SyntaxFailure {
  kind: 'syntax';
  line: number;
  column: number;
  /** What the browser's parser said. */
  detail: string;
}

/** Line and column are absent when no `errorOffset` was given to find them. */
export type ParseFailure =
  | { kind: 'empty' }
  | { kind: 'html' }
  | SyntaxFailure
  | { kind: 'syntax'; line?: undefined; column?: undefined; detail: string };
export type LocatedParseFailure = Exclude<ParseFailure, { kind: 'syntax' }> | SyntaxFailure;

export type ParseResult<Failure = ParseFailure> = { ok: true; value: unknown } | { ok: false; failure: Failure };

/**
 * Below this length, one JSON.parse takes a few milliseconds: not worth splitting (see
 * parse-json-in-slices.ts, which the element loads only for a text this long).
 */
export const SLICED_FROM_LENGTH = 512 * 1024;

/** @param errorOffset where a text stops being JSON: json-syntax.ts's `jsonErrorOffset` */
export function parseStatementJson(text: string, errorOffset: (body: string) => number): ParseResult<LocatedParseFailure>;
export function parseStatementJson(text: string): ParseResult;
export function parseStatementJson(text: string, errorOffset?: (body: string) => number): ParseResult {
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
    const failure = { kind: 'syntax', detail } as const;
    return { ok: false, failure: errorOffset ? { ...failure, ...position(body, errorOffset(body)) } : failure };
  }
}

function position(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset < 0 ? body.length : offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
