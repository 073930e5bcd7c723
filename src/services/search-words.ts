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
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A word or a number starts at `index` of `text` (whose spaces are gone) whatever was around it. */
function startsAt(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1]!;
  return !WORD_CHARACTER.test(before) || isDigit(before.charCodeAt(0)) !== isDigit(text.charCodeAt(index));
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

/** Each offset of `text.key` where `word` is found as a reader means it, in order. */
function* find(text: SearchText, word: string): Generator<number> {
  const { key, starts } = text;
  if (anchored(word)) {
    for (let index = 0; index < starts.length; index++) {
      const offset = starts.charCodeAt(index);
      if (key.startsWith(word, offset)) yield offset;
    }
    return;
  }
  for (let offset = key.indexOf(word); offset >= 0; offset = key.indexOf(word, offset + 1)) yield offset;
}

function has(text: SearchText, word: string): boolean {
  if (!anchored(word)) return text.key.includes(word);
  return !find(text, word).next().done;
}

export function matchesAll(text: SearchText, words: readonly string[]): boolean {
  for (const word of words) if (!has(text, word)) return false;
  return true;
}

/**
 * True when whatever `after` matches, `before` matched too, so that the next search may look only
 * through the previous matches (typing forward does this): each earlier word lies in a later word
 * where it would be found in any text that the later word is found in.
 */
export function narrows(before: readonly string[], after: readonly string[]): boolean {
  return before.every((earlier) =>
    after.some((later) => {
      if (!anchored(earlier)) return later.includes(earlier);
      // At the later word's own start, only if that start is a word start wherever it is found.
      if (anchored(later) && later.startsWith(earlier)) return true;
      for (let offset = later.indexOf(earlier, 1); offset > 0; offset = later.indexOf(earlier, offset + 1)) {
        if (startsAt(later, offset)) return true;
      }
      return false;
    }),
  );
}

/**
 * The stretches of `text` that the words match, as [start, end) offsets into `text` itself, in
 * order, overlapping ones merged. A stretch keeps the diacritics and tatweel inside and right after
 * a matched letter, and leaves out the ZWNJ or space after a word.
 */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const { folded, origin } = foldWithOrigin(text);
  const { starts, at } = wordStarts(folded);
  const indexed = { key: folded.split(' ').join(''), starts: String.fromCharCode(...starts), at };
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (const offset of find(indexed, word)) {
      // The next folded character (a space included) is where the stretch ends.
      const next = indexed.at[offset + word.length - 1]! + 1;
      ranges.push([origin[indexed.at[offset]!]!, next < origin.length ? origin[next]! : text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
