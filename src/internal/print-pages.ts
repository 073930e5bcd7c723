/**
 * The document stylesheet a print needs (print-sheet.ts): every statement's @page rule, naming its
 * pages, and, when one statement prints alone, the rules that hide the rest of the page. Only a
 * print needs it, so it is a module of its own (on-demand.ts).
 */
import type { Statement } from '../format/schema.js';
import { cssString } from '../text/css-string.js';
import { directionOf } from '../text/direction.js';
import type { PrintedStatements } from './print-sheet.js';
import { printUi } from './print-messages.js';
import { css, styleSheet } from './style-sheet.js';

/**
 * Paper's layout inside each element, beyond its own print styles (every section open, no
 * controls: sla-statement.styles.ts): adopted into its shadow root at the first print, and kept.
 */
const paperLayout = css`
  @media print {
    /* A section runs on over the page, as legal texts do, but its heading stays with its text. */
    .section-heading {
      break-after: avoid-page;
    }
    /* A service's name links to its card, whose address its row prints already. */
    a[href^='http']:not(.service-name)::after {
      content: ' (' attr(href) ')';
    }
    .table-scroll {
      overflow: visible;
    }
    /* An appendix starts on a page of its own, as on paper. */
    .sections + .services {
      break-before: page;
    }
    /* A4 is narrower than a screen: smaller type and tight cells keep every column on the page
       and each row to the fewest lines its content needs; a table of six columns or more (up to
       ten) needs the smallest, 8.4 pt. */
    table {
      font-size: 0.85em;
      line-height: 1.35;
    }
    table:has(th:nth-child(6)) {
      font-size: 0.7em;
    }
    th,
    td,
    thead th {
      padding: 0.2em 0.3em;
    }
    /* Chromium paints no form control in a table header repeated on a later page: the header's
       words must not be inside a button there. */
    .sort {
      display: contents;
    }
    /* A link cannot be followed on paper: its address is printed instead, broken anywhere. */
    td > a:not(.row-link) {
      display: none;
    }
    .address {
      display: inline;
      word-break: break-all;
    }
    td:has(> .address) {
      inline-size: 7em;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;

/** Set on the element whose print button was pressed, until the print is over. */
const ALONE = 'print-alone';

let statements: PrintedStatements | undefined;
let words: () => PageWords;
let sheet: CSSStyleSheet | undefined;

/**
 * From now on, every print of the page makes the stylesheet for these statements (once per page),
 * with the interface's words of the moment.
 */
export function follow(onPage: PrintedStatements, pageWords: () => PageWords): void {
  if (statements) return;
  statements = onPage;
  words = pageWords;
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
}

/** The next print is of this element's statement alone. */
export function markAlone(host: HTMLElement): void {
  host.setAttribute(ALONE, '');
}

function beforePrint(): void {
  dropSheet();
  const hosts = [...statements!];
  for (const { host } of hosts) adoptPaperLayout(host.shadowRoot);
  const alone = hosts.filter(({ host }) => host.hasAttribute(ALONE));
  const printed = (alone.length > 0 ? alone : hosts).flatMap(({ host, statement }) => (statement ? [{ host, statement }] : []));
  if (printed.length === 0) return;
  sheet = styleSheet(printRules(printed, alone.length > 0 ? ALONE : undefined, words()));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

let paperSheet: CSSStyleSheet | undefined;

/** Where shadow roots adopt no stylesheets (Safari before 16.4), the element's own print styles print alone. */
function adoptPaperLayout(root: ShadowRoot | null): void {
  if (!root || !('adoptedStyleSheets' in root)) return;
  paperSheet ??= styleSheet(paperLayout);
  if (!root.adoptedStyleSheets.includes(paperSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, paperSheet];
}

function dropSheet(): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  sheet = undefined;
}

/** The print is over (or did not start): the page is as before. */
export function afterPrint(): void {
  dropSheet();
  for (const { host } of statements!) {
    host.removeAttribute(ALONE);
    host.style.removeProperty('page');
  }
}

export interface Printed {
  host: HTMLElement;
  statement: Statement;
}

/**
 * What the words on every page need from the element, made by print-sheet.ts: imported here,
 * messages.ts and intl.ts made rolldown split @lit/localize and the Intl cache into chunks of
 * their own (https://github.com/rolldown/rolldown/issues/10731).
 */
export interface PageWords {
  locale: string;
  /** «صفحه N از M», the page counters in N's and M's place (CSS content, trusted: no quotes). */
  pageOf: (digits: string) => string;
  /** Today, as the locale writes a long Jalali date. */
  today: string;
}

/**
 * The rules for the statements printed: one statement's pages are the document's; several get a
 * named page each, to name their own. `alone`: the attribute marking the one printed alone, if any.
 */
export function printRules(printed: readonly Printed[], alone: string | undefined, words: PageWords): string {
  const rules = printed.map(({ host, statement }, index) =>
    pageRule(host, statement, printed.length > 1 ? `sla-statement-${index + 1}` : '', words),
  );
  return rules.join('') + (alone ? aloneRules(alone) : '');
}

/**
 * Gives a statement's pages the page name `name` (empty when it prints alone or by itself, with
 * the document's pages) and returns their @page rule.
 */
function pageRule(host: HTMLElement, statement: Statement, name: string, words: PageWords): string {
  // Through the CSSOM, which a strict CSP allows (a style attribute it would not); '' removes it.
  host.style.setProperty('page', name);
  const dir = directionOf(words.locale);
  const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const digits = words.locale === 'fa' ? 'persian' : 'decimal';
  // The margin boxes inherit the page's font (the element's, as portals set it on their body, not
  // on <html>) and direction. Widths are set so a long heading or address wraps in its own box
  // instead of running over its neighbour.
  return `@page ${name}{font:8pt ${getComputedStyle(host).fontFamily};color:#333;direction:${dir};` +
    `@top-${start}{content:${cssString(`${statement.provider.name} — ${statement.title}`)};direction:${statement.dir ?? directionOf(statement.lang ?? 'fa')};width:70%}` +
    `@top-${end}{content:${cssString(printUi.printedOn(words.today))}}` +
    `@bottom-${start}{content:"${words.pageOf(digits)}"}` +
    `@bottom-${end}{content:${cssString(pageAddress())};direction:ltr;width:70%;overflow-wrap:anywhere}}`;
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
const aloneRules = (alone: string) =>
  `body:has([${alone}]) :not(:has([${alone}]),[${alone}]){display:none!important}body :has([${alone}]){display:contents!important}`;
