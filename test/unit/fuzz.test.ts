/**
 * Property-based fuzzing of the pure pipeline with fast-check, fixed seed: arbitrary JSON,
 * mangled real statements and raw text. Whatever comes in, validation answers with a statement
 * or with fatal problems, every problem says where, and what is shown is itself valid.
 * Run counts are chosen to keep this file under ~10 s.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { jsonErrorOffset } from '../../src/format/json-syntax.js';
import { parseStatementJson } from '../../src/format/parse-json.js';
import { validateStatement } from '../../src/format/validate.js';
import { mangledArbitrary, minimalDocument, pathNamesAPlace, previewOf, SEED, valueAt, type Json } from '../fixtures/bad-input/mangle.js';

const RUNS = { json: 2000, mangled: 4000, text: 2000, truncated: 1500 };
/** Far above the few seconds each property takes, so a busy machine does not fail them. */
const TIMEOUT = 30_000;

const demoDirectory = new URL('../../demo/data/', import.meta.url);
const demoTexts = readdirSync(demoDirectory)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => readFileSync(new URL(name, demoDirectory), 'utf8'));
const documents: Json[] = [...demoTexts.map((text) => JSON.parse(text) as Json), minimalDocument()];

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;
const STRUCTURAL = new Set(['', 'version', 'title', 'provider', 'provider.name', 'sections']);

/** The policy, checked on one input. Throws (fails the property) on any breach. */
function checkValidation(input: unknown): void {
  const before = JSON.stringify(input);
  const { statement, problems } = validateStatement(input);
  expect(JSON.stringify(input), 'the input is left as it was').toBe(before);

  if (statement === null) {
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((problem) => problem.fatal)).toBe(true);
  } else {
    expect(problems.every((problem) => !problem.fatal)).toBe(true);
  }

  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    // Only what the README calls structural may stop the whole statement from being shown.
    if (problem.fatal) expect(STRUCTURAL.has(problem.path), problem.path).toBe(true);
    // Empty only for a document that is not an object at all.
    if (problem.path === '') expect(isPlainObject(input)).toBe(false);
    else expect(pathNamesAPlace(input, problem.path, problem.code), `${problem.path} (${problem.code})`).toBe(true);
    // And the right place: the value found there is the one the problem quotes.
    if (problem.received !== undefined) {
      expect(previewOf(valueAt(input, problem.path)), `what ${problem.path} (${problem.code}) quotes`).toBe(problem.received);
    }
  }

  if (statement !== null) {
    // What is shown re-validates cleanly. Duplicate ids are reported, not removed (the element
    // renames the later one when it renders), so they may be found again, but only those.
    const again = validateStatement(statement).problems;
    const duplicates = problems.filter((problem) => problem.code === 'duplicate-id').map((problem) => problem.received);
    for (const problem of again) {
      expect(problem.code === 'duplicate-id' && duplicates.includes(problem.received), `${problem.path} (${problem.code}) on re-validation`).toBe(true);
    }
    expect(again.length).toBeLessThanOrEqual(duplicates.length);
    expect(isPlainObject(statement)).toBe(true);
    expect(typeof statement.title).toBe('string');
    expect(typeof statement.provider.name).toBe('string');
    expect(Array.isArray(statement.sections)).toBe(true);
    if (statement.provider.url !== undefined) expect(statement.provider.url.trim()).toMatch(SAFE_LINK);
    for (const item of statement.services?.items ?? []) {
      if (item.url !== undefined) expect(item.url.trim()).toMatch(SAFE_LINK);
    }
  }
}

/** Syntax positions count from 1 and point inside the text (or just after its last character). */
function checkParse(text: string): void {
  const result = parseStatementJson(text, jsonErrorOffset);
  const body = text.replace(/^\uFEFF/, '');
  if (result.ok) {
    expect(result.value).toEqual(JSON.parse(body));
    return;
  }
  const { failure } = result;
  if (failure.kind === 'empty') expect(body.trim()).toBe('');
  else if (failure.kind === 'html') expect(body.trimStart().startsWith('<')).toBe(true);
  else {
    expect(failure.kind).toBe('syntax');
    expect(() => JSON.parse(body)).toThrow();
    const lines = body.split('\n');
    expect(Number.isInteger(failure.line) && Number.isInteger(failure.column)).toBe(true);
    expect(failure.line).toBeGreaterThanOrEqual(1);
    expect(failure.line).toBeLessThanOrEqual(lines.length);
    expect(failure.column).toBeGreaterThanOrEqual(1);
    expect(failure.column).toBeLessThanOrEqual(lines[failure.line - 1]!.length + 1);
  }
}

const options = (numRuns: number) => ({ seed: SEED, numRuns });

describe('fuzz: validateStatement', () => {
  it(`(a) arbitrary JSON values (${RUNS.json} runs)`, () => {
    fc.assert(fc.property(fc.jsonValue(), checkValidation), options(RUNS.json));
  }, TIMEOUT);

  it(`(a') arbitrary objects with the statement's own keys (${RUNS.json} runs)`, () => {
    const keys = ['$schema', 'version', 'lang', 'dir', 'title', 'provider', 'service', 'validity', 'sections', 'services'];
    const statementLike = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(fc.property(statementLike, checkValidation), options(RUNS.json));
  }, TIMEOUT);

  it(`(b) mangled demo statements and a minimal one (${RUNS.mangled} runs)`, () => {
    expect(documents).toHaveLength(6);
    fc.assert(fc.property(mangledArbitrary(documents), checkValidation), options(RUNS.mangled));
  }, TIMEOUT);
});

describe('fuzz: parseStatementJson', () => {
  const jsonish = fc.string({
    unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\r', '\t', '0', '1', '-', '.', 'e', 'a',
      '\\', 'u', 'true', 'null', '<', '\uFEFF', 'ی', '\u2028'),
    maxLength: 80,
  });

  it(`random strings (${RUNS.text} runs)`, () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), jsonish, fc.json()), checkParse), options(RUNS.text));
  }, TIMEOUT);

  it(`truncated and spliced demo files (${RUNS.truncated} runs)`, () => {
    const texts = [...demoTexts, `\uFEFF${demoTexts[0]}`];
    const cut = fc.tuple(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.nat(), fc.boolean()).map(([file, a, b, splice]) => {
      const text = texts[file]!;
      const start = a % (text.length + 1);
      if (!splice) return { text: text.slice(0, start), whole: text };
      const end = start + (b % 40);
      return { text: text.slice(0, start) + text.slice(end), whole: text };
    });
    fc.assert(
      fc.property(cut, ({ text, whole }) => {
        checkParse(text);
        // A strict prefix of a statement (short of trailing spaces) is never taken as valid.
        if (whole.startsWith(text) && text.trimEnd().length < whole.trimEnd().length) {
          expect(parseStatementJson(text).ok).toBe(false);
        }
      }),
      options(RUNS.truncated),
    );
  }, TIMEOUT);
});
