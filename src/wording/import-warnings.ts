/**
 * Import warnings in words, Persian and English: what happened and what to do. The one wording
 * of them, for the editor and the CLI alike (the line or location is shown by the caller).
 */
import type { ImportWarning } from '../importer/warnings.js';
import { quote, type Language } from './quote.js';

/** Column names for 'table-cell': Persian, English, and what to do in each when it is not the default. */
const CELL_COLUMNS: Record<string, [string, string, string?, string?]> = {
  visits: ['تعداد مراجعه حضوری', 'visits', 'تعداد را با رقم بنویسید (مثلاً ۱).', 'Write the count as a number (e.g. 1).'],
  audience: ['نوع خدمت', 'audience', 'از G2C، G2B، G2G یا G2E (یا شهروندان، کسب‌وکار، دستگاه‌ها، کارکنان) استفاده کنید.', 'Use G2C, G2B, G2G or G2E (citizens, businesses, agencies, employees).'],
  channels: ['شیوه ارائه', 'channels', 'از اینترنتی، اپلیکیشن، پیامک، تلفن، پیشخوان، پست یا حضوری استفاده کنید.', 'Use web, app, sms, phone, pishkhan, post or in-person.'],
  url: ['پیوند', 'link', 'نشانی کامل با https:// بنویسید.', 'Write the full address with https://.'],
};

/** Kinds of HTML content left out: Persian, English, and what to do. */
const LEFT_OUT: Record<string, [string, string, string, string]> = {
  nav: ['فهرست پیوندهای سایت (nav)', 'The site navigation (nav)', 'اگر بخشی از توافقنامه است، آن را در JSON بنویسید.', 'if it is part of the statement, add it to the JSON.'],
  header: ['سربرگ صفحه (header)', 'The page header (header)', 'اگر بخشی از توافقنامه است، آن را در JSON بنویسید.', 'if it is part of the statement, add it to the JSON.'],
  footer: ['پانویس صفحه (footer)', 'The page footer (footer)', 'اگر بخشی از توافقنامه است، آن را در JSON بنویسید.', 'if it is part of the statement, add it to the JSON.'],
  aside: ['کادر کناری (aside)', 'The side box (aside)', 'اگر بخشی از توافقنامه است، آن را در JSON بنویسید.', 'if it is part of the statement, add it to the JSON.'],
  form: ['فرم صفحه (form)', 'The page form (form)', 'اگر بخشی از توافقنامه است، آن را در JSON بنویسید.', 'if it is part of the statement, add it to the JSON.'],
  img: ['تصویر', 'The image', 'قالب توافقنامه فقط متن دارد؛ اگر تصویر متنی دارد، آن را در JSON بنویسید.', 'the format holds text only: if the image shows text, type it into the JSON.'],
  object: ['محتوای جاسازی‌شده', 'The embedded content', 'قالب توافقنامه فقط متن دارد؛ اگر متنی دارد، آن را در JSON بنویسید.', 'the format holds text only: if it shows text, type it into the JSON.'],
  element: ['بخش', 'The part', 'اگر بخشی از توافقنامه است، آن را در JSON بنویسید.', 'if it is part of the statement, add it to the JSON.'],
};

/** One sentence for a warning, without the line number (the caller shows it its own way). */
export function describeImportWarning(warning: ImportWarning, lang: Language = 'en'): string {
  const text = quote(warning.text, lang);
  const value = warning.value ?? '';
  const fa = lang === 'fa';
  switch (warning.code) {
    case 'empty':
      return fa ? 'متنی برای تبدیل وجود ندارد؛ متن توافقنامه را بچسبانید یا فایل آن را باز کنید.' : 'There is no text to import; paste the statement or open its file.';
    case 'unplaced':
      return fa
        ? `سطر ${text} جایی در توافقنامه پیدا نکرد و کنار گذاشته شد؛ اگر بخشی از متن است، آن را در ویرایشگر بیفزایید.`
        : `${text} could not be placed in the statement; it was left out. If it belongs to the statement, add it in the editor.`;
    case 'no-title':
      return fa
        ? `عنوان توافقنامه پیدا نشد؛ ${text} به کار رفت. اگر درست نیست، عنوان را اصلاح کنید.`
        : `No title line was found; ${text} was used. Correct the title if it is not right.`;
    case 'no-provider':
      return fa
        ? 'نام دستگاه ارائه‌دهنده پیدا نشد؛ provider.name را در JSON بنویسید.'
        : 'The provider\'s name was not found; fill in provider.name in the JSON.';
    case 'no-headings':
      return fa
        ? 'هیچ یک از عنوان‌های الگوی توافقنامه (مقدمه، هدف، تعاریف، …) پیدا نشد؛ متن به صورت یک بخش وارد شد. آن را در ویرایشگر به بخش‌های الگو تقسیم کنید.'
        : 'None of the template\'s headings (introduction, purpose, definitions, …) was found; the text was imported as one section. Divide it into the template\'s sections in the editor.';
    case 'other-heading':
      return fa
        ? `عنوان ${text} از عنوان‌های الگو نیست؛ به صورت بخشی از نوع «سایر» وارد شد. اگر یکی از آنهاست، نوع بخش را تغییر دهید.`
        : `${text} is not one of the template's headings; imported as a section of kind "other". If it is one of them, change the section's kind.`;
    case 'short-line':
      return fa
        ? `سطر کوتاه ${text} به صورت بند متن نگه داشته شد؛ اگر عنوان یا اصطلاح است، JSON را اصلاح کنید.`
        : `The short line ${text} was kept as a paragraph; if it is a sub-heading or a term, change it in the JSON.`;
    case 'short-line-term':
      return fa
        ? `سطر کوتاه ${text} مانند تعریف‌های پیش از آن، اصطلاح و سطر بعد متن آن خوانده شد؛ آن را بررسی کنید.`
        : `The short line ${text} was read as a term, like the definitions before it, with the next line as its text; check it.`;
    case 'table-header':
      return fa
        ? `سطر ${text} سرستون جدول خدمات خوانده شد (ستون‌ها: ${value})؛ اگر ستونی درست خوانده نشده، آن را در ویرایشگر اصلاح کنید.`
        : `${text} was read as the header of the services table (columns: ${value}); if a column was read wrongly, correct it in the editor.`;
    case 'duplicate-section':
      return fa
        ? `بخش ${text} تکرار بخش هم‌نوع ${/^\d+$/.test(value) ? `سطر ${value}` : value} است؛ هر دو نگه داشته شدند. اگر رونوشت است، یکی را حذف کنید.`
        : `The section ${text} repeats the section of the same kind at ${/^\d+$/.test(value) ? `line ${value}` : value}; both were kept. If it is a copy, remove one.`;
    case 'empty-section':
      return fa ? `زیر عنوان ${text} متنی نیست؛ متن آن را بیفزایید یا عنوان را حذف کنید.` : `There is no text under the heading ${text}; add its text or remove the heading.`;
    case 'no-end-date':
      return fa
        ? 'در بخش دوره عملکرد تاریخ پایانی پیدا نشد و دائمی بودن هم گفته نشده است؛ validity را در JSON بنویسید.'
        : 'The term section gives no end date and does not say it is permanent; fill in validity in the JSON.';
    case 'date-invalid':
      return fa
        ? `تاریخ ${text} در تقویم شمسی وجود ندارد و به کار نرفت؛ تاریخ درست را در دوره اعتبار بنویسید.`
        : `The date ${text} does not exist in the Jalali calendar; it was not used. Write the right date in the validity.`;
    case 'date-ambiguous':
      return fa
        ? `تاریخ ${text} به صورت روز/ماه/سال خوانده شد: ${value}. آن را بررسی کنید.`
        : `The date ${text} was read as day/month/year: ${value}. Check it.`;
    case 'dates-differ':
      return fa
        ? `تاریخ پایان ${text} با تاریخ پایان دیگری (${value}) فرق دارد؛ ${value} به کار رفت. بررسی کنید کدام درست است.`
        : `The end date ${text} differs from another one (${value}); ${value} was used. Check which is right.`;
    case 'table-column':
      return fa
        ? `سرستون ${text} شناخته نشد؛ به عنوان ستون «واحد» خوانده شد. آن را بررسی کنید.`
        : `The column header ${text} is not a known one; it was read as the unit column. Check it.`;
    case 'table-row':
      return fa
        ? `ردیف ${text} جدول پیوست ${value} خانه دارد، نه به اندازه ستون‌ها؛ خانه‌های آن را بررسی کنید.`
        : `Row ${text} of the appendix table has ${value} cells, not one per column; check its cells.`;
    case 'chrome':
      return fa
        ? `سطر ${text} از صفحه وب پیرامون توافقنامه است (قاعده ${value})؛ کنار گذاشته شد. اگر بخشی از متن است، آن را در ویرایشگر بیفزایید.`
        : `${text} is part of the web page around the statement (rule: ${value}); it was left out. If it belongs to the statement, add it in the editor.`;
    case 'punctuation':
      return fa ? `سطر ${text} فقط نشانه است و کنار گذاشته شد؛ اگر معنایی دارد، آن را در ویرایشگر بیفزایید.` : `${text} is punctuation alone; it was left out. If it means something, add it in the editor.`;
    case 'repeated-title':
      return fa
        ? `سطر ${text} تکرار عنوان یا عنوان صفحه است و کنار گذاشته شد؛ اگر عنوان درست همین است، آن را در فیلد عنوان بنویسید.`
        : `${text} repeats the title or is the page's heading; it was left out. If it is the right title, put it in the title field.`;
    case 'before-title':
      return fa
        ? `سطر ${text} پیش از عنوان آمده و نام دستگاه نیست؛ کنار گذاشته شد. اگر بخشی از متن است، آن را در ویرایشگر بیفزایید.`
        : `${text} comes before the title and is not the agency's name; it was left out. If it belongs to the statement, add it in the editor.`;
    case 'reversed-latin':
      return fa
        ? `واژه‌های لاتین سطر ${text} وارونه بود (از PDF) و درست شد: ${quote(value, lang)}. آن را بررسی کنید.`
        : `The Latin words in ${text} were reversed (a PDF artefact) and were put back: ${quote(value, lang)}. Check it.`;
    case 'other-agency':
      return fa
        ? `سطر ${text} نام دستگاهی جز ارائه‌دهنده (${quote(value, lang)}) است و کنار گذاشته شد؛ اگر ارائه‌دهنده همین است، آن را در فیلد ارائه‌دهنده بنویسید.`
        : `${text} names an agency other than the provider (${quote(value, lang)}); it was left out. If it is the provider, put it in the provider field.`;
    case 'repeated-agency':
      return fa
        ? `سطر ${text} تکرار نام ارائه‌دهنده است و کنار گذاشته شد.`
        : `${text} repeats the provider's name; it was left out.`;
    case 'lead-introduction':
      return fa
        ? 'متن پیش از نخستین عنوان به صورت بخش «مقدمه» وارد شد؛ اگر مقدمه نیست، نوع بخش را تغییر دهید.'
        : 'The text before the first heading was imported as an introduction section; change its kind if it is not one.';
    case 'provider-guessed':
      return fa
        ? `نام دستگاه ارائه‌دهنده حدس زده شد: ${text} (از ${value === 'title' ? 'عنوان' : value === 'line' ? 'سطری پیش از عنوان' : 'متن'}). آن را بررسی کنید.`
        : `The provider's name is a guess: ${text} (from the ${value === 'line' ? 'line before the title' : value}). Check it.`;
    case 'joined-headings':
      return fa
        ? `عنوان ${text} دو عنوان الگو را با هم آورده است؛ بخش از نوع نخست وارد شد. اگر لازم است آن را به دو بخش تقسیم کنید.`
        : `The heading ${text} joins two of the template's headings; the section was given the first one's kind (the other is ${value}). Split it if needed.`;
    case 'appendix-line':
      return fa
        ? `سطر ${text} در پیوست نه ردیف جدول است نه بند فهرست؛ کنار گذاشته شد. اگر خدمتی است، آن را در ویرایشگر بیفزایید.`
        : `${text} in the appendix is neither a table row nor a list item; it was left out. If it is a service, add it in the editor.`;
    case 'table-column-left-out':
      return fa
        ? `سرستون ${text} با هیچ یک از ستون‌های خدمت (عنوان خدمت، واحد، شناسه خدمت، مدت، هزینه، تعداد مراجعه حضوری، نوع خدمت، شیوه ارائه، پیوند) جور نشد؛ ${value} خانه آن کنار گذاشته شد. سرستون را به یکی از این نام‌ها تغییر دهید یا متن را در JSON بنویسید.`
        : `The column ${text} matches no service field (name, unit, id, duration, cost, visits, audience, channels, link); its ${value} cells were left out. Rename the header to one of these or add the text to the JSON by hand.`;
    case 'table-cell': {
      const column = CELL_COLUMNS[value] ?? [value, value];
      return fa
        ? `خانه ${text} در ستون «${column[0]}» خوانده نشد و کنار گذاشته شد؛ ${column[2] ?? 'مقدار را در JSON بنویسید.'}`
        : `The cell ${text} in the ${column[1]} column could not be read; it was left out. ${column[3] ?? 'Fill in the value in the JSON.'}`;
    }
    case 'table-row-left-out':
      return fa
        ? value === 'above'
          ? `ردیف ${text} بالای سرستون‌های جدول خدمات است و کنار گذاشته شد؛ اگر عنوان جدول است، آن را در services.title بنویسید.`
          : value === 'group'
            ? `ردیف ${text} سراسر جدول خدمات کشیده شده و جدول ستون واحد هم دارد؛ کنار گذاشته شد. اگر لازم است آن را در JSON بنویسید.`
            : `ردیف ${text} جدول خدمات عنوان خدمت ندارد و کنار گذاشته شد؛ عنوان خدمت را در JSON بنویسید.`
        : value === 'above'
          ? `The row ${text} comes above the services table's header and was left out; if it is the table's title, put it in services.title.`
          : value === 'group'
            ? `The row ${text} spans the services table, which has a unit column already; it was left out. Add it to the JSON if it is needed.`
            : `The row ${text} of the services table has no service name and was left out; add the name in the JSON.`;
    case 'html-left-out': {
      const kind = LEFT_OUT[value] ?? LEFT_OUT['element']!;
      return fa
        ? `${kind[0]} ${text} کنار گذاشته شد؛ ${kind[2]}`
        : `${kind[1]} ${text} was left out; ${kind[3]}`;
    }
    case 'word-message':
      if (value === 'heading-style') {
        return fa
          ? `بندهای سبک ${text} فایل Word به صورت بند متن خوانده شدند؛ اگر عنوان‌اند، در Word سبک Heading 1 تا Heading 6 به آنها بدهید یا JSON را اصلاح کنید.`
          : `Paragraphs in the Word style ${text} were read as plain paragraphs; if they are headings, give them Word's Heading 1–6 styles or change the JSON.`;
      }
      return fa
        ? `خواننده فایل Word پیام داد: «${warning.text ?? ''}». متن این بخش را در JSON با فایل Word مقایسه کنید.`
        : `The Word reader said: "${warning.text ?? ''}". Compare this part of the JSON with the Word file.`;
  }
}
