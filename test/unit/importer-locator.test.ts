/** From a JSON path, as validateStatement reports it, to the value's place in the file's text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/format/validate.js';
import { locateJsonPath, offsetToPosition, parseJsonPath } from '../../src/importer/index.js';

const TEXT = `{
  "version": 1,
  "title": "عنوان",
  "provider": { "name": "دستگاه", "url": "javascript:alert(1)" },
  "sections": [
    { "kind": "introduction", "content": ["یک", { "list": ["a", "b\\"]c"] }, 42] },
    { "kind": "preface", "content": [] }
  ],
  "services": { "items": [ { "name": "x", "visits": -1 } ] }
}`;

const at = (path: string) => {
  const location = locateJsonPath(TEXT, path);
  return { ...location, value: TEXT.slice(location.offset, location.end) };
};

describe('parseJsonPath', () => {
  it('reads dotted names and indexes', () => {
    expect(parseJsonPath('sections[2].content[0].list[1]')).toEqual(['sections', 2, 'content', 0, 'list', 1]);
    expect(parseJsonPath('')).toEqual([]);
    expect(parseJsonPath('validity.until')).toEqual(['validity', 'until']);
  });
});

describe('locateJsonPath', () => {
  it('finds the document itself', () => {
    expect(at('')).toMatchObject({ offset: 0, line: 1, column: 1, exact: true });
  });

  it('finds members and array items, with line and column from 1', () => {
    expect(at('title')).toMatchObject({ value: '"عنوان"', line: 3, column: 12, exact: true });
    expect(at('provider.url')).toMatchObject({ value: '"javascript:alert(1)"', line: 4, exact: true });
    expect(at('sections[0].content[2]')).toMatchObject({ value: '42', line: 6, exact: true });
    expect(at('sections[0].content[1].list[1]')).toMatchObject({ value: '"b\\"]c"', exact: true });
    expect(at('sections[1].kind')).toMatchObject({ value: '"preface"', line: 7, exact: true });
    expect(at('services.items[0].visits')).toMatchObject({ value: '-1', line: 9, exact: true });
  });

  it('gives the nearest ancestor of a missing member', () => {
    expect(at('validity.until')).toMatchObject({ offset: 0, exact: false });
    expect(at('sections[1].title')).toMatchObject({ value: '{ "kind": "preface", "content": [] }', exact: false });
    expect(at('sections[9]')).toMatchObject({ line: 5, exact: false });
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    expect(locateJsonPath('{"a": 1, "a": 22}', 'a')).toMatchObject({ offset: 14, end: 16 });
  });

  it('skips a byte-order mark without counting it as a column', () => {
    expect(locateJsonPath('\uFEFF{"a": 1}', 'a')).toMatchObject({ offset: 7, line: 1, column: 7 });
  });

  it('counts CRLF line ends as one line', () => {
    expect(offsetToPosition('{\r\n  "a": 1\r\n}', 5)).toEqual({ line: 2, column: 3 });
  });

  it('locates every problem of demo/data/errors/partial.json on its value', () => {
    const text = readFileSync(new URL('../../demo/data/errors/partial.json', import.meta.url), 'utf8');
    const { problems } = validateStatement(JSON.parse(text));
    expect(problems.length).toBeGreaterThan(2);
    for (const problem of problems) {
      const location = locateJsonPath(text, problem.path);
      expect(location.exact, problem.path).toBe(true);
      const value = text.slice(location.offset, location.end);
      if (problem.received !== undefined && !problem.received.endsWith('…')) {
        expect(JSON.stringify(JSON.parse(value)), problem.path).toBe(problem.received);
      }
    }
  });

  it('finds what it can in text that is not valid JSON', () => {
    expect(locateJsonPath('{"title": "x", "sections": [1, ', 'sections[1]')).toMatchObject({ exact: false });
    expect(locateJsonPath('{"title": "x", ', 'title')).toMatchObject({ offset: 10, exact: true });
  });
});
