const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in a language's digits: ۱۲ in Persian, 12 in English. Formatters are kept: a table
 * renders dozens of numbers per keystroke, and making a formatter is costly.
 */
export function formatNumberIn(lang: string, value: number, grouping = true): string {
  const key = `${lang} ${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { useGrouping: grouping });
    formats.set(key, format);
  }
  return format.format(value);
}
