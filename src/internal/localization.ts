/**
 * The interface language. @lit/localize keeps one active locale per page (its runtime is global),
 * so elements on one page share it: the element whose language was resolved last sets it.
 * Both locales are bundled statically because the element ships as one self-contained file
 * (https://lit.dev/docs/localization/runtime-mode/#static-imports).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates } from '../generated/locales/en.js';

export type InterfaceLocale = typeof sourceLocale | (typeof targetLocales)[number];
const SUPPORTED: readonly string[] = [sourceLocale, ...targetLocales];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => ({ templates }),
});

/**
 * The first supported language among the element's own `lang`, its nearest ancestor's (usually
 * `<html lang>`) and the statement's; Persian when none is supported.
 */
export function resolveInterfaceLocale(...candidates: (string | null | undefined)[]): InterfaceLocale {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && SUPPORTED.includes(primary)) return primary as InterfaceLocale;
  }
  return sourceLocale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Numbers in the interface language's digits: ۱۲ in Persian, 12 in English. Formatters are
 * kept: a table renders dozens of numbers per keystroke, and making a formatter is costly.
 */
export function formatNumber(value: number, grouping = true): string {
  const key = `${getLocale()} ${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(getLocale(), { useGrouping: grouping });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
