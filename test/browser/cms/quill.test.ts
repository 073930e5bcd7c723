/**
 * Quill 2, self-hosted from npm (its browser build, snow theme), as shipped: Quill has no raw
 * HTML and no setting that keeps an unknown element, so the link of docs/embedding.md is its only
 * way in. A CMS saves `getSemanticHTML()` or the editing area's innerHTML; both are published on
 * a portal page and the statement checked there.
 */
import { expect } from '@open-wc/testing';
import { classicScript, stylesheet } from './editor-files.js';
import { snippet } from './docs-snippets.js';
import { expectNone, expectShown, FILE_TITLE, paste, publish, unpublishAll } from './publish.js';

interface Quill {
  root: HTMLElement;
  getSemanticHTML(): string;
  setText(text: string): void;
  setSelection(index: number, length: number): void;
  format(name: string, value: unknown): void;
}
declare const Quill: new (element: HTMLElement, options: Record<string, unknown>) => Quill;

await classicScript('quill/dist/quill.js');
stylesheet('quill/dist/quill.snow.css');

const hosts: HTMLElement[] = [];

function editor(): Quill {
  // The snow theme puts its toolbar beside the container: a host holds both.
  const host = document.createElement('div');
  const container = document.createElement('div');
  host.append(container);
  document.body.append(host);
  hosts.push(host);
  return new Quill(container, { theme: 'snow' });
}

/** The two forms a CMS saves Quill's content in. */
const saved = (quill: Quill) => [quill.getSemanticHTML(), quill.root.innerHTML];

describe('Quill 2', () => {
  afterEach(() => {
    while (hosts.length) hosts.pop()!.remove();
    unpublishAll();
  });

  it('link, pasted or made with the link button: the statement shows', async () => {
    const fromPaste = editor();
    paste(fromPaste.root, snippet('link'));
    const fromButton = editor();
    fromButton.setText('توافقنامه سطح خدمت');
    fromButton.setSelection(0, 'توافقنامه سطح خدمت'.length);
    // What the link tooltip runs when its address is filled in and saved.
    fromButton.format('link', '/files/sla.json#sla-statement');
    for (const html of [...saved(fromPaste), ...saved(fromButton)]) {
      expect(html).to.contain('href="/files/sla.json#sla-statement"');
      expectShown(await publish(html), FILE_TITLE);
    }
  });

  it("link, where the editor's own page loads the site script: it stays a link in the editing area and in what is saved", async () => {
    await import('/assets/sla-statement.js' as string);
    const quill = editor();
    paste(quill.root, snippet('link'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(quill.root.querySelector('sla-statement')).to.equal(null);
    expect(quill.getSemanticHTML()).to.contain('<a href="/files/sla.json#sla-statement"');
  });

  it('element: removed, its fallback link left; inline JSON: left as text on the page', async () => {
    const element = editor();
    paste(element.root, snippet('element'));
    for (const html of saved(element)) {
      expect(html).not.to.contain('<sla-statement');
      const published = await publish(html);
      expectNone(published);
      expect(published.text).to.contain('(JSON)');
    }
    const inline = editor();
    paste(inline.root, snippet('inline'));
    for (const html of saved(inline)) {
      const published = await publish(html);
      expectNone(published);
      expect(published.text).to.contain('"version": 1');
    }
  });
});
