/**
 * The element validates long appendices a slice at a time; the result must be exactly what one
 * pass gives: same statement, same problems, same order, for mangled documents too.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS } from '../../src/scheduling/time-slice.js';
import { validateStatement, validateStatementInSlices } from '../../src/format/validate.js';
import { mangledArbitrary, minimalDocument, SEED, type Json } from '../fixtures/bad-input/mangle.js';

const hamedan = JSON.parse(readFileSync(new URL('../../demo/data/001-hamedan.json', import.meta.url), 'utf8')) as Json;
const pause = async () => {};

describe('validateStatementInSlices', () => {
  it('gives what one pass gives', async () => {
    expect(await validateStatementInSlices(hamedan, pause)).toEqual(validateStatement(hamedan));
  });

  it('finds the same problems in the same order, with the right paths', async () => {
    const document = structuredClone(hamedan) as { services: { items: Record<string, unknown>[] }; validity: { until: string } };
    document.services.items[3]!.visits = -1;
    document.services.items[17]!.url = 'javascript:alert(1)';
    document.services.items[20] = 'not a row' as never;
    document.validity.until = '1402/12/30';
    const sliced = await validateStatementInSlices(document, pause);
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
        expect(await validateStatementInSlices(document, pause)).toEqual(validateStatement(document));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('validateStatementInSlices, by time', () => {
  // A fake clock, which each service moves on by its cost the first time it is checked.
  let clock = 0;
  let checked = 0;
  beforeEach(() => void vi.spyOn(performance, 'now').mockImplementation(() => clock));
  afterEach(() => vi.restoreAllMocks());

  const costing = (ms: number, count: number) =>
    Array.from({ length: count }, (_, index) => {
      let read = false;
      return {
        get name() {
          if (!read) [read, clock, checked] = [true, clock + ms, checked + 1];
          return `خدمت ${index}`;
        },
      };
    });

  /** How many services had been checked at each pause. */
  const pauses = async (ms: number, count: number): Promise<number[]> => {
    const at: number[] = [];
    [clock, checked] = [0, 0];
    const document = { ...(hamedan as object), services: { items: costing(ms, count) } };
    const { statement } = await validateStatementInSlices(document, async () => void at.push(checked));
    expect(statement?.services?.items).toHaveLength(count);
    return at;
  };

  it('pauses once a slice of SLICE_MS is spent, whatever the number of services in it', async () => {
    // A slice is spent after floor(SLICE_MS / cost) + 1 services (with SLICE_MS 8: every 3rd
    // service at 3 ms, every 9th at 1 ms); no pause after the last.
    const every = (ms: number, count: number) => {
      const perSlice = Math.floor(SLICE_MS / ms) + 1;
      return Array.from({ length: Math.floor((count - 1) / perSlice) }, (_, slice) => (slice + 1) * perSlice);
    };
    expect(await pauses(3, 20)).toEqual(every(3, 20));
    expect(await pauses(1, 20)).toEqual(every(1, 20));
    expect(every(1, 20)).toHaveLength(2);
  });

  it('does not pause while the slice has time left, even for thousands of services', async () => {
    expect(await pauses(0, 2000)).toEqual([]);
  });
});
