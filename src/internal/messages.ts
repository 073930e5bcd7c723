/**
 * Every word the interface says, through @lit/localize. Persian is the source language; English
 * is in locales/en.xlf. Call these inside render() only, so a language change re-words them.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, getLocale, statementLabels } from './localization.js';
import { OnDemand } from './on-demand.js';
import { isolate, type Language } from '../wording/quote.js';
import type { Problem } from '../format/problem.js';
import type { LoadFailure } from './load-failure.js';

/**
 * The words around the statement's own text (section kinds, labels, columns, the validity line)
 * in the interface language: one table in src/wording, shared with the no-JavaScript fallback.
 */
export const labels = statementLabels;

export const ui = {
  loading: () => msg('در حال بارگیری توافقنامه سطح خدمت…', { id: 'ui.loading' }),
  showAll: () => msg('نمایش همه بخش‌ها', { id: 'ui.showAll' }),
  hideAll: () => msg('بستن همه بخش‌ها', { id: 'ui.hideAll' }),
  sectionsLabel: () => msg('بخش‌های توافقنامه', { id: 'ui.sectionsLabel' }),
  expired: () => msg('منقضی شده', { id: 'ui.expired' }),
  searchServices: () => msg('جستجو در خدمات', { id: 'ui.searchServices' }),
  unitFilter: () => msg('واحد', { id: 'ui.unitFilter' }),
  allUnits: (count: string) => msg(str`همه واحدها (${count})`, { id: 'ui.allUnits' }),
  matchCount: (shown: string, total: string) => msg(str`${shown} خدمت از ${total}`, { id: 'ui.matchCount' }),
  serviceCount: (total: string) => msg(str`${total} خدمت`, { id: 'ui.serviceCount' }),
  searchUnavailable: () =>
    msg('جستجو بارگیری نشد؛ با نوشتن دوباره تلاش می‌شود، یا صفحه را دوباره بارگیری کنید.', { id: 'ui.searchUnavailable' }),
  sortUnavailable: () => msg('مرتب‌سازی بارگیری نشد؛ دوباره تلاش کنید، یا صفحه را دوباره بارگیری کنید.', { id: 'ui.sortUnavailable' }),
  pageOf: (page: string, count: string) => msg(str`صفحه ${page} از ${count}`, { id: 'ui.pageOf' }),
  /** Followed by the row's number, in both languages: made once per table, not once per row. */
  linkToRow: () => msg('پیوند به ردیف', { id: 'ui.linkToRow' }),
  print: () => msg('چاپ', { id: 'ui.print' }),
  errorTitle: () => msg('نمایش توافقنامه ممکن نشد', { id: 'ui.errorTitle' }),
  retry: () => msg('تلاش دوباره', { id: 'ui.retry' }),
};

/**
 * Why the statement cannot be shown. The network's failures are worded here, as they must be
 * there when the network is not; what is wrong with a file is worded by the problem report,
 * fetched for it (without it, the failure's kind, or the JSON parser's own words).
 */
export function failureMessage(failure: LoadFailure): string {
  const url = 'url' in failure ? isolate(failure.url) : '';
  switch (failure.kind) {
    case 'http':
      return msg(str`سرور به درخواست ${url} با کد ${formatNumber(failure.status, false)} پاسخ داد.`, { id: 'failure.http' });
    case 'network':
      return msg(str`دریافت ${url} ممکن نشد. اتصال شبکه را بررسی کنید؛ فایل JSON باید هم‌مبدأ با این صفحه باشد یا سرور آن CORS را مجاز کند.`, { id: 'failure.network' });
    case 'timeout':
      return msg(str`سرور در ${formatNumber(failure.seconds)} ثانیه به درخواست ${url} پاسخ نداد.`, { id: 'failure.timeout' });
    default:
      return problemReport.loaded?.fileFailureMessage(failure, formatNumber) ?? (failure.kind === 'syntax' ? failure.detail : failure.kind);
  }
}

/**
 * Most statements have no problems, so their wording (src/wording/problems.ts), with the words of
 * the notice and of a file that cannot be read (report-messages.ts), is a module the loader
 * fetches only for a statement or a file that needs it, before it shows it.
 */
export const problemReport = new OnDemand('problem report', () => import('./problem-report.js'));

/**
 * A validation problem in the interface language, from the one wording table; without it (its
 * module could not be fetched), at least where the problem is and its code.
 */
export function problemMessage(problem: Problem): string {
  const report = problemReport.loaded;
  return report ? report.describeProblem(problem, getLocale() as Language) : `${problem.path}: ${problem.code}`;
}

/** The notice's words, from the problem report; without it, none (the problems are listed still). */
export const reportUi = () => problemReport.loaded?.reportUi;
