/**
 * The bad-input corpus (test/fixtures/bad-input/cases.json) through the pure pipeline the element
 * uses: parseStatementJson, then validateStatement. Each case says what the README's policy
 * ("When the input is wrong") requires: a fatal failure of a given kind, a statement shown with
 * local problems at given paths, or a clean statement.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonErrorOffset } from '../../src/format/json-syntax.js';
import { parseStatementJson } from '../../src/format/parse-json.js';
import { validateStatement, type Validation } from '../../src/format/validate.js';
import { generateCase, LONG_STRING_CHARS, TEN_MEGABYTES } from '../fixtures/bad-input/generate.js';
import type { BadInputCase } from '../fixtures/bad-input/case.js';

type Case = BadInputCase;

const corpus = new URL('../fixtures/bad-input/', import.meta.url);
const cases: Case[] = JSON.parse(readFileSync(new URL('cases.json', corpus), 'utf8'));

/** What the README calls fatal: not an object, unknown version, no title, provider or sections. */
const STRUCTURAL = new Set(['', 'version', 'title', 'provider', 'provider.name', 'sections']);
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;

function textOf(entry: Case): string {
  return entry.generate ? generateCase(entry.generate) : readFileSync(new URL(entry.file, corpus), 'utf8');
}

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `url` anywhere in a value; iterative, as some cases nest 10,000 levels deep. */
function urls(root: unknown): string[] {
  const found: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (key === 'url' && typeof item === 'string') found.push(item);
        else stack.push(item);
      }
    }
  }
  return found;
}

describe('bad-input corpus: the manifest', () => {
  it('has at least 60 cases, each file present and named NN-short-name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const names = new Set<string>();
    for (const entry of cases) {
      expect(entry.file).toMatch(/^\d\d-[a-z0-9-]+\.(?:json|txt)$/);
      expect(names.has(entry.file), entry.file).toBe(false);
      names.add(entry.file);
      expect(['fatal', 'local', 'ok']).toContain(entry.outcome);
      expect(entry.paths).toHaveLength(entry.codes.length);
      expect(entry.why.length).toBeGreaterThan(5);
      if (entry.outcome === 'fatal') expect(['syntax', 'empty', 'html', 'invalid']).toContain(entry.failure);
      if (entry.outcome === 'local') expect(entry.paths.length).toBeGreaterThan(0);
      if (entry.outcome === 'ok') expect(entry.paths).toEqual([]);
      if (!entry.generate) expect(() => readFileSync(new URL(entry.file, corpus)), entry.file).not.toThrow();
    }
  });

  it('keeps the stored corpus small', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const total = readdirSync(corpus).reduce((sum, name) => sum + statSync(new URL(name, corpus)).size, 0);
    expect(total).toBeLessThan(12 * 1024 * 1024);
  });

  it('generates the big documents at their promised size, the same every time', () => {
    const long = generateCase('long-string');
    const paragraph = (JSON.parse(long).sections as { content: string[] }[])[1]!.content[0]!;
    expect(paragraph.length).toBeGreaterThanOrEqual(LONG_STRING_CHARS);
    expect(generateCase('long-string')).toBe(long);
    const big = generateCase('ten-megabytes');
    expect(Buffer.byteLength(big, 'utf8')).toBeGreaterThanOrEqual(TEN_MEGABYTES);
  }, 30_000);
});

describe('bad-input corpus: parse and validate', () => {
  it.each(cases.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    const text = textOf(entry);
    const parsed = parseStatementJson(text, jsonErrorOffset);

    if (entry.outcome === 'fatal' && entry.failure !== 'invalid') {
      expect(parsed.ok, entry.why).toBe(false);
      if (parsed.ok) return;
      expect(parsed.failure.kind).toBe(entry.failure);
      if (parsed.failure.kind === 'syntax') {
        const lines = text.replace(/^\uFEFF/, '').split('\n');
        expect(parsed.failure.line).toBeGreaterThanOrEqual(1);
        expect(parsed.failure.line).toBeLessThanOrEqual(lines.length);
        expect(parsed.failure.column).toBeGreaterThanOrEqual(1);
        expect(parsed.failure.column).toBeLessThanOrEqual(lines[parsed.failure.line - 1]!.length + 1);
      }
      return;
    }

    expect(parsed.ok, `${entry.why}: ${parsed.ok ? '' : JSON.stringify(parsed.failure)}`).toBe(true);
    if (!parsed.ok) return;
    const input = parsed.value;
    let result: Validation | undefined;
    expect(() => (result = validateStatement(input)), entry.why).not.toThrow();
    const { statement, problems } = result!;

    expect(problems.map((problem) => problem.path), entry.why).toEqual(entry.paths);
    expect(problems.map((problem) => problem.code), entry.why).toEqual(entry.codes);
    for (const problem of problems) {
      // A path names where; only a document that is not an object at all has the empty path.
      expect(typeof problem.path).toBe('string');
      if (problem.path === '') expect(isPlainObject(input)).toBe(false);
      expect(problem.fatal, problem.path).toBe(STRUCTURAL.has(problem.path));
    }

    switch (entry.outcome) {
      case 'fatal':
        expect(statement).toBeNull();
        expect(problems.some((problem) => problem.fatal)).toBe(true);
        break;
      case 'local':
        expect(statement).not.toBeNull();
        expect(problems.every((problem) => !problem.fatal)).toBe(true);
        break;
      case 'ok':
        expect(statement).not.toBeNull();
        expect(problems).toEqual([]);
        break;
    }

    if (statement) {
      // What is shown is valid: checking it again finds nothing but the ids it already reported
      // as duplicates (those are renamed when rendered, not removed).
      const again = validateStatement(statement).problems;
      expect(again.filter((problem) => problem.code !== 'duplicate-id')).toEqual([]);
      for (const url of urls(statement)) expect(url.trim()).toMatch(SAFE_LINK);
    }
  }, 30_000);
});

describe('bad-input corpus: what is left out, and what stays', () => {
  const run = (file: string) => {
    const entry = cases.find((candidate) => candidate.file.slice(3) === file)!;
    expect(entry, file).toBeDefined();
    const parsed = parseStatementJson(textOf(entry));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return { input: parsed.value as Record<string, any>, ...validateStatement(parsed.value) };
  };

  it.each(['provider-url-javascript.json', 'provider-url-data.json', 'provider-url-vbscript.json'])(
    '%s: only the URL is dropped; the provider name and parent stay',
    (file) => {
      const { input, statement } = run(file);
      expect(statement!.provider).toEqual({ name: input.provider.name, parent: input.provider.parent });
      expect(statement!.sections).toEqual(input.sections);
    },
  );

  it.each([
    ['item-url-javascript.json', [1]],
    ['item-url-data.json', [0]],
    ['item-url-vbscript.json', [2]],
    ['url-scheme-tricks.json', [0, 1, 2, 3, 4]],
  ] as const)('%s: the rows with a bad URL are dropped, the others kept', (file, dropped) => {
    const { input, statement } = run(file);
    const kept = (input.services.items as unknown[]).filter((_item, index) => !(dropped as readonly number[]).includes(index));
    expect(statement!.services!.items).toEqual(kept);
  });

  it('a bad date drops the whole validity line, never half of it', () => {
    for (const file of ['date-1402-esfand-30.json', 'date-day-month-year.json', 'dates-both-invalid.json']) {
      expect(run(file).statement!.validity, file).toBeUndefined();
    }
  });

  it('a bad block drops only that block', () => {
    const { input, statement } = run('block-number.json');
    expect(statement!.sections[2]!.content).toEqual(input.sections[2].content.slice(0, 2));
    expect(statement!.sections).toHaveLength(3);
  });

  it('a bad section drops only that section', () => {
    const { input, statement } = run('unknown-section-kind.json');
    expect(statement!.sections).toEqual([input.sections[0], input.sections[2]]);
  });

  it('__proto__ and constructor members pollute nothing and are not passed on', () => {
    const { statement } = run('proto-keys.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(statement)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(statement, '__proto__')).toBe(false);
    expect(statement!.services!.items).toHaveLength(3);
  });

  it('markup in text fields reaches the statement unchanged, as text to be shown', () => {
    const { input, statement } = run('markup-in-every-text-field.json');
    expect(statement!.title).toBe(input.title);
    expect(statement!.sections[0]!.content).toEqual(input.sections[0].content);
    expect(statement!.services!.items[0]).toEqual(input.services.items[0]);
  });
});
