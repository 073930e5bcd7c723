/**
 * Lines of a published statement as the importer reads them: numbered from 1 as an editor shows
 * them, trimmed at both ends, with a leading bullet or number split off. Nothing inside a line is
 * changed, so ZWNJ, NBSP, Arabic ي/ك and the author's spacing survive as written.
 */
import { LINK_PATTERN } from '../format/schema.js';
import { DIGIT, INVISIBLE, WEB_ADDRESS } from '../text/patterns.js';
import { foldPersian, type FoldedText } from '../text/persian-text.js';

export interface SourceLine {
  /** 1-based line number in the input (for HTML, the line of the element in the HTML source). */
  number: number;
  /** The line without surrounding spaces, NBSP, ZWNJ or bidi marks. */
  text: string;
  /**
   * The structure the source itself gives, where it gives one: an HTML or Word heading, list
   * item, definition or table row. Plain text has none, and the importer infers it from markers.
   */
  structure?: LineStructure;
  /** Where the line is when a line number says little (a Word file's «paragraph 12»). */
  where?: string;
}

export type LineStructure =
  | { kind: 'heading'; level: number }
  | { kind: 'item'; depth: number }
  | { kind: 'term'; term: string }
  /** One row of a table; `header` for a row of <th> cells or a table's first row. */
  | { kind: 'row'; cells: string[]; header: boolean; table: number };

/** Spaces (NBSP included), ZWNJ/ZWJ, bidi marks and BOM around a line carry nothing. */
const EDGES = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'g');

export function trimLine(text: string): string {
  return text.replace(EDGES, '');
}

/**
 * What copying out of a PDF or an old page leaves in the text that no reader typed: Arabic
 * presentation forms (U+FB50–U+FEFF, shaped glyphs some PDF writers emit, which search and
 * screen readers treat as other letters) folded to their letters, and «¬» typed for a ZWNJ
 * after a letter («روش¬های»).
 */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]+/g;
const FAKE_ZWNJ = /(?<=[\u0600-\u06FF])\u00AC/g;

export function cleanText(text: string): string {
  return text.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC')).replace(FAKE_ZWNJ, '\u200C');
}

/**
 * Latin words a PDF extraction wrote in right-to-left order inside Persian text: «Agreement
 * Level Service», «Service-e», «ALS». Only the terms these statements use are turned back, since
 * a Latin run read backwards cannot be told from a real one in general.
 */
const LATIN_TERMS = ['Service Level Agreement', 'e-Service', 'e-Government', 'e-mail', 'SLA', 'ICAO', 'AVL'];
const REVERSED_TERMS = new Map(
  LATIN_TERMS.flatMap((term) => [
    [term.split(/([ -])/).reverse().join('').toLowerCase(), term],
    [[...term].reverse().join('').toLowerCase(), term],
  ]).filter(([reversed, term]) => reversed !== term!.toLowerCase()) as [string, string][],
);
const LATIN_RUN = /[A-Za-z]+(?:[ -][A-Za-z]+)*/g;

/** The text with the Latin terms a PDF reversed put right, or the text itself. */
export function unreverseLatin(text: string): string {
  return text.replace(LATIN_RUN, (run) => REVERSED_TERMS.get(run.toLowerCase()) ?? run);
}

export function readLines(input: string): SourceLine[] {
  return input.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: trimLine(cleanText(line)) }));
}

export type Marker = { type: 'bullet' } | { type: 'number'; value: number } | null;

const BULLETS = '•·▪▫●○◦■□➢►▸◆◇✓✔❖✗*\\-–—\\uF000-\\uF0FF';
/**
 * A bullet and the space after it: the usual signs, Word's private-use Wingdings/Symbol glyphs
 * (U+F0xx) and its «o» for a second level when followed by a gap.
 */
// «*جهت …» glued to its word is a footnote's mark, not a bullet.
const BULLET = new RegExp(`^(?:[${BULLETS}](?:[\\s\\u00A0]+)|[${BULLETS.replace('*', '')}](?=[^\\s\\u00A0${BULLETS}])|o[\\s\\u00A0]{2,})`);
/** «1-», «۱-», «1)», «1.», «2 .», «(1)», «۱.مقدمه»; not «2.5» or «1-2». */
const NUMBER = new RegExp(
  `^(?:\\((${DIGIT}{1,3})\\)|(${DIGIT}{1,3})[\\s\\u00A0]*[-.)\\u2013\\u2014\\u0640](?!${DIGIT}))[\\s\\u00A0]*`,
);
/** Persian letters used as numbers: «الف)», «ب-», «ج.» (the abjad order of legal texts). */
const LETTERS = ['الف', 'ب', 'پ', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ی'];
const LETTER = new RegExp(`^(${LETTERS.join('|')})[\\s\\u00A0]*[-.)\\u2013](?![\\u0600-\\u06FF])[\\s\\u00A0]*`);
/** «ماده ۳-», «ماده 3:», «بند ۲)»: articles and clauses of a legal text. */
const ARTICLE = new RegExp(`^(?:ماده|بند)[\\s\\u00A0]+(${DIGIT}{1,3})[\\s\\u00A0]*[-.):\\u2013](?!${DIGIT})[\\s\\u00A0]*`);

/** Splits «۲- هدف» into a number marker and «هدف», «• متن» into a bullet and «متن». */
export function splitMarker(text: string): { marker: Marker; body: string } {
  const number = NUMBER.exec(text) ?? ARTICLE.exec(text);
  if (number) {
    const digits = foldPersian(number[1] ?? number[2] ?? '');
    const body = trimLine(text.slice(number[0].length));
    if (body) return { marker: { type: 'number', value: Number(digits) }, body };
  }
  const letter = LETTER.exec(text);
  if (letter) {
    const body = trimLine(text.slice(letter[0].length));
    if (body) return { marker: { type: 'number', value: LETTERS.indexOf(letter[1]!) + 1 }, body };
  }
  const bullet = BULLET.exec(text);
  if (bullet) {
    const body = trimLine(text.slice(bullet[0].length));
    if (body) return { marker: { type: 'bullet' }, body };
  }
  return { marker: null, body: text };
}

/** A line of punctuation and signs alone («.», «-----», «***», a lone bullet): no words. */
export function isPunctuationOnly(text: string): boolean {
  return text !== '' && !/[\p{L}\p{N}]/u.test(text);
}

/** Words as a reader counts them: ZWNJ joins the parts of one word. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Ends like a sentence or a clause, so it is not a heading or a label. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?؟؛;،,…]$/.test(text);
}

/**
 * The first web address in a text as a link the format accepts: «www.x.ir» gains its https://,
 * and a sentence's full stop after it is not part of it.
 */
export function findWebAddress(text: string): string | undefined {
  const found = WEB_ADDRESS.exec(unwrapAutolinks(text))?.[0].replace(/[.,:;!?]+$/, '');
  if (!found) return undefined;
  const url = /^www\./i.test(found) ? `https://${found}` : found;
  return LINK_PATTERN.test(url) ? url : undefined;
}

/** `<https://…>` autolink brackets are markup, not text; the address itself is kept. */
export function unwrapAutolinks(text: string): string {
  return text.replace(/<((?:https?:\/\/|mailto:|tel:|www\.)[^\s<>]+)>/gi, '$1');
}

/** The original text behind folded[start, end). */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = text.origin[start]!;
  const lastIndex = text.origin[end - 1]!;
  const lastChar = String.fromCodePoint(text.source.codePointAt(lastIndex)!);
  return trimLine(text.source.slice(from, lastIndex + lastChar.length));
}
