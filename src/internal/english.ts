/**
 * The English interface, loaded on demand (see localization.ts): its messages, its statement
 * labels, and @lit/localize's runtime, which a Persian page never needs.
 */
export { configureLocalization } from '@lit/localize/init/runtime.js';
export { templates } from '../generated/locales/en.js';
export { ENGLISH_LABELS } from '../wording/english-labels.js';
