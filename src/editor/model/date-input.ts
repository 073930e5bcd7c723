/**
 * What a validity date field holds as it is typed: «۱۴۰۳/۱۲/۲۹», «1403-12-29», «١٤٠٣.١٢.٢٩» or an
 * ISO Gregorian «2025-03-19», in any digits. A month or day that cannot exist is refused as soon
 * as it is typed (month 13, day 32, 31 Mehr, 30 Esfand of a common year); a date still being
 * typed is only incomplete. The calendar rules are the element's own (src/dates/statement-date.ts).
 */
import { isRealDate, jalaliMonthLength, type StatementDate } from '../../dates/statement-date.js';
import { toAsciiDigits } from '../../text/digits.js';

export type DateReading =
  | { state: 'empty' }
  | { state: 'incomplete' }
  /** `reason`: what cannot be: the characters, the month, or the day in that month. */
  | { state: 'impossible'; reason: 'shape' | 'month' | 'day'; date?: StatementDate }
  /**
   * `value`: as the format writes it, ASCII digits, 1403/12/29 or 2025-03-19. `settled`: no
   * further digit can change the day (a day of «2» may be the start of «29»).
   */
  | { state: 'valid'; date: StatementDate; value: string; settled: boolean };

/** Jalali years are written with four digits; from this year on a date is Gregorian. */
const FIRST_GREGORIAN_YEAR = 1700;
const pad = (value: number) => String(value).padStart(2, '0');

export function readDateInput(typed: string): DateReading {
  const text = toAsciiDigits(typed).trim();
  if (text === '') return { state: 'empty' };
  if (!/^[\d\s/.\-\u066B\u066C،]*$/.test(text)) return { state: 'impossible', reason: 'shape' };
  const parts = text.split(/\s*[/.\-\u066B\u066C،]\s*|\s+/);
  if (parts.length > 3 || parts.some((part, index) => part === '' && index < parts.length - 1)) return { state: 'impossible', reason: 'shape' };
  const [yearText = '', monthText = '', dayText = ''] = parts;
  if (yearText.length > 4 || monthText.length > 2 || dayText.length > 2) return { state: 'impossible', reason: 'shape' };
  const year = Number(yearText);
  const calendar = year >= FIRST_GREGORIAN_YEAR ? 'gregorian' : 'jalali';
  const month = Number(monthText);
  // A month is refused once it cannot become a real one: «13», or «00».
  if (monthText !== '' && (month > 12 || (monthText.length === 2 && month === 0))) return { state: 'impossible', reason: 'month' };
  if (dayText !== '' && (Number(dayText) > 31 || (dayText.length === 2 && Number(dayText) === 0))) return { state: 'impossible', reason: 'day' };
  if (yearText.length < 4 || monthText === '' || month === 0 || dayText === '' || Number(dayText) === 0) return { state: 'incomplete' };
  const date: StatementDate = { calendar, year, month, day: Number(dayText) };
  if (!isRealDate(date)) return { state: 'impossible', reason: 'day', date };
  const value = calendar === 'jalali' ? `${year}/${pad(month)}/${pad(date.day)}` : `${year}-${pad(month)}-${pad(date.day)}`;
  return { state: 'valid', date, value, settled: dayText.length === 2 || date.day > 3 };
}

/** Days in the month of a refused date, for saying why: «اسفند ۱۴۰۲ ۲۹ روز است». */
export function daysInMonth(date: StatementDate): number {
  return date.calendar === 'jalali' ? jalaliMonthLength(date.year, date.month) : new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}
