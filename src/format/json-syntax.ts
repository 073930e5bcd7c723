/**
 * Where a text stops being JSON. Browsers' JSON.parse messages differ and often give no position
 * (V8: `Unexpected token ']', "…" is not valid JSON`), so after JSON.parse has failed this small
 * scanner walks the grammar (https://www.rfc-editor.org/rfc/rfc8259) to find the first bad
 * character. It builds nothing; it only runs on the error path.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Offset of the first character that breaks the JSON grammar, or -1 when there is none. */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxAt(at);
  };
  const skipWhitespace = () => {
    while (WHITESPACE.has(text[at]!)) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) fail();
    at++;
  };
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) fail();
    at = pattern.lastIndex;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ') fail();
      at++;
      if (char === '"') return;
      if (char === '\\') {
        if (text[at] === 'u') {
          at++;
          sticky(HEX4);
        } else if (ESCAPES.has(text[at]!)) at++;
        else fail();
      }
    }
  };
  const members = (close: string, member: () => void) => {
    at++;
    skipWhitespace();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      member();
      if (text[at] === ',') at++;
      else return expect(close);
    }
  };
  const value = (): void => {
    skipWhitespace();
    const char = text[at];
    if (char === '{') {
      members('}', () => {
        skipWhitespace();
        string();
        skipWhitespace();
        expect(':');
        value();
      });
    } else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (char === 't' || char === 'f' || char === 'n') {
      const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
      if (!text.startsWith(word, at)) fail();
      at += word.length;
    } else sticky(NUMBER);
    skipWhitespace();
  };
  try {
    value();
    if (at < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    return text.length; // nesting deeper than the call stack: no better place to point at
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
