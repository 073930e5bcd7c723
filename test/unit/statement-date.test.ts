import { describe, it, expect } from 'vitest';
import {
  formatStatementDate,
  hasExpired,
  isJalaliLeapYear,
  isRealDate,
  jalaliMonthLength,
  parseStatementDate,
  toUtcMillis,
  type StatementDate,
} from '../../src/dates/statement-date.js';

const jalali = (year: number, month: number, day: number): StatementDate => ({
  calendar: 'jalali',
  year,
  month,
  day,
});

describe('parseStatementDate', () => {
  it('reads a Jalali date in ASCII digits', () => {
    expect(parseStatementDate('1403/12/29')).toEqual(jalali(1403, 12, 29));
  });

  it('reads a Jalali date in Persian digits', () => {
    expect(parseStatementDate('۱۴۰۳/۱۲/۲۹')).toEqual(jalali(1403, 12, 29));
  });

  it('reads a Jalali date in Arabic-Indic digits', () => {
    expect(parseStatementDate('١٤٠٣/١٢/٢٩')).toEqual(jalali(1403, 12, 29));
  });

  it('reads a Jalali date with mixed digits and one-digit month and day', () => {
    expect(parseStatementDate('۱۴03/1/٥')).toEqual(jalali(1403, 1, 5));
  });

  it('reads an ISO Gregorian date', () => {
    expect(parseStatementDate('2025-03-19')).toEqual({
      calendar: 'gregorian',
      year: 2025,
      month: 3,
      day: 19,
    });
  });

  it('ignores surrounding whitespace', () => {
    expect(parseStatementDate('  1403/01/01 ')).toEqual(jalali(1403, 1, 1));
  });

  it.each([
    ['29/12/98'],
    ['1403-12-29x'],
    ['x1403/12/29'],
    ['98/12/29'],
    ['1403/12'],
    ['1403/12/29/1'],
    ['1403.12.29'],
    ['2025-3-19'],
    ['1403/123/1'],
    [''],
    ['۱۴۰۳-۱۲-۲۹x'],
  ])('refuses the shape %j', (written) => {
    expect(parseStatementDate(written)).toBeNull();
  });

  it('reads the shape only: 1403/13/40 parses but is not a real day', () => {
    const date = parseStatementDate('1403/13/40');
    expect(date).toEqual(jalali(1403, 13, 40));
    expect(isRealDate(date!)).toBe(false);
  });
});

describe('Jalali leap years and month lengths', () => {
  it.each([
    [1399, true],
    [1400, false],
    [1401, false],
    [1402, false],
    [1403, true],
    [1404, false],
    [1395, true],
  ])('year %i leap = %s', (year, leap) => {
    expect(isJalaliLeapYear(year)).toBe(leap);
  });

  it('months 1–6 have 31 days, 7–11 have 30', () => {
    for (let month = 1; month <= 6; month++) expect(jalaliMonthLength(1402, month)).toBe(31);
    for (let month = 7; month <= 11; month++) expect(jalaliMonthLength(1402, month)).toBe(30);
  });

  it('Esfand has 30 days in a leap year and 29 otherwise', () => {
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1399, 12)).toBe(30);
    expect(jalaliMonthLength(1402, 12)).toBe(29);
    expect(jalaliMonthLength(1398, 12)).toBe(29);
  });
});

describe('isRealDate', () => {
  it('1403/12/30 exists (1403 is a leap year)', () => {
    expect(isRealDate(jalali(1403, 12, 30))).toBe(true);
  });

  it('1402/12/30 does not exist (1402 is a common year)', () => {
    expect(isRealDate(jalali(1402, 12, 30))).toBe(false);
  });

  it('1399/12/30 exists (1399 is a leap year)', () => {
    expect(isRealDate(jalali(1399, 12, 30))).toBe(true);
  });

  it.each([
    [1403, 13, 40],
    [1403, 0, 1],
    [1403, 1, 0],
    [1403, 1, 32],
    [1403, 7, 31],
    [1403, 12, 31],
  ])('%i/%i/%i is not a real day', (year, month, day) => {
    expect(isRealDate(jalali(year, month, day))).toBe(false);
  });

  it('accepts the last day of each month', () => {
    expect(isRealDate(jalali(1402, 6, 31))).toBe(true);
    expect(isRealDate(jalali(1402, 7, 30))).toBe(true);
    expect(isRealDate(jalali(1402, 12, 29))).toBe(true);
  });

  it('checks Gregorian days too', () => {
    expect(isRealDate({ calendar: 'gregorian', year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ calendar: 'gregorian', year: 2025, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ calendar: 'gregorian', year: 2025, month: 4, day: 31 })).toBe(false);
    expect(isRealDate({ calendar: 'gregorian', year: 2025, month: 13, day: 1 })).toBe(false);
  });
});

describe('toUtcMillis', () => {
  it.each([
    [1403, 1, 1, '2024-03-20'],
    [1403, 12, 29, '2025-03-19'],
    [1403, 12, 30, '2025-03-20'],
    [1404, 1, 1, '2025-03-21'],
    [1398, 12, 29, '2020-03-19'],
    [1399, 1, 1, '2020-03-20'],
    [1403, 7, 1, '2024-09-22'],
    [1402, 11, 11, '2024-01-31'],
  ])('%i/%i/%i is %s', (year, month, day, iso) => {
    expect(toUtcMillis(jalali(year, month, day))).toBe(Date.parse(`${iso}T00:00:00Z`));
  });

  it('places a Gregorian date at its UTC midnight', () => {
    expect(toUtcMillis({ calendar: 'gregorian', year: 2025, month: 3, day: 19 })).toBe(
      Date.UTC(2025, 2, 19),
    );
  });

  it('an ISO date and its Jalali twin are the same day', () => {
    expect(toUtcMillis(parseStatementDate('2025-03-19')!)).toBe(
      toUtcMillis(parseStatementDate('۱۴۰۳/۱۲/۲۹')!),
    );
  });
});

describe('hasExpired', () => {
  const until = jalali(1403, 12, 29); // 2025-03-19

  it('is not expired on the until day itself, even late at night', () => {
    expect(hasExpired(until, new Date(2025, 2, 19, 0, 0))).toBe(false);
    expect(hasExpired(until, new Date(2025, 2, 19, 23, 59, 59))).toBe(false);
  });

  it('is not expired before the until day', () => {
    expect(hasExpired(until, new Date(2025, 0, 1, 12, 0))).toBe(false);
  });

  it('is expired from the day after', () => {
    expect(hasExpired(until, new Date(2025, 2, 20, 0, 0, 1))).toBe(true);
    expect(hasExpired(until, new Date(2026, 0, 1))).toBe(true);
  });

  it('works with a Gregorian until date', () => {
    const iso = parseStatementDate('2025-03-19')!;
    expect(hasExpired(iso, new Date(2025, 2, 19, 18, 0))).toBe(false);
    expect(hasExpired(iso, new Date(2025, 2, 20, 6, 0))).toBe(true);
  });
});

describe('formatStatementDate', () => {
  it('writes a Persian date in Persian digits and month name', () => {
    expect(formatStatementDate(jalali(1403, 12, 29), 'fa')).toBe('۲۹ اسفند ۱۴۰۳');
  });

  it('writes an English date with the Jalali month name and year', () => {
    const english = formatStatementDate(jalali(1403, 12, 29), 'en');
    expect(english).toContain('Esfand');
    expect(english).toContain('1403');
    expect(english).toContain('29');
  });

  it('formats an ISO Gregorian date in the Jalali calendar', () => {
    expect(formatStatementDate(parseStatementDate('2025-03-19')!, 'fa')).toBe('۲۹ اسفند ۱۴۰۳');
    const english = formatStatementDate(parseStatementDate('2024-03-20')!, 'en');
    expect(english).toContain('Farvardin');
    expect(english).toContain('1403');
    expect(english).not.toContain('2024');
  });

  it('formats the leap day 1403/12/30', () => {
    expect(formatStatementDate(jalali(1403, 12, 30), 'fa')).toBe('۳۰ اسفند ۱۴۰۳');
  });
});
