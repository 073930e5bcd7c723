/**
 * Text from a statement goes into the print stylesheet's `content:` strings. Whatever it holds,
 * the CSS tokenizer must read back one string with the same text, ending where cssString ends it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/text/css-string.js';

/**
 * Consumes a string token as CSS Syntax 3 does (§4.3.5, §4.3.7): returns its value and where the
 * token ended, or null where a tokenizer would see a bad string (a raw line break).
 */
function readCssString(css: string): { value: string; end: number } | null {
  const quote = css[0]!;
  let value = '';
  for (let i = 1; i < css.length; i++) {
    const char = css[i]!;
    if (char === quote) return { value, end: i + 1 };
    if (char === '\n' || char === '\r' || char === '\f') return null;
    if (char !== '\\') {
      value += char;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(i + 1))?.[0];
    if (hex) {
      const code = Number.parseInt(hex, 16);
      value += code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
      i += hex.length;
      if (/\s/.test(css[i + 1] ?? '')) i++;
    } else {
      i++;
      value += css[i] ?? '';
    }
  }
  return null;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\0/g, '\uFFFD');

describe('cssString', () => {
  it.each([
    ['استانداری لرستان — توافقنامه سطح خدمت'],
    ['Evil" } body { display: none } @page { @top-left { content: "pwned'],
    ["single ' quote and \\ backslash \\\" and \\22 escape"],
    ['line\nbreak\r\nand\ttab\fform feed'],
    ['*/ </style> <script>alert(1)</script> ;}'],
    ['\0 nul \x01 \x1f \x7f controls'],
  ])('%j reads back as one string with the same text', (text) => {
    const css = cssString(text);
    expect(readCssString(css)).toEqual({ value: oneLine(text), end: css.length });
  });

  it('any text reads back as one string, ending where the token ends', () => {
    // Any code point, or strings dense in what a stylesheet treats specially.
    const hostile = fc.string({ unit: fc.constantFrom('"', "'", '\\', '\n', '\r', '\f', '\0', '}', ';', '@', '*/', 'a', '0', 'ف', ' ') });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostile), (text) => {
        const css = cssString(text);
        expect(readCssString(css)).toEqual({ value: oneLine(text), end: css.length });
      }),
      // A fixed seed, as in fuzz.test.ts: a failure reproduces on every run.
      { numRuns: 2000, seed: 20261126 },
    );
  });
});
