import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../src/format/schema.js';
import * as search from '../../src/services/search-words.js';
import { ServiceCatalog, type ServiceQuery } from '../../src/services/service-catalog.js';

/** A catalog with its search, as the element has it once the search module is fetched. */
function searchable(items: readonly ServiceItem[]): ServiceCatalog {
  const catalog = new ServiceCatalog(items);
  catalog.useSearch(search);
  return catalog;
}

const items: ServiceItem[] = [
  { name: 'صدور پروانه کسب', unit: 'دفتر الف', id: '100', visits: 2 },
  { name: 'تمدید کارت', unit: 'دفتر ب', id: '101' },
  { name: 'ثبت شكايات', unit: 'دفتر الف', id: '102', visits: 0 },
  { name: 'خدمت 10', unit: 'دفتر ب', visits: 1 },
  { name: 'خدمت ۲' },
];
const all: ServiceQuery = { text: '', unit: null, sort: null };
const names = (catalog: ServiceCatalog, query: Partial<ServiceQuery>) =>
  Array.from(catalog.select({ ...all, ...query }).matches, (index) => catalog.items[index]!.name);

describe('ServiceCatalog', () => {
  const catalog = searchable(items);

  it('keeps the published order without a query', () => {
    expect(names(catalog, {})).toEqual(items.map((item) => item.name));
  });

  it('selects every service for a text until it is given its search, then searches', () => {
    const waiting = new ServiceCatalog(items);
    expect(waiting.prepareSearch(() => true)).toBe(true);
    const before = waiting.select({ ...all, text: 'شکایات' });
    expect(names(waiting, { text: 'شکایات' })).toEqual(items.map((item) => item.name));
    waiting.useSearch(search);
    // Narrowed from the unsearched selection, which holds every service.
    expect(Array.from(waiting.select({ ...all, text: 'شکایات ث' }, before).matches, (index) => items[index]!.name)).toEqual(['ثبت شكايات']);
  });

  it('matches name, unit and id, folding letter forms, digits and spacing', () => {
    expect(names(catalog, { text: 'شکایات' })).toEqual(['ثبت شكايات']);
    expect(names(catalog, { text: 'خدمت2' })).toEqual(['خدمت ۲']);
    expect(names(catalog, { text: 'دفتر ب' })).toEqual(['تمدید کارت', 'خدمت 10']);
    expect(names(catalog, { text: '١٠١' })).toEqual(['تمدید کارت']);
  });

  it('does not match one word across the end of one field and the start of the next', () => {
    // name «…کسب» followed by unit «دفتر…» must not make «کسبدفتر» match.
    expect(names(catalog, { text: 'کسبدفتر' })).toEqual([]);
  });

  it('matches several words in any order, each in any of the searched fields', () => {
    expect(names(catalog, { text: 'کسب صدور' })).toEqual(['صدور پروانه کسب']);
    expect(names(catalog, { text: 'دفتر ب کارت' })).toEqual(['تمدید کارت']);
    expect(names(catalog, { text: 'کسب دفتر' })).toEqual(['صدور پروانه کسب']);
    expect(names(catalog, { text: 'کارت صدور' })).toEqual([]);
  });

  it('matches a number only from its start', () => {
    expect(names(catalog, { text: '۱' })).toEqual(['صدور پروانه کسب', 'تمدید کارت', 'ثبت شكايات', 'خدمت 10']);
    expect(names(catalog, { text: 'خدمت 0' })).toEqual([]);
    expect(names(catalog, { text: 'خدمت ۱۰' })).toEqual(['خدمت 10']);
  });

  it('filters by unit, combined with text', () => {
    expect(names(catalog, { unit: 'دفتر الف' })).toEqual(['صدور پروانه کسب', 'ثبت شكايات']);
    expect(names(catalog, { unit: 'دفتر الف', text: 'ثبت' })).toEqual(['ثبت شكايات']);
  });

  it('lists units with counts in Persian order', () => {
    expect(catalog.units()).toEqual([
      { unit: 'دفتر الف', count: 2 },
      { unit: 'دفتر ب', count: 2 },
    ]);
  });

  it('sorts text with Persian collation and numbers by value, empties last both ways', () => {
    expect(names(catalog, { sort: { column: 'name', direction: 'ascending' } })).toEqual([
      'تمدید کارت', 'ثبت شكايات', 'خدمت ۲', 'خدمت 10', 'صدور پروانه کسب',
    ]);
    expect(names(catalog, { sort: { column: 'visits', direction: 'ascending' } })).toEqual([
      'ثبت شكايات', 'خدمت 10', 'صدور پروانه کسب', 'تمدید کارت', 'خدمت ۲',
    ]);
    expect(names(catalog, { sort: { column: 'visits', direction: 'descending' } })).toEqual([
      'صدور پروانه کسب', 'خدمت 10', 'ثبت شكايات', 'تمدید کارت', 'خدمت ۲',
    ]);
    expect(names(catalog, { sort: { column: 'number', direction: 'descending' } })).toEqual(
      items.map((item) => item.name).reverse(),
    );
  });

  it('keeps published order among equal values', () => {
    expect(names(catalog, { sort: { column: 'unit', direction: 'descending' } })).toEqual([
      'تمدید کارت', 'خدمت 10', 'صدور پروانه کسب', 'ثبت شكايات', 'خدمت ۲',
    ]);
  });
});

describe('sorting and search keys in slices', () => {
  const many: ServiceItem[] = Array.from({ length: 3000 }, (_, index) => ({
    name: `خدمت ${(index * 7919) % 3001}`,
    ...(index % 5 === 0 ? {} : { cost: `${(index * 31) % 97} هزار ریال` }),
  }));

  it('sortInSlices pauses and sorts exactly like Array.prototype.sort', async () => {
    const { sortInSlices } = await import('../../src/services/sort-in-slices.js');
    const values = Uint32Array.from({ length: 5000 }, (_, index) => (index * 7919) % 5003);
    let pauses = 0;
    // A comparison as slow as a collator's on a phone (~2 µs), so the sort outlasts a slice.
    const slowCompare = (a: number, b: number) => {
      const until = performance.now() + 0.002;
      while (performance.now() < until);
      return a - b;
    };
    const sorted = await sortInSlices(values, slowCompare, async () => void pauses++);
    expect(Array.from(sorted)).toEqual(Array.from(values).sort((a, b) => a - b));
    expect(pauses).toBeGreaterThan(0);
  });

  it('a column prepared in slices gives the same order as sorting at once', async () => {
    for (const sort of [
      { column: 'name', direction: 'ascending' },
      { column: 'cost', direction: 'descending' },
    ] as const) {
      const atOnce = searchable(many).select({ ...all, sort }).matches;
      const sliced = searchable(many);
      const { sortInSlices } = await import('../../src/services/sort-in-slices.js');
      await sliced.prepareOrder(sort, sortInSlices, async () => {});
      expect(sliced.hasOrder(sort)).toBe(true);
      expect(Array.from(sliced.select({ ...all, sort }).matches)).toEqual(Array.from(atOnce));
    }
  });

  it('search keys made a batch at a time find the same services', () => {
    const catalog = searchable(many);
    let batches = 0;
    while (!catalog.prepareSearch(() => batches++ % 2 === 0));
    expect(batches).toBeGreaterThan(2);
    expect(Array.from(catalog.select({ ...all, text: 'خدمت 12' }).matches)).toEqual(
      Array.from(searchable(many).select({ ...all, text: 'خدمت ۱۲' }).matches),
    );
  });
});

describe('narrowing the previous selection', () => {
  const units = ['دفتر الف', 'دفتر ب', undefined];
  const words = ['صدور', 'پروانه', 'کسب', 'تمدید', 'کارت', 'مجوز', 'ثبت'];
  const catalog = searchable(
    Array.from({ length: 400 }, (_, index) => ({
      name: `${words[index % 7]} ${words[(index * 3) % 7]} ${index % 13}`,
      unit: units[index % 3],
      id: String(1000 + index),
    })),
  );

  it('gives what a fresh search gives, for any query after any other', () => {
    const text = fc.constantFrom('', 'ص', 'صد', 'صدو', 'صدور', 'صدور پ', 'صدور پر', 'صدور پروانه', 'پروانه', 'پروانه صدور', 'ك', 'کسب 1', 'کسب ۱۲', '1', '10', '100', '2', 'z');
    const unit = fc.constantFrom<string | null>(null, 'دفتر الف', 'دفتر ب');
    const sort = fc.constantFrom<ServiceQuery['sort']>(null, { column: 'name', direction: 'ascending' }, { column: 'id', direction: 'descending' });
    const query = fc.record({ text, unit, sort });
    fc.assert(
      fc.property(query, query, (before, after) => {
        const previous = catalog.select(before);
        expect(Array.from(catalog.select(after, previous).matches)).toEqual(Array.from(catalog.select(after).matches));
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it('looks only through what the previous search found anywhere when the search text grew', () => {
    const before = catalog.select({ ...all, text: 'صد' });
    // A previous selection that is not what it claims shows which path ran.
    const fake = { ...before, anywhere: before.anywhere.subarray(0, 3) };
    // «صد» is found only where words start, «صدو» anywhere: still among what «صد» found anywhere.
    expect(catalog.select({ ...all, text: 'صدو' }, fake).matches).toEqual(before.anywhere.subarray(0, 3));
    expect(catalog.select({ ...all, text: 'ص' }, fake).matches).toEqual(catalog.select({ ...all, text: 'ص' }).matches);
  });
});
