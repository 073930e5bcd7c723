/**
 * The words only paper has (print-pages.ts), apart from messages.ts because the printing module
 * is fetched when the browser is idle, after the statement is shown. The same rules as there.
 */
import { msg, str } from '@lit/localize';

export const printUi = {
  printedOn: (date: string) => msg(str`تاریخ چاپ: ${date}`, { id: 'ui.printedOn' }),
};
