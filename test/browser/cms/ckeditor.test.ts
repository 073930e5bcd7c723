/**
 * CKEditor 5, self-hosted from npm (its browser build, GPL licence key): the classic editor with
 * the HTML plugins CMSs ship (General HTML Support, Source editing, HTML embed) and no
 * `htmlSupport` rules, which is "as shipped" here; the HTML embed is the setting the docs name. Each route of docs/embedding.md is pasted or
 * entered as an author would, what `getData()` saves is published on a portal page, and the
 * statement checked there.
 */
import { expect } from '@open-wc/testing';
import { moduleBuild, stylesheet } from './editor-files.js';
import { inlineTitle, snippet } from './docs-snippets.js';
import { expectNone, expectShown, FILE_TITLE, paste, publish, unpublishAll } from './publish.js';

interface Editor {
  getData(): string;
  setData(html: string): void;
  execute(command: string, ...args: unknown[]): void;
  destroy(): Promise<void>;
  editing: { view: { getDomRoot(): HTMLElement } };
  model: { document: { getRoot(): unknown }; change(callback: (writer: { setSelection(...args: unknown[]): void }) => void): void };
  ui: { view: { element: HTMLElement } };
}
interface CKEditor5 {
  ClassicEditor: { create(element: HTMLElement, config: Record<string, unknown>): Promise<Editor> };
  [plugin: string]: unknown;
}

const ck = await moduleBuild<CKEditor5>('ckeditor5/dist/browser/ckeditor5.js');
stylesheet('ckeditor5/dist/browser/ckeditor5.css');
const PLUGINS = ['Essentials', 'Paragraph', 'Heading', 'Bold', 'Italic', 'Link', 'List', 'GeneralHtmlSupport', 'SourceEditing', 'HtmlEmbed'];

const editors: Editor[] = [];

async function editor(config: Record<string, unknown> = {}): Promise<Editor> {
  const element = document.createElement('div');
  document.body.append(element);
  const created = await ck.ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: PLUGINS.map((name) => ck[name]),
    toolbar: ['heading', 'bold', 'italic', 'link', 'sourceEditing', 'htmlEmbed'],
    ...config,
  });
  editors.push(created);
  return created;
}

/** What CKEditor saves after a paste of `html`. */
async function pasted(html: string, config?: Record<string, unknown>): Promise<string> {
  const created = await editor(config);
  paste(created.editing.view.getDomRoot(), html);
  return created.getData();
}

/** What CKEditor saves after `html` is typed in Source mode: the Source button, the text area, the button again. */
async function fromSourceMode(html: string, config?: Record<string, unknown>): Promise<string> {
  const created = await editor(config);
  const button = created.ui.view.element.querySelector<HTMLButtonElement>('.ck-source-editing-button')!;
  button.click();
  const textarea = created.ui.view.element.querySelector('textarea')!;
  textarea.value = html;
  textarea.dispatchEvent(new Event('input'));
  button.click();
  return created.getData();
}

/** What CKEditor saves after `html` is put in an HTML embed («Insert HTML») and saved there. */
async function inHtmlEmbed(html: string): Promise<string> {
  const created = await editor();
  created.execute('htmlEmbed', html);
  return created.getData();
}

describe('CKEditor 5', () => {
  afterEach(async () => {
    while (editors.length) await editors.pop()!.destroy();
    unpublishAll();
  });

  it('link, as shipped, pasted, made with the link button or written in Source mode: the statement shows', async () => {
    expectShown(await publish(await pasted(snippet('link'))), FILE_TITLE);
    expectShown(await publish(await fromSourceMode(snippet('link'))), FILE_TITLE);

    const created = await editor();
    created.setData('<p>توافقنامه سطح خدمت</p>');
    const root = created.model.document.getRoot();
    created.model.change((writer) => writer.setSelection(root, 'in'));
    // What the link balloon runs when its address is filled in and saved.
    created.execute('link', '/files/sla.json#sla-statement');
    const saved = created.getData();
    expect(saved).to.contain('href="/files/sla.json#sla-statement"');
    expectShown(await publish(saved), FILE_TITLE);
  });

  it("link, where the editor's own page loads the site script: it stays a link in the editing area and in what is saved", async () => {
    await import('/assets/sla-statement.js' as string);
    const created = await editor();
    const root = created.editing.view.getDomRoot();
    paste(root, snippet('link'));
    // The script upgrades links from a MutationObserver, after the paste's own task.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('sla-statement')).to.equal(null);
    expect(root.querySelector('a[href="/files/sla.json#sla-statement"]')).not.to.equal(null);
    expect(created.getData()).to.equal(snippet('link'));
  });

  it('element and inline JSON, as shipped: the element is removed (its fallback link left) and the inline JSON left as text', async () => {
    for (const saved of [await pasted(snippet('element')), await fromSourceMode(snippet('element'))]) {
      expect(saved).not.to.contain('<sla-statement');
      const published = await publish(saved);
      expectNone(published);
      expect(published.text).to.contain('(JSON)');
    }
    for (const saved of [await pasted(snippet('inline')), await fromSourceMode(snippet('inline'))]) {
      const published = await publish(saved);
      expectNone(published);
      expect(published.text).to.contain('"version": 1');
    }
  });

  it('element and inline JSON in an HTML embed: the statement shows; the embed keeps any script, as the docs warn', async () => {
    expectShown(await publish(await inHtmlEmbed(snippet('element'))), FILE_TITLE);
    expectShown(await publish(await inHtmlEmbed(snippet('inline'))), inlineTitle());
    expect(await inHtmlEmbed('<script>document.title = "x";</script>')).to.contain('<script>');
  });

  it("General HTML Support's $customElement rule keeps any custom element with its scripts and handlers, as the docs warn", async () => {
    const unsafe = '<x-widget><script>document.title = "x";</script><img src="x" onerror="document.title = \'y\'"></x-widget>';
    const saved = await fromSourceMode(unsafe, { htmlSupport: { allow: [{ name: '$customElement' }] } });
    expect(saved).to.contain('<script>').and.to.contain('onerror=');
  });
});
