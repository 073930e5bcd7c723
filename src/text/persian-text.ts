/**
 * Comparing Persian text the way readers mean it, not the way it was typed.
 *
 * Agencies and readers type the same words with different keyboards: Arabic ي/ى and ك instead of
 * Persian ی and ک, ة for ه, Persian, Arabic-Indic or ASCII digits, a ZWNJ, a space or nothing
 * between the parts of a word (می‌شود، می شود، میشود), tatweel, diacritics and NBSP. Seed 001 is
 * typed entirely with Arabic ي/ك. See the Persian Academy's orthography rules and
 * https://www.w3.org/TR/alreq/#h_zwnj for why ZWNJ and space are interchangeable in practice.
 */
import { toAsciiDigits } from './digits.js';
import { INVISIBLE } from './patterns.js';

const LETTER_FORMS: Record<string, string> = {
  'ي': 'ی',
  'ى': 'ی',
  'ئ': 'ی',
  'ك': 'ک',
  'ة': 'ه',
  'ۀ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'ٱ': 'ا',
  'ؤ': 'و',
};
const LETTER_FORM_PATTERN = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'g');

/** Harakat, superscript alef, Quranic marks and tatweel carry no meaning for matching. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** ZWNJ, ZWJ, bidi controls and every kind of space, NBSP included. */
const JOINERS_AND_SPACES = new RegExp(`[\\s${INVISIBLE}]+`, 'g');

/** One spelling for each letter and digit, spacing kept (collapsed to single spaces). */
export function foldPersian(text: string): string {
  return toAsciiDigits(text.normalize('NFC'))
    .replace(LETTER_FORM_PATTERN, (letter) => LETTER_FORMS[letter] ?? letter)
    .replace(MARKS, '')
    .replace(JOINERS_AND_SPACES, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The key two texts are matched on: folded, and with no spaces or joiners at all, so that
 * «می‌شود», «می شود» and «میشود» are one word.
 */
export function searchKey(text: string): string {
  // split/join, not replace(/ /g, ''): V8 keeps the replace result tied to a larger buffer, and
  // the catalog holds one key per service (50,000 keys: 30 MB that way, 7 MB this way).
  return foldPersian(text).split(' ').join('');
}

/**
 * The text folded as foldPersian folds it, applied one character at a time so that no second
 * folding table exists, with, for every folded character, the index of the character it came
 * from. A match found in the folded text can then be cut from, or marked in, the original, which
 * keeps the author's letters.
 */
export interface FoldedText {
  folded: string;
  origin: number[];
  source: string;
}

const foldedChars = new Map<number, string>();

function foldChar(code: number): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    // Between two letters, so foldPersian's trimming cannot remove a space-like character.
    folded = foldPersian(`a${String.fromCodePoint(code)}a`).slice(1, -1);
    foldedChars.set(code, folded);
  }
  return folded;
}

export function foldWithOrigin(source: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < source.length; ) {
    const code = source.codePointAt(index)!;
    for (const unit of foldChar(code)) {
      if (unit === ' ' && (folded === '' || folded.endsWith(' '))) continue;
      folded += unit;
      origin.push(index);
    }
    index += code > 0xffff ? 2 : 1;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    origin.pop();
  }
  return { folded, origin, source };
}
