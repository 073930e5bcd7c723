/**
 * The interface language. @lit/localize keeps one active locale per page (its runtime is global),
 * so elements on one page share it: the element whose language was resolved last sets it.
 *
 * Persian, the source language, is in the bundle. English (its messages and statement labels) is
 * a module of its own, fetched from beside the bundle the first time an element needs it: most
 * readers never do (https://lit.dev/docs/localization/runtime-mode/#dynamic-imports). The classic
 * script has it inline (vite.config.ts).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { PERSIAN_LABELS, type StatementLabels } from '../wording/statement-labels.js';
import { formatNumberIn } from '../wording/numbers.js';
import { loadOnDemand } from './on-demand.js';

let englishLabels: StatementLabels | undefined;

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // Should English not arrive, the interface stays in Persian, words, digits and direction alike
  // (the locale is not switched; loadOnDemand has said why in the console).
  loadLocale: async () => {
    const english = await loadOnDemand('English', () => import('./english.js'));
    if (!english) throw new Error('The English interface could not be loaded.');
    englishLabels = english.ENGLISH_LABELS;
    return english;
  },
});

/** The words around the statement's own text in the interface language (see statement-labels.ts). */
export function statementLabels(): StatementLabels {
  return getLocale() === 'en' && englishLabels ? englishLabels : PERSIAN_LABELS;
}

/** Numbers in the interface language's digits (see formatNumberIn). */
export function formatNumber(value: number, grouping = true): string {
  return formatNumberIn(getLocale(), value, grouping);
}
