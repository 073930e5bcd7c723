import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Language } from './quote.js';

const SUPPORTED: readonly string[] = [sourceLocale, ...targetLocales];

/**
 * The first supported language among the candidates, in order (for the element: its own `lang`,
 * its nearest ancestor's, usually `<html lang>`, then the statement's); Persian when none is.
 */
export function resolveLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && SUPPORTED.includes(primary)) return primary as Language;
  }
  return sourceLocale;
}
