/**
 * Printing, as authorities and citizens do: the PDF Chromium prints (A4 portrait, default margins)
 * must hold every section and every row inside its pages, and every page must say whose
 * statement it is and which page it is.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { preparePrinting } from '../../src/internal/print-sheet.js';
import { searchKey } from '../../src/text/persian-text.js';
import { $, SEEDS, loadJson, render, unmountAll } from './helpers.js';
import { until } from '../support/until.js';

/**
 * Text read back from a PDF keeps its words but not always their exact bidi order around numbers
 * and Latin words, nor spacing, line breaks or bracket direction. So a sentence is compared as
 * its Persian letters in order, plus each of its Latin/number tokens somewhere in the print.
 */
const persianLetters = (text: string) => searchKey(text).replace(/[^\p{L}]|[a-z]/gu, '');
const tokens = (text: string) => searchKey(text).match(/[a-z0-9]+/g) ?? [];
const letters = (text: string) => searchKey(text).replace(/[^\p{L}\p{N}]/gu, '');

interface Printed {
  pages: number;
  text: string;
  pageTexts: string[];
  /** Text items that reach past their page's edges. */
  outside: string[];
}

const printPdf = (save?: string) => executeServerCommand('print-pdf', save ? { save } : undefined) as Promise<Printed>;

interface EveryColumn {
  title: string;
  provider: { name: string };
  services: { items: { name: string; id: string }[] };
}

/**
 * 31 services using every column the table has, the nine fields and a link, after 12 sections of
 * prose: bench/generate.mjs's statement of 31 services, each given a URL.
 */
const everyColumn = async () => (await (await fetch('/test/fixtures/print/every-column.json')).json()) as EveryColumn;

const COLUMNS = {
  fa: ['ردیف', 'عنوان خدمت', 'واحد', 'شناسه خدمت', 'گیرنده خدمت', 'شیوه ارائه', 'مدت انجام', 'مراجعه حضوری', 'هزینه', 'پیوند'],
  en: ['No.', 'Service', 'Unit', 'Service ID', 'For', 'Channels', 'Processing time', 'In-person visits', 'Cost', 'Link'],
};
const pageOf = { fa: (n: number, m: number) => `صفحه ${n} از ${m}`, en: (n: number, m: number) => `Page ${n} of ${m}` };

const wordsOf = (text: string) => new Set(text.split(/\s+/).map(letters));

/**
 * A page's running header (its first line) and footer (its last, without the address beside
 * the page number: read back on the same baseline, they interleave), as letters.
 */
function margins(page: string): [string, string] {
  const lines = page.split('\n');
  return [letters(lines[0]!), letters(lines.at(-1)!.replace(/\S*:\/\/\S*/g, ''))];
}

/** Replaces window.print while `run` runs: headless Chromium's own never ends its print job. */
async function withPrintStub(run: (calls: () => number) => Promise<void>): Promise<void> {
  const original = window.print;
  let calls = 0;
  window.print = () => {
    calls++;
    // What the browser does first when print() is called.
    window.dispatchEvent(new Event('beforeprint'));
  };
  try {
    await run(() => calls);
  } finally {
    window.print = original;
  }
}


type Block = string | { list: string[] } | { terms: { term: string; text: string }[] };

function blockTexts(block: Block): string[] {
  if (typeof block === 'string') return [block];
  if ('list' in block) return block.list;
  return block.terms.flatMap(({ term, text }) => [term, text]);
}

describe('print', () => {
  // The running heads' rules are a module the element fetches when idle after showing a statement
  // (print-sheet.ts); these tests print at once, so they fetch it first, as that idle turn would.
  before(() => preparePrinting());
  afterEach(unmountAll);

  for (const { file } of [SEEDS[1], SEEDS[3]]) {
    it(`${file}: the printed PDF has every section open and every service row`, async () => {
      const data = await loadJson(file);
      // Closed sections and a 5-row page on screen: print must not care.
      await render(data, 'expanded="none" page-size="5"');
      const printed = await printPdf(file);
      // A paragraph may run on to the next page, past the running footer and header.
      const body = printed.pageTexts.map((page) => page.split('\n').slice(1, -1).join('\n')).join('\n');
      const text = letters(body);
      const persian = persianLetters(body);
      const printedTokens = new Set(tokens(body));
      const sections = data.sections as { content: Block[] }[];
      const missing = sections
        .flatMap((section) => section.content.flatMap(blockTexts))
        .filter(
          (sentence) =>
            !persian.includes(persianLetters(sentence)) || !tokens(sentence).every((token) => printedTokens.has(token)),
        );
      expect(missing).to.deep.equal([]);
      // A table cell may wrap beside its neighbours, so rows are checked word by word.
      const words = wordsOf(body);
      const items = ((data.services as { items: { name: string }[] } | undefined)?.items ?? []).map((item) => item.name);
      const missingWords = items.flatMap((name) => name.split(/\s+/).map(letters).filter((word) => word && !words.has(word)));
      expect(missingWords).to.deep.equal([]);
      // No controls on paper.
      for (const control of ['نمایش همه بخش‌ها', 'جستجو در خدمات', 'صفحه بعد']) {
        expect(text.includes(letters(control)), control).to.equal(false);
      }
    });
  }

  for (const lang of ['fa', 'en'] as const) {
    it(`${lang}: every column of a ten-column table is on A4 portrait, 31 services on two pages, every page named and numbered`, async () => {
      const data = await everyColumn();
      await render(data, `lang="${lang}"`);
      const printed = await printPdf(`every-column-${lang}`);
      expect(printed.outside, 'text outside the page').to.deep.equal([]);

      const items = data.services.items;
      expect(items.filter(({ id }) => !printed.text.includes(id)).map(({ id }) => id), 'ids missing').to.deep.equal([]);
      const missingWords = items.flatMap(({ name }) => name.split(/\s+/).map(letters).filter((word) => !wordsOf(printed.text).has(word)));
      expect(missingWords, 'words of names missing').to.deep.equal([]);

      // The table: at most two pages, every column's header on each (the header row repeats).
      const tablePages = printed.pageTexts.filter((text) => items.some(({ id }) => text.includes(id)));
      expect(tablePages.length).to.be.within(1, 2);
      for (const text of tablePages) {
        const missing = COLUMNS[lang].flatMap((label) => label.split(/[\s-]/)).filter((word) => !wordsOf(text).has(letters(word)));
        expect(missing, 'column headers missing on a page').to.deep.equal([]);
      }
      // Each service on one page only: no row split across two.
      for (const { id } of items) expect(tablePages.filter((text) => text.includes(id)).length, id).to.equal(1);

      // Every page: provider and title above, the date of printing, «page N of M» and the address.
      const year = new Intl.DateTimeFormat('en-u-ca-persian', { year: 'numeric' }).format().replace(/\D/g, '');
      printed.pageTexts.forEach((text, index) => {
        const where = `page ${index + 1}`;
        const [header, footer] = margins(text);
        expect(header.includes(letters(data.provider.name)), `${where}: provider`).to.equal(true);
        expect(header.includes(letters(data.title)), `${where}: title`).to.equal(true);
        expect(header.includes(letters(lang === 'fa' ? 'تاریخ چاپ' : 'Printed')) && header.includes(year), `${where}: date`).to.equal(true);
        expect(footer, `${where}: page number`).to.equal(letters(pageOf[lang](index + 1, printed.pages)));
        expect(text.includes(location.href), `${where}: address`).to.equal(true);
      });
    });
  }

  it('the print button prints its statement alone, then the page is as before', async () => {
    const host = document.createElement('p');
    host.textContent = 'محتوای خود صفحه میزبان';
    document.body.prepend(host);
    try {
      const first = await render(minimal('دستگاه نخست', 'توافقنامه نخست'));
      const second = await render(minimal('دستگاه دوم', 'توافقنامه دوم'));
      const button = $(second, 'button[part="print"]') as HTMLButtonElement;
      expect(button.type).to.equal('button');
      expect(button.textContent!.trim()).to.equal('چاپ');
      const sheetsBefore = document.adoptedStyleSheets.length;
      await withPrintStub(async (calls) => {
        button.click();
        await until(() => calls() === 1, 'print was called once', 2000);
        const printed = await printPdf('alone');
        const text = letters(printed.text);
        expect(text.includes(letters('توافقنامه دوم')), 'the statement').to.equal(true);
        expect(text.includes(letters('توافقنامه نخست')), 'the other statement').to.equal(false);
        expect(text.includes(letters(host.textContent!)), 'the host page').to.equal(false);
        // «چاپ» only in «تاریخ چاپ» (printed on), not from the button.
        expect(text.split(letters('چاپ')).length, 'the button on paper').to.equal(text.split(letters('تاریخ چاپ')).length);
        printed.pageTexts.forEach((page, index) => {
          expect(margins(page)[1], `page ${index + 1}`).to.equal(letters(pageOf.fa(index + 1, printed.pages)));
        });
      });
      // Chromium's afterprint ended it: nothing is left on the page or the elements.
      expect(second.hasAttribute('print-alone')).to.equal(false);
      expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      for (const element of [first, second]) expect(getComputedStyle(element).getPropertyValue('page')).to.equal('auto');
    } finally {
      host.remove();
    }
  });

  it('the print button leaves the page as it was when the browser ignores print() (a sandboxed frame)', async () => {
    // More than 100 services, so that the screen shows a page of them (a statement of up to 100 is one page).
    const items = Array.from({ length: 120 }, (_, index) => ({ name: `خدمت ${index + 1}` }));
    const element = await render({ ...(await loadJson('001-hamedan')), services: { items } }, 'page-size="5"');
    const original = window.print;
    let calls = 0;
    window.print = () => void calls++;
    try {
      ($(element, 'button[part="print"]') as HTMLButtonElement).click();
      await until(() => calls === 1, 'print was called once', 2000);
      await element.updateComplete;
    } finally {
      window.print = original;
    }
    expect(element.hasAttribute('print-alone')).to.equal(false);
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length, 'rows on screen').to.equal(5);
  });

  it('printing a page of several statements names each page after its own statement', async () => {
    const elements = [await render(minimal('دستگاه نخست', 'توافقنامه نخست')), await render(minimal('دستگاه دوم', 'توافقنامه دوم'))];
    const printed = await printPdf('several');
    for (const element of elements) expect(getComputedStyle(element).getPropertyValue('page'), 'after printing').to.equal('auto');
    // Each statement starts a page of its own; the counter runs over the whole print.
    const headers = printed.pageTexts.map((text) => text.split('\n')[0]!);
    const providers = headers.map((line) =>
      letters(line).includes(letters('دستگاه نخست')) ? 1 : letters(line).includes(letters('دستگاه دوم')) ? 2 : 0,
    );
    expect(providers).to.deep.equal([1, 2]);
    printed.pageTexts.forEach((text, index) => {
      const body = letters(text.split('\n').slice(1, -1).join(''));
      expect(body, `page ${index + 1}`).to.equal(letters(`توافقنامه ${index === 0 ? 'نخست' : 'دوم'} ارائه‌دهنده: دستگاه ${index === 0 ? 'نخست' : 'دوم'} هدف متن هدف`));
      expect(margins(text)[1], `page ${index + 1}`).to.equal(letters(pageOf.fa(index + 1, 2)));
    });
  });

  it('the running header prints hostile text as text: quotes, backslashes, line breaks cannot end the string', async () => {
    const hostile = 'Evil" } body { display: none } @page { @top-left { content: "pwned';
    const data = {
      ...minimal(`${hostile} \\"; \\\n*/ </style>`, 'Title\nwith a line break'),
      lang: 'en',
    };
    await render(data, 'lang="en"');
    const printed = await printPdf();
    expect(printed.pages).to.equal(1);
    const header = printed.pageTexts[0]!.split('\n')[0]!;
    expect(header.replace(/\s+/g, ' ')).to.include(`${hostile} \\"; \\ */ </style> — Title with a line break`);
    // The statement itself printed: no rule in the hostile text took effect.
    expect(letters(printed.text).includes(letters('متن هدف'))).to.equal(true);
  });

  it('a page without a statement prints as it did: no running header, no page number', async () => {
    const element = await render(minimal('دستگاه نخست', 'توافقنامه نخست'));
    element.parentElement!.remove();
    const text = document.createElement('p');
    text.textContent = 'فقط متن صفحه';
    document.body.append(text);
    try {
      const printed = await printPdf();
      expect(printed.text.trim()).to.equal('فقط متن صفحه');
    } finally {
      text.remove();
    }
  });

  it('under a strict CSP the print stylesheet is made, with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/pages/csp.html';
    const loaded = new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const statement = doc.querySelector('sla-statement')!;
      await (statement as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // The print rules' module is fetched when the frame is idle.
      await until(() => {
        win.dispatchEvent(new Event('beforeprint'));
        const made = doc.adoptedStyleSheets.length > 0;
        if (!made) win.dispatchEvent(new Event('afterprint'));
        return made;
      }, 'the print rules are fetched');
      const rules = [...doc.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const pages = rules.filter((rule) => rule instanceof (win as unknown as typeof window).CSSPageRule);
      // Three statements print together: a named page each.
      expect(pages.map((rule) => (rule as CSSPageRule).selectorText)).to.deep.equal(['sla-statement-1', 'sla-statement-2', 'sla-statement-3']);
      win.dispatchEvent(new Event('afterprint'));
      expect(doc.adoptedStyleSheets.length).to.equal(0);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

function minimal(provider: string, title: string): Record<string, unknown> {
  return {
    version: 1,
    title,
    provider: { name: provider },
    sections: [{ kind: 'purpose', content: ['متن هدف'] }],
  };
}
