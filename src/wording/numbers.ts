import { numberFormat } from '../text/intl.js';

/** A number in a language's digits: ۱۲ in Persian, 12 in English (formatters kept in src/text/intl.ts). */
export function formatNumberIn(lang: string, value: number, grouping = true): string {
  return numberFormat(lang, grouping).format(value);
}
