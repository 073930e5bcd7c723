/**
 * The ICU data of the first render (src/text/intl.ts), loaded one piece per task while the
 * statement is on its way, in the interface's language.
 */
import { warmUpIntl } from '../text/intl.js';
import { getLocale } from './localization.js';
import { yieldToMain } from './yield-to-main.js';

let ready: Promise<void> | undefined;

/** Once per page; every element awaits the same promise. */
export function prepareLocaleData(): Promise<void> {
  ready ??= warmUpIntl(getLocale(), yieldToMain);
  return ready;
}
