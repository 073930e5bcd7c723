/**
 * ICU data the first render needs, loaded ahead while the statement is on its way. The first
 * Persian collator and the first Persian-calendar formatter each load ICU data: 12–30 ms and
 * ~10 ms on the benchmark's machine. Made in the same task as parsing and rendering, they would
 * push it past 50 ms, a long task (https://web.dev/articles/long-tasks-devtools); made one per
 * task while the request is in flight, they cost the reader nothing.
 */
import { formatStatementDate, persianCalendar } from '../dates/statement-date.js';
import { persianCollator } from '../services/service-catalog.js';
import { formatNumber } from './localization.js';
import { yieldToMain } from './yield-to-main.js';

let ready: Promise<void> | undefined;

/** Once per page; every element awaits the same promise. */
export function prepareLocaleData(): Promise<void> {
  ready ??= (async () => {
    for (const load of LOADS) {
      await yieldToMain();
      load();
    }
  })();
  return ready;
}

const LOADS: (() => unknown)[] = [
  persianCollator,
  persianCalendar,
  () => formatStatementDate({ calendar: 'jalali', year: 1403, month: 1, day: 1 }, 'fa'),
  () => formatNumber(1),
];
