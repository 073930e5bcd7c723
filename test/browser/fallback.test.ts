/**
 * The fallback inside the element (issue 11, point 4): readers without JavaScript, crawlers and
 * slow phones see it at once; it stays in view, unchanged, until the statement is ready; then
 * the statement takes its place in one frame, never both on screen and never neither. Pages are
 * framed at phone width, the script added to them later, as a slow network delivers it.
 */
import { expect } from '@open-wc/testing';
import { renderFallback } from '../../src/fallback/render-fallback.js';
import type { Statement } from '../../src/format/schema.js';
import { validateStatement } from '../../src/format/validate.js';
import type { SlaStatement } from '../../src/sla-statement.component.js';
import { $, loadJson, mount, unmountAll } from './helpers.js';

const LORESTAN = '/demo/data/000-lorestan.json';

async function fallbackOf(file: string, lang: 'fa' | 'en' = 'fa'): Promise<string> {
  const { statement } = validateStatement(await loadJson(file));
  return renderFallback(statement as Statement, { lang });
}

interface Framed {
  frame: HTMLIFrameElement;
  doc: Document;
  element: SlaStatement;
  /** The fallback's outermost element, as the page put it. */
  fallback: HTMLElement;
  /** Adds the element's script to the page, as it arrives after the HTML. */
  upgrade: () => Promise<void>;
}

/** A page holding one statement's fallback, at phone width, with a paragraph after it. */
async function framePage(inside: string, { src = LORESTAN, lang = 'fa', width = 360 } = {}): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 640px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}"><head><meta name="viewport" content="width=device-width"></head>
    <body><sla-statement src="${src}">${inside}</sla-statement><p id="after">پس از توافقنامه</p></body></html>`;
  await new Promise((resolve) => {
    frame.onload = resolve;
    document.body.append(frame);
  });
  const doc = frame.contentDocument!;
  const element = doc.querySelector('sla-statement') as SlaStatement;
  const upgrade = async () => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/src/sla-statement.ts';
    doc.head.append(script);
    await frame.contentWindow!.customElements.whenDefined('sla-statement');
  };
  return { frame, doc, element, fallback: element.firstElementChild as HTMLElement, upgrade };
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));
const visible = (node: Element | null | undefined) => !!node?.checkVisibility({ visibilityProperty: true });

describe('the fallback inside the element', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    while (frames.length) frames.pop()!.remove();
    unmountAll();
  });

  it('shows the whole statement without JavaScript', async () => {
    const page = await framePage(await fallbackOf('000-lorestan'));
    frames.push(page.frame);
    expect(visible(page.fallback.querySelector('h2'))).to.equal(true);
    expect(page.fallback.querySelectorAll('h3').length).to.be.greaterThan(5);
    expect(page.doc.querySelector('sla-statement')!.textContent).to.contain('معتبر');
  });

  for (const [lang, file] of [['fa', '000-lorestan'], ['en', '001-hamedan']] as const) {
    it(`${file}, ${lang}: stays in view, unchanged, until the statement takes its place in one frame`, async () => {
      const page = await framePage(await fallbackOf(file, lang), { src: `/__fault/slow/600/demo/data/${file}.json`, lang });
      frames.push(page.frame);
      const win = page.frame.contentWindow!;
      const title = page.fallback.querySelector('h2')!;
      const before = { title: title.getBoundingClientRect().toJSON(), after: page.doc.getElementById('after')!.getBoundingClientRect().top, lineHeight: win.getComputedStyle(title).lineHeight };

      const shifts: number[] = [];
      new (win as unknown as typeof globalThis).PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: false });

      const loaded = new Promise((resolve) => page.element.addEventListener('sla-load', resolve, { once: true }));
      let done = false;
      void loaded.then(() => (done = true));
      await page.upgrade();
      // Every frame from the script's arrival to the statement shown: exactly one of the two in view.
      const seen: string[] = [];
      while (!done) {
        await nextFrame(win);
        const article = page.element.shadowRoot!.querySelector('article');
        const state = `${visible(page.fallback) ? 'fallback' : ''}${visible(article) ? 'statement' : ''}${page.element.shadowRoot!.querySelector('[part="loading"]') ? '+placeholder' : ''}`;
        if (seen.at(-1) !== state) seen.push(state);
        if (state === 'fallback') {
          // Upgraded and loading: the fallback is where it was, laid out as it was.
          expect(title.getBoundingClientRect().toJSON()).to.deep.equal(before.title);
          expect(win.getComputedStyle(title).lineHeight).to.equal(before.lineHeight);
        }
      }
      await page.element.updateComplete;
      await nextFrame(win);
      expect(seen.filter((state) => state !== 'statement')).to.deep.equal(['fallback']);
      expect(visible(page.fallback)).to.equal(false);
      const shownTitle = page.element.shadowRoot!.querySelector('[part="title"]')!;
      expect(visible(shownTitle)).to.equal(true);
      // The statement starts where the fallback started, but for the fallback heading's own top
      // margin (the browser's 0.83em of an h2 here, 20 px; the element's title has none), which
      // is the one layout shift: the page's body moves up by it. Measured 0.018; good is ≤ 0.1.
      const moved = before.title.top - shownTitle.getBoundingClientRect().top;
      expect(moved).to.be.within(0, 21);
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.be.lessThan(0.03);
    });
  }

  it('is found once by find-in-page: the statement, laid out hidden meanwhile, or the fallback', async () => {
    const page = await framePage(await fallbackOf('000-lorestan'), { src: `/__fault/slow/300${LORESTAN}` });
    frames.push(page.frame);
    const win = page.frame.contentWindow! as Window & { find: (text: string, ...flags: boolean[]) => boolean };
    const count = (text: string) => {
      win.getSelection()!.removeAllRanges();
      let found = 0;
      while (found < 5 && win.find(text, false, false, false)) found++;
      return found;
    };
    const phrase = 'دوره عملکرد';
    expect(count(phrase), 'before the script').to.equal(1);
    const loaded = new Promise((resolve) => page.element.addEventListener('sla-load', resolve, { once: true }));
    await page.upgrade();
    expect(count(phrase), 'while loading').to.equal(1);
    await loaded;
    await page.element.updateComplete;
    expect(visible(page.fallback)).to.equal(false);
    expect(page.element.shadowRoot!.textContent).to.contain(phrase);
  });

  it('stays in view beside the error when the statement cannot be loaded', async () => {
    const page = await framePage(await fallbackOf('000-lorestan'), { src: '/__fault/status/500' });
    frames.push(page.frame);
    const failed = new Promise((resolve) => page.element.addEventListener('sla-error', resolve, { once: true }));
    await page.upgrade();
    await failed;
    await page.element.updateComplete;
    expect(visible(page.element.shadowRoot!.querySelector('[part="error"]'))).to.equal(true);
    expect(visible(page.fallback.querySelector('h2'))).to.equal(true);
  });

  it('a page\'s short fallback shows instead of the placeholder; none, or only the inline JSON, leaves the placeholder', async () => {
    const slow = `/__fault/slow/400${LORESTAN}`;
    const withText = mount(`<sla-statement src="${slow}">\n  <p><a href="${LORESTAN}">JSON</a></p>\n</sla-statement>`);
    const bare = mount(`<sla-statement src="${slow}">\n  \n</sla-statement>`);
    const dataOnly = mount(`<sla-statement src="${slow}"><script type="application/json">{}</script></sla-statement>`);
    await Promise.all([withText, bare, dataOnly].map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect($(withText, '[part="loading"]')).to.equal(null);
    expect(visible(withText.querySelector('p'))).to.equal(true);
    expect($(bare, '[part="loading"]')).to.exist;
    expect($(dataOnly, '[part="loading"]')).to.exist;
  });
});
