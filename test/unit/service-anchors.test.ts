import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../src/format/schema.js';
import { findServiceAnchor, serviceAnchor } from '../../src/services/service-anchors.js';

const items: ServiceItem[] = [
  { name: 'صدور پروانه', id: '13021187000' },
  { name: 'تمدید کارت' },
  { name: 'ثبت شکایات', id: '۱۳۰۲۱۱۸۷۰۰۲' },
  { name: 'خدمت تکراری', id: '13021187000' },
];

describe('links to one service', () => {
  it('links by the service id in ASCII digits, else by the row number', () => {
    expect(items.map(serviceAnchor)).toEqual(['service-13021187000', 'service-2', 'service-13021187002', 'service-13021187000']);
  });

  it('finds the service a fragment names, typed in any digits', () => {
    expect(findServiceAnchor(items, 'service-13021187000')).toBe(0);
    expect(findServiceAnchor(items, 'service-2')).toBe(1);
    expect(findServiceAnchor(items, 'service-۱۳۰۲۱۱۸۷۰۰۲')).toBe(2);
  });

  it('finds nothing for another fragment, an unknown id, or the row number of a service that has an id', () => {
    expect(findServiceAnchor(items, 'definitions')).toBe(undefined);
    expect(findServiceAnchor(items, 'service-999')).toBe(undefined);
    expect(findServiceAnchor(items, 'service-1')).toBe(undefined);
    expect(findServiceAnchor(items, '')).toBe(undefined);
  });
});
