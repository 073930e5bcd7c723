/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII, so numbers typed either way compare equal. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
