/**
 * Where a JSON path (`sections[2].content[0]`, as validateStatement writes it) is in the text of
 * a JSON file: the offset of the value, and its line and column counted from 1. For a path that
 * does not exist (a missing field), the nearest existing ancestor is given, with `exact: false`.
 * It scans the text without building values, and tolerates text that does not parse: it then
 * finds what it can.
 */
import type { PathKey } from '../format/json-path.js';

export interface JsonLocation {
  /** Offset of the value's first character (UTF-16 code units, as in a textarea). */
  offset: number;
  /** Offset just after the value. */
  end: number;
  line: number;
  column: number;
  /** False when the path was not found and an ancestor is given instead. */
  exact: boolean;
}

/** `sections[2].content[0]` → ['sections', 2, 'content', 0]. */
export function parseJsonPath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(index !== undefined ? Number(index) : name!);
  }
  return keys;
}

/** Line and column (from 1) of an offset; a byte-order mark does not count as a column. */
export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  const last = lines.at(-1)!;
  const column = (lines.length === 1 ? last.replace(/^\uFEFF/, '') : last).length + 1;
  return { line: lines.length, column };
}

const SPACE = /[\s\uFEFF]/;

export function locateJsonPath(text: string, path: string | readonly PathKey[]): JsonLocation {
  const keys = typeof path === 'string' ? parseJsonPath(path) : path;
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && SPACE.test(text[at]!)) at++;
  };
  /** Moves past the string starting at `at` and returns its decoded value. */
  const readString = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      return text.slice(start + 1, at - 1);
    }
  };
  /** Moves past the value starting at `at`. */
  const skipValue = () => {
    const char = text[at];
    if (char === '"') {
      readString();
      return;
    }
    if (char === '{' || char === '[') {
      let depth = 0;
      while (at < text.length) {
        const c = text[at];
        if (c === '"') {
          readString();
          continue;
        }
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === 0) {
            at++;
            return;
          }
        }
        at++;
      }
      return;
    }
    while (at < text.length && !/[,\]}\s]/.test(text[at]!)) at++;
  };
  const result = (start: number, exact: boolean): JsonLocation => {
    at = start;
    skipValue();
    return { offset: start, end: at, exact, ...offsetToPosition(text, start) };
  };

  skipSpace();
  let valueStart = at;
  for (const key of keys) {
    at = valueStart;
    const open = text[at];
    let found: number | undefined;
    if (open === '{' && typeof key === 'string') {
      at++;
      for (;;) {
        skipSpace();
        if (text[at] !== '"') break;
        const name = readString();
        skipSpace();
        if (text[at] !== ':') break;
        at++;
        skipSpace();
        // JSON.parse keeps the last of repeated keys, so the last one is the value checked.
        if (name === key) found = at;
        skipValue();
        skipSpace();
        if (text[at] !== ',') break;
        at++;
      }
    } else if (open === '[' && typeof key === 'number') {
      at++;
      for (let index = 0; ; index++) {
        skipSpace();
        if (at >= text.length || text[at] === ']') break;
        if (index === key) {
          found = at;
          break;
        }
        skipValue();
        skipSpace();
        if (text[at] !== ',') break;
        at++;
      }
    }
    if (found === undefined) return result(valueStart, false);
    valueStart = found;
  }
  return result(valueStart, true);
}
