/**
 * Any text as one CSS string token, for `content:` in a stylesheet made from data (the printed
 * page's running header). Quotes, backslashes and control characters are written as hex escapes
 * (`\22 `, `\5c `), so no text can end the string or the rule; line breaks and other white space
 * become one space, as a one-line header needs.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .replace(/["\\\0-\x1f\x7f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}
