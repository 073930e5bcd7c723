/** Scripts written right to left; the statement's `dir` is derived from its `lang` with this. */
const RTL_LANGUAGES = new Set(['fa', 'ar', 'ur', 'ps', 'ckb', 'he', 'sd', 'ug', 'yi', 'dv']);

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
