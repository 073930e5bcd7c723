/** Both languages' statement labels, for the fallback, the CLI and the editor, which need both at once. */
import { ENGLISH_LABELS } from './english-labels.js';
import type { Language } from './quote.js';
import { PERSIAN_LABELS, type StatementLabels } from './statement-labels.js';

export const STATEMENT_LABELS: Record<Language, StatementLabels> = { fa: PERSIAN_LABELS, en: ENGLISH_LABELS };
