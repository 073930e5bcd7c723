/**
 * Every word the interface says, through @lit/localize. Persian is the source language; English
 * is in locales/en.xlf. Call these inside render() only, so a language change re-words them.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, getLocale } from './localization.js';
import { describeProblem } from '../wording/problems.js';
import { isolate, type Language } from '../wording/quote.js';
import type { Problem } from '../format/problem.js';
import type { Audience, Channel, SectionKind } from '../format/schema.js';
import type { LoadFailure } from './load-failure.js';

export function sectionKindTitle(kind: SectionKind): string {
  switch (kind) {
    case 'introduction': return msg('مقدمه', { id: 'kind.introduction' });
    case 'purpose': return msg('هدف', { id: 'kind.purpose' });
    case 'definitions': return msg('تعاریف', { id: 'kind.definitions' });
    case 'responsibility': return msg('مسئولیت', { id: 'kind.responsibility' });
    case 'obligations': return msg('تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', { id: 'kind.obligations' });
    case 'costs': return msg('هزینه‌ها و پرداخت‌ها', { id: 'kind.costs' });
    case 'term': return msg('دوره عملکرد', { id: 'kind.term' });
    case 'termination': return msg('خاتمه توافقنامه', { id: 'kind.termination' });
    case 'confidentiality': return msg('محرمانگی اطلاعات', { id: 'kind.confidentiality' });
    case 'availability': return msg('دسترس‌پذیری', { id: 'kind.availability' });
    case 'maintenance': return msg('نگهداری و تغییرات خدمت', { id: 'kind.maintenance' });
    case 'other': return msg('سایر', { id: 'kind.other' });
  }
}

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'G2C': return msg('شهروندان', { id: 'audience.G2C' });
    case 'G2B': return msg('کسب‌وکارها', { id: 'audience.G2B' });
    case 'G2G': return msg('دستگاه‌های دولتی', { id: 'audience.G2G' });
    case 'G2E': return msg('کارکنان دولت', { id: 'audience.G2E' });
  }
}

export function channelLabel(channel: Channel): string {
  switch (channel) {
    case 'web': return msg('وب', { id: 'channel.web' });
    case 'app': return msg('اپلیکیشن', { id: 'channel.app' });
    case 'sms': return msg('پیامک', { id: 'channel.sms' });
    case 'phone': return msg('تلفن', { id: 'channel.phone' });
    case 'pishkhan': return msg('دفتر پیشخوان', { id: 'channel.pishkhan' });
    case 'post': return msg('پست', { id: 'channel.post' });
    case 'in-person': return msg('حضوری', { id: 'channel.in-person' });
  }
}

export const ui = {
  loading: () => msg('در حال بارگیری توافقنامه سطح خدمت…', { id: 'ui.loading' }),
  showAll: () => msg('نمایش همه بخش‌ها', { id: 'ui.showAll' }),
  hideAll: () => msg('بستن همه بخش‌ها', { id: 'ui.hideAll' }),
  sectionsLabel: () => msg('بخش‌های توافقنامه', { id: 'ui.sectionsLabel' }),
  provider: () => msg('ارائه‌دهنده', { id: 'ui.provider' }),
  parent: () => msg('دستگاه مادر', { id: 'ui.parent' }),
  service: () => msg('خدمت', { id: 'ui.service' }),
  serviceId: () => msg('شناسه خدمت', { id: 'ui.serviceId' }),
  signatory: () => msg('امضاکننده', { id: 'ui.signatory' }),
  validFromUntil: (from: string, until: string) =>
    msg(str`معتبر از ${from} تا ${until}`, { id: 'ui.validFromUntil' }),
  validUntil: (until: string) => msg(str`معتبر تا ${until}`, { id: 'ui.validUntil' }),
  validFrom: (from: string) => msg(str`معتبر از ${from}، بدون تاریخ پایان`, { id: 'ui.validFrom' }),
  openEnded: () => msg('بدون تاریخ پایان (دائمی)', { id: 'ui.openEnded' }),
  expired: () => msg('منقضی شده', { id: 'ui.expired' }),
  servicesTitle: () => msg('فهرست خدمات', { id: 'ui.servicesTitle' }),
  servicesTableLabel: () => msg('جدول خدمات', { id: 'ui.servicesTableLabel' }),
  columnNumber: () => msg('ردیف', { id: 'ui.columnNumber' }),
  columnName: () => msg('عنوان خدمت', { id: 'ui.columnName' }),
  columnUnit: () => msg('واحد', { id: 'ui.columnUnit' }),
  columnId: () => msg('شناسه خدمت', { id: 'ui.columnId' }),
  columnAudience: () => msg('گیرنده خدمت', { id: 'ui.columnAudience' }),
  columnChannels: () => msg('شیوه ارائه', { id: 'ui.columnChannels' }),
  columnDuration: () => msg('مدت انجام', { id: 'ui.columnDuration' }),
  columnVisits: () => msg('مراجعه حضوری', { id: 'ui.columnVisits' }),
  columnCost: () => msg('هزینه', { id: 'ui.columnCost' }),
  columnLink: () => msg('پیوند', { id: 'ui.columnLink' }),
  openService: () => msg('مشاهده خدمت', { id: 'ui.openService' }),
  searchServices: () => msg('جستجو در خدمات', { id: 'ui.searchServices' }),
  unitFilter: () => msg('واحد', { id: 'ui.unitFilter' }),
  allUnits: (count: string) => msg(str`همه واحدها (${count})`, { id: 'ui.allUnits' }),
  matchCount: (shown: string, total: string) => msg(str`${shown} خدمت از ${total}`, { id: 'ui.matchCount' }),
  serviceCount: (total: string) => msg(str`${total} خدمت`, { id: 'ui.serviceCount' }),
  noMatches: () => msg('هیچ خدمتی با این جستجو پیدا نشد.', { id: 'ui.noMatches' }),
  sortedAscending: (column: string) => msg(str`مرتب‌شده بر اساس ${column}، صعودی`, { id: 'ui.sortedAscending' }),
  sortedDescending: (column: string) => msg(str`مرتب‌شده بر اساس ${column}، نزولی`, { id: 'ui.sortedDescending' }),
  pages: () => msg('صفحه‌های جدول خدمات', { id: 'ui.pages' }),
  previousPage: () => msg('صفحه قبل', { id: 'ui.previousPage' }),
  nextPage: () => msg('صفحه بعد', { id: 'ui.nextPage' }),
  pageOf: (page: string, count: string) => msg(str`صفحه ${page} از ${count}`, { id: 'ui.pageOf' }),
  print: () => msg('چاپ', { id: 'ui.print' }),
  printedOn: (date: string) => msg(str`تاریخ چاپ: ${date}`, { id: 'ui.printedOn' }),
  errorTitle: () => msg('نمایش توافقنامه ممکن نشد', { id: 'ui.errorTitle' }),
  retry: () => msg('تلاش دوباره', { id: 'ui.retry' }),
  noticeTitle: () =>
    msg('بخشی از این توافقنامه به دلیل خطا در فایل آن نمایش داده نشد:', { id: 'ui.noticeTitle' }),
  moreProblems: (count: string) => msg(str`و ${count} مورد دیگر`, { id: 'ui.moreProblems' }),
};

export function failureMessage(failure: LoadFailure): string {
  const url = 'url' in failure ? isolate(failure.url) : '';
  switch (failure.kind) {
    case 'no-source':
      return msg('داده‌ای به این جزء داده نشده است: ویژگی src، داده JSON درون عنصر (script از نوع application/json) یا ویژگی data لازم است.', { id: 'failure.noSource' });
    case 'http':
      return msg(str`سرور به درخواست ${url} با کد ${formatNumber(failure.status, false)} پاسخ داد.`, { id: 'failure.http' });
    case 'network':
      return msg(str`دریافت ${url} ممکن نشد. اتصال شبکه را بررسی کنید؛ فایل JSON باید هم‌مبدأ با این صفحه باشد یا سرور آن CORS را مجاز کند.`, { id: 'failure.network' });
    case 'timeout':
      return msg(str`سرور در ${formatNumber(failure.seconds)} ثانیه به درخواست ${url} پاسخ نداد.`, { id: 'failure.timeout' });
    case 'empty':
      return msg('فایل توافقنامه خالی است.', { id: 'failure.empty' });
    case 'html':
      return msg('به جای فایل JSON یک صفحه HTML دریافت شد؛ نشانی src را بررسی کنید.', { id: 'failure.html' });
    case 'syntax':
      return msg(str`فایل JSON در سطر ${formatNumber(failure.line)}، ستون ${formatNumber(failure.column)} خطای نگارشی دارد (${isolate(failure.detail)}).`, { id: 'failure.syntax' });
    case 'invalid':
      return msg('فایل توافقنامه با قالب استاندارد مطابقت ندارد:', { id: 'failure.invalid' });
  }
}

/** A validation problem in the interface language, from the one wording table (src/wording). */
export function problemMessage(problem: Problem): string {
  return describeProblem(problem, getLocale() as Language);
}
