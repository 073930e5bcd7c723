/**
 * TinyMCE 8, self-hosted from npm (GPL licence key), in its default iframe mode: each route of
 * docs/embedding.md pasted or entered as an author would, what `getContent()` saves published on
 * a portal page, and the statement checked there. "As shipped" is TinyMCE's default configuration.
 */
import { expect } from '@open-wc/testing';
import { classicScript, EDITORS } from './editor-files.js';
import { inlineTitle, setting, snippet } from './docs-snippets.js';
import { expectNone, expectShown, FILE_TITLE, paste, publish, unpublishAll } from './publish.js';

interface Editor {
  getBody(): HTMLElement;
  getContent(): string;
  setContent(html: string): void;
  selection: { select(node: Node, content?: boolean): void };
  execCommand(command: string, ui: boolean, value: unknown): void;
}
declare const tinymce: { init(settings: Record<string, unknown>): Promise<Editor[]>; remove(): void };

await classicScript('tinymce/tinymce.min.js');

async function editor(settings: Record<string, unknown> = {}): Promise<Editor> {
  const target = document.createElement('textarea');
  document.body.append(target);
  const [created] = await tinymce.init({
    target,
    license_key: 'gpl',
    base_url: `${EDITORS}/tinymce`,
    suffix: '.min',
    plugins: 'link code',
    ...settings,
  });
  return created!;
}

/** What TinyMCE saves after a paste of `html`. */
async function pasted(html: string, settings?: Record<string, unknown>): Promise<string> {
  const created = await editor(settings);
  paste(created.getBody(), html);
  return created.getContent();
}

/** What TinyMCE saves after `html` is written in the source code view (whose Save sets the content). */
async function fromSourceView(html: string, settings: Record<string, unknown>): Promise<string> {
  const created = await editor(settings);
  created.setContent(html);
  return created.getContent();
}

describe('TinyMCE 8', () => {
  afterEach(() => {
    tinymce.remove();
    document.querySelectorAll('textarea').forEach((textarea) => textarea.remove());
    unpublishAll();
  });

  it("link, as shipped: kept, but its address is rewritten relative to the editor's page, so a page in another folder finds no file", async () => {
    const saved = await pasted(snippet('link'));
    expect(saved).to.contain('files/sla.json#sla-statement').and.not.to.contain('"/files/');
    const published = await publish(saved);
    expectNone(published);
    expect(published.failed).to.equal(1);
  });

  it('link with relative_urls: false (or convert_urls: false), pasted or made with the link button: the statement shows', async () => {
    const settings = { relative_urls: false };
    expectShown(await publish(await pasted(snippet('link'), settings)), FILE_TITLE);
    expectShown(await publish(await pasted(snippet('link'), { convert_urls: false })), FILE_TITLE);

    const created = await editor(settings);
    created.setContent('<p>توافقنامه سطح خدمت</p>');
    created.selection.select(created.getBody().querySelector('p')!, true);
    // What the link dialog runs when its address is filled in and saved.
    created.execCommand('mceInsertLink', false, '/files/sla.json#sla-statement');
    const saved = created.getContent();
    expect(saved).to.contain('href="/files/sla.json#sla-statement"');
    expectShown(await publish(saved), FILE_TITLE);
  });

  it("element and inline JSON, as shipped: removed, leaving only the element's fallback link", async () => {
    const element = await pasted(snippet('element'));
    expect(element).not.to.contain('<sla-statement');
    const published = await publish(element);
    expectNone(published);
    expect(published.text).to.contain('(JSON)');

    const inline = await pasted(snippet('inline'));
    expect(inline).not.to.contain('sla-statement').and.not.to.contain('application/json');
    expectNone(await publish(inline));
  });

  it('element and inline JSON with the documented setting, pasted or written in the source code view: the statement shows', async () => {
    const settings = setting('tinymce');
    expectShown(await publish(await pasted(snippet('element'), settings)), FILE_TITLE);
    expectShown(await publish(await fromSourceView(snippet('element'), settings)), FILE_TITLE);
    expectShown(await publish(await pasted(snippet('inline'), settings)), inlineTitle());
    expectShown(await publish(await fromSourceView(snippet('inline'), settings)), inlineTitle());
  });

  it("the documented setting's script[type] keeps any script, as the docs warn", async () => {
    expect(await pasted('<script type="text/javascript">document.title = "x";</script>', setting('tinymce'))).to.contain('<script');
  });
});
