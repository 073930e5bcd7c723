/**
 * Large statements are parsed in slices: the value must equal JSON.parse's, and anything odd must
 * fall back to the one plain parse (same value, same error).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatementJson } from '../../src/format/parse-json.js';
import { parseStatementJsonInSlices } from '../../src/format/parse-json-in-slices.js';
import { SEED } from '../fixtures/bad-input/mangle.js';

let pauses = 0;
const pause = async () => void pauses++;
/** Split everything, however small, to exercise the splitting path. */
const sliced = (text: string) => parseStatementJsonInSlices(text, pause, 0);

const hamedan = readFileSync(new URL('../../demo/data/001-hamedan.json', import.meta.url), 'utf8');

describe('parseStatementJsonInSlices', () => {
  it('gives the same value as JSON.parse, pausing between batches', async () => {
    const document = JSON.parse(hamedan);
    document.services.items = Array.from({ length: 2500 }, (_, index) => ({
      name: `خدمت «${index}» با \\"نقل قول\\" و \\\\ و ]`,
      channels: ['web'],
      nested: { list: [[1, 2], { a: '}' }] },
    }));
    const text = JSON.stringify(document, null, 1);
    pauses = 0;
    expect(await sliced(text)).toEqual({ ok: true, value: JSON.parse(text) });
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('handles empty and one-item appendices, and documents without one', async () => {
    for (const items of [[], [{ name: 'تنها' }]]) {
      const text = JSON.stringify({ ...JSON.parse(hamedan), services: { items } });
      expect(await sliced(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
    const withoutServices = JSON.stringify({ ...JSON.parse(hamedan), services: undefined });
    expect(await sliced(withoutServices)).toEqual(parseStatementJson(withoutServices));
  });

  it('lets JSON.parse decide with a repeated services or items key', async () => {
    for (const text of [
      `{"services": {"items": [{"name": "اول"}]}, "version": 1, "services": {"items": [{"name": "دوم"}]}}`,
      `{"services": {"items": [{"name": "اول"}], "items": [{"name": "دوم"}]}}`,
    ]) {
      expect(await sliced(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('reports broken JSON exactly as the plain parse does', async () => {
    for (const text of [hamedan.slice(0, 4000), hamedan.replace('"name"', '"name'), `${hamedan},`, '<!doctype html>', '']) {
      expect(await sliced(text)).toEqual(parseStatementJson(text));
    }
  });

  it('agrees with the plain parse on cut and spliced documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(hamedan.length), fc.nat(hamedan.length), fc.string({ maxLength: 3 }), async (from, to, insert) => {
        const text = hamedan.slice(0, Math.min(from, to)) + insert + hamedan.slice(Math.max(from, to));
        expect(await sliced(text)).toEqual(parseStatementJson(text));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});
