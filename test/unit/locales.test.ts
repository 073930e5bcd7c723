import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { templates } from '../../src/generated/locales/en.js';

const xliff = readFileSync(new URL('../../locales/en.xlf', import.meta.url), 'utf8');

interface Unit {
  id: string;
  source: string | undefined;
  target: string | undefined;
}

const units: Unit[] = [...xliff.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(
  ([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1],
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }),
);

/** The placeholder ids of a message, sorted, repeated ones kept. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/<x\b[^>]*\bid="([^"]+)"[^>]*\/>/g)].map(([, id]) => id!).sort();
}

/** The text a message shows, placeholders and entities aside. */
function visibleText(message: string): string {
  return message.replace(/<x\b[^>]*\/>/g, '').trim();
}

type Template = string | { strTag: true; strings: readonly string[]; values: readonly unknown[] };
const table = templates as unknown as Record<string, Template>;

describe('locales/en.xlf', () => {
  it('is read whole: every <trans-unit> was parsed', () => {
    expect(units.length).toBeGreaterThan(25);
    expect(units.length).toBe((xliff.match(/<trans-unit\b/g) ?? []).length);
    expect(units.length).toBe((xliff.match(/<\/trans-unit>/g) ?? []).length);
  });

  it('declares Persian source and English target', () => {
    expect(xliff).toMatch(/<file\b[^>]*\bsource-language="fa"/);
    expect(xliff).toMatch(/<file\b[^>]*\btarget-language="en"/);
  });

  it('has unique ids', () => {
    const ids = units.map((unit) => unit.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(units.map((unit) => [unit.id, unit] as const))('%s has a source and a non-empty target', (_id, unit) => {
    expect(unit.source).toBeDefined();
    expect(visibleText(unit.source ?? '')).not.toBe('');
    expect(unit.target).toBeDefined();
    expect(visibleText(unit.target ?? '')).not.toBe('');
  });

  it.each(units.map((unit) => [unit.id, unit] as const))('%s keeps the placeholders of its source', (_id, unit) => {
    expect(placeholders(unit.target ?? '')).toEqual(placeholders(unit.source ?? ''));
  });

  it('targets are English, not copies of the Persian source', () => {
    const persian = /[\u0600-\u06FF]/;
    const untranslated = units.filter((unit) => persian.test(visibleText(unit.target ?? '')));
    expect(untranslated.map((unit) => unit.id)).toEqual([]);
  });
});

describe('src/generated/locales/en.ts', () => {
  it('has exactly the ids of en.xlf', () => {
    expect(Object.keys(templates).sort()).toEqual(units.map((unit) => unit.id).sort());
  });

  it.each(units.map((unit) => [unit.id, unit] as const))('%s has the placeholders of its XLIFF target', (id, unit) => {
    const template = table[id];
    expect(template).toBeDefined();
    const expected = placeholders(unit.target ?? '').map(Number);
    const values = typeof template === 'string' ? [] : [...template!.values].map(Number);
    expect(values.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  });

  it('messages shown as plain text contain no XML escapes (they would be shown literally)', () => {
    const escaped = Object.entries(table)
      .filter(([, template]) => {
        const parts = typeof template === 'string' ? [template] : template.strings;
        return parts.some((part) => /&(?:lt|gt|amp|quot|apos);/.test(part));
      })
      .map(([id]) => id);
    expect(escaped).toEqual([]);
  });
});
