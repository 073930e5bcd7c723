/**
 * The link route of docs/embedding.md: with the element's script on the page, a link whose
 * address ends in `#sla-statement` becomes `<sla-statement src>` for that file, keeping the link
 * as its fallback. Each page is a frame that loads the script as a portal's template does.
 * The same route through real CMS editors is in test/browser/cms/.
 */
import { expect } from '@open-wc/testing';
import type { SlaStatement } from '../../src/sla-statement.js';

const frames: HTMLIFrameElement[] = [];

async function page(body: string, head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">${head}
<script type="module" src="/src/sla-statement.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Waits until the element shows its statement, and returns its title. */
async function shownTitle(element: Element): Promise<string> {
  await (element as SlaStatement).whenReady();
  return element.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
}

/** The MutationObserver's callback runs after the task that changed the page. */
const afterMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

const TITLE = 'توافقنامه سطح خدمت استانداری لرستان';

describe('links to a statement file', () => {
  afterEach(() => {
    while (frames.length) frames.pop()!.remove();
  });

  it('a link ending in #sla-statement becomes the element showing that file, with the link inside as its fallback', async () => {
    const doc = await page('<p><a id="link" href="/files/sla.json#sla-statement">توافقنامه سطح خدمت</a></p>');
    const link = doc.getElementById('link')!;
    const element = link.parentElement!;
    expect(element.localName).to.equal('sla-statement');
    expect(element.parentElement!.localName).to.equal('p');
    expect(element.getAttribute('src')).to.equal(`${location.origin}/files/sla.json`);
    expect(link.getAttribute('href')).to.equal('/files/sla.json#sla-statement');
    expect(await shownTitle(element)).to.equal(TITLE);
    expect(link.getBoundingClientRect().height, 'the fallback is hidden behind the statement').to.equal(0);
  });

  it('the address is resolved against the page, and the file may be .txt served as text/plain', async () => {
    const doc = await page('<a href="../files/sla.txt#sla-statement">توافقنامه سطح خدمت</a>', '<base href="/fa/news.html">');
    const element = doc.querySelector('sla-statement')!;
    expect(element.getAttribute('src')).to.equal(`${location.origin}/files/sla.txt`);
    expect(await shownTitle(element)).to.equal(TITLE);
  });

  it('links added later, alone or inside added content, are upgraded too', async () => {
    const doc = await page('<main></main>');
    const main = doc.querySelector('main')!;
    const link = doc.createElement('a');
    link.href = '/files/sla.json#sla-statement';
    link.textContent = 'توافقنامه';
    main.append(link);
    const article = doc.createElement('article');
    article.innerHTML = '<h2>خبر</h2><p>متن <a href="/files/sla.txt#sla-statement">توافقنامه</a></p>';
    main.append(article);
    await afterMutations();
    const elements = [...main.querySelectorAll('sla-statement')];
    expect(elements.map((element) => element.getAttribute('src'))).to.deep.equal([
      `${location.origin}/files/sla.json`,
      `${location.origin}/files/sla.txt`,
    ]);
    expect(await Promise.all(elements.map(shownTitle))).to.deep.equal([TITLE, TITLE]);
  });

  it('leaves alone other links, the fallback link inside an element, and links in an editing area, also when added later', async () => {
    const doc = await page(`
      <p><a href="/files/sla.json">JSON</a> <a href="/files/sla.json#sla-statement-2">a section</a> <a href="/files/sla.json#sla-statement?x">?</a></p>
      <sla-statement src="/files/sla.json"><a href="/files/sla.json#sla-statement">fallback</a></sla-statement>
      <div id="editor" contenteditable="true"><p><a href="/files/sla.json#sla-statement">editing</a></p>
        <figure contenteditable="false"><a href="/files/sla.json#sla-statement">widget</a></figure></div>`);
    const editor = doc.getElementById('editor')!;
    editor.insertAdjacentHTML('beforeend', '<p><a href="/files/sla.json#sla-statement">pasted</a></p>');
    await afterMutations();
    expect(doc.querySelectorAll('sla-statement')).to.have.length(1);
    expect(editor.querySelectorAll('a[href$="#sla-statement"]')).to.have.length(3);
  });

  it('loaded twice, the script makes one element of each link', async () => {
    const doc = await page(
      '<p><a href="/files/sla.json#sla-statement">توافقنامه</a></p>',
      '<script type="module" src="/src/sla-statement.ts?second"></script>',
    );
    doc.body.insertAdjacentHTML('beforeend', '<p><a href="/files/sla.json#sla-statement">توافقنامه</a></p>');
    await afterMutations();
    const elements = [...doc.querySelectorAll('sla-statement')];
    expect(elements).to.have.length(2);
    expect(elements.every((element) => element.querySelector('sla-statement') === null)).to.equal(true);
  });
});
