/**
 * Splitting a plain-text paragraph into the runs it is rendered as: links, left-to-right runs that
 * must be bidi-isolated, and ordinary text. Pure: the rendering is in internal/render/inline.ts.
 *
 * Why isolate: a Latin phrase, URL or id inside a Persian line is laid out by the Unicode bidi
 * algorithm, which moves neighbouring punctuation and numbers across it and scrambles the line
 * (https://www.w3.org/International/articles/inline-bidi-markup/). Wrapping each run in its own
 * isolate keeps it in place.
 */
import { LINK_PATTERN } from '../format/schema.js';

export type InlineRun =
  | { kind: 'text'; text: string }
  | { kind: 'ltr'; text: string }
  | { kind: 'link'; text: string; href: string };

/**
 * The href a URL may be linked as, or null when its scheme is not allowed. The format's own
 * pattern decides, so what validation accepts and what becomes a link cannot differ.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  return LINK_PATTERN.test(trimmed) ? trimmed : null;
}

const URL_RUN = String.raw`(?:https?://|mailto:|tel:)[^\s<>"'«»]+`;
const EMAIL_RUN = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
/**
 * Latin words, with the spaces and punctuation between them, e.g. «Service Level Agreement»;
 * a run stops before a word that starts a URL or an e-mail address, so those become links.
 */
const LATIN_RUN = String.raw`[A-Za-z][A-Za-z0-9]*(?:[ ._/&+-]+(?!(?:https?|mailto|tel):|[A-Za-z0-9._%+-]*@)[A-Za-z0-9]+)*`;
const RUNS = new RegExp(`(${URL_RUN})|(${EMAIL_RUN})|(${LATIN_RUN})`, 'gi');

/** Sentence punctuation typed right after a URL belongs to the sentence, not the address. */
const TRAILING_PUNCTUATION = /[.,;:!?،؛)\]}]+$/;

export function splitInline(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  const pushText = (end: number) => {
    if (end > last) runs.push({ kind: 'text', text: text.slice(last, end) });
  };
  for (const match of text.matchAll(RUNS)) {
    const [whole, url, email] = match;
    const start = match.index;
    let run = whole;
    if (url) run = run.replace(TRAILING_PUNCTUATION, '');
    pushText(start);
    if (url) runs.push({ kind: 'link', text: run, href: run });
    else if (email) runs.push({ kind: 'link', text: run, href: `mailto:${run}` });
    else runs.push({ kind: 'ltr', text: run });
    last = start + run.length;
  }
  pushText(text.length);
  return runs;
}
