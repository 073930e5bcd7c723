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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Statement } from '../format/schema.js';
import { cssString } from '../text/css-string.js';
import { directionOf } from '../text/direction.js';
import { jalaliDateFormat } from '../text/intl.js';
import { getLocale } from './localization.js';
import { ui } from './messages.js';

/** Set on the element whose print button was pressed, until the print is over. */
const ALONE = 'print-alone';

const statements = new Set<PrintSheet>();
let sheet: CSSStyleSheet | undefined;

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
   * Prints this statement without the rest of the page (the print button). False when the
   * browser ignored the request (a sandboxed frame without allow-modals): nothing is printing.
   */
  printAlone(): boolean {
    let started = false;
    const start = () => (started = true);
    addEventListener('beforeprint', start, { once: true });
    this.host.setAttribute(ALONE, '');
    print();
    removeEventListener('beforeprint', start);
    if (!started) afterPrint();
    return started;
  }

  /**
   * Gives this statement's pages the page name `name` (empty when it prints alone or by itself,
   * with the document's pages) and returns their @page rule.
   */
  pageRule(statement: Statement, name: string): string {
    // Through the CSSOM, which a strict CSP allows (a style attribute it would not); '' removes it.
    this.host.style.setProperty('page', name);
    const locale = getLocale();
    const dir = directionOf(locale);
    const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
    const digits = locale === 'fa' ? 'persian' : 'decimal';
    // «صفحه N از M» in the interface's own wording (trusted text, no quotes), the counters for N and M.
    const pageOf = `"${ui.pageOf(`" counter(page,${digits}) "`, `" counter(pages,${digits}) "`)}"`;
    const today = jalaliDateFormat(locale, 'long').format();
    // The margin boxes inherit the page's font (the element's, as portals set it on their body, not
    // on <html>) and direction. Widths are set so a long heading or address wraps in its own box
    // instead of running over its neighbour.
    return `@page ${name}{font:8pt ${getComputedStyle(this.host).fontFamily};color:#333;direction:${dir};` +
      `@top-${start}{content:${cssString(`${statement.provider.name} — ${statement.title}`)};direction:${statement.dir ?? directionOf(statement.lang ?? 'fa')};width:70%}` +
      `@top-${end}{content:${cssString(ui.printedOn(today))}}` +
      `@bottom-${start}{content:${pageOf}}` +
      `@bottom-${end}{content:${cssString(pageAddress())};direction:ltr;width:70%;overflow-wrap:anywhere}}`;
  }
}

/** The address the page was printed from, readable: a Persian path decoded from its %-escapes. */
function pageAddress(): string {
  try {
    return decodeURI(location.href);
  } catch {
    return location.href;
  }
}

/**
 * Hides everything in the body but the statement printed alone; the elements around it lose their
 * boxes (a portal's grid or sidebar column would squeeze it). `:has()` sees the document's own
 * tree only: a statement inside another shadow root prints with the rest of the page.
 */
const ALONE_RULES = `body:has([${ALONE}]) :not(:has([${ALONE}]),[${ALONE}]){display:none!important}body :has([${ALONE}]){display:contents!important}`;

function beforePrint(): void {
  const alone = [...statements].filter(({ host }) => host.hasAttribute(ALONE));
  const printed = (alone.length > 0 ? alone : [...statements]).filter((candidate) => candidate.statement);
  // One statement's pages are the document's; several get a named page each, to name their own.
  const rules = printed.map((candidate, index) =>
    candidate.pageRule(candidate.statement!, printed.length > 1 ? `sla-statement-${index + 1}` : ''),
  );
  dropSheet();
  sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('') + (alone.length > 0 ? ALONE_RULES : ''));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
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
