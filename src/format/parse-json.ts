/**
 * Turning the text of a statement file into a value, with a failure a reader can act on:
 * where the JSON breaks (line and column, counted from 1), or that the server sent a web page.
 */

export type ParseFailure =
  | { kind: 'empty' }
  | { kind: 'html' }
  | { kind: 'syntax'; line: number; column: number; detail: string };

export type ParseResult = { ok: true; value: unknown } | { ok: false; failure: ParseFailure };

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
    return { ok: false, failure: { kind: 'syntax', ...locate(body, detail), detail } };
  }
}

function locate(body: string, detail: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(detail);
  const offset = position ? Number(position[1]) : body.length;
  const before = body.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
