/**
 * What a reader's search means: each word they type must be found in a service, in any order
 * («مجوز صدور» finds «صدور مجوز»), and where each word was found is marked in the row. Pure, no
 * DOM.
 *
 * Text is compared folded (src/text/persian-text.ts) and without its spaces, so Arabic ي/ك, other
 * digits, and a ZWNJ, a space or nothing between word parts all match alike («میشود» finds
 * «می‌شود»). A word of three letters or more matches anywhere, inside words too («نامه» finds
 * «گواهینامه»). A shorter word, or one that starts with a digit, matches only where a word or a
 * number starts: «ب» would otherwise match nearly every service and «2» every 11-digit id, while a
 * reader typing «دفتر ب» or «خدمت 2» means a word and a number.
 */
import { foldPersian, foldWithOrigin } from '../text/persian-text.js';

/**
 * A text as searches see it: `key` is its folded form without spaces; `starts` holds the offsets
 * in `key` where a word or a number starts, as character codes (a string costs far less memory
 * than an array, and the catalog keeps one per service), and `initials` the characters there: a
 * one-letter word, the first thing a reader types, is looked for in those alone.
 */
export interface SearchText {
  key: string;
  starts: string;
  initials: string;
}

/** The words of a query, folded; empty when nothing is searched. */
export function searchWords(text: string): string[] {
  // Not folded when empty: the first folding loads the browser's Unicode normalization data.
  // Folded text has single spaces and nothing else that a search key leaves out.
  return text ? foldPersian(text).split(' ').filter(Boolean) : [];
}

export function searchText(text: string): SearchText {
  const folded = foldPersian(text);
  // split/join, not concatenation or replace(/ /g, ''): V8 keeps those results as ropes or tied
  // to a larger buffer, and the catalog holds one key per service (50,000 keys: 30 MB that way,
  // 7 MB this way).
  const key = folded.split(' ').join('');
  const starts = wordStarts(folded);
  return { key, starts: String.fromCharCode(...starts), initials: String.fromCharCode(...starts.map((start) => key.charCodeAt(start))) };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Whether a folded character separates words, as a space does: ASCII and Latin-1 punctuation and
 * signs («» among them), the Arabic comma, semicolon, question mark, percent sign and separators,
 * general punctuation, and control characters (the catalog's field separator). By code: this runs
 * for every character of every service's search text.
 */
const between = (code: number) =>
  code < 48 ||
  (code > 57 && code < 65) ||
  (code > 90 && code < 97) ||
  (code > 122 && code < 192) ||
  code === 215 ||
  code === 247 ||
  code === 0x60c ||
  code === 0x61b ||
  code === 0x61f ||
  (code >= 0x66a && code <= 0x66d) ||
  code === 0x6d4 ||
  (code >= 0x2000 && code <= 0x206f);

/** A word or a number starts with `code` after `before` (-1 after a space or at the start). */
const startsWord = (before: number, code: number) => before < 0 || between(before) || isDigit(before) !== isDigit(code);

/**
 * For folded text: the offsets where words start in it without its spaces, and, into `at` if
 * given, where in the folded text each of its characters was.
 */
function wordStarts(folded: string, at?: number[]): number[] {
  const starts: number[] = [];
  let kept = 0;
  let before = -1;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    if (code === 32) {
      before = -1;
      continue;
    }
    if (startsWord(before, code)) starts.push(kept);
    at?.push(index);
    kept++;
    before = code;
  }
  return starts;
}

/** Short words and numbers match only where a word starts (see above). */
const anchored = (word: string) => word.length <= 2 || isDigit(word.charCodeAt(0));

/** A word starts at `offset`: `starts` holds the offsets in order, as character codes. */
function startsAt(starts: string, offset: number): boolean {
  for (let index = 0; index < starts.length; index++) {
    const start = starts.charCodeAt(index);
    if (start >= offset) return start === offset;
  }
  return false;
}

/** The first offset of `text.key` from `from` on where `word` is found as a reader means it, or -1. */
function find({ key, starts }: SearchText, word: string, from = 0): number {
  const anywhere = !anchored(word);
  for (let offset = key.indexOf(word, from); offset >= 0; offset = key.indexOf(word, offset + 1)) {
    if (anywhere || startsAt(starts, offset)) return offset;
  }
  return -1;
}

export function matchesAll(text: SearchText, words: readonly string[]): boolean {
  for (const word of words) if (word.length === 1 ? !text.initials.includes(word) : find(text, word) < 0) return false;
  return true;
}

/** Each word is somewhere in the text, where a word starts or not. */
export function foundAnywhere({ key }: SearchText, words: readonly string[]): boolean {
  for (const word of words) if (!key.includes(word)) return false;
  return true;
}

/**
 * True when whatever `after` finds anywhere, `before` found anywhere too, so that the next search
 * may look only through what the previous one found anywhere (typing forward does this): each
 * earlier word lies in a later one.
 */
export function narrows(before: readonly string[], after: readonly string[]): boolean {
  return before.every((earlier) => after.some((later) => later.includes(earlier)));
}

/**
 * The stretches of `text` that the words match, as [start, end) offsets into `text` itself, in
 * order; they may overlap. A stretch keeps the diacritics and tatweel inside and right after
 * a matched letter, and leaves out the ZWNJ or space after a word.
 */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  // Most cells have none of the words: a quick look first, as the folding below goes a character at a time.
  const key = searchText(text);
  if (!words.some((word) => find(key, word) >= 0)) return [];
  const { folded, origin } = foldWithOrigin(text);
  const at: number[] = [];
  const indexed = { key: folded.split(' ').join(''), starts: String.fromCharCode(...wordStarts(folded, at)), initials: '' };
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let found = find(indexed, word); found >= 0; found = find(indexed, word, found + 1)) {
      // The next folded character (a space included) is where the stretch ends.
      const next = at[found + word.length - 1]! + 1;
      ranges.push([origin[at[found]!]!, next < origin.length ? origin[next]! : text.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
