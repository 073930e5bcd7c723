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
  ['introduction', /^(?:مقدمه|پیشگفتار|کلیات|مقدمهوکلیات|کلیاتومقدمه)$/],
  ['purpose', new RegExp(`^(?:هدف|اهداف|هدفها|هدف${AGREEMENT}|هدفازتدوین${AGREEMENT}|اهداف${AGREEMENT})$`)],
  ['definitions', /^(?:تعاریف|تعریفها|تعاریفواصطلاحات|اصطلاحاتوتعاریف|اصطلاحات|واژگان|واژهنامه)$/],
  ['responsibility', new RegExp(`^(?:مسیولیت|مسولیت|مسوولیت)(?:ها)?(?:دستگاه|قانونی|قانونیدستگاه|ارایهدهنده|ارایهدهنده${SERVICE}|طرفین)?$`)],
  ['obligations', /^تعهدات(?:طرفین|متقابل.*|.*(?:گیرنده|دهنده|دستگاه|متقاضی|اربابرجوع).*)?$/],
  ['costs', /^(?:هزینه|هزینهها|پرداخت|پرداختها)(?:و(?:پرداخت|پرداختها|هزینه|هزینهها|تعرفه|تعرفهها))?$/],
  ['term', new RegExp(`^(?:دورهعملکرد|دورهاعتبار|مدتاعتبار|مدت${AGREEMENT}|مدتزماناعتبار|دورهزمانیعملکرد|مدتوزماناعتبار)(?:${AGREEMENT})?$`)],
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
  const title = headingTitle(text);
  if (!title || wordCount(title) > MAX_HEADING_WORDS) return null;
  const key = searchKey(title).replace(/[.:：]/g, '');
  for (const [kind, pattern] of HEADINGS) if (pattern.test(key)) return kind;
  return null;
}
