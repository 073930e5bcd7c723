/** The English interface, loaded on demand (see localization.ts): its messages and statement labels. */
export { templates } from '../generated/locales/en.js';
export { ENGLISH_LABELS } from '../wording/english-labels.js';
