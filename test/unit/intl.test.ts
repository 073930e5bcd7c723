/**
 * The one home of the Intl objects (src/text/intl.ts): each made once and kept, and the warm-up
 * makes each of the first render's once, in a task of its own.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type IntlModule = typeof import('../../src/text/intl.js');

/** Every Intl object made (its kind and locale), and every turn given to the browser, in order. */
const log: string[] = [];
const real = { Collator: Intl.Collator, DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };

function counting<T extends new (...args: any[]) => object>(kind: string, Real: T): T {
  return class extends Real {
    constructor(...args: any[]) {
      super(...args);
      log.push(`${kind} ${String(args[0])}`);
    }
  };
}

/** A turn that ends in a later task, as yieldToMain's does. */
const turn = () => new Promise<void>((resolve) => setTimeout(() => resolve(void log.push('turn'))));

let intl: IntlModule;

beforeEach(async () => {
  log.length = 0;
  Object.assign(Intl, {
    Collator: counting('Collator', real.Collator),
    DateTimeFormat: counting('DateTimeFormat', real.DateTimeFormat),
    NumberFormat: counting('NumberFormat', real.NumberFormat),
  });
  // A fresh module each test: nothing made yet.
  vi.resetModules();
  intl = await import('../../src/text/intl.js');
});

afterEach(() => void Object.assign(Intl, real));

describe('the Intl objects', () => {
  it('are made on first use, not when the module loads', () => {
    expect(log).toEqual([]);
  });

  it('are made once each and the same object returned after', () => {
    const { jalaliDateFormat, numberFormat, persianCalendarParts, persianCollator } = intl;
    expect(numberFormat('fa')).toBe(numberFormat('fa', true));
    expect(numberFormat('fa', false)).toBe(numberFormat('fa', false));
    expect(numberFormat('en')).toBe(numberFormat('en'));
    expect(persianCollator()).toBe(persianCollator());
    expect(persianCalendarParts()).toBe(persianCalendarParts());
    expect(jalaliDateFormat('fa', 'day')).toBe(jalaliDateFormat('fa', 'day'));
    expect(jalaliDateFormat('fa', 'long')).toBe(jalaliDateFormat('fa', 'long'));
    expect(jalaliDateFormat('en', 'day')).toBe(jalaliDateFormat('en', 'day'));
    expect(log).toEqual([
      'NumberFormat fa',
      'NumberFormat fa',
      'NumberFormat en',
      'Collator fa',
      'DateTimeFormat en-u-ca-persian-nu-latn',
      'DateTimeFormat fa-u-ca-persian',
      'DateTimeFormat fa-u-ca-persian',
      'DateTimeFormat en-u-ca-persian',
    ]);
    expect(numberFormat('fa', false)).not.toBe(numberFormat('fa'));
    expect(jalaliDateFormat('fa', 'long')).not.toBe(jalaliDateFormat('fa', 'day'));
  });

  it('write what the element shows', () => {
    const { jalaliDateFormat, numberFormat, persianCalendarParts, persianCollator } = intl;
    const lastOf1403 = Date.UTC(2025, 2, 20);
    expect(numberFormat('fa').format(12345)).toBe('۱۲٬۳۴۵');
    expect(numberFormat('fa', false).format(12345)).toBe('۱۲۳۴۵');
    expect(['خدمت ۱۰', 'خدمت ۲'].sort(persianCollator().compare)).toEqual(['خدمت ۲', 'خدمت ۱۰']);
    expect(persianCalendarParts().format(lastOf1403)).toBe('12/30/1403 AP');
    expect(jalaliDateFormat('fa', 'day').format(lastOf1403)).toBe('۳۰ اسفند ۱۴۰۳');
    expect(jalaliDateFormat('en', 'day').format(lastOf1403)).toBe('Esfand 30, 1403 AP');
    expect(jalaliDateFormat('fa', 'long').format(Date.UTC(2025, 5, 15, 12))).toContain('۱۴۰۴');
  });
});

describe('warmUpIntl', () => {
  it('makes each of the first render’s objects once, each after a turn of its own', async () => {
    await intl.warmUpIntl('fa', turn);
    expect(log).toEqual([
      'turn',
      'Collator fa',
      'turn',
      'DateTimeFormat en-u-ca-persian-nu-latn',
      'turn',
      'DateTimeFormat fa-u-ca-persian',
      'turn',
      'NumberFormat fa',
    ]);
    expect(intl.intlWarmUps('fa')).toHaveLength(4);
  });

  it('leaves the first render nothing to make', async () => {
    await intl.warmUpIntl('en', turn);
    log.length = 0;
    intl.persianCollator();
    intl.persianCalendarParts();
    intl.jalaliDateFormat('en', 'day');
    intl.numberFormat('en');
    await intl.warmUpIntl('en', turn);
    expect(log).toEqual(['turn', 'turn', 'turn', 'turn']);
  });
});
