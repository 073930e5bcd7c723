/**
 * What paper needs beyond the element's own print styles: every page names its statement
 * (provider and title above, with the date of printing; the page number and the page's address
 * below), and the print button's statement prints alone.
 *
 * Neither can be done from inside a shadow root: @page rules apply only from the document's own
 * stylesheets, and hiding the rest of the page means styling elements outside the element. So
 * while the page prints, the document adopts one constructable stylesheet (allowed under
 * `style-src 'self'`, unlike a <style> element), made at `beforeprint` from the statements then
 * on the page and dropped at `afterprint`: a page without a statement prints as it always did.
 *
 * Its rules (print-pages.ts) are a module fetched once a statement is shown, when the browser is
 * idle (`preparePrinting`): a page printed before it arrives prints every section and row, by the
 * element's own print styles, without the running heads.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Statement } from '../format/schema.js';
import { jalaliDateFormat } from '../text/intl.js';
import { getLocale } from './localization.js';
import { ui } from './messages.js';
import { loadOnDemand } from './on-demand.js';
import type { PageWords } from './print-pages.js';

/** Set on the element whose print button was pressed, until the print is over. */
const ALONE = 'print-alone';

const statements = new Set<PrintSheet>();
let sheet: CSSStyleSheet | undefined;
let pages: typeof import('./print-pages.js') | undefined;

/**
 * Fetches the print rules' module, once per page (again after a failed fetch, as the problems'
 * wording is: messages.ts); settles when it is in use or could not be fetched.
 */
export async function preparePrinting(): Promise<void> {
  pages ??= await loadOnDemand('printing', () => import('./print-pages.js'));
}

export class PrintSheet implements ReactiveController {
  /** The statement shown, if any: an element still loading names no page. */
  statement: Statement | undefined;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    statements.add(this);
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
  }

  hostDisconnected(): void {
    statements.delete(this);
    if (statements.size > 0) return;
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', afterPrint);
  }

  /**
   * Prints this statement without the rest of the page (the print button), or with it when the
   * print rules could not be fetched. False when the browser ignored the request (a sandboxed
   * frame without allow-modals): nothing is printing.
   */
  async printAlone(): Promise<boolean> {
    await preparePrinting();
    let started = false;
    const start = () => (started = true);
    addEventListener('beforeprint', start, { once: true });
    this.host.setAttribute(ALONE, '');
    print();
    removeEventListener('beforeprint', start);
    if (!started) afterPrint();
    return started;
  }
}

function beforePrint(): void {
  dropSheet();
  if (!pages) return;
  const alone = [...statements].filter(({ host }) => host.hasAttribute(ALONE));
  const printed = (alone.length > 0 ? alone : [...statements]).flatMap(({ host, statement }) => (statement ? [{ host, statement }] : []));
  sheet = new CSSStyleSheet();
  sheet.replaceSync(pages.printRules(printed, alone.length > 0 ? ALONE : undefined, pageWords()));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function pageWords(): PageWords {
  const locale = getLocale();
  return {
    locale,
    pageOf: (digits) => ui.pageOf(`" counter(page,${digits}) "`, `" counter(pages,${digits}) "`),
    printedOn: ui.printedOn(jalaliDateFormat(locale, 'long').format()),
  };
}

function dropSheet(): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  sheet = undefined;
}

function afterPrint(): void {
  dropSheet();
  for (const { host } of statements) {
    host.removeAttribute(ALONE);
    host.style.removeProperty('page');
  }
}
