/**
 * The validity of a statement, read from its «دوره عملکرد» section: the end date in any of the
 * forms agencies write it (۱۴۰۳/۱۲/۲۹, 29/12/98, 29/12/1400), the start date when there is one,
 * the signatory, or the words that say the statement has no end date.
 */
import { isRealDate, parseStatementDate } from '../dates/statement-date.js';
import type { Statement } from '../format/schema.js';
import { foldWithOrigin, searchKey } from '../text/persian-text.js';
import { originalSlice } from './lines.js';
import type { ImportWarning } from './warnings.js';

export type Validity = NonNullable<Statement['validity']>;

export interface TextLine {
  line: number;
  text: string;
}

/** A date with its parts in any order: 1403/12/29, 29/12/1400, 29/12/98, 93/6/10. */
const DATE = /(?<![\d/])(\d{1,4})\s?[/\-.]\s?(\d{1,2})\s?[/\-.]\s?(\d{1,4})(?![\d/])/g;

/** Words that say the statement stays valid until replaced. */
const OPEN_ENDED = ['دائمی', 'نامحدود', 'تا زمان ایجاد', 'تا زمان ابلاغ', 'تا زمان تصویب', 'تا زمان تدوین', 'تا اطلاع ثانوی', 'بدون تاریخ پایان', 'تا ابلاغ توافقنامه جدید'].map(searchKey);

/** Two-digit years are Jalali years of this or the last century: 98 → 1398, 02 → 1402. */
export function expandYear(year: number): number {
  if (year >= 100) return year;
  return year >= 50 ? 1300 + year : 1400 + year;
}

export interface ReadDate {
  written: string;
  /** YYYY/MM/DD in ASCII digits. */
  value: string;
  /** The parts could be read either way round; day/month/year was assumed. */
  ambiguous: boolean;
  real: boolean;
}

/** Reads one written date (digits already ASCII) as a Jalali YYYY/MM/DD. */
export function readDate(a: string, b: string, c: string, written: string): ReadDate | null {
  const [first, month, last] = [Number(a), Number(b), Number(c)];
  let year: number;
  let day: number;
  let ambiguous = false;
  if (a.length >= 3 || first > 31) [year, day] = [first, last];
  else if (c.length >= 3 || last > 31) [year, day] = [last, first];
  else {
    // 10/12/12: Iranian pages write day/month/year far more often than the reverse.
    [year, day] = [last, first];
    ambiguous = true;
  }
  year = expandYear(year);
  if (year < 1300 || year > 1500) return null;
  const value = `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
  const parsed = parseStatementDate(value);
  return { written, value, ambiguous, real: parsed !== null && isRealDate(parsed) };
}

export function readValidity(lines: readonly TextLine[], warnings: ImportWarning[]): Validity | undefined {
  const validity: Validity = {};
  let openEnded = false;
  const untils: { date: ReadDate; line: number }[] = [];
  const unlabelled: { date: ReadDate; line: number }[] = [];

  for (const { line, text } of lines) {
    const folded = foldWithOrigin(text);
    const key = folded.folded.replace(/ /g, '');
    if (OPEN_ENDED.some((words) => key.includes(words))) openEnded = true;

    for (const match of folded.folded.matchAll(DATE)) {
      const written = originalSlice(folded, match.index, match.index + match[0].length);
      const date = readDate(match[1]!, match[2]!, match[3]!, written);
      if (!date) continue;
      if (!date.real) {
        warnings.push({ line, code: 'date-invalid', text: written });
        continue;
      }
      if (date.ambiguous) warnings.push({ line, code: 'date-ambiguous', text: written, value: date.value });
      const before = folded.folded.slice(Math.max(0, match.index - 16), match.index);
      if (/(?:^|\s)از\s*(?:تاریخ)?\s*$/.test(before)) validity.from ??= date.value;
      else if (/(?:^|\s)(?:تا|الی|لغایت)\s*(?:تاریخ)?\s*$/.test(before)) untils.push({ date, line });
      else unlabelled.push({ date, line });
    }

    const signatory = /(?:تحت|با|به)\s+امضای?\s+(.+?)\s+(?:اعتبار|معتبر|رسیده|می\s?باشد|است)(?=\s|$|[.،,])/.exec(folded.folded);
    if (signatory && validity.signatory === undefined) {
      const start = signatory.index + signatory[0].indexOf(signatory[1]!);
      validity.signatory = originalSlice(folded, start, start + signatory[1]!.length);
    }
  }

  const ends = untils.length > 0 ? untils : unlabelled;
  if (ends.length > 0) {
    validity.until = ends[0]!.date.value;
    const other = ends.find((end) => end.date.value !== validity.until);
    if (other) warnings.push({ line: other.line, code: 'dates-differ', text: other.date.written, value: validity.until });
  }
  if (validity.until === undefined && !openEnded && validity.from === undefined) {
    if (lines.length > 0) warnings.push({ line: lines[0]!.line, code: 'no-end-date' });
    return validity.signatory === undefined ? undefined : validity;
  }
  return validity;
}
