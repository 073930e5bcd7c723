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
 * than an array, and the catalog keeps one per service).
 */
export interface SearchText {
  key: string;
  starts: string;
}

/** The words of a query, folded; empty when nothing is searched. */
export function searchWords(text: string): string[] {
  // Folded text has single spaces and nothing else that a search key leaves out.
  return foldPersian(text).split(' ').filter(Boolean);
}

export function searchText(text: string): SearchText {
  const folded = foldPersian(text);
  // split/join, not concatenation or replace(/ /g, ''): V8 keeps those results as ropes or tied
  // to a larger buffer, and the catalog holds one key per service (50,000 keys: 30 MB that way,
  // 7 MB this way).
  return { key: folded.split(' ').join(''), starts: String.fromCharCode(...wordStarts(folded).starts) };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * What separates words besides space: ASCII and Latin-1 punctuation and signs («» among them), the
 * Arabic comma, semicolon, question mark, percent sign and separators, general punctuation, and
 * the catalog's field separator. A short class, not /[^\p{L}\p{N}]/u: V8 compiles a regular
 * expression to native code once it runs often, which for that one took 180 ms in the middle of a
 * keystroke.
 */
const BETWEEN_WORDS = /[\0-/:-@[-`{-¿×÷،؛؟٪-٭۔\u2000-\u206f]/;

/** A word or a number starts at `index` of `text` (whose spaces are gone) whatever was around it. */
function startsAt(text: string, index: number): boolean {
  return index === 0 || BETWEEN_WORDS.test(text[index - 1]!) || isDigit(text.charCodeAt(index - 1)) !== isDigit(text.charCodeAt(index));
}

/**
 * For folded text: the offsets where words start in it without its spaces, and where in the
 * folded text each of its characters was.
 */
function wordStarts(folded: string): { starts: number[]; at: number[] } {
  const starts: number[] = [];
  const at: number[] = [];
  for (let index = 0; index < folded.length; index++) {
    if (folded[index] === ' ') continue;
    const previous = at.length > 0 ? at[at.length - 1]! : -1;
    // startsAt looks at two neighbours only: the one before and this one.
    if (previous < index - 1 || previous < 0 || startsAt(folded[previous]! + folded[index]!, 1)) starts.push(at.length);
    at.push(index);
  }
  return { starts, at };
}

/** Short words and numbers match only where a word starts (see above). */
const anchored = (word: string) => word.length <= 2 || isDigit(word.charCodeAt(0));

/** The first offset of `text.key` from `from` on where `word` is found as a reader means it, or -1. */
function find({ key, starts }: SearchText, word: string, from = 0): number {
  if (!anchored(word)) return key.indexOf(word, from);
  for (let index = 0; index < starts.length; index++) {
    const offset = starts.charCodeAt(index);
    if (offset >= from && key.startsWith(word, offset)) return offset;
  }
  return -1;
}

export function matchesAll(text: SearchText, words: readonly string[]): boolean {
  return words.every((word) => find(text, word) >= 0);
}

/**
 * True when whatever `after` matches, `before` matched too, so that the next search may look only
 * through the previous matches (typing forward does this): each earlier word lies in a later word
 * where it would be found in any text that the later word is found in. A short earlier word only
 * at the start of a short later one: inside a longer word, it may not be where a word starts.
 */
export function narrows(before: readonly string[], after: readonly string[]): boolean {
  return before.every((earlier) =>
    after.some((later) => (anchored(earlier) ? anchored(later) && later.startsWith(earlier) : later.includes(earlier))),
  );
}

/**
 * The stretches of `text` that the words match, as [start, end) offsets into `text` itself, in
 * order; they may overlap. A stretch keeps the diacritics and tatweel inside and right after
 * a matched letter, and leaves out the ZWNJ or space after a word.
 */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const { folded, origin } = foldWithOrigin(text);
  const { starts, at } = wordStarts(folded);
  const indexed = { key: folded.split(' ').join(''), starts: String.fromCharCode(...starts), at };
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let found = find(indexed, word); found >= 0; found = find(indexed, word, found + 1)) {
      // The next folded character (a space included) is where the stretch ends.
      const next = indexed.at[found + word.length - 1]! + 1;
      ranges.push([origin[indexed.at[found]!]!, next < origin.length ? origin[next]! : text.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
