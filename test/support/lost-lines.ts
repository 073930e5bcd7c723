/**
 * Which lines of a text the importer lost: left out of the statement without saying so.
 *
 * A non-empty input line is accounted for when the importer named it (a warning about that line,
 * or a dropped line) or when its words are in the output statement. Words are compared folded the
 * way readers compare them (`foldPersian`: ی/ي, ک/ك, digits, marks; and NFKC, so that Arabic
 * presentation forms meet their plain letters), so markers, punctuation and spacing around the
 * words may change; every word has to be there, as many times as the lines use it.
 *
 * The output's words are one multiset for the whole statement, consumed line by line in input
 * order: a line published twice but kept once finds its words the first time and not the second.
 * A line that is not found entirely gives back what it took, so one lost line does not make the
 * next one look lost; a named line takes nothing (it needs no words to be accounted for).
 */
import { foldPersian } from '../../src/text/persian-text.js';

/**
 * What lostLines reads of an import result: the statement, and the lines the importer named. (The
 * importer's `dropped` list is optional here: newer importers name dropped lines as warnings.)
 */
export interface NamingResult {
  statement: unknown;
  warnings: readonly { line: number }[];
  dropped?: readonly { line: number }[];
}

export interface LostLine {
  /** 1-based line of the input. */
  line: number;
  text: string;
}

/** Not words: heading and list markers that the importer removes. */
const MARKER_WORDS = new Set(['ماده', 'بند', 'الف', 'ب', 'ج', 'د'].map((word) => foldPersian(word)));

/** Strings of the statement that are not text from the input. */
const NOT_TEXT = new Set(['kind', 'version', 'lang', '$schema', 'dir']);

/** The words of a text that must be found: folded, without numbers, single letters or markers. */
export function words(text: string): string[] {
  return foldPersian(text.normalize('NFKC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1 && !/^\p{N}+$/u.test(token) && !MARKER_WORDS.has(token));
}

/** Every string value of the statement, keys such as `kind` or `lang` left out. */
function outputStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) outputStrings(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_TEXT.has(key)) outputStrings(item, into);
  }
  return into;
}

export function lostLines(input: string, result: NamingResult): LostLine[] {
  const named = new Set([...result.warnings.map((warning) => warning.line), ...(result.dropped ?? []).map((line) => line.line)]);
  const available = new Map<string, number>();
  for (const text of outputStrings(result.statement)) {
    for (const word of words(text)) available.set(word, (available.get(word) ?? 0) + 1);
  }

  const lost: LostLine[] = [];
  input.split(/\r\n|\r|\n/).forEach((text, index) => {
    const line = index + 1;
    if (!text.trim() || named.has(line)) return;
    const taken: string[] = [];
    for (const word of words(text)) {
      const count = available.get(word) ?? 0;
      if (count === 0) {
        for (const back of taken) available.set(back, available.get(back)! + 1);
        lost.push({ line, text });
        return;
      }
      available.set(word, count - 1);
      taken.push(word);
    }
  });
  return lost;
}
