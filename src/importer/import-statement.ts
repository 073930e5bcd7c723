/**
 * From a statement as agencies publish it (text copied out of their web page, Word or a PDF) to
 * the format.
 *
 * The text is kept as written: the importer decides where each line goes. It removes the
 * markers around text (bullets, heading numbers, a heading's trailing colon, `<…>` around a
 * link) and the page chrome around the statement, and every line it leaves out or had to guess
 * about is named in a warning with its line number, so nothing disappears in silence. It has no
 * DOM and runs in Node and browsers.
 */
import { FORMAT_VERSION, type Block, type ListBlock, type Section, type SectionKind, type ServiceItem, type Statement, type TermsBlock } from '../format/schema.js';
import { searchKey } from '../text/persian-text.js';
import { readAppendix, readTable } from './appendix.js';
import { chromeRule } from './chrome.js';
import { headingTitle, readHeading, splitRunInHeadings, type HeadingKind } from './headings.js';
import { endsLikeSentence, findWebAddress, isPunctuationOnly, readLines, splitMarker, trimLine, unreverseLatin, unwrapAutolinks, wordCount, type Marker, type SourceLine } from './lines.js';
import { guessProvider, isOrganisationName, type ProviderSource } from './provider.js';
import { cleanTitle, looksLikeTitle, readTitle, serviceIdInText, titleScore } from './title.js';
import { readValidity, type Validity } from './validity.js';
import type { ImportWarning, ImportWarningCode } from './warnings.js';

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

export interface ImportResult {
  statement: Statement;
  /** Every line left out, every guess and every doubt, in line order. */
  warnings: ImportWarning[];
}

/** A line ready to be placed: its marker split off, its text cleaned. */
interface Line {
  number: number;
  where?: string;
  marker: Marker;
  body: string;
  /** The source said what it is (HTML, Word); the importer does not guess. */
  structure?: SourceLine['structure'];
}

/** Records a warning about a line (its number, and its place in a Word file). */
type Warn = (line: Pick<Line, 'number' | 'where'>, code: ImportWarningCode, text?: string, value?: string) => void;

type Item =
  | { kind: 'paragraph'; line: Line; text: string }
  | { kind: 'item'; line: Line; text: string; number?: number }
  | { kind: 'term'; line: Line; term: string; text: string };

interface Draft {
  kind: SectionKind;
  title: string;
  line: Line;
  items: Item[];
}

interface Heading {
  kind: HeadingKind | 'other';
  title: string;
  /** Text that followed the heading on its line («هدف: هدف از این …»). */
  rest?: string;
}

/** How the statement marks its headings, read from its first one. */
type HeadingStyle = 'numbered' | 'label' | 'bare' | 'markup';

/** Longer «term: text» lines are sentences with a colon in them. */
const MAX_TERM_WORDS = 6;
const MAX_DEFINITION_TERM_WORDS = 8;
/** A numbered line continuing the headings' numbering is a heading when it is this short. */
const MAX_OTHER_HEADING_WORDS = 8;
/** A label alone on its line («دامنه خدمت:») is a heading when it is this short. */
const MAX_LABEL_HEADING_WORDS = 6;
const SHORT_LINE_WORDS = 4;
/** A point of a list whose bullet was lost is short and not a sentence. */
const MAX_POINT_WORDS = 10;
/** A line of at least this many words that does not end a sentence may continue on the next. */
const WRAPPED_LINE_WORDS = 5;
/** The section made for a statement without headings. */
const WHOLE_TEXT_TITLE: Record<string, string> = { fa: 'متن توافقنامه', en: 'Statement' };

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

/**
 * Two definitions typed on one line, «خدمت دهنده: استانداری. خدمت گیرنده: شهروندان»: split
 * where a sentence ends and a short «term:» starts.
 */
function splitDefinitions(text: string): { term: string; text: string }[] | null {
  const first = splitTerm(text, MAX_DEFINITION_TERM_WORDS);
  if (!first) return null;
  const terms = [first];
  for (;;) {
    const last = terms.at(-1)!;
    const next = NEXT_TERM.exec(last.text);
    if (!next || wordCount(next[1]!) > SHORT_LINE_WORDS || /\d$/.test(next[1]!)) break;
    const start = next.index + next[0].indexOf(next[1]!);
    const following = splitTerm(last.text.slice(start), MAX_DEFINITION_TERM_WORDS);
    if (!following) break;
    last.text = trimLine(last.text.slice(0, start));
    terms.push(following);
  }
  return terms;
}
const NEXT_TERM = /(?:[.؛;]\s+|\s{2,})([^:：.؛;]{2,60}?)\s*[:：]\s*(?=\S)/;

/** A line that is only a label, «مسئولیت ارائه خدمت :», introducing the next line. */
function labelOf(text: string): string | null {
  if (!/[:：]$/.test(text)) return null;
  const label = trimLine(text.slice(0, -1));
  if (!label || /[:：]/.test(label) || wordCount(label) > MAX_TERM_WORDS || endsLikeSentence(label)) return null;
  return label;
}

const PROVIDER_TERMS = new Set(['خدمت دهنده', 'ارائه دهنده', 'ارائه دهنده خدمت', 'سرویس دهنده', 'دستگاه اجرایی', 'دستگاه'].map(searchKey));
const SITE_TERMS = new Set(['سایت', 'وب سایت', 'پرتال', 'درگاه', 'تارنما', 'پایگاه', 'میز خدمت', 'میز خدمت الکترونیک'].map(searchKey));
const RUN_IN_SEPARATOR = /\s*[:：؛]\s*|\s+[-–—]\s+/;
/** «به تفکیک 22 خدمت», «فهرست خدمات», «خدمات قابل ارائه به شرح زیر»: a list of services follows. */
const SERVICES_INTRO = /(?:\d+خدمت(?:ات)?(?:به|بشرح|درقالب|:|$)|فهرست(?:خدمات|خدمت)|خدمات(?:قابلارایه|ارایهشده)?(?:این(?:دستگاه|سازمان|اداره|شرکت))?بهشرح(?:زیر|ذیل)(?:است|میباشد)?:?$)/;
/** «… را به اطلاع میرساند: * امکان … * مراحل …»: bullets typed inside one line. */
const INLINE_BULLET = /\s[*•·▪●]\s+/g;

/**
 * Brackets a PDF extraction mirrored: «)سازمان هواپیمایی(» reads as «(سازمان هواپیمایی)» once
 * swapped. Only a text whose brackets close before they open, and balance once swapped, is
 * changed.
 */
function unmirrorBrackets(text: string): string {
  const balanced = (value: string) => {
    let depth = 0;
    for (const char of value) {
      depth += char === '(' ? 1 : char === ')' ? -1 : 0;
      if (depth < 0) return false;
    }
    return depth === 0;
  };
  if (balanced(text) || !text.includes(')')) return text;
  const swapped = text.replace(/[()]/g, (bracket) => (bracket === '(' ? ')' : '('));
  return balanced(swapped) ? swapped : text;
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
export function importLines(source: readonly SourceLine[], options: ImportOptions = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (line, code, text, value) => {
    warnings.push({ line: line.number, ...(line.where ? { where: line.where } : {}), code, ...(text === undefined ? {} : { text }), ...(value === undefined ? {} : { value }) });
  };

  const lines = prepare(source, warn);
  const preamble: Line[] = [];
  const drafts: Draft[] = [];
  const tableServices: ServiceItem[] = [];
  let appendix: { title: string; line: Line; lines: SourceLine[] } | null = null;
  let current: Draft | 'appendix' | null = null;
  let headingNumber = 0;
  let flattened = false;
  let style: HeadingStyle | null = null;
  /** The level of the last HTML or Word heading that made a section. */
  let headingLevel: number | undefined;

  const nextLine = (index: number) => lines[index + 1];
  const headingOf = (line: Line, kind: HeadingKind, title: string, joined: HeadingKind | undefined): Heading => {
    if (joined) warn(line, 'joined-headings', title, joined);
    return { kind, title };
  };

  const detectHeading = (line: Line, index: number): Heading | null => {
    const { marker, body, structure } = line;
    if (structure?.kind === 'heading') {
      style ??= 'markup';
      const match = readHeading(body);
      if (match) {
        headingLevel = structure.level;
        return headingOf(line, match.kind, headingTitle(body), match.joined);
      }
      // An <h3> under an <h2> section is a heading inside it, kept as its text.
      if (headingLevel !== undefined && structure.level > headingLevel) return null;
      headingLevel = structure.level;
      const title = headingTitle(body);
      warn(line, 'other-heading', title);
      return { kind: 'other', title };
    }
    if (structure) return null;
    const numbered = marker?.type === 'number' ? marker.value : undefined;
    const bulleted = marker?.type === 'bullet';
    const label = /[:：]$/.test(body);
    const whole = readHeading(body);
    // «مسئولیت کاربران :» under «مسئولیت» is a label of the section, unless labels are the headings.
    const labelOfSection = whole !== null && label && numbered === undefined && style !== 'label' && typeof current === 'object' && current?.kind === whole.kind;
    // A bulleted line that names a heading is a point of a list, once headings look otherwise.
    const pointOfList = bulleted && style !== null && !label && style !== 'bare';
    if (whole && !labelOfSection && !pointOfList) {
      if (numbered !== undefined) {
        if (numbered === headingNumber && headingNumber > 0) flattened = true;
        headingNumber = numbered;
      }
      style ??= numbered !== undefined ? 'numbered' : label ? 'label' : 'bare';
      return headingOf(line, whole.kind, headingTitle(body), whole.joined);
    }
    // «هدف: …», «هدف؛ …», «هدف - …»: a heading and its text on one line.
    const separator = RUN_IN_SEPARATOR.exec(body);
    const colon = separator?.index ?? -1;
    if (separator && colon > 0 && !body.startsWith('//', colon + 1)) {
      const runIn = readHeading(body.slice(0, colon));
      const rest = trimLine(body.slice(colon + separator[0].length));
      // Among definitions, «نگهداری: …» is a term, unless the headings so far were run in too.
      const inDefinitions = typeof current === 'object' && current?.kind === 'definitions';
      if (runIn && rest && (!inDefinitions || style === 'label' || numbered === headingNumber + 1)) {
        if (numbered !== undefined) headingNumber = numbered;
        style ??= numbered !== undefined ? 'numbered' : 'label';
        return { ...headingOf(line, runIn.kind, headingTitle(body.slice(0, colon)), runIn.joined), rest };
      }
    }
    const continuesNumbering = numbered !== undefined && headingNumber > 0 && (numbered === headingNumber + 1 || (flattened && numbered === headingNumber));
    if (
      style === 'numbered' &&
      continuesNumbering &&
      wordCount(body) <= MAX_OTHER_HEADING_WORDS &&
      !endsLikeSentence(body) &&
      !/[:：]./.test(body)
    ) {
      headingNumber = numbered!;
      const title = headingTitle(body);
      warn(line, 'other-heading', title);
      return { kind: 'other', title };
    }
    // «… به تفکیک ۲۲ خدمت به شرح ذیل می باشد :» introduces a list of services.
    if (label && marker === null && SERVICES_INTRO.test(searchKey(body)) && nextLine(index)?.marker?.type === 'number') {
      return { kind: 'appendix', title: headingTitle(body) };
    }
    // «دامنه خدمت:» alone on its line, in a statement whose headings are such labels.
    const next = nextLine(index);
    if (
      label &&
      marker === null &&
      !labelOfSection &&
      (style === 'label' || style === 'bare' || (style === null && current === null)) &&
      labelOf(body) !== null &&
      wordCount(body) <= MAX_LABEL_HEADING_WORDS &&
      next !== undefined &&
      next.structure === undefined &&
      labelOf(next.body) === null &&
      (next.marker?.type === 'bullet' || readHeading(next.body) === null)
    ) {
      style ??= 'label';
      const title = headingTitle(body);
      warn(line, 'other-heading', title);
      return { kind: 'other', title };
    }
    return null;
  };

  const contentItem = (line: Line, body: string, kind: SectionKind): Item[] => {
    const text = unwrapAutolinks(body);
    const definitions = kind === 'definitions';
    if (line.structure?.kind === 'term') return [{ kind: 'term', line, term: line.structure.term, text }];
    if (line.structure?.kind === 'item') return [{ kind: 'item', line, text }];
    if (line.marker) {
      const term = definitions ? splitTerm(text, MAX_DEFINITION_TERM_WORDS) : null;
      const number = line.marker.type === 'number' ? line.marker.value : undefined;
      return term ? [{ kind: 'term', line, ...term }] : [{ kind: 'item', line, text, ...(number === undefined ? {} : { number }) }];
    }
    if (definitions) {
      const terms = splitDefinitions(text);
      if (terms) return terms.map((term) => ({ kind: 'term', line, ...term }));
    }
    const term = line.structure ? null : splitTerm(text, MAX_TERM_WORDS);
    return term ? [{ kind: 'term', line, ...term }] : [{ kind: 'paragraph', line, text }];
  };

  /** A sentence broken across lines (a PDF's or an old page's hard wrap) is one paragraph again. */
  const continues = (items: Item[], line: Line): boolean => {
    const last = items.at(-1);
    if (!last || last.kind === 'term' || line.marker || line.structure || last.line.structure) return false;
    if (last.line.number + 1 !== line.number || endsLikeSentence(last.text) || /[:：]$/.test(last.text)) return false;
    return wordCount(last.text) >= WRAPPED_LINE_WORDS;
  };

  const place = (items: Item[], line: Line, kind: SectionKind) => {
    if (continues(items, line)) {
      const last = items.at(-1) as Exclude<Item, { kind: 'term' }>;
      last.text = unmirrorBrackets(`${last.text} ${line.body}`);
      return;
    }
    items.push(...contentItem(line, line.body, kind));
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.structure?.kind === 'row') {
      // A table: its rows run together. Services join the appendix; any other table is text
      // where it stands.
      const table = line.structure.table;
      const rows: SourceLine[] = [];
      while (lines[index]?.structure?.kind === 'row' && (lines[index]!.structure as { table: number }).table === table) rows.push(toSourceLine(lines[index++]!));
      index--;
      const read = readTable(rows, warnings);
      if ('services' in read) tableServices.push(...read.services);
      else {
        for (const row of read.lines) {
          const rowLine: Line = { number: row.number, ...(row.where ? { where: row.where } : {}), marker: null, body: row.text, ...(row.structure ? { structure: row.structure } : {}) };
          if (current === null) preamble.push(rowLine);
          else if (current === 'appendix') warn(rowLine, 'appendix-line', row.text);
          else place(current.items, rowLine, current.kind);
        }
      }
      continue;
    }
    const heading = detectHeading(line, index);
    if (heading) {
      if (heading.kind === 'appendix' && appendix !== null) {
        // A second appendix heading continues the first: its rows are kept with them.
        warn(line, 'duplicate-section', heading.title, appendix.line.where ?? String(appendix.line.number));
        current = 'appendix';
        if (heading.rest) appendix.lines.push({ number: line.number, text: heading.rest });
      } else if (heading.kind === 'appendix') {
        appendix = { title: heading.title, line, lines: [] };
        current = 'appendix';
        if (heading.rest) appendix.lines.push({ number: line.number, text: heading.rest });
      } else {
        const draft: Draft = { kind: heading.kind, title: heading.title, line, items: [] };
        drafts.push(draft);
        current = draft;
        if (heading.rest) draft.items.push(...contentItem({ ...line, marker: null }, heading.rest, draft.kind));
      }
      continue;
    }
    if (current === null) preamble.push(line);
    else if (current === 'appendix') appendix!.lines.push({ number: line.number, text: line.marker ? `${markerText(line)}${line.body}` : line.body, ...(line.where ? { where: line.where } : {}) });
    else place(current.items, line, current.kind);
  }

  if (lines.length === 0) warn({ number: 1 }, 'empty');

  // The title: the best title-like line before the first heading; lines before it are the page's.
  const titleIndex = pickTitle(preamble);
  const titleLine = titleIndex >= 0 ? preamble[titleIndex] : undefined;
  const title = options.title ?? (titleLine ? cleanTitle(titleLine.body) : undefined);
  if (titleLine && title !== undefined && options.title === undefined && searchKey(title) !== searchKey(titleLine.body.replace(/["“”«»]/g, ''))) {
    // «عنوان عنوان»: a page that printed its heading twice on one line; one copy is kept.
    warn(titleLine, 'repeated-title', titleLine.body);
  }
  const facts = title ? readTitle(title) : {};
  // Around the title: the page's own lines above it, a line naming the agency, and the lead.
  const leadLines: Line[] = [];
  const beforeTitle: Line[] = [];
  const agencyLines: Line[] = [];
  preamble.forEach((line, index) => {
    if (line === titleLine) return;
    if (titleLine && (searchKey(line.body) === searchKey(titleLine.body) || (looksLikeTitle(line.body) && index < titleIndex + 2 && titleScore(line.body) <= titleScore(titleLine.body)))) {
      warn(line, 'repeated-title', line.body);
    } else if (isOrganisationName(line.body)) agencyLines.push(line);
    else if (index < titleIndex) beforeTitle.push(line);
    else leadLines.push(line);
  });

  // A statement with no heading is still a statement: one section of its lead and points.
  if (drafts.length === 0) {
    const lead = leadLines;
    const lang = options.lang ?? 'fa';
    const draft: Draft = { kind: 'other', title: WHOLE_TEXT_TITLE[lang] ?? WHOLE_TEXT_TITLE['fa']!, line: lead[0] ?? titleLine ?? { number: 1, marker: null, body: '' }, items: [] };
    for (const line of lead) place(draft.items, line, 'other');
    if (lead.length > 0 || appendix === null) warn(draft.line, 'no-headings');
    if (draft.items.length > 0) drafts.push(draft);
  } else if (leadLines.length > 0) {
    // The lead before the first heading («بدینوسیله … به اطلاع میرساند:») introduces the
    // statement: it opens the introduction, or is one when the statement has none first.
    let first = drafts[0]!;
    if (first.kind !== 'introduction') {
      first = { kind: 'introduction', title: '', line: leadLines[0]!, items: [] };
      drafts.unshift(first);
      warn(leadLines[0]!, 'lead-introduction');
    }
    const items: Item[] = [];
    for (const line of leadLines) place(items, line, first.kind);
    first.items.unshift(...items);
  }

  const sections = drafts.map((draft) => toSection(draft, warn));
  noteRepeatedSections(drafts, warn);

  // The provider: given, or the organisation the text names with the most weight.
  const allItems = drafts.flatMap((draft) => draft.items);
  const evidence: { text: string; source: ProviderSource }[] = [];
  for (const item of allItems) {
    if (item.kind === 'term' && PROVIDER_TERMS.has(searchKey(item.term))) evidence.push({ text: item.text.replace(/[.。]+$/, '').trim(), source: 'definition' });
  }
  if (facts.agency) evidence.push({ text: ` ${facts.agency} `, source: 'title' });
  for (const line of agencyLines) evidence.push({ text: ` ${line.body} `, source: 'line' });
  for (const draft of drafts) evidence.push({ text: ` ${draft.title} `, source: 'text' });
  for (const item of allItems) evidence.push({ text: ` ${itemText(item)} `, source: 'text' });
  const guess = options.provider?.name === undefined ? guessProvider(evidence) : undefined;
  const providerName = options.provider?.name ?? guess?.name;
  if (!providerName) warn(titleLine ?? { number: 1 }, 'no-provider');
  else if (guess?.source === 'text') warn(titleLine ?? drafts[0]?.line ?? { number: 1 }, 'provider-guessed', guess.name, guess.source);

  for (const line of beforeTitle) warn(line, 'before-title', line.body);
  // The provider's name is in the statement once: a page that printed it twice loses a copy.
  let providerLineSeen = false;
  for (const line of agencyLines) {
    if (!providerName || searchKey(line.body) !== searchKey(providerName)) warn(line, 'other-agency', line.body, providerName);
    else if (providerLineSeen) warn(line, 'repeated-agency', line.body);
    else providerLineSeen = true;
  }

  let finalTitle = title;
  if (finalTitle === undefined) {
    finalTitle = providerName ? `توافقنامه سطح خدمت ${providerName}` : 'توافقنامه سطح خدمت';
    warn({ number: 1 }, 'no-title', finalTitle);
  }

  const provider: Statement['provider'] = { name: providerName ?? '' };
  const url = options.provider?.url ?? findProviderUrl(allItems);
  if (url) provider.url = url;
  if (options.provider?.parent) provider.parent = options.provider.parent;

  // A statement about one service: named in its title, its id there or after «شناسه خدمت».
  const serviceId = facts.service?.id ?? allItems.map((item) => serviceIdInText(itemText(item))).find((id) => id !== undefined);
  const serviceName = facts.service?.name;
  const service =
    serviceName && !(providerName && searchKey(serviceName) === searchKey(providerName))
      ? { name: serviceName, ...(serviceId ? { id: serviceId } : {}) }
      : undefined;

  const term = drafts.find((draft) => draft.kind === 'term');
  const validity = term
    ? readValidity(term.items.length > 0 ? term.items.map((item) => ({ line: item.line.number, text: itemText(item) })) : [{ line: term.line.number, text: '' }], warnings)
    : undefined;

  const appendixItems = appendix ? readAppendix(appendix.lines, warnings) : [];
  if (appendix && appendixItems.length === 0 && tableServices.length === 0) warn(appendix.line, 'empty-section', appendix.title);
  const serviceItems = [...appendixItems, ...tableServices];
  const services =
    appendix || serviceItems.length > 0 ? { ...(appendix?.title ? { title: appendix.title } : {}), items: serviceItems } : undefined;

  // Members in the order of the format's description.
  const statement: Statement = {
    ...(options.schema ? { $schema: options.schema } : {}),
    version: FORMAT_VERSION,
    lang: options.lang ?? 'fa',
    title: finalTitle,
    provider,
    ...(service ? { service } : {}),
    ...(validity ? { validity: orderValidity(validity) } : {}),
    sections,
    ...(services ? { services } : {}),
  };

  warnings.sort((a, b) => a.line - b.line);
  return { statement, warnings };
}

function markerText(line: Line): string {
  return line.marker?.type === 'number' ? `${line.marker.value}- ` : line.marker?.type === 'bullet' ? '• ' : '';
}

function toSourceLine(line: Line): SourceLine {
  return { number: line.number, text: line.body, ...(line.where ? { where: line.where } : {}), ...(line.structure ? { structure: line.structure } : {}) };
}

/** The index of the best title among the lines before the first heading, or -1. */
function pickTitle(preamble: readonly Line[]): number {
  let best = -1;
  preamble.forEach((line, index) => {
    if (!looksLikeTitle(line.body)) return;
    const score = titleScore(line.body);
    const bestScore = best < 0 ? -1 : titleScore(preamble[best]!.body);
    // «بیانیه سطح توافق خدمات» then «بیانیه سطح توافق خدمات در تارنما»: the fuller one.
    const [key, bestKey] = [searchKey(line.body), best < 0 ? '' : searchKey(preamble[best]!.body)];
    const fuller = best >= 0 && score === bestScore && key.length > bestKey.length && key.startsWith(bestKey);
    if (score > bestScore || fuller) best = index;
  });
  return best;
}

/**
 * The lines to place: empty lines, page chrome and lines of punctuation alone are taken out
 * (each chrome and punctuation line with a warning), markers are split off, and a line that
 * holds several pieces (bullets typed inline, headings run into one paragraph) is split.
 */
function prepare(source: readonly SourceLine[], warn: Warn): Line[] {
  const lines: Line[] = [];
  for (const sourceLine of source) {
    const text = trimLine(sourceLine.text);
    if (!text) continue;
    const where = sourceLine.where;
    const at = { number: sourceLine.number, ...(where ? { where } : {}) };
    const { marker, body } = sourceLine.structure ? { marker: null, body: text } : splitMarker(text);
    const rule = chromeRule(body);
    if (rule && sourceLine.structure?.kind !== 'heading') {
      warn(at, 'chrome', text, rule);
      continue;
    }
    if (isPunctuationOnly(text)) {
      warn(at, 'punctuation', text);
      continue;
    }
    const fixed = unreverseLatin(body);
    if (fixed !== body) warn(at, 'reversed-latin', body, fixed);
    if (sourceLine.structure) {
      lines.push({ ...at, marker, body: unmirrorBrackets(fixed), structure: sourceLine.structure });
      continue;
    }
    for (const piece of splitPieces(fixed)) {
      lines.push({ ...at, marker: piece.bullet ? { type: 'bullet' } : piece.heading ? null : marker, body: unmirrorBrackets(piece.text) });
    }
  }
  return lines;
}

/** One line's pieces: the lead and its inline bullets, or the headings run into a paragraph. */
function splitPieces(body: string): { text: string; bullet?: boolean; heading?: boolean }[] {
  const bullets = body.split(INLINE_BULLET);
  if (bullets.length >= 3) {
    const [lead, ...items] = bullets.map((piece) => trimLine(piece));
    return [...(lead ? [{ text: lead }] : []), ...items.filter(Boolean).map((text) => ({ text, bullet: true }))];
  }
  const runIn = splitRunInHeadings(body);
  if (runIn.length < 2) return [{ text: body }];
  return runIn.flatMap(({ heading, text }) => [
    ...(heading ? [{ text: `${heading}:`, heading: true }] : []),
    ...(text ? [{ text }] : []),
  ]);
}

/**
 * Points whose bullets were lost on the way: lines between item 2 and item 3 of a numbered
 * list are its sub-items, and short lines after a sentence that announces them («… به ترتیب
 * زیر ارائه دهد :») are its points. Either way they stay a list.
 */
function withImpliedItems(items: readonly Item[]): Item[] {
  const result = [...items];
  for (let index = 1; index < result.length; index++) {
    const before = result[index - 1]!;
    if (before.kind !== 'paragraph' || !/[:：]$/.test(before.text) || wordCount(before.text) <= MAX_TERM_WORDS) continue;
    for (let at = index; result[at]?.kind === 'paragraph'; at++) {
      const point = result[at] as { line: Line; text: string };
      if (wordCount(point.text) > MAX_POINT_WORDS || endsLikeSentence(point.text) || /[:：]$/.test(point.text)) break;
      result[at] = { kind: 'item', line: point.line, text: point.text };
    }
  }
  for (let index = 0; index < result.length; index++) {
    const before = result[index - 1];
    if (result[index]!.kind !== 'paragraph' || before?.kind !== 'item' || before.number === undefined) continue;
    let end = index;
    while (result[end]?.kind === 'paragraph' && !/[:：]$/.test((result[end] as { text: string }).text)) end++;
    const after = result[end];
    if (after?.kind !== 'item' || after.number !== before.number + 1) continue;
    for (let at = index; at < end; at++) {
      const paragraph = result[at] as { line: Line; text: string };
      result[at] = { kind: 'item', line: paragraph.line, text: paragraph.text };
    }
    index = end;
  }
  return result;
}

/** A few words and no punctuation: perhaps a sub-heading or a term that lost its colon. */
const isShortLine = (text: string) => wordCount(text) <= SHORT_LINE_WORDS && !endsLikeSentence(text) && !/[:：]$/.test(text);

const isList = (block: Block | undefined): block is ListBlock => typeof block === 'object' && Array.isArray(block.list);
const isTerms = (block: Block | undefined): block is TermsBlock => typeof block === 'object' && Array.isArray(block.terms);

/** Paragraphs, lists and definitions from the lines under one heading. */
function toSection(draft: Draft, warn: Warn): Section {
  const content: Block[] = [];
  const items = withImpliedItems(draft.items);
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
      const shortAmongTerms = isTerms(last) && isShortLine(item.text);
      if ((label || shortAmongTerms) && next?.kind === 'paragraph' && labelOf(next.text) === null) {
        // «خدمات تعاملی» without its colon, after «خدمات اطلاع رسانی: …»: a term like the others.
        if (!label) warn(item.line, 'short-line-term', item.text);
        term = { term: label ?? item.text, text: next.text };
        index++;
      }
    }
    if (term) {
      if (isTerms(last)) last.terms.push({ term: term.term, text: term.text });
      else content.push({ terms: [{ term: term.term, text: term.text }] });
      continue;
    }
    content.push(item.text);
    if (isShortLine(item.text) && next?.kind === 'paragraph') warn(item.line, 'short-line', item.text);
  }
  if (content.length === 0) warn(draft.line, 'empty-section', draft.title);
  return draft.title ? ({ kind: draft.kind, title: draft.title, content } as Section) : ({ kind: draft.kind, content } as Section);
}

function noteRepeatedSections(drafts: readonly Draft[], warn: Warn): void {
  for (const draft of drafts) {
    if (draft.kind === 'other') continue;
    const first = drafts.find((other) => other.kind === draft.kind)!;
    if (first === draft) continue;
    warn(draft.line, 'duplicate-section', draft.title || draft.kind, first.line.where ?? String(first.line.number));
  }
}

function findProviderUrl(items: readonly Item[]): string | undefined {
  for (const item of items) {
    if (item.kind === 'term' && SITE_TERMS.has(searchKey(item.term))) {
      const url = findWebAddress(item.text);
      if (url) return url;
    }
  }
  for (const item of items) {
    const url = findWebAddress(itemText(item));
    if (url) return url;
  }
  return undefined;
}
