import { describe, it, expect } from 'vitest';
import { jsonErrorOffset } from '../../src/format/json-syntax.js';
import { parseStatementJson, type LocatedParseFailure, type ParseResult } from '../../src/format/parse-json.js';

function syntaxFailure(result: ParseResult<LocatedParseFailure>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  expect(result.failure.kind).toBe('syntax');
  if (result.failure.kind !== 'syntax') throw new Error('expected a syntax failure');
  return result.failure;
}

describe('parseStatementJson: values', () => {
  it('parses valid JSON', () => {
    const text = '{\n  "version": 1,\n  "title": "توافقنامه",\n  "sections": []\n}\n';
    expect(parseStatementJson(text)).toEqual({
      ok: true,
      value: { version: 1, title: 'توافقنامه', sections: [] },
    });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseStatementJson('\uFEFF{"version": 1}')).toEqual({ ok: true, value: { version: 1 } });
  });

  it('returns non-object JSON as it is: judging it is the validator’s job', () => {
    expect(parseStatementJson('[1, 2]')).toEqual({ ok: true, value: [1, 2] });
    expect(parseStatementJson('null')).toEqual({ ok: true, value: null });
  });
});

describe('parseStatementJson: empty', () => {
  it.each([[''], ['   '], ['\n\t \r\n'], ['\uFEFF'], ['\uFEFF  \n']])('%j is empty', (text) => {
    expect(parseStatementJson(text)).toEqual({ ok: false, failure: { kind: 'empty' } });
  });
});

describe('parseStatementJson: html', () => {
  it.each([
    ['<!DOCTYPE html>\n<html><head><title>404</title></head><body>یافت نشد</body></html>'],
    ['\n  <html lang="fa"><body>Not found</body></html>'],
    ['\uFEFF<!doctype html><html></html>'],
  ])('an HTML page is reported as html: %j', (text) => {
    expect(parseStatementJson(text)).toEqual({ ok: false, failure: { kind: 'html' } });
  });
});

describe('parseStatementJson: syntax errors', () => {
  it('locates truncated JSON at the end of the input', () => {
    // Line 3 is `  "sections": [` (15 characters); the input ends after it, at column 16.
    const failure = syntaxFailure(parseStatementJson('{\n  "title": "x",\n  "sections": [', jsonErrorOffset));
    expect(failure.line).toBe(3);
    expect(failure.column).toBe(16);
    expect(failure.detail).not.toBe('');
  });

  it('locates a trailing comma in an object at the closing brace', () => {
    // The comma ends line 3; the `}` that should have been a property name is line 4, column 1.
    const text = '{\n  "version": 1,\n  "title": "x",\n}';
    const failure = syntaxFailure(parseStatementJson(text, jsonErrorOffset));
    expect(failure.line).toBe(4);
    expect(failure.column).toBe(1);
    expect(failure.detail).not.toBe('');
  });

  it('locates a trailing comma in a list at the closing bracket', () => {
    // Line 4 is `  ]`: the bracket right after the trailing comma is at column 3.
    const text = '{\n  "sections": [\n    "a",\n  ]\n}';
    const failure = syntaxFailure(parseStatementJson(text, jsonErrorOffset));
    expect({ line: failure.line, column: failure.column }).toEqual({ line: 4, column: 3 });
    expect(failure.detail).not.toBe('');
  });

  it('locates a missing comma between members', () => {
    // Line 3 is `  "title": "x"`; line 4 starts with `"b"` at column 3, where a comma was expected.
    const text = '{\n  "version": 1,\n  "title": "x"\n  "sections": []\n}';
    const failure = syntaxFailure(parseStatementJson(text, jsonErrorOffset));
    expect({ line: failure.line, column: failure.column }).toEqual({ line: 4, column: 3 });
  });

  it('locates an unexpected token in the middle of a line', () => {
    // Line 2 is `  "version": x,`: the x is at column 14.
    const failure = syntaxFailure(parseStatementJson('{\n  "version": x,\n  "title": "t"\n}', jsonErrorOffset));
    expect({ line: failure.line, column: failure.column }).toEqual({ line: 2, column: 14 });
  });

  it('counts lines and columns after a byte-order mark without counting it', () => {
    const failure = syntaxFailure(parseStatementJson('\uFEFF{\n  "version": 1,\n}', jsonErrorOffset));
    expect({ line: failure.line, column: failure.column }).toEqual({ line: 3, column: 1 });
  });

  it('passes the parser’s own message as the detail', () => {
    const text = '{"version": 1,}';
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    const failure = syntaxFailure(parseStatementJson(text, jsonErrorOffset));
    expect(message).not.toBe('');
    expect(failure.detail).toBe(message);
    expect(failure.line).toBe(1);
    expect(failure.column).toBe(15);
  });
});

describe('parseStatementJson without a way to find the error', () => {
  it('says what the parser said, and no place: the element fetches the scanner only for a broken file', () => {
    const result = parseStatementJson('{\n  "version": x\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('syntax');
    expect(result.failure).not.toHaveProperty('line');
    expect(result.failure).not.toHaveProperty('column');
    expect(result.failure).toHaveProperty('detail', expect.any(String));
  });
});
