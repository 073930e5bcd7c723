/**
 * The words of a report of what is wrong with a statement's file (problem-report.ts): the notice
 * over a statement shown without its faulty parts, and why a file cannot be shown at all. Apart
 * from messages.ts because only such statements fetch them. The same rules as there.
 */
import { msg, str } from '@lit/localize';
import { isolate } from '../wording/quote.js';
import type { LoadFailure } from './load-failure.js';

export const reportUi = {
  noticeTitle: () =>
    msg('بخشی از این توافقنامه به دلیل خطا در فایل آن نمایش داده نشد:', { id: 'ui.noticeTitle' }),
  moreProblems: (count: string) => msg(str`و ${count} مورد دیگر`, { id: 'ui.moreProblems' }),
};

/**
 * Why a file (or its absence) cannot be shown; the network's failures are messages.ts's, which
 * gives `formatNumber`: imported here, localization.ts made rolldown split @lit/localize into a
 * chunk of its own (https://github.com/rolldown/rolldown/issues/10731).
 */
export function fileFailureMessage(failure: LoadFailure, formatNumber: (value: number) => string): string | undefined {
  switch (failure.kind) {
    case 'no-source':
      return msg('داده‌ای به این جزء داده نشده است: ویژگی src، داده JSON درون عنصر (script از نوع application/json) یا ویژگی data لازم است.', { id: 'failure.noSource' });
    case 'empty':
      return msg('فایل توافقنامه خالی است.', { id: 'failure.empty' });
    case 'html':
      return msg('به جای فایل JSON یک صفحه HTML دریافت شد؛ نشانی src را بررسی کنید.', { id: 'failure.html' });
    case 'syntax':
      if (failure.line === undefined) {
        return msg(str`فایل JSON خطای نگارشی دارد (${isolate(failure.detail)}).`, { id: 'failure.syntaxUnlocated' });
      }
      return msg(str`فایل JSON در سطر ${formatNumber(failure.line)}، ستون ${formatNumber(failure.column)} خطای نگارشی دارد (${isolate(failure.detail)}).`, { id: 'failure.syntax' });
    case 'invalid':
      return msg('فایل توافقنامه با قالب استاندارد مطابقت ندارد:', { id: 'failure.invalid' });
    default:
      return undefined;
  }
}
