/**
 * What a reader's browser really loads: a page of its own (a frame) with the built ES bundle and
 * one statement, and the bundle files its resource timing lists, gzipped (level 9) as a server
 * would send them. Parts a statement may not need are modules fetched from beside the bundle
 * (src/internal/on-demand.ts); these tests say which statement fetches which, and guard the
 * bytes of a 31-service Persian statement. `npm test` builds dist/ first.
 *
 * Issue 13 asks for at most 22 KB (goal 20) for that statement. Not reached yet: measured
 * 2026-11-26, 28.9 KB (29,604 B) to show it and 29.5 KB (30,174 B) with its JSON-LD ; the budget
 * below stops growth until the rest is cut.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const KB = 1024;
/** Everything loaded until the 31-service Persian statement is shown, and after the idle JSON-LD. */
const BUDGET_SHOWN = 29 * KB;
const BUDGET_IN_ALL = 29.6 * KB;

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

function jsonUrl(statement: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(statement)], { type: 'application/json' }));
}

/** A page with only the bundle and `<sla-statement src=… attributes>`, once its statement is shown. */
async function showPage(src: string, attributes = ''): Promise<Window> {
  frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => (frame!.onload = resolve));
  frame.srcdoc = `<!doctype html><html lang="fa"><body><sla-statement src="${src}" ${attributes}></sla-statement>` +
    '<script type="module" src="/dist/sla-statement.js"></script></body></html>';
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  await view.customElements.whenDefined('sla-statement');
  await (view.document.querySelector('sla-statement') as Element).whenReady();
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
async function jsonLdWritten(view: Window): Promise<void> {
  for (let waited = 0; !view.document.head.querySelector('script[type="application/ld+json"]'); waited += 50) {
    if (waited > 5000) throw new Error('no JSON-LD after 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('bytes a page loads (the built ES bundle)', () => {
  it(`a 31-service Persian statement: the bundle alone to show it (≤ ${BUDGET_SHOWN / KB} KB), its JSON-LD module when idle (≤ ${BUDGET_IN_ALL / KB} KB in all)`, async () => {
    const view = await showPage(jsonUrl(await everyColumn()));
    const shown = await loadedBy(view);
    expect(shown.modules).to.deep.equal(['sla-statement']);
    expect(shown.bytes).to.be.at.most(BUDGET_SHOWN);
    await jsonLdWritten(view);
    const inAll = await loadedBy(view);
    expect(inAll.modules).to.deep.equal(['sla-statement', 'structured-data']);
    expect(inAll.bytes).to.be.at.most(BUDGET_IN_ALL);
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
    expect((await loadedBy(view)).modules).to.deep.equal(['problems', 'sla-statement']);
    const notice = view.document.querySelector('sla-statement')!.shadowRoot!.querySelector('[part="notice"] li')!;
    expect(notice.textContent).to.contain('باید');
  });

  it('a large document (over 512 KB) fetches the sliced parser, and the sliced sort when sorted; no-structured-data never fetches JSON-LD', async () => {
    const statement = await everyColumn();
    const items = statement.services.items;
    statement.services.items = Array.from({ length: 3000 }, (_, index) => items[index % items.length]);
    const view = await showPage(jsonUrl(statement), 'no-structured-data');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await loadedBy(view)).modules).to.deep.equal(['parse-json-in-slices', 'sla-statement']);
    const root = view.document.querySelector('sla-statement')!.shadowRoot!;
    root.querySelectorAll<HTMLButtonElement>('th button.sort')[1]!.click();
    for (let waited = 0; root.querySelector('table[aria-busy]') || waited === 0; waited += 50) {
      if (waited > 5000) throw new Error('still sorting after 5 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await loadedBy(view)).modules).to.deep.equal(['parse-json-in-slices', 'sla-statement', 'sort-in-slices']);
    expect(root.querySelector('th[aria-sort="ascending"]')).to.exist;
  });
});
