import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../src/format/schema.js';
import * as search from '../../src/services/search-index.js';
import { ServiceCatalog, type ServiceQuery, type ServiceSort } from '../../src/services/service-catalog.js';
import { orderServices } from '../../src/services/service-order.js';
import { persianCollator } from '../../src/text/intl.js';

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
const noPause = async () => {};

/** The names in the order of `sort`, once the catalog has made it, as the element does at a sort. */
async function sortedNames(catalog: ServiceCatalog, sort: ServiceSort): Promise<string[]> {
  await catalog.prepareOrder(sort, orderServices, noPause);
  return names(catalog, { sort });
}

describe('ServiceCatalog', () => {
  const catalog = searchable(items);

  it('keeps the published order without a query', () => {
    expect(names(catalog, {})).toEqual(items.map((item) => item.name));
  });

  it('selects every service for a text until it is given its search, then searches', async () => {
    const waiting = new ServiceCatalog(items);
    let pauses = 0;
    await waiting.prepareSearch(async () => void pauses++, () => true);
    expect(pauses, 'no keys to make without the search').toBe(0);
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

  it('sorts text with Persian collation and numbers by value, empties last both ways', async () => {
    expect(await sortedNames(catalog, { column: 'name', direction: 'ascending' })).toEqual([
      'تمدید کارت', 'ثبت شكايات', 'خدمت ۲', 'خدمت 10', 'صدور پروانه کسب',
    ]);
    expect(await sortedNames(catalog, { column: 'visits', direction: 'ascending' })).toEqual([
      'ثبت شكايات', 'خدمت 10', 'صدور پروانه کسب', 'تمدید کارت', 'خدمت ۲',
    ]);
    expect(await sortedNames(catalog, { column: 'visits', direction: 'descending' })).toEqual([
      'صدور پروانه کسب', 'خدمت 10', 'ثبت شكايات', 'تمدید کارت', 'خدمت ۲',
    ]);
    expect(await sortedNames(catalog, { column: 'number', direction: 'descending' })).toEqual(
      items.map((item) => item.name).reverse(),
    );
  });

  it('keeps published order among equal values', async () => {
    expect(await sortedNames(catalog, { column: 'unit', direction: 'descending' })).toEqual([
      'تمدید کارت', 'خدمت 10', 'صدور پروانه کسب', 'ثبت شكايات', 'خدمت ۲',
    ]);
  });

  it('keeps the published order for a sort whose order is not made yet', () => {
    const fresh = searchable(items);
    const sort: ServiceSort = { column: 'name', direction: 'ascending' };
    expect(fresh.hasOrder(sort)).toBe(false);
    expect(names(fresh, { sort })).toEqual(items.map((item) => item.name));
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

  it('orders a long list in slices: every service once, by value, empties last, ties in published order', async () => {
    const { compare } = persianCollator();
    for (const sort of [
      { column: 'name', direction: 'ascending' },
      { column: 'cost', direction: 'descending' },
    ] as const) {
      let pauses = 0;
      const order = Array.from(await orderServices(many, sort, async () => void pauses++));
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from(many.keys()));
      const sign = sort.direction === 'ascending' ? 1 : -1;
      for (let position = 1; position < order.length; position++) {
        const [a, b] = [order[position - 1]!, order[position]!];
        const [x, y] = [many[a]![sort.column], many[b]![sort.column]];
        if (x === undefined) expect([y, b > a]).toEqual([undefined, true]);
        else if (y !== undefined) {
          const byValue = sign * compare(x, y);
          expect(byValue < 0 || (byValue === 0 && b > a), `${x} before ${y}`).toBe(true);
        }
      }
      const catalog = searchable(many);
      await catalog.prepareOrder(sort, orderServices, noPause);
      expect(catalog.hasOrder(sort)).toBe(true);
      expect(Array.from(catalog.select({ ...all, sort }).matches)).toEqual(order);
    }
  });

  it('search keys made in slices, or stopped midway, find the same services', async () => {
    const whole = searchable(many);
    let pauses = 0;
    await whole.prepareSearch(async () => void pauses++, () => true);
    expect(pauses, 'the first slice starts after a pause').toBeGreaterThan(0);
    const stopped = searchable(many);
    let asked = 0;
    await stopped.prepareSearch(noPause, () => ++asked <= 300);
    expect(asked).toBe(301);
    const expected = Array.from(searchable(many).select({ ...all, text: 'خدمت ۱۲' }).matches);
    expect(expected.length).toBeGreaterThan(0);
    for (const catalog of [whole, stopped]) expect(Array.from(catalog.select({ ...all, text: 'خدمت 12' }).matches)).toEqual(expected);
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

  it('gives what a fresh search gives, for any query after any other', async () => {
    for (const sort of [{ column: 'name', direction: 'ascending' }, { column: 'id', direction: 'descending' }] as const) {
      await catalog.prepareOrder(sort, orderServices, noPause);
    }
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
