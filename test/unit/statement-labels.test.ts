/**
 * The words around a statement's text (src/wording/statement-labels.ts), shared by the element
 * and the fallback: complete in both languages, each in its own script.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCES, CHANNELS, STANDARD_SECTION_KINDS } from '../../src/format/schema.js';
import { SERVICE_COLUMNS } from '../../src/services/service-catalog.js';
import { STATEMENT_LABELS } from '../../src/wording/statement-labels-by-language.js';

const PERSIAN = /[\u0600-\u06FF]/;

/** Every word of a label table, functions called with a sample date. */
function words(table: object): string[] {
  return Object.values(table).flatMap((value) =>
    typeof value === 'string' ? [value] : typeof value === 'function' ? [value('X', 'Y') as string] : words(value as object),
  );
}

describe('STATEMENT_LABELS', () => {
  it('names every section kind, audience, channel and column in both languages', () => {
    for (const labels of Object.values(STATEMENT_LABELS)) {
      expect(Object.keys(labels.kinds).sort()).toEqual([...STANDARD_SECTION_KINDS, 'other'].sort());
      expect(Object.keys(labels.audiences).sort()).toEqual([...AUDIENCES].sort());
      expect(Object.keys(labels.channels).sort()).toEqual([...CHANNELS].sort());
      expect(Object.keys(labels.columns).sort()).toEqual([...SERVICE_COLUMNS].sort());
    }
  });

  it('has Persian in Persian and no Persian in English', () => {
    const fa = words(STATEMENT_LABELS.fa).filter((word) => word.trim() !== '،');
    expect(fa.filter((word) => !PERSIAN.test(word))).toEqual([]);
    expect(words(STATEMENT_LABELS.en).filter((word) => PERSIAN.test(word))).toEqual([]);
  });

  it('puts both dates into the validity sentences', () => {
    for (const labels of Object.values(STATEMENT_LABELS)) {
      expect(labels.validFromUntil('X', 'Y')).toMatch(/X.*Y/);
      expect(labels.validUntil('Y')).toContain('Y');
      expect(labels.validFrom('X')).toContain('X');
    }
  });
});
