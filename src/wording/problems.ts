/**
 * Validation problems in words, Persian and English: where (the JSON path), what is wrong, and
 * what is expected. The one wording of them: the element's notice and error box, the editor and
 * the CLI all say a problem this way, in the reader's language.
 */
import type { Problem } from '../format/problem.js';
import { isolate, type Language } from './quote.js';

const TYPE_NAMES: Record<string, Record<Language, string>> = {
  text: { fa: 'متن', en: 'text' },
  number: { fa: 'عدد', en: 'a number' },
  list: { fa: 'فهرست (آرایه)', en: 'a list (array)' },
  object: { fa: 'شیء JSON', en: 'a JSON object' },
  block: { fa: 'یک بند: متن، {"list": […]} یا {"terms": […]}', en: 'a block: text, {"list": […]} or {"terms": […]}' },
};

/** One sentence: the path, then what is wrong with the value there. */
export function describeProblem(problem: Problem, lang: Language): string {
  const fa = lang === 'fa';
  const received = isolate(problem.received ?? '');
  const expected = problem.expected ?? '';
  const where = problem.path ? isolate(problem.path) : fa ? 'کل سند' : 'the whole document';
  switch (problem.code) {
    case 'missing':
      return fa ? `${where}: این بخش الزامی است و وجود ندارد.` : `${where}: this is required and missing.`;
    case 'type': {
      const type = TYPE_NAMES[expected]?.[lang] ?? expected;
      return fa ? `${where}: باید ${type} باشد، اما ${received} است.` : `${where}: must be ${type}, but is ${received}.`;
    }
    case 'choice':
      return fa
        ? `${where}: مقدار ${received} مجاز نیست؛ یکی از این‌ها باید باشد: ${expected}.`
        : `${where}: ${received} is not allowed; it must be one of: ${expected}.`;
    case 'version':
      return fa
        ? `${where}: نسخه ${received} این قالب پشتیبانی نمی‌شود؛ این جزء نسخه ۱ را می‌خواند.`
        : `${where}: version ${received} of the format is not supported; this element reads version 1.`;
    case 'date-format':
      return fa
        ? `${where}: تاریخ ${received} باید به شکل ۱۴۰۳/۱۲/۲۹ (شمسی) یا 2025-03-19 (میلادی) باشد.`
        : `${where}: the date ${received} must be written 1403/12/29 (Jalali) or 2025-03-19 (Gregorian).`;
    case 'date-invalid':
      return fa ? `${where}: تاریخ ${received} در تقویم وجود ندارد.` : `${where}: the date ${received} does not exist in the calendar.`;
    case 'link':
      return fa
        ? `${where}: پیوند ${received} باید با http://، https://، mailto: یا tel: آغاز شود.`
        : `${where}: the link ${received} must start with http://, https://, mailto: or tel:.`;
    case 'count':
      return fa
        ? `${where}: باید عدد صحیح صفر یا بیشتر باشد، اما ${received} است.`
        : `${where}: must be a whole number, zero or more, but is ${received}.`;
    case 'format':
      return fa ? `${where}: شکل مقدار ${received} نادرست است.` : `${where}: the value ${received} is malformed.`;
    case 'duplicate-id':
      return fa
        ? `${where}: شناسه ${received} تکراری است؛ به این بخش شناسه دیگری داده شد.`
        : `${where}: the id ${received} is used twice; this section was given another id.`;
  }
}

/** What the problem does to the statement as shown: nothing shown, or this piece left out. */
export function describeEffect(problem: Problem, lang: Language): string {
  if (lang === 'fa') return problem.fatal ? 'توافقنامه نمایش داده نمی‌شود.' : 'این بخش هنگام نمایش کنار گذاشته می‌شود.';
  return problem.fatal ? 'The statement cannot be shown.' : 'This piece is left out when shown.';
}
