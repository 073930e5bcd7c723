import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../src/format/schema.js';
import { ServiceCatalog, type ServiceQuery } from '../../src/services/service-catalog.js';

const items: ServiceItem[] = [
  { name: 'صدور پروانه کسب', unit: 'دفتر الف', id: '100', visits: 2 },
  { name: 'تمدید کارت', unit: 'دفتر ب', id: '101' },
  { name: 'ثبت شكايات', unit: 'دفتر الف', id: '102', visits: 0 },
  { name: 'خدمت 10', unit: 'دفتر ب', visits: 1 },
  { name: 'خدمت ۲' },
];
const all: ServiceQuery = { text: '', unit: null, sort: null };
const names = (catalog: ServiceCatalog, query: Partial<ServiceQuery>) =>
  Array.from(catalog.select({ ...all, ...query }), (index) => catalog.items[index]!.name);

describe('ServiceCatalog', () => {
  const catalog = new ServiceCatalog(items);

  it('keeps the published order without a query', () => {
    expect(names(catalog, {})).toEqual(items.map((item) => item.name));
  });

  it('matches name, unit and id, folding letter forms, digits and spacing', () => {
    expect(names(catalog, { text: 'شکایات' })).toEqual(['ثبت شكايات']);
    expect(names(catalog, { text: 'خدمت2' })).toEqual(['خدمت ۲']);
    expect(names(catalog, { text: 'دفتر ب' })).toEqual(['تمدید کارت', 'خدمت 10']);
    expect(names(catalog, { text: '١٠١' })).toEqual(['تمدید کارت']);
  });

  it('does not match across the end of one field and the start of the next', () => {
    // name «…کسب» followed by unit «دفتر…» must not make «کسبدفتر» match.
    expect(names(catalog, { text: 'کسب دفتر' })).toEqual([]);
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
