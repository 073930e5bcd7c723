import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, pageRange } from '../../src/services/pages.js';

const pages = (total: number, size: number) =>
  Array.from({ length: pageCount(total, size) }, (_, page) => pageRange(total, size, page));

describe('pages of services', () => {
  it('cuts a list into full pages and a last page of the rest', () => {
    expect(pages(45, 20)).toEqual([[0, 20], [20, 40], [40, 45]]);
    expect(pages(40, 20)).toEqual([[0, 20], [20, 40]]);
    expect(pages(20, 20)).toEqual([[0, 20]]);
  });

  it('adds a last page shorter than a quarter of a page to the one before', () => {
    expect(pages(23, 20)).toEqual([[0, 23]]);
    expect(pages(44, 20)).toEqual([[0, 20], [20, 44]]);
    expect(pages(25, 20)).toEqual([[0, 20], [20, 25]]);
  });

  it('has one page, empty or short, for a short list', () => {
    expect(pages(0, 20)).toEqual([[0, 0]]);
    expect(pages(3, 20)).toEqual([[0, 3]]);
  });

  it('covers every service exactly once, in order, each page at most a page and a quarter', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 100 }), (total, size) => {
        const ranges = pages(total, size);
        expect(ranges[0]![0]).toBe(0);
        expect(ranges.at(-1)![1]).toBe(total);
        ranges.forEach(([start, end], page) => {
          if (page > 0) expect(start).toBe(ranges[page - 1]![1]);
          expect(end - start).toBeLessThan(size * 1.25);
          if (page < ranges.length - 1) expect(end - start).toBe(size);
        });
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('finds the page of any position, the short last page included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 100 }), fc.nat(), (total, size, seed) => {
        const position = seed % total;
        const [start, end] = pageRange(total, size, pageOf(total, size, position));
        expect(position).toBeGreaterThanOrEqual(start);
        expect(position).toBeLessThan(end);
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });
});
