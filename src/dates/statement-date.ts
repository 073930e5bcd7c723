/**
 * Dates in a statement: Jalali `1403/12/29` (any digits) or ISO Gregorian `2025-03-19`.
 *
 * Jalali arithmetic is delegated to the browser's own ICU Persian calendar through Intl, so no
 * conversion table or algorithm ships in the bundle: Nowruz of a year is found by asking Intl which
 * of 19–22 March is 1 Farvardin, and every other day is counted from it (months 1–6 have 31 days,
 * 7–11 have 30, Esfand 29 or 30). Leap years fall out of the distance between two Nowruzes.
 */
import { toAsciiDigits } from '../text/digits.js';
import { jalaliDateFormat, persianCalendarParts } from '../text/intl.js';

export interface StatementDate {
  calendar: 'jalali' | 'gregorian';
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Reads the shape only; whether the day exists is `isRealDate`. */
export function parseStatementDate(written: string): StatementDate | null {
  const ascii = toAsciiDigits(written.trim());
  const jalali = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(ascii);
  const gregorian = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ascii);
  const match = jalali ?? gregorian;
  if (!match) return null;
  return {
    calendar: jalali ? 'jalali' : 'gregorian',
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
}

function jalaliDayOf(utcMillis: number): [number, number, number] {
  const parts = persianCalendarParts().formatToParts(utcMillis);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

const nowruzCache = new Map<number, number>();

/** UTC midnight of 1 Farvardin of a Jalali year. */
function nowruz(jalaliYear: number): number {
  let found = nowruzCache.get(jalaliYear);
  if (found === undefined) {
    const gregorianYear = jalaliYear + 621;
    for (let marchDay = 19; marchDay <= 22 && found === undefined; marchDay++) {
      const candidate = Date.UTC(gregorianYear, 2, marchDay);
      const [y, m, d] = jalaliDayOf(candidate);
      if (y === jalaliYear && m === 1 && d === 1) found = candidate;
    }
    found ??= Number.NaN;
    nowruzCache.set(jalaliYear, found);
  }
  return found;
}

export function isJalaliLeapYear(year: number): boolean {
  return Math.round((nowruz(year + 1) - nowruz(year)) / DAY_MS) === 366;
}

export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

function gregorianMonthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(date: StatementDate): boolean {
  const { calendar, year, month, day } = date;
  if (month < 1 || month > 12 || day < 1) return false;
  const length =
    calendar === 'jalali' ? jalaliMonthLength(year, month) : gregorianMonthLength(year, month);
  return day <= length && Number.isFinite(toUtcMillis(date));
}

/** UTC midnight of the day, for comparing and formatting; NaN when the calendar cannot place it. */
export function toUtcMillis({ calendar, year, month, day }: StatementDate): number {
  if (calendar === 'gregorian') return Date.UTC(year, month - 1, day);
  const daysBeforeMonth = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  return nowruz(year) + (daysBeforeMonth + day - 1) * DAY_MS;
}

/**
 * True when the last valid day is before today. Today is the reader's own calendar day
 * (the browser's time zone), and the `until` day itself still counts as valid.
 */
export function hasExpired(until: StatementDate, now: Date = new Date()): boolean {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return toUtcMillis(until) < today;
}

/** «۲۹ اسفند ۱۴۰۳» in Persian, «Esfand 29, 1403 AP» in English: always the Jalali calendar. */
export function formatStatementDate(date: StatementDate, locale: string): string {
  return jalaliDateFormat(locale, 'day').format(toUtcMillis(date));
}
