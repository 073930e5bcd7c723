/**
 * The editor is safe to use and hands over what publishing needs (issue 12, points 5 and 6;
 * issue 11, point 7): the draft is kept in the browser and restored on return, leaving before
 * the statement was downloaded asks first, nothing is fetched or sent after load, and the export
 * gives the JSON file named after the provider, the script and the four routes' snippets, and the
 * rendered HTML.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readDraft } from '../../src/editor/model/draft-storage.js';
import { renderFallback } from '../../src/fallback/render-fallback.js';
import { validateStatement } from '../../src/format/validate.js';
import { settled, mount, unmountAll } from './helpers.js';
import { fill, mountEditor, paste, seedText, unmountEditors, wrap, DRAFT_KEY, type Editor } from './editor-helpers.js';

async function imported(seed: number): Promise<Editor> {
  const editor = await mountEditor();
  paste(editor.byId('source'), { 'text/plain': await seedText(seed) });
  await editor.update();
  return editor;
}

/** Catches the editor's downloads: the Blob and the file name of the link it clicks. */
function catchDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    last = object as Blob;
    return create.call(URL, object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && last) files.push({ name: this.download, blob: last });
    else click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('the editor, safe to use', function () {
  this.timeout(60000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    unmountEditors();
    unmountAll();
  });

  it('keeps the draft in the browser: back again, the statement, its warnings and the language are there', async () => {
    let editor = await imported(3);
    await fill(editor, editor.byId('f-title'), 'عنوان ویرایش‌شده');
    editor.byId('language').click();
    await editor.update();
    const warnings = editor.$$('#warnings li').length;
    await waitUntil(() => readDraft(localStorage.getItem(DRAFT_KEY))?.json.includes('عنوان ویرایش‌شده'), 'no draft saved');
    const statement = editor.statement();
    editor.element.remove();

    const again = document.createElement('sla-editor');
    document.body.append(again);
    editor = wrap(again);
    await waitUntil(() => again.dataset['ready'] === 'true', 'the editor did not start again');
    expect(editor.statement()).to.deep.equal(statement);
    expect(again.getAttribute('lang')).to.equal('en');
    expect(editor.$$('#warnings li')).to.have.length(warnings);
    expect(editor.byId<HTMLInputElement>('f-title').value).to.equal('عنوان ویرایش‌شده');
    await waitUntil(() => editor.previewText().includes('عنوان ویرایش‌شده'), 'no preview after return');
    again.remove();
  });

  it('restores the earlier editor\'s draft', async () => {
    const json = await (await fetch('/demo/data/000-lorestan.json')).text();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ json, source: '…', embed: 'inline', warnings: [{ line: 62, code: 'chrome', text: 'هدایت به بالای صفحه', value: 'navigation' }] }));
    const editor = await mountEditor();
    expect(editor.statement()).to.deep.equal(JSON.parse(json));
    expect(editor.$('#left-out').textContent).to.contain('هدایت به بالای صفحه');
  });

  it('asks before the page is left with changes not yet downloaded', async () => {
    const editor = await imported(0);
    const downloads = catchDownloads();
    try {
      expect(leaving()).to.equal(true);
      editor.byId('download-json').click();
      await editor.update();
      expect(leaving()).to.equal(false);
      await fill(editor, editor.byId('f-title'), 'تغییر');
      expect(leaving()).to.equal(true);
    } finally {
      downloads.restore();
    }
  });

  it('needs no network once loaded: editing, importing and previewing fetch nothing', async () => {
    const editor = await mountEditor();
    const text = await seedText(1);
    // The Word reader is fetched while the page is idle, so a Word file opens offline too.
    await waitUntil(() => performance.getEntriesByType('resource').some((entry) => /mammoth/.test(entry.name)), 'the Word reader was not fetched ahead', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = performance.getEntriesByType('resource').length;
    const fetch = window.fetch;
    let fetches = 0;
    window.fetch = async () => {
      fetches++;
      throw new TypeError('offline');
    };
    try {
      paste(editor.byId('source'), { 'text/plain': text });
      await editor.update();
      await fill(editor, editor.byId('f-title'), 'عنوان');
      editor.byId('tab-json').click();
      await editor.update();
      await waitUntil(() => editor.previewText().includes('عنوان'), 'no preview offline');
      const bytes = await (await fetch.call(window, '/test/fixtures/word/statement.docx')).arrayBuffer();
      const files = new DataTransfer();
      files.items.add(new File([bytes], 'statement.docx'));
      const input = editor.byId<HTMLInputElement>('file');
      input.files = files.files;
      const resources = performance.getEntriesByType('resource').length;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => editor.byId('start-status').textContent!.includes('Word تبدیل شد'), 'the Word file did not open offline', { timeout: 15000 });
      expect(performance.getEntriesByType('resource').length).to.equal(resources);
      expect(fetches).to.equal(0);
      expect(resources).to.equal(before + 1);
    } finally {
      window.fetch = fetch;
    }
  });

  it('downloads the JSON named after the provider, and the rendered HTML', async () => {
    const editor = await imported(0);
    const downloads = catchDownloads();
    try {
      expect(editor.byId('download-json').textContent).to.contain('sla-ostan-lr.json');
      editor.byId('download-json').click();
      editor.byId('download-fallback').click();
      await editor.update();
      const [json, html] = downloads.files;
      expect(json!.name).to.equal('sla-ostan-lr.json');
      expect(json!.blob.type).to.equal('application/json');
      expect(JSON.parse(await json!.blob.text())).to.deep.equal(editor.statement());
      expect(html!.name).to.equal('sla-ostan-lr.html');
      expect((await html!.blob.text()).trim()).to.equal(renderFallback(validateStatement(editor.statement()).statement!).trim());
      expect(editor.byId('export-status').textContent).to.contain('sla-ostan-lr.html');
    } finally {
      downloads.restore();
    }
  });

  it('offers the script and the four routes, each saying where it works, each copied as it is', async () => {
    const editor = await imported(0);
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (value: string) => void (copied = value) }, configurable: true });
    try {
      const snippet = (route: string) => editor.byId<HTMLTextAreaElement>(`snippet-${route}`).value;
      expect(snippet('script')).to.equal('<script type="module" src="/assets/sla-statement.js"></script>\n');
      expect(snippet('link')).to.equal('<p><a href="/files/sla-ostan-lr.json#sla-statement">توافقنامه سطح خدمت استانداری لرستان</a></p>\n');
      expect(snippet('element')).to.contain('<sla-statement src="/files/sla-ostan-lr.json">');
      expect(snippet('fallback')).to.contain('<h2>توافقنامه سطح خدمت استانداری لرستان</h2>');
      for (const route of ['script', 'link', 'element', 'inline', 'fallback']) {
        expect(editor.byId(`route-${route}-where`).textContent!.length, route).to.be.greaterThan(40);
        editor.byId(`copy-${route}`).click();
        await waitUntil(() => copied === snippet(route), `${route} not copied`);
        copied = '';
      }
      expect(editor.byId('export-status').textContent).to.contain('کپی شد');

      // Each snippet works on a page whose template loads the script (loaded here already).
      await fill(editor, editor.byId('f-title'), 'عنوان </script><b>');
      const inline = mount(snippet('inline'));
      expect((await settled(inline)).type).to.equal('sla-load');
      expect(inline.shadowRoot!.textContent).to.contain('عنوان </script><b>');
      const withFallback = document.createElement('div');
      withFallback.innerHTML = snippet('fallback');
      expect(withFallback.querySelector('sla-statement h2')!.textContent).to.equal('عنوان </script><b>');
      expect(withFallback.querySelector('b')).to.equal(null);
    } finally {
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('runs in the demo page, which loads a published sample', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'editor';
    frame.style.cssText = 'inline-size: 1280px; block-size: 800px; border: 0';
    frame.src = '/demo/editor.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('sla-editor')?.dataset['ready'] === 'true', 'the demo editor did not start', { timeout: 20000 });
      const editor = wrap(frame.contentDocument!.querySelector('sla-editor')!);
      editor.byId<HTMLSelectElement>('sample').value = '004_dad72786c95865aa';
      editor.byId('load-sample').click();
      await waitUntil(() => editor.previewText().includes('پاسخ به استعلام اصالت گواهینامه مهارت'), 'no sample');
      expect(editor.byId<HTMLTextAreaElement>('source').value).to.equal(await seedText(4));
    } finally {
      frame.remove();
    }
  });
});
