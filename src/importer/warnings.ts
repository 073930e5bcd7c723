/**
 * What the importer could not place or had to guess, as data: a code, the line of the input it
 * is about, and the text concerned. `describeImportWarning` words it in Persian or English.
 */

export type ImportWarningCode =
  /** The input has no text. */
  | 'empty'
  /** A line before the first heading that is neither the title nor page chrome; left out. */
  | 'unplaced'
  /** No line looked like the statement's title; one was made from the provider's name. */
  | 'no-title'
  /** The provider's name was found nowhere (definitions, responsibility, title). */
  | 'no-provider'
  /** No heading of the template was recognised; the text could not be divided into sections. */
  | 'no-headings'
  /** A numbered heading that is not one of the template's: imported as kind "other". */
  | 'other-heading'
  /** A short line without punctuation, kept as a paragraph: it may be a sub-heading or a term. */
  | 'short-line'
  /** A section of a kind that already appeared (`value`: the line of the first one). */
  | 'duplicate-section'
  /** A heading with nothing under it. */
  | 'empty-section'
  /** The term section gives no end date and does not say it is permanent. */
  | 'no-end-date'
  /** A date that does not exist in the Jalali calendar; not used. */
  | 'date-invalid'
  /** A date whose parts could be read either way; read as day/month/year (`value`). */
  | 'date-ambiguous'
  /** Several different end dates; the first (`value`) was used. */
  | 'dates-differ'
  /** An appendix table column whose header is not a known one; read as the unit column. */
  | 'table-column'
  /** An appendix table row with a different number of cells than the header. */
  | 'table-row'
  /** A line in the appendix that is neither a table row nor a list item; left out. */
  | 'appendix-line';

export interface ImportWarning {
  /** 1-based line of the input. */
  line: number;
  /** Where it is when a line number says little: a Word file's «paragraph 12». */
  where?: string;
  code: ImportWarningCode;
  /** The text concerned, as written (shortened). */
  text?: string;
  /** A detail: the value used, the kind chosen, the line of an earlier section… */
  value?: string;
}

const quote = (text = '', lang: 'fa' | 'en') => {
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return lang === 'fa' ? `«${short}»` : `"${short}"`;
};

/** One sentence for a warning, without the line number (the caller shows it its own way). */
export function describeImportWarning(warning: ImportWarning, lang: 'fa' | 'en' = 'en'): string {
  const text = quote(warning.text, lang);
  const value = warning.value ?? '';
  const fa = lang === 'fa';
  switch (warning.code) {
    case 'empty':
      return fa ? 'متنی برای تبدیل وجود ندارد.' : 'There is no text to import.';
    case 'unplaced':
      return fa
        ? `سطر ${text} پیش از نخستین عنوان آمده و جایی برای آن پیدا نشد؛ کنار گذاشته شد.`
        : `${text} comes before the first heading and could not be placed; it was left out.`;
    case 'no-title':
      return fa
        ? `عنوان توافقنامه پیدا نشد؛ ${text} به کار رفت.`
        : `No title line was found; ${text} was used.`;
    case 'no-provider':
      return fa
        ? 'نام دستگاه ارائه‌دهنده پیدا نشد؛ provider.name را در JSON بنویسید.'
        : 'The provider\'s name was not found; fill in provider.name in the JSON.';
    case 'no-headings':
      return fa
        ? 'هیچ یک از عنوان‌های الگوی توافقنامه (مقدمه، هدف، تعاریف، …) پیدا نشد.'
        : 'None of the template\'s headings (introduction, purpose, definitions, …) was found.';
    case 'other-heading':
      return fa
        ? `عنوان ${text} از عنوان‌های الگو نیست؛ به صورت بخشی از نوع other وارد شد.`
        : `${text} is not one of the template's headings; imported as a section of kind "other".`;
    case 'short-line':
      return fa
        ? `سطر کوتاه ${text} به صورت بند متن نگه داشته شد؛ اگر عنوان یا اصطلاح است، JSON را اصلاح کنید.`
        : `The short line ${text} was kept as a paragraph; if it is a sub-heading or a term, change it in the JSON.`;
    case 'duplicate-section':
      return fa
        ? `بخش ${text} تکرار بخش هم‌نوع سطر ${value} است؛ هر دو نگه داشته شدند.`
        : `The section ${text} repeats the section of the same kind at line ${value}; both were kept.`;
    case 'empty-section':
      return fa ? `زیر عنوان ${text} متنی نیست.` : `There is no text under the heading ${text}.`;
    case 'no-end-date':
      return fa
        ? 'در بخش دوره عملکرد تاریخ پایانی پیدا نشد و دائمی بودن هم گفته نشده است؛ validity را در JSON بنویسید.'
        : 'The term section gives no end date and does not say it is permanent; fill in validity in the JSON.';
    case 'date-invalid':
      return fa
        ? `تاریخ ${text} در تقویم شمسی وجود ندارد و به کار نرفت.`
        : `The date ${text} does not exist in the Jalali calendar; it was not used.`;
    case 'date-ambiguous':
      return fa
        ? `تاریخ ${text} به صورت روز/ماه/سال خوانده شد: ${value}.`
        : `The date ${text} was read as day/month/year: ${value}.`;
    case 'dates-differ':
      return fa
        ? `تاریخ پایان ${text} با تاریخ پایان دیگری (${value}) فرق دارد؛ ${value} به کار رفت.`
        : `The end date ${text} differs from another one (${value}); ${value} was used.`;
    case 'table-column':
      return fa
        ? `سرستون ${text} شناخته نشد؛ به عنوان ستون «واحد» خوانده شد.`
        : `The column header ${text} is not a known one; it was read as the unit column.`;
    case 'table-row':
      return fa
        ? `ردیف ${text} جدول پیوست ${value} خانه دارد، نه به اندازه ستون‌ها.`
        : `Row ${text} of the appendix table has ${value} cells, not one per column.`;
    case 'appendix-line':
      return fa
        ? `سطر ${text} در پیوست نه ردیف جدول است نه بند فهرست؛ کنار گذاشته شد.`
        : `${text} in the appendix is neither a table row nor a list item; it was left out.`;
  }
}
