/**
 * The interface language. @lit/localize keeps one active locale per page (its runtime is global),
 * so elements on one page share it: the element whose language was resolved last sets it.
 *
 * Persian, the source language, is in the bundle; until a runtime is configured, `msg` gives
 * the source text, which is all a Persian page needs. English (its messages, its statement
 * labels, and @lit/localize's runtime, which configures the switch) is a module of its own,
 * fetched from beside the bundle the first time an element needs it: most readers never do
 * (https://lit.dev/docs/localization/runtime-mode/#dynamic-imports). The classic script has it
 * inline (vite.config.ts).
 */
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { PERSIAN_LABELS, type StatementLabels } from '../wording/statement-labels.js';
import { formatNumberIn } from '../wording/numbers.js';
import { OnDemand } from './on-demand.js';

const english = new OnDemand('English', () => import('./english.js'));
/** @lit/localize's runtime, configured once the English module has arrived. */
let runtime: ReturnType<typeof import('./english.js').configureLocalization> | undefined;

/** The active interface language: Persian until a switch to English has completed. */
export function getLocale(): string {
  return runtime?.getLocale() ?? sourceLocale;
}

/**
 * Switches every element's interface to `locale`, its module loaded first. Should English not
 * arrive, the interface stays in Persian, words, digits and direction alike, and the promise
 * rejects (OnDemand has said why in the console); a later switch tries again.
 */
export async function setLocale(locale: string): Promise<void> {
  if (!runtime && locale === sourceLocale) return;
  const module = await english.prepare();
  if (!module) throw new Error('The English interface could not be loaded.');
  runtime ??= module.configureLocalization({ sourceLocale, targetLocales, loadLocale: async () => module });
  await runtime.setLocale(locale);
}

/** The words around the statement's own text in the interface language (see statement-labels.ts). */
export function statementLabels(): StatementLabels {
  return (getLocale() === 'en' && english.loaded?.ENGLISH_LABELS) || PERSIAN_LABELS;
}

/** Numbers in the interface language's digits (see formatNumberIn). */
export function formatNumber(value: number, grouping = true): string {
  return formatNumberIn(getLocale(), value, grouping);
}
