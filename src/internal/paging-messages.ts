/**
 * The words of a table of pages (render/service-pages.ts), apart from messages.ts because only
 * statements of more than 100 services fetch that module (paging.ts). The same rules as there.
 */
import { msg, str } from '@lit/localize';
import { isolate } from '../wording/quote.js';

export const pagingUi = {
  pages: () => msg('صفحه‌های جدول خدمات', { id: 'ui.pages' }),
  previousPage: () => msg('صفحه قبل', { id: 'ui.previousPage' }),
  nextPage: () => msg('صفحه بعد', { id: 'ui.nextPage' }),
  showAllServices: (count: string) => msg(str`نمایش همه ${count} خدمت`, { id: 'ui.showAllServices' }),
  showPages: () => msg('نمایش صفحه به صفحه', { id: 'ui.showPages' }),
  findOnThisPage: (count: string) =>
    msg(str`جستجوی مرورگر (${isolate('Ctrl+F')}) فقط همین صفحه را می‌گردد؛ برای جستجو در هر ${count} خدمت، کادر بالا را به کار ببرید.`, { id: 'ui.findOnThisPage' }),
};
