/**
 * The national template's headings in the forms agencies publish them. Matching is on
 * searchKey (src/text/persian-text.ts): Arabic ي/ك, digits, ZWNJ and spacing do not matter, so
 * «مسئوليت ها», «مسئولیت‌ها» and «مسئولیتها» are one heading. Each pattern matches a whole
 * heading, never the start of a sentence: «هدف از این توافقنامه …» is a paragraph.
 */
import type { SectionKind } from '../format/schema.js';
import { searchKey } from '../text/persian-text.js';
import { trimLine, wordCount } from './lines.js';

export type HeadingKind = Exclude<SectionKind, 'other'> | 'appendix';

/** Keys have no spaces; ئ folds to ی and ؤ to و (مسئولیت → مسیولیت, مسؤولیت → مسوولیت). */
const AGREEMENT = '(?:توافقنامه|موافقتنامه|تفاهمنامه|قرارداد)';
const SERVICE = '(?:خدمت|خدمات)';

const HEADINGS: readonly (readonly [HeadingKind, RegExp])[] = [
  ['introduction', /^(?:مقدمه|پیشگفتار|کلیات|مقدمهوکلیات|کلیاتومقدمه|شرحکلی)$/],
  ['purpose', new RegExp(`^(?:هدف|اهداف|هدفها)(?:از)?(?:تدوین|این)?(?:${AGREEMENT})?(?:سطح${SERVICE})?$`)],
  ['definitions', /^(?:تعاریف|تعریفها|تعاریفواصطلاحات|اصطلاحاتوتعاریف|تعاریفومفاهیم|مفاهیمواصطلاحات|اصطلاحات|واژگان|واژهنامه)$/],
  [
    'responsibility',
    new RegExp(
      `^(?:مسیولیت|مسولیت|مسوولیت)(?:ها|های)?(?:دستگاه|دستگاهاجرایی|قانونی|قانونیدستگاه|ارایهدهنده|ارایهدهنده${SERVICE}|ارایه${SERVICE}|سازمان|طرفین|کاربران|کاربر|خدمتگیرنده|خدمتگیرندگان|متقاضی|متقاضیان|شهروندان)?$`,
    ),
  ],
  ['obligations', /^(?:تعهدات.*|وظایفوتعهدات.*|(?:وظایف|تعهدات)(?:متقابل)?(?:طرفین|کاربران|خدمتگیرنده|دستگاه).*)$/],
  ['costs', /^(?:هزینه|هزینهها|پرداخت|پرداختها|تعرفه|تعرفهها)(?:ی?(?:خدمت|خدمات))?(?:و(?:پرداخت|پرداختها|هزینه|هزینهها|تعرفه|تعرفهها))?$/],
  ['term', new RegExp(`^(?:دورهعملکرد|دورهاعتبار|مدتاعتبار|اعتبار|مدت${AGREEMENT}|مدتزماناعتبار|دورهزمانیعملکرد|مدتوزماناعتبار|زماناعتبار)(?:${AGREEMENT})?$`)],
  ['termination', new RegExp(`^(?:(?:خاتمه|فسخ)(?:و(?:خاتمه|فسخ))?${AGREEMENT}?|پایان${AGREEMENT})$`)],
  ['confidentiality', /^(?:حفظ)?(?:محرمانگی|محرمانهبودن|محرمانهماندن|رازداری)(?:اطلاعات)?(?:و(?:امنیت|حریمخصوصی)(?:اطلاعات)?)?$|^(?:حریمخصوصی|امنیتومحرمانگیاطلاعات)$/],
  ['availability', new RegExp(`^(?:دسترسپذیری|دسترسیپذیری|دردسترسبودن|قابلیتدسترسی)(?:${SERVICE})?$`)],
  ['maintenance', new RegExp(`^(?:(?:نگهداری|پشتیبانی)(?:و(?:تغییرات|پشتیبانی|نگهداری|بهروزرسانی|بروزرسانی))?|تغییرات)(?:${SERVICE})?$`)],
  ['appendix', new RegExp(`^(?:پیوست|پیوستها|ضمیمه|ضمایم)\\d*(?:فهرست${SERVICE}|جدول${SERVICE}|${SERVICE})?$|^(?:فهرست|جدول)${SERVICE}$`)],
];

/** Longer lines are prose, whatever words they use. */
const MAX_HEADING_WORDS = 10;

/** A heading's title as written, without the trailing colon, dash or dot agencies put after it. */
export function headingTitle(text: string): string {
  return trimLine(text.replace(/[\s\u00A0:：.\-–—ـ]+$/, ''));
}

export function headingKind(text: string): HeadingKind | null {
  return readHeading(text)?.kind ?? null;
}

export interface HeadingMatch {
  kind: HeadingKind;
  /** A second template heading joined to the first («مقدمه و هدف»): the section takes the first. */
  joined?: HeadingKind;
}

/** The template heading a line is, alone or as two joined by «و». */
export function readHeading(text: string): HeadingMatch | null {
  const title = headingTitle(text);
  if (!title || wordCount(title) > MAX_HEADING_WORDS) return null;
  const key = searchKey(title).replace(/[.:：]/g, '');
  const kind = kindOfKey(key);
  if (kind) return { kind };
  for (let at = key.indexOf('و', 1); at > 0; at = key.indexOf('و', at + 1)) {
    const first = kindOfKey(key.slice(0, at));
    const second = first && kindOfKey(key.slice(at + 1));
    if (first && second && first !== second) return { kind: first, joined: second };
  }
  return null;
}

/**
 * A paragraph with headings run into it, «مقدمه : متن اول . هدف متن دوم . مسئولیت : متن سوم»:
 * its pieces, each with the heading before it. A heading is found where a sentence starts;
 * followed by a colon it is certain, and once one was, a heading without a colon is taken
 * too, unless the sentence merely starts with the word («هدف از این …»).
 */
export function splitRunInHeadings(text: string): { heading?: string; text: string }[] {
  const starts = [0, ...[...text.matchAll(/[.؛!?؟]\s+/g)].map((match) => match.index + match[0].length)];
  const found: { at: number; heading: string; end: number; colon: boolean }[] = [];
  for (const start of starts) {
    const words = text.slice(start).split(/(\s+)/);
    let prefix = '';
    for (let index = 0, count = 0; index < words.length && count < MAX_RUN_IN_WORDS; index += 2, count++) {
      prefix += (index > 0 ? words[index - 1] : '') + words[index];
      const colon = /^\s*[:：\-–]\s*/.exec(text.slice(start + prefix.length));
      const bare = prefix.replace(/[:：\-–]$/, '');
      if (!readHeading(bare)) continue;
      const end = start + prefix.length + (colon?.[0].length ?? 0);
      const after = text.slice(end);
      if (!after.trim()) break;
      found.push({ at: start, heading: headingTitle(bare), end, colon: colon !== null || /[:：]$/.test(prefix) });
      break;
    }
  }
  const withColon = found.filter((heading) => heading.colon).length;
  const headings = found.filter((heading) => heading.colon || (withColon > 0 && !/^\s*(?:از|این|ازاین)\s/.test(text.slice(heading.end))));
  if (headings.length < 2) return [{ text }];
  const pieces: { heading?: string; text: string }[] = [];
  if (headings[0]!.at > 0) pieces.push({ text: trimLine(text.slice(0, headings[0]!.at)) });
  headings.forEach((heading, index) => {
    pieces.push({ heading: heading.heading, text: trimLine(text.slice(heading.end, headings[index + 1]?.at ?? text.length)) });
  });
  return pieces;
}

/** A heading run into a paragraph is short. */
const MAX_RUN_IN_WORDS = 6;

function kindOfKey(key: string): HeadingKind | null {
  for (const [kind, pattern] of HEADINGS) if (pattern.test(key)) return kind;
  return null;
}
