/**
 * Every Intl object the element and its pure modules use, each made once, on first use, and kept:
 * a table formats dozens of numbers per keystroke, a sort compares hundreds of thousands of names,
 * and making a formatter or collator is costly.
 *
 * Made on first use, never when the module loads: the first Persian collator and the first
 * Persian-calendar formatter each load ICU data, 12–30 ms and ~10 ms on the benchmark's machine,
 * which must not be added to the script's own evaluation. Made in the same task as parsing and
 * rendering, they would push it past 50 ms, a long task
 * (https://web.dev/articles/long-tasks-devtools); made one per task while the statement is on its
 * way (`warmUpIntl`), they cost the reader nothing.
 */

const made = new Map<string, Intl.Collator | Intl.DateTimeFormat | Intl.NumberFormat>();

function once<T extends Intl.Collator | Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) {
    value = make();
    made.set(key, value);
  }
  return value;
}

/** Numbers in a language's digits: ۱۲ in Persian, 12 in English; with or without thousands separators. */
export function numberFormat(lang: string, grouping = true): Intl.NumberFormat {
  return once(`number ${lang} ${grouping}`, () => new Intl.NumberFormat(lang, { useGrouping: grouping }));
}

/** Persian collation with numbers compared by value («خدمت ۲» before «خدمت ۱۰»). */
export function persianCollator(): Intl.Collator {
  return once('collator', () => new Intl.Collator('fa', { numeric: true }));
}

/**
 * The Jalali year, month and day of a UTC instant, as ASCII-digit parts (`formatToParts`): what
 * the date arithmetic of src/dates/ asks the browser's Persian calendar.
 */
export function persianCalendarParts(): Intl.DateTimeFormat {
  return once('calendar', () => new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }));
}

const JALALI_STYLES = {
  /** A statement's day, held as UTC midnight: «۲۹ اسفند ۱۴۰۳», «Esfand 29, 1403 AP». */
  day: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
  /** A moment in the reader's own time zone, as the locale writes a long date (the printing date). */
  long: { dateStyle: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type JalaliStyle = keyof typeof JALALI_STYLES;

/** Dates in the Jalali calendar, in a locale's words and digits. */
export function jalaliDateFormat(locale: string, style: JalaliStyle): Intl.DateTimeFormat {
  return once(`jalali ${locale} ${style}`, () => new Intl.DateTimeFormat(`${locale}-u-ca-persian`, JALALI_STYLES[style]));
}

/**
 * What the first render needs, in the order it is loaded: each made and used once (a number, a
 * date), so whatever ICU loads on first use is loaded here too.
 */
export function intlWarmUps(locale: string): (() => unknown)[] {
  return [
    () => persianCollator().compare('ا', 'ب'),
    () => persianCalendarParts().formatToParts(0),
    () => jalaliDateFormat(locale, 'day').format(0),
    () => numberFormat(locale).format(1),
  ];
}

/**
 * Loads the first render's ICU data one piece per task: `pause()` (yieldToMain in the element)
 * is awaited before each, so none shares a task with another or with the caller's own work.
 */
export async function warmUpIntl(locale: string, pause: () => Promise<void>): Promise<void> {
  for (const load of intlWarmUps(locale)) {
    await pause();
    load();
  }
}
