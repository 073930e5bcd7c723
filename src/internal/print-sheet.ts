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
 * That is the printing module (print-pages.ts), fetched once a statement is shown, when the
 * browser is idle (`preparePrinting`): a page printed before it arrives prints every section and
 * row, by the element's own print styles, without the running heads. This part only knows the
 * statements on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Statement } from '../format/schema.js';
import { jalaliDateFormat } from '../text/intl.js';
import { getLocale } from './localization.js';
import { ui } from './messages.js';
import { OnDemand } from './on-demand.js';
import type { PageWords } from './print-pages.js';

/** The elements on the page, each with the statement it shows, if any (an element still loading names no page). */
export type PrintedStatements = ReadonlySet<PrintSheet>;

const statements = new Set<PrintSheet>();
const printing = new OnDemand('printing', () => import('./print-pages.js'));

/** Fetches the printing module, which from then on makes the stylesheet at every print. */
export async function preparePrinting(): Promise<void> {
  (await printing.prepare())?.follow(statements, pageWords);
}

function pageWords(): PageWords {
  const locale = getLocale();
  return {
    locale,
    pageOf: (digits) => ui.pageOf(`" counter(page,${digits}) "`, `" counter(pages,${digits}) "`),
    today: jalaliDateFormat(locale, 'long').format(),
  };
}

export class PrintSheet implements ReactiveController {
  /** The statement shown, if any: an element still loading names no page. */
  statement: Statement | undefined;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    statements.add(this);
  }

  hostDisconnected(): void {
    statements.delete(this);
  }

  /**
   * Prints this statement without the rest of the page (the print button), or with it when the
   * printing module could not be fetched. False when the browser ignored the request (a
   * sandboxed frame without allow-modals): nothing is printing.
   */
  async printAlone(): Promise<boolean> {
    await preparePrinting();
    printing.loaded?.markAlone(this.host);
    let started = false;
    const start = () => (started = true);
    addEventListener('beforeprint', start, { once: true });
    print();
    removeEventListener('beforeprint', start);
    if (!started) printing.loaded?.afterPrint();
    return started;
  }
}
