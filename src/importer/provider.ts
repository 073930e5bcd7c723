/**
 * Who provides the service: the agency's name as the statement writes it. Statements name it in
 * a dozen ways («خدمت دهنده: X», «X موافقت می کند …», «به X اجازه می دهد», «توسط X», «پورتال X»,
 * the title, a line above the title), so every name of an organisation in the text is a
 * candidate, each place it appears adds to its weight, and the heaviest wins. Only a definition
 * «خدمت دهنده: X» is certain; any other source is a guess the author is told about.
 */
import { foldWithOrigin, searchKey } from '../text/persian-text.js';
import { originalSlice, trimLine } from './lines.js';

/** Where a name was found, strongest first. */
export type ProviderSource = 'definition' | 'title' | 'line' | 'text';

export interface ProviderGuess {
  name: string;
  source: ProviderSource;
}

/** Words an organisation's name starts with (folded: ی, ک, no ZWNJ). */
const ORGANISATION = [
  'اداره کل',
  'اداره',
  'شرکت',
  'سازمان',
  'وزارت',
  'دانشگاه',
  'دانشکده',
  'استانداری',
  'فرمانداری',
  'شهرداری',
  'مرکز',
  'منطقه ویژه',
  'منطقه آزاد',
  'پژوهشگاه',
  'موسسه',
  'بنیاد',
  'بانک',
  'بیمه',
  'صندوق',
  'ستاد',
  'معاونت',
  'گمرک',
  'دادگستری',
  'اتاق',
  'جمعیت هلال احمر',
];
const HEAD = new RegExp(`(?:^|[\\s"«“”'(\\[])(${ORGANISATION.map((word) => word.replace(/ /g, '\\s?')).join('|')})\\s`, 'g');

/** Words that end a name: verbs, prepositions and the words that follow a name in a sentence. */
const STOP_WORDS = new Set(
  [
    'را', 'به', 'در', 'که', 'با', 'از', 'جهت', 'برای', 'بر', 'تا', 'این', 'آن', 'است', 'بوده', 'باشد', 'میباشد', 'می', 'نمی',
    'موافقت', 'اجازه', 'مسئول', 'مسیول', 'موظف', 'متعهد', 'کیفیت', 'ارائه', 'ارایه', 'مجهز', 'خدمات', 'خدمت', 'همچون',
    'دارای', 'نسبت', 'طی', 'ضمن', 'بنا', 'طبق', 'مطابق', 'اعم', 'دارد', 'دارند', 'میکند', 'کرده', 'نموده', 'شده', 'گردیده',
    'تدوین', 'تهیه', 'تنظیم', 'ابلاغ', 'اعلام', 'منتشر', 'مانند', 'بصورت', 'تمام',
  ].map(searchKey),
);
/** Suffixes of place names that a lost line break glues to the next word: «رضویاهدای». */
const GLUED_PLACE = /^(رضوی|شمالی|جنوبی|شرقی|غربی|مرکزی|بختیاری|بویراحمد|بلوچستان)(.{2,})$/;
const MAX_NAME_WORDS = 12;

/** The organisation names in one text, as written, in order. */
export function organisationNames(text: string): string[] {
  const folded = foldWithOrigin(text);
  const names: string[] = [];
  for (const match of folded.folded.matchAll(HEAD)) {
    const start = match.index + match[0].indexOf(match[1]!);
    const end = nameEnd(folded.folded, start + match[1]!.length);
    if (end <= start + match[1]!.length) continue;
    names.push(originalSlice(folded, start, end));
  }
  return names;
}

/** Where the name that starts before `from` ends: at a stop word, a sign, or a clause's comma. */
function nameEnd(folded: string, from: number): number {
  const word = /\s*([^\s،,.:؛;()«»"“”'\[\]!?؟]+)|\s*([،,])/y;
  let end = from;
  let words = 0;
  word.lastIndex = from;
  for (let match = word.exec(folded); match; match = word.exec(folded)) {
    if (match[2]) {
      // «راه، مسکن و شهرسازی»: a comma inside a name is followed by «و» within two words.
      const ahead = folded.slice(word.lastIndex).trim().split(/\s+/, 3);
      if (!(ahead[1] === 'و' || ahead[2] === 'و')) break;
      continue;
    }
    const token = match[1]!;
    const glued = GLUED_PLACE.exec(token);
    if (glued) return word.lastIndex - glued[2]!.length;
    if (STOP_WORDS.has(searchKey(token)) || /^\d/.test(token) || ++words > MAX_NAME_WORDS) break;
    end = word.lastIndex;
  }
  // A name ends with a word, never with «و»: «شرکت آب و» is cut before its «و».
  return folded.slice(0, end).replace(/\s+و$/, '').length;
}

interface Evidence {
  text: string;
  source: ProviderSource;
}

const WEIGHT: Record<ProviderSource, number> = { definition: 100, title: 4, line: 4, text: 1 };
/** Phrases that say whose service it is, right around a name. */
const ROLE_BEFORE = /(?:توسط|از طرف|از سوی|به|به نام|پورتال|تارنمای|تارنما|سایت|وب سایت|وبگاه|درگاه)[\s\[«"“(]*$/;
const ROLE_AFTER = /^[\s\]»"”)]*(?:موافقت|اجازه|مسئول|مسیول|موظف|متعهد|ارائه دهنده|ارایه دهنده)/;
/** A longer name stands when it keeps this share of the weight of the name it extends. */
const EXTENSION_SHARE = 0.5;

/** Names word by word: each node is a name so far, with the weight of every mention through it. */
interface NameNode {
  weight: number;
  /** The name as first written, up to this word. */
  name: string;
  source: ProviderSource;
  order: number;
  next: Map<string, NameNode>;
}

/**
 * The provider: the organisation named with the most weight (a title or a line of its own
 * counts four times a mention; a mention that says it provides the service, twice).
 *
 * A mention's end is only a guess («… همدان، بیست و چهار خدمت»), so mentions are laid word by
 * word in a tree: the name is the heaviest first two words, extended while the longer name
 * keeps most of the weight, that is, while most mentions agree on the next word.
 */
export function guessProvider(evidence: readonly Evidence[]): ProviderGuess | undefined {
  const root: NameNode = { weight: 0, name: '', source: 'text', order: 0, next: new Map() };
  let order = 0;
  for (const { text, source } of evidence) {
    const folded = foldWithOrigin(text).folded;
    const names = source === 'definition' ? [text] : organisationNames(text);
    for (const name of names) {
      const foldedName = foldWithOrigin(name).folded;
      const at = folded.indexOf(foldedName);
      const role = at >= 0 && (ROLE_BEFORE.test(folded.slice(0, at)) || ROLE_AFTER.test(folded.slice(at + foldedName.length))) ? 2 : 1;
      const weight = WEIGHT[source] * role;
      const words = name.split(/\s+/);
      let node = root;
      words.forEach((word, index) => {
        const key = searchKey(word);
        let child = node.next.get(key);
        if (!child) {
          child = { weight: 0, name: words.slice(0, index + 1).join(' '), source, order: order++, next: new Map() };
          node.next.set(key, child);
        }
        child.weight += weight;
        if (WEIGHT[source] > WEIGHT[child.source]) child.source = source;
        node = child;
      });
    }
  }
  const heaviest = (nodes: Iterable<NameNode>) => [...nodes].sort((a, b) => b.weight - a.weight || a.order - b.order)[0];
  // The first two words («اداره کل», «شرکت آب») say little alone: start from the heaviest pair.
  const pairs = [...root.next.values()].flatMap((head) => [...head.next.values()]);
  let node = heaviest(pairs);
  if (!node) return undefined;
  for (let next = heaviest(node.next.values()); next && next.weight > node.weight * EXTENSION_SHARE; next = heaviest(node.next.values())) node = next;
  return { name: trimLine(node.name), source: node.source };
}

/** True when a text is an organisation's name and nothing else («شرکت توزیع نیروی برق …»). */
export function isOrganisationName(text: string): boolean {
  const names = organisationNames(` ${text} `);
  return names.length > 0 && searchKey(names[0]!) === searchKey(text);
}
