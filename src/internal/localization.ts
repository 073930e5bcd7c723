/**
 * The interface language. @lit/localize keeps one active locale per page (its runtime is global),
 * so elements on one page share it: the element whose language was resolved last sets it.
 * Both locales are bundled statically because the element ships as one self-contained file
 * (https://lit.dev/docs/localization/runtime-mode/#static-imports).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates } from '../generated/locales/en.js';
import { formatNumberIn } from '../wording/numbers.js';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => ({ templates }),
});

/** Numbers in the interface language's digits (see formatNumberIn). */
export function formatNumber(value: number, grouping = true): string {
  return formatNumberIn(getLocale(), value, grouping);
}
