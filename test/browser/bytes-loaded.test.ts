/**
 * What a reader's browser really loads: a page of its own (a frame) with the built ES bundle and
 * one statement, and the bundle files its resource timing lists, gzipped (level 9) as a server
 * would send them. Parts a statement may not need are modules fetched from beside the bundle
 * (src/internal/on-demand.ts); these tests say which statement fetches which, and guard the
 * bytes of a 31-service Persian statement. `npm test` builds dist/ first.
 *
 * Issue 13 asks for at most 22 KB (goal 20) for that statement: BUDGET_SHOWN holds it;
 * bench/README.md ("Bytes") says where the bytes are and what is left to cut.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../support/until.js';

const KB = 1024;
/** Everything loaded until the 31-service Persian statement is shown, and once idle (JSON-LD, print rules). */
const BUDGET_SHOWN = 22 * KB;
const BUDGET_IN_ALL = 24.25 * KB;

interface Loaded {
  /** Bundle files fetched, by kind: the bundle itself or the name of an on-demand module. */
  modules: string[];
  bytes: number;
}

type Element = HTMLElement & { whenReady(): Promise<unknown> };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function everyColumn(): Promise<{ services: { items: unknown[] } } & Record<string, unknown>> {
  return (await fetch('/test/fixtures/print/every-column.json')).json();
}

function textUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

function jsonUrl(statement: unknown): string {
  return textUrl(JSON.stringify(statement));
}

/**
 * A page with only the bundle and `<sla-statement src=… attributes>`, once its statement is
 * shown (or, for a broken one, its failure); the bundle from `folder`, which may be one missing
 * a module (web-test-runner.config.mjs), and the page's URL with `query` (a view of the table).
 */
async function showPage(src: string, attributes = '', folder = '/dist', settles: 'shown' | 'failed' = 'shown', query: Record<string, string> = {}): Promise<Window> {
  frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => (frame!.onload = resolve));
  const element = `<sla-statement src="${src}" ${attributes}></sla-statement>`;
  frame.src = `/test/fixtures/pages/bundle.html?${new URLSearchParams({ element, folder, ...query })}`;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  await view.customElements.whenDefined('sla-statement');
  const ready = (view.document.querySelector('sla-statement') as Element).whenReady();
  if (settles === 'shown') await ready;
  else await ready.then(() => expect.fail('the statement was shown'), () => undefined);
  return view;
}

/** The bundle files the page has fetched so far, and their gzip bytes in all. */
async function loadedBy(view: Window): Promise<Loaded> {
  const paths = view.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));
  const sizes = (await executeServerCommand('gzip-size', { paths })) as Record<string, number>;
  return {
    modules: paths.map((path) => path.replace(/^\/dist\/(sla-statement-)?/, '').replace(/-[\w-]{8}\.js$|\.js$/, '')).sort(),
    bytes: Object.values(sizes).reduce((sum, size) => sum + size, 0),
  };
}


/** The JSON-LD is made when the browser is idle, after the statement is shown. */
const jsonLdWritten = (view: Window) =>
  until(() => !!view.document.head.querySelector('script[type="application/ld+json"]'), 'the JSON-LD is written');

/** The search's module is fetched when the browser is idle, after the statement is shown. */
const fetched = (view: Window, module: string) =>
  until(() => view.performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/sla-statement-${module}-`)), `the ${module} module is fetched`);

describe('bytes a page loads (the built ES bundle)', () => {
  it(`a 31-service Persian statement: the bundle alone to show it (≤ ${BUDGET_SHOWN / KB} KB), its JSON-LD and the print rules when idle (≤ ${BUDGET_IN_ALL / KB} KB in all), the search's when the reader comes to the search box`, async () => {
    const statement = await everyColumn();
    const view = await showPage(jsonUrl(statement));
    const shown = await loadedBy(view);
    expect(shown.modules).to.deep.equal(['sla-statement']);
    expect(shown.bytes).to.be.at.most(BUDGET_SHOWN);
    await jsonLdWritten(view);
    await fetched(view, 'print-pages');
    const inAll = await loadedBy(view);
    expect(inAll.modules).to.deep.equal(['json-ld-script', 'print-pages', 'sla-statement']);
    expect(inAll.bytes).to.be.at.most(BUDGET_IN_ALL);
    const element = view.document.querySelector('sla-statement') as Element & { updateComplete: Promise<unknown> };
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await fetched(view, 'service-search');
    search.value = (statement.services.items[0] as { name: string }).name;
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('tbody tr:not([hidden])').length).to.be.greaterThan(0).and.lessThan(31);
  });

  it('an English interface fetches the English module', async () => {
    const view = await showPage(jsonUrl(await everyColumn()), 'lang="en" no-structured-data');
    expect((await loadedBy(view)).modules).to.deep.equal(['english', 'sla-statement']);
    const element = view.document.querySelector('sla-statement')!;
    expect(element.shadowRoot!.querySelector('.toggle-all')!.textContent!.trim()).to.equal('Show all sections');
  });

  it('a statement with problems fetches their wording, and shows it', async () => {
    const statement = await everyColumn();
    statement['sections'] = [{ kind: 'purpose', content: ['متن', 5] }];
    const view = await showPage(jsonUrl(statement), 'no-structured-data');
    expect((await loadedBy(view)).modules).to.deep.equal(['problem-report', 'sla-statement']);
    const notice = view.document.querySelector('sla-statement')!.shadowRoot!.querySelector('[part="notice"] li')!;
    expect(notice.textContent).to.contain('باید');
  });

  it('a broken file fetches the JSON scanner, which finds the line and column', async () => {
    const view = await showPage(textUrl('{\n  "version": 1,\n  "title": x\n}'), '', '/dist', 'failed');
    expect((await loadedBy(view)).modules).to.deep.equal(['json-syntax', 'problem-report', 'sla-statement']);
    const alert = view.document.querySelector('sla-statement')!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('سطر ۳، ستون ۱۲');
  });

  it('a statement of more than 100 services fetches the paging module before it is shown, and shows its pager', async () => {
    const statement = await everyColumn();
    const items = statement.services.items;
    statement.services.items = Array.from({ length: 101 }, (_, index) => items[index % items.length]);
    const view = await showPage(jsonUrl(statement), 'no-structured-data');
    expect((await loadedBy(view)).modules).to.deep.equal(['paging-parts', 'sla-statement']);
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    expect(root.querySelectorAll('tbody tr').length).to.equal(20);
    expect(root.querySelector('[part="pager"] span')!.textContent!.trim()).to.equal('صفحه ۱ از ۵');
    expect(view.getComputedStyle(root.querySelector('[part="pager"]')!).display, 'the module brings the pager\'s look').to.equal('flex');
  });

  it('a URL that names a view of the table fetches the module that reads it before the statement is shown, which shows that view', async () => {
    const unit = 'اداره ثبت اسناد و املاک';
    const view = await showPage(jsonUrl(await everyColumn()), 'no-structured-data', '/dist', 'shown', { 'sla-unit': unit });
    expect((await loadedBy(view)).modules).to.deep.equal(['sla-statement', 'url-view']);
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    expect(root.querySelector<HTMLSelectElement>('[part="unit-filter"]')!.value).to.equal(unit);
    expect(root.querySelectorAll('tbody tr:not([hidden])').length).to.equal(3);
  });

  it('a reader who changes the view fetches the module that writes it into the page URL', async () => {
    const view = await showPage(jsonUrl(await everyColumn()), 'no-structured-data');
    const select = view.document.querySelector('sla-statement')!.shadowRoot!.querySelector<HTMLSelectElement>('[part="unit-filter"]')!;
    select.value = 'واحد مدیریت بحران';
    select.dispatchEvent(new Event('change'));
    await fetched(view, 'url-view');
    await until(() => new URLSearchParams(view.location.search).get('sla-unit') === 'واحد مدیریت بحران', 'the view is in the URL');
  });

  it('a large document (over 512 KB) fetches the sliced reader and parser, and the sort (in slices) when sorted; no-structured-data never fetches JSON-LD', async () => {
    const statement = await everyColumn();
    const items = statement.services.items;
    statement.services.items = Array.from({ length: 3000 }, (_, index) => items[index % items.length]);
    const view = await showPage(jsonUrl(statement), 'no-structured-data');
    // Both when idle: the print rules, and the search of a long list.
    await fetched(view, 'service-search');
    await fetched(view, 'print-pages');
    expect((await loadedBy(view)).modules).to.deep.equal(['large-document', 'paging-parts', 'print-pages', 'service-search', 'sla-statement']);
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    root.querySelectorAll<HTMLButtonElement>('th button.sort')[1]!.click();
    await fetched(view, 'service-sort');
    await until(() => !root.querySelector('table[aria-busy]'), 'the sort is done');
    expect((await loadedBy(view)).modules).to.deep.equal(['large-document', 'paging-parts', 'print-pages', 'service-search', 'service-sort', 'sla-statement']);
    expect(root.querySelector('th[aria-sort="ascending"]')).to.exist;
  });
});

describe('a module that cannot be fetched', () => {
  const warnings = (view: Window) => {
    const seen: string[] = [];
    (view as Window & { console: Console }).console.warn = (...args: unknown[]) => void seen.push(String(args[0]));
    return seen;
  };

  it('English: the statement is shown with the Persian interface, words and digits alike', async () => {
    const view = await showPage(jsonUrl(await everyColumn()), 'lang="en" no-structured-data', '/__fault/without/english');
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    expect(root.querySelector('.toggle-all')!.textContent!.trim()).to.equal('نمایش همه بخش‌ها');
    expect(root.querySelector('[part="match-count"]')!.textContent!.trim()).to.equal('۳۱ خدمت');
    expect(root.querySelectorAll('tbody tr').length).to.equal(31);
  });

  it('the JSON scanner: a broken file is still said to be broken, with what the parser said, without a place', async () => {
    const view = await showPage(textUrl('{\n  "version": 1,\n  "title": x\n}'), '', '/__fault/without/json-syntax', 'failed');
    const alert = view.document.querySelector('sla-statement')!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('فایل JSON خطای نگارشی دارد (');
    expect(alert.textContent).not.to.contain('سطر');
  });

  it('the problem report: a broken file is still said to be broken, in the parser\'s words; problems are listed by place and code', async () => {
    const broken = await showPage(textUrl('{\n  "version": 1,\n  "title": x\n}'), '', '/__fault/without/problem-report', 'failed');
    const alert = broken.document.querySelector('sla-statement')!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('نمایش توافقنامه ممکن نشد');
    expect(alert.textContent).to.match(/JSON/);
    const statement = await everyColumn();
    statement['sections'] = [{ kind: 'purpose', content: ['متن', 5] }];
    const view = await showPage(jsonUrl(statement), 'no-structured-data', '/__fault/without/problem-report');
    const notice = view.document.querySelector('sla-statement')!.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.querySelector('li')!.textContent).to.equal('sections[0].content[1]: type');
  });

  it('printing: the page prints by the element\'s own print styles, and the print button prints the whole page', async () => {
    const view = await showPage(jsonUrl(await everyColumn()), 'no-structured-data', '/__fault/without/print-pages');
    const seen = warnings(view);
    await until(() => seen.length > 0, 'the print rules were asked for');
    view.dispatchEvent(new Event('beforeprint'));
    expect(view.document.adoptedStyleSheets.length, 'no document stylesheet').to.equal(0);
    view.dispatchEvent(new Event('afterprint'));
    let printed = 0;
    view.print = () => {
      printed++;
      view.dispatchEvent(new Event('beforeprint'));
    };
    view.document.querySelector('sla-statement')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!.click();
    await until(() => printed === 1, 'print() was called');
    expect(view.document.adoptedStyleSheets.length, 'nothing hides the rest of the page').to.equal(0);
    expect(seen).to.deep.equal(['<sla-statement> could not load its printing module; going on without it.', '<sla-statement> could not load its printing module; going on without it.']);
  });

  it('the URL\'s view: the statement is shown with every service, and a change of view stays off the URL', async () => {
    const view = await showPage(jsonUrl(await everyColumn()), 'no-structured-data', '/__fault/without/url-view', 'shown', { 'sla-unit': 'اداره ثبت اسناد و املاک' });
    const seen = warnings(view);
    const element = view.document.querySelector('sla-statement') as Element & { updateComplete: Promise<unknown> };
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('tbody tr:not([hidden])').length).to.equal(31);
    const select = root.querySelector<HTMLSelectElement>('[part="unit-filter"]')!;
    expect(select.value).to.equal('');
    select.value = 'واحد مدیریت بحران';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(root.querySelectorAll('tbody tr:not([hidden])').length, 'the filter still works').to.equal(3);
    await until(() => seen.length > 0, 'the module was asked for again');
    expect(seen).to.deep.equal(['<sla-statement> could not load its page URL module; going on without it.']);
    expect(new URLSearchParams(view.location.search).get('sla-unit')).to.equal('اداره ثبت اسناد و املاک');
  });

  it('large documents: a file over 256 KB is decoded and parsed at once, and shown', async () => {
    const statement = await everyColumn();
    const items = statement.services.items;
    statement.services.items = Array.from({ length: 3000 }, (_, index) => items[index % items.length]);
    const view = await showPage(jsonUrl(statement), 'no-structured-data', '/__fault/without/large-document');
    const asked = view.performance.getEntriesByType('resource').some((entry) => entry.name.includes('/sla-statement-large-document-'));
    expect(asked, 'the module was asked for').to.equal(true);
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    expect(root.querySelector('[part="match-count"]')!.textContent!.trim()).to.equal('۳٬۰۰۰ خدمت');
  });

  it('paging: a statement of more than 100 services is one page, every service\'s row on screen', async () => {
    const statement = await everyColumn();
    const items = statement.services.items;
    statement.services.items = Array.from({ length: 101 }, (_, index) => items[index % items.length]);
    const view = await showPage(jsonUrl(statement), 'no-structured-data', '/__fault/without/paging-parts');
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    expect(root.querySelectorAll('tbody tr').length).to.equal(101);
    expect(root.querySelector('[part="pager"]')).to.equal(null);
    expect(root.querySelector('[part="match-count"]')!.textContent!.trim()).to.equal('۱۰۱ خدمت');
  });

  it('sorting: the table says sorting is unavailable, keeps its order, and the next sort tries again', async () => {
    const view = await showPage(jsonUrl(await everyColumn()), 'no-structured-data', '/__fault/without/service-sort');
    const seen = warnings(view);
    const element = view.document.querySelector('sla-statement') as Element & { updateComplete: Promise<unknown> };
    const root = element.shadowRoot!;
    const names = () => [...root.querySelectorAll('tbody th')].map((cell) => cell.textContent!.trim());
    const published = names();
    root.querySelectorAll<HTMLButtonElement>('th button.sort')[1]!.click();
    await element.updateComplete;
    expect(root.querySelector('[part="match-count"]')!.textContent!.trim()).to.equal(
      'مرتب‌سازی بارگیری نشد؛ دوباره تلاش کنید، یا صفحه را دوباره بارگیری کنید.',
    );
    expect(root.querySelector('th[aria-sort]')).to.equal(null);
    expect(names()).to.deep.equal(published);
    root.querySelectorAll<HTMLButtonElement>('th button.sort')[1]!.click();
    await element.updateComplete;
    expect(seen).to.deep.equal(['<sla-statement> could not load its sorting module; going on without it.', '<sla-statement> could not load its sorting module; going on without it.']);
  });

  it('search: the table says search is unavailable, and typing tries again', async () => {
    const statement = await everyColumn();
    const view = await showPage(jsonUrl(statement), 'no-structured-data', '/__fault/without/service-search');
    const seen = warnings(view);
    const element = view.document.querySelector('sla-statement') as Element & { updateComplete: Promise<unknown> };
    const root = element.shadowRoot!;
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = (statement.services.items[0] as { name: string }).name;
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(root.querySelector('[part="match-count"]')!.textContent!.trim()).to.equal(
      'جستجو بارگیری نشد؛ با نوشتن دوباره تلاش می‌شود، یا صفحه را دوباره بارگیری کنید.',
    );
    expect(seen).to.deep.equal(['<sla-statement> could not load its search module; going on without it.']);
    search.value += ' ';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(seen.length, 'tried again').to.equal(2);
  });
});
