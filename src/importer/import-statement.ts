/**
 * From a statement as agencies publish it (text copied out of their web page) to the format.
 *
 * The text is kept as written: the importer only decides where each line goes. It removes the
 * markers around text (bullets, heading numbers, a heading's trailing colon, `<…>` around a link)
 * and the page chrome around the statement, and it reports, with line numbers, every line it
 * could not place and every guess it had to make. It has no DOM and runs in Node and browsers.
 */
import { FORMAT_VERSION, LINK_PATTERN, type Block, type ListBlock, type Section, type SectionKind, type Statement, type TermsBlock } from '../format/schema.js';
import { searchKey } from '../text/persian-text.js';
import { readAppendix } from './appendix.js';
import { headingKind, headingTitle, type HeadingKind } from './headings.js';
import {
  endsLikeSentence,
  foldWithOrigin,
  isChrome,
  originalSlice,
  readLines,
  splitMarker,
  trimLine,
  unwrapAutolinks,
  wordCount,
  type Marker,
  type SourceLine,
} from './lines.js';
import { readValidity, type Validity } from './validity.js';
import type { ImportWarning } from './warnings.js';

export interface ImportOptions {
  /** Used instead of the title found in the text. */
  title?: string;
  /** Fields used instead of what is found in the text. */
  provider?: { name?: string; url?: string; parent?: string };
  /** The statement's language; "fa" unless given. */
  lang?: string;
  /** A `$schema` address to put in the statement, for editors' autocompletion. */
  schema?: string;
}

export interface DroppedLine {
  line: number;
  text: string;
  /** Page chrome, a menu or breadcrumb line, or a second copy of the title. */
  reason: 'chrome' | 'menu' | 'title';
}

export interface ImportResult {
  statement: Statement;
  /** What could not be placed or had to be guessed, in line order. */
  warnings: ImportWarning[];
  /** Lines left out on purpose (page chrome), for an author who wants to check. */
  dropped: DroppedLine[];
}

type Item =
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'item'; line: number; text: string }
  | { kind: 'term'; line: number; term: string; text: string };

interface Draft {
  kind: SectionKind;
  title: string;
  line: number;
  items: Item[];
}

interface Heading {
  kind: HeadingKind | 'other';
  title: string;
  /** Text that followed the heading on its line («هدف: هدف از این …»). */
  rest?: string;
}

/** Longer «term: text» lines are sentences with a colon in them. */
const MAX_TERM_WORDS = 5;
const MAX_DEFINITION_TERM_WORDS = 8;
/** A numbered line continuing the headings' numbering is a heading when it is this short. */
const MAX_OTHER_HEADING_WORDS = 8;
const SHORT_LINE_WORDS = 4;

/** «term: text» → the two sides, unless the colon is part of a link or a time. */
export function splitTerm(text: string, maxWords = MAX_TERM_WORDS): { term: string; text: string } | null {
  const at = text.search(/[:：]/);
  if (at <= 0) return null;
  if (text.startsWith('//', at + 1)) return null;
  if (/\d/.test(text[at - 1]!) && /\d/.test(text[at + 1] ?? '')) return null;
  const term = trimLine(text.slice(0, at));
  const rest = trimLine(text.slice(at + 1));
  if (!term || !rest || wordCount(term) > maxWords || endsLikeSentence(term)) return null;
  return { term, text: rest };
}

/** A line that is only a label, «مسئولیت ارائه خدمت :», introducing the next line. */
function labelOf(text: string): string | null {
  if (!/[:：]$/.test(text)) return null;
  const label = trimLine(text.slice(0, -1));
  if (!label || /[:：]/.test(label) || wordCount(label) > MAX_TERM_WORDS || endsLikeSentence(label)) return null;
  return label;
}

/** The words every title starts with: «توافقنامه سطح خدمت», «بیانیه سطح توافق خدمات»… */
const TITLE_PREFIX =
  /^(?:بیانیه\s+)?(?:(?:توافق\s?نامه|موافقت\s?نامه)\s+(?:سطح\s+)?(?:ارایه\s+)?(?:خدمت|خدمات)|سطح\s+توافق\s+(?:خدمت|خدمات)|sla|service level agreement)(?:\s+(?:های|الکترونیک|الکترونیکی))*(?:\s*[:\-–]\s*|\s+|$)/;
const TITLE_WORDS = ['توافقنامه', 'موافقتنامه', 'سطحخدمت', 'سطحتوافق', 'بیانیه', 'sla', 'servicelevel'];

/** What a title says beyond the template's words: the agency, or the one service it is about. */
function titleSubject(title: string): string {
  const folded = foldWithOrigin(title);
  const prefix = TITLE_PREFIX.exec(folded.folded);
  if (!prefix) return '';
  return originalSlice(folded, prefix[0].length, folded.folded.length);
}

/** A title names the agreement and is short: a paragraph that mentions «توافقنامه» is not one. */
const MAX_TITLE_WORDS = 20;
const looksLikeTitle = (text: string) => {
  const key = searchKey(text);
  return wordCount(text) <= MAX_TITLE_WORDS && !/[.!?؟]$/.test(text) && TITLE_WORDS.some((word) => key.includes(word));
};

const PROVIDER_TERMS = new Set(['خدمت دهنده', 'ارائه دهنده', 'ارائه دهنده خدمت', 'سرویس دهنده', 'دستگاه اجرایی', 'دستگاه'].map(searchKey));
const SITE_TERMS = new Set(['سایت', 'وب سایت', 'پرتال', 'درگاه', 'تارنما', 'پایگاه', 'میز خدمت', 'میز خدمت الکترونیک'].map(searchKey));
const URL = /(?:https?:\/\/|\bwww\.)[^\s<>()«»"'،؛]+/i;

function findUrl(text: string): string | undefined {
  const found = URL.exec(text)?.[0].replace(/[.,:;!?]+$/, '');
  if (!found) return undefined;
  const url = /^www\./i.test(found) ? `https://${found}` : found;
  return LINK_PATTERN.test(url) ? url : undefined;
}

function orderValidity({ from, until, signatory }: Validity): Validity {
  return {
    ...(from === undefined ? {} : { from }),
    ...(until === undefined ? {} : { until }),
    ...(signatory === undefined ? {} : { signatory }),
  };
}

function itemText(item: Item): string {
  return item.kind === 'term' ? `${item.term}: ${item.text}` : item.text;
}

export function importStatement(input: string, options: ImportOptions = {}): ImportResult {
  return importLines(readLines(input), options);
}

/**
 * The importer's core, shared by text, HTML and Word: lines in source order, each with the
 * structure its source gave (HTML, Word) or none (plain text, where markers are read instead).
 */
export function importLines(lines: readonly SourceLine[], options: ImportOptions = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  const dropped: DroppedLine[] = [];
  const preamble: SourceLine[] = [];
  const drafts: Draft[] = [];
  let appendix: { title: string; line: number; lines: SourceLine[] } | null = null;
  let current: Draft | 'appendix' | null = null;
  let headingNumber = 0;
  let runInSeen = false;

  const detectHeading = (marker: Marker, body: string, line: number): Heading | null => {
    const whole = headingKind(body);
    const numbered = marker?.type === 'number' ? marker.value : undefined;
    if (whole) {
      if (numbered !== undefined) headingNumber = numbered;
      return { kind: whole, title: headingTitle(body) };
    }
    const colon = body.search(/[:：]/);
    if (colon > 0 && !body.startsWith('//', colon + 1)) {
      const runIn = headingKind(body.slice(0, colon));
      const rest = trimLine(body.slice(colon + 1));
      // Among definitions, «نگهداری: …» is a term, unless the headings so far were run in too.
      const inDefinitions = typeof current === 'object' && current?.kind === 'definitions';
      if (runIn && rest && (!inDefinitions || runInSeen || numbered === headingNumber + 1)) {
        if (numbered !== undefined) headingNumber = numbered;
        runInSeen = true;
        return { kind: runIn, title: headingTitle(body.slice(0, colon)), rest };
      }
    }
    if (
      numbered !== undefined &&
      headingNumber > 0 &&
      numbered === headingNumber + 1 &&
      wordCount(body) <= MAX_OTHER_HEADING_WORDS &&
      !endsLikeSentence(body) &&
      !/[:：]./.test(body)
    ) {
      headingNumber = numbered;
      const title = headingTitle(body);
      warnings.push({ line, code: 'other-heading', text: title });
      return { kind: 'other', title };
    }
    return null;
  };

  const contentItem = (marker: Marker, body: string, kind: SectionKind, line: number): Item => {
    const text = unwrapAutolinks(body);
    const definitions = kind === 'definitions';
    if (marker) {
      const term = definitions ? splitTerm(text, MAX_DEFINITION_TERM_WORDS) : null;
      return term ? { kind: 'term', line, ...term } : { kind: 'item', line, text };
    }
    const term = splitTerm(text, definitions ? MAX_DEFINITION_TERM_WORDS : MAX_TERM_WORDS);
    return term ? { kind: 'term', line, ...term } : { kind: 'paragraph', line, text };
  };

  for (const line of lines) {
    if (!line.text) continue;
    const { marker, body } = splitMarker(line.text);
    if (isChrome(body)) {
      dropped.push({ line: line.number, text: line.text, reason: 'chrome' });
      continue;
    }
    const heading = detectHeading(marker, body, line.number);
    if (heading) {
      if (heading.kind === 'appendix') {
        appendix = { title: heading.title, line: line.number, lines: [] };
        current = 'appendix';
        if (heading.rest) appendix.lines.push({ number: line.number, text: heading.rest });
      } else {
        const draft: Draft = { kind: heading.kind, title: heading.title, line: line.number, items: [] };
        drafts.push(draft);
        current = draft;
        if (heading.rest) draft.items.push(contentItem(null, heading.rest, draft.kind, line.number));
      }
      continue;
    }
    if (current === null) {
      // Before the first heading, bulleted lines are the site's menus and breadcrumbs.
      if (marker?.type === 'bullet') dropped.push({ line: line.number, text: line.text, reason: 'menu' });
      else preamble.push(line);
    } else if (current === 'appendix') appendix!.lines.push(line);
    else current.items.push(contentItem(marker, body, current.kind, line.number));
  }

  if (lines.every((line) => !line.text)) warnings.push({ line: 1, code: 'empty' });
  else if (drafts.length === 0 && appendix === null) warnings.push({ line: preamble[0]?.number ?? 1, code: 'no-headings' });

  // The title: the most specific title-like line before the first heading.
  const candidates = preamble.filter((line) => looksLikeTitle(line.text));
  const titleLine = candidates.find((line) => titleSubject(line.text) !== '') ?? candidates[0];
  for (const line of preamble) {
    if (line === titleLine) continue;
    if (titleLine && (searchKey(line.text) === searchKey(titleLine.text) || (looksLikeTitle(line.text) && titleSubject(line.text) === ''))) {
      dropped.push({ line: line.number, text: line.text, reason: 'title' });
    } else warnings.push({ line: line.number, code: 'unplaced', text: line.text });
  }

  const sections = drafts.map((draft) => toSection(draft, warnings));
  noteRepeatedSections(drafts, warnings);

  const allItems = drafts.flatMap((draft) => draft.items);
  const providerName = options.provider?.name ?? findProviderName(allItems, titleLine);
  if (!providerName) warnings.push({ line: titleLine?.number ?? 1, code: 'no-provider' });

  let title = options.title ?? titleLine?.text;
  if (title === undefined) {
    title = providerName ? `توافقنامه سطح خدمت ${providerName}` : 'توافقنامه سطح خدمت';
    warnings.push({ line: 1, code: 'no-title', text: title });
  }

  const provider: Statement['provider'] = { name: providerName ?? '' };
  const url = options.provider?.url ?? findProviderUrl(allItems);
  if (url) provider.url = url;
  if (options.provider?.parent) provider.parent = options.provider.parent;

  // A title about one service («توافقنامه سطح خدمت پاسخ به استعلام …») rather than the agency.
  const subject = titleSubject(title);
  const service =
    subject && providerName && !searchKey(subject).includes(searchKey(providerName)) && !searchKey(providerName).includes(searchKey(subject))
      ? { name: subject }
      : undefined;

  const term = drafts.find((draft) => draft.kind === 'term');
  const validity = term
    ? readValidity(term.items.length > 0 ? term.items.map((item) => ({ line: item.line, text: itemText(item) })) : [{ line: term.line, text: '' }], warnings)
    : undefined;

  const services = appendix
    ? { ...(appendix.title ? { title: appendix.title } : {}), items: readAppendix(appendix.lines, warnings) }
    : undefined;

  // Members in the order of the format's description.
  const statement: Statement = {
    ...(options.schema ? { $schema: options.schema } : {}),
    version: FORMAT_VERSION,
    lang: options.lang ?? 'fa',
    title,
    provider,
    ...(service ? { service } : {}),
    ...(validity ? { validity: orderValidity(validity) } : {}),
    sections,
    ...(services ? { services } : {}),
  };

  warnings.sort((a, b) => a.line - b.line);
  dropped.sort((a, b) => a.line - b.line);
  return { statement, warnings, dropped };
}

const isList = (block: Block | undefined): block is ListBlock => typeof block === 'object' && Array.isArray(block.list);
const isTerms = (block: Block | undefined): block is TermsBlock => typeof block === 'object' && Array.isArray(block.terms);

/** Paragraphs, lists and definitions from the lines under one heading. */
function toSection(draft: Draft, warnings: ImportWarning[]): Section {
  const content: Block[] = [];
  const { items } = draft;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const next = items[index + 1];
    const last = content.at(-1);
    if (item.kind === 'item') {
      if (isList(last) && items[index - 1]?.kind === 'item') last.list.push(item.text);
      else content.push({ list: [item.text] });
      continue;
    }
    let term: { term: string; text: string } | null = item.kind === 'term' ? item : null;
    if (item.kind === 'paragraph') {
      const label = labelOf(item.text);
      if (label && next?.kind === 'paragraph' && labelOf(next.text) === null) {
        term = { term: label, text: next.text };
        index++;
      }
    }
    if (term) {
      if (isTerms(last)) last.terms.push({ term: term.term, text: term.text });
      else content.push({ terms: [{ term: term.term, text: term.text }] });
      continue;
    }
    content.push(item.text);
    if (
      wordCount(item.text) <= SHORT_LINE_WORDS &&
      !endsLikeSentence(item.text) &&
      !/[:：]$/.test(item.text) &&
      next?.kind === 'paragraph'
    ) {
      warnings.push({ line: item.line, code: 'short-line', text: item.text });
    }
  }
  if (content.length === 0) warnings.push({ line: draft.line, code: 'empty-section', text: draft.title });
  return draft.title ? { kind: draft.kind, title: draft.title, content } as Section : { kind: draft.kind, content } as Section;
}

function noteRepeatedSections(drafts: readonly Draft[], warnings: ImportWarning[]): void {
  for (const draft of drafts) {
    if (draft.kind === 'other') continue;
    const first = drafts.find((other) => other.kind === draft.kind)!;
    if (first === draft) continue;
    warnings.push({ line: draft.line, code: 'duplicate-section', text: draft.title || draft.kind, value: String(first.line) });
  }
}

/** The agency: «خدمت دهنده: …» in the definitions, «… را که به X اجازه می دهد …», or the title. */
function findProviderName(items: readonly Item[], titleLine: SourceLine | undefined): string | undefined {
  for (const item of items) {
    if (item.kind !== 'term' || !PROVIDER_TERMS.has(searchKey(item.term))) continue;
    const name = item.text.replace(/[.。]+$/, '').trim();
    if (name && wordCount(name) <= 10 && !/[:：/]/.test(name)) return name;
  }
  for (const item of items) {
    const folded = foldWithOrigin(item.text);
    const match = /(?:^|\s)به\s+(\S.{1,80}?)\s+اجازه\s+می\s?دهد/.exec(folded.folded);
    if (match) {
      const start = match.index + match[0].indexOf(match[1]!, match[0].indexOf('به') + 2);
      return originalSlice(folded, start, start + match[1]!.length);
    }
  }
  const subject = titleLine ? titleSubject(titleLine.text) : '';
  return subject || undefined;
}

function findProviderUrl(items: readonly Item[]): string | undefined {
  for (const item of items) {
    if (item.kind === 'term' && SITE_TERMS.has(searchKey(item.term))) {
      const url = findUrl(item.text);
      if (url) return url;
    }
  }
  for (const item of items) {
    const url = findUrl(itemText(item));
    if (url) return url;
  }
  return undefined;
}
