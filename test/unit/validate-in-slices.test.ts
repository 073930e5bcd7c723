/**
 * The element validates long appendices a slice at a time; the result must be exactly what one
 * pass gives: same statement, same problems, same order, for mangled documents too.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStatement, validateStatementInSlices } from '../../src/format/validate.js';
import { mangledArbitrary, minimalDocument, SEED, type Json } from '../fixtures/bad-input/mangle.js';

const hamedan = JSON.parse(readFileSync(new URL('../../demo/data/001-hamedan.json', import.meta.url), 'utf8')) as Json;
let pauses = 0;
const pause = async () => {
  pauses++;
};

describe('validateStatementInSlices', () => {
  it('pauses between slices of a long appendix', async () => {
    pauses = 0;
    const result = await validateStatementInSlices(hamedan, pause, 5);
    expect(pauses).toBe(5);
    expect(result).toEqual(validateStatement(hamedan));
  });

  it('finds the same problems in the same order, with the right paths', async () => {
    const document = structuredClone(hamedan) as { services: { items: Record<string, unknown>[] }; validity: { until: string } };
    document.services.items[3]!.visits = -1;
    document.services.items[17]!.url = 'javascript:alert(1)';
    document.services.items[20] = 'not a row' as never;
    document.validity.until = '1402/12/30';
    const sliced = await validateStatementInSlices(document, pause, 4);
    expect(sliced).toEqual(validateStatement(document));
    expect(sliced.problems.map((problem) => problem.path)).toEqual([
      'services.items[3].visits',
      'services.items[17].url',
      'services.items[20]',
      'validity.until',
    ]);
  });

  it('agrees with one pass on mangled documents', async () => {
    const documents = [hamedan, minimalDocument()];
    await fc.assert(
      fc.asyncProperty(mangledArbitrary(documents), async (document) => {
        expect(await validateStatementInSlices(document, pause, 3)).toEqual(validateStatement(document));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});
