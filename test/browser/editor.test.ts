/**
 * The authoring page demo/editor.html, loaded in an iframe and driven like an author would:
 * paste a published text, edit the JSON, follow a problem to its place, reload, copy the embed
 * snippet, download the JSON; keyboard use, axe, and no network after load.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jsonErrorOffset } from '../../src/format/json-syntax.js';
import { importStatement, locateJsonPath } from '../../src/importer/index.js';
import { SEEDS, mount, settled, unmountAll } from './helpers.js';

const DRAFT_KEY = 'sla-statement-editor:draft';

interface Editor {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  source: HTMLTextAreaElement;
  json: HTMLTextAreaElement;
  $: <T extends HTMLElement = HTMLElement>(selector: string) => T;
}

const frames: HTMLIFrameElement[] = [];

function wrap(frame: HTMLIFrameElement): Editor {
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
  return { frame, win, doc, $, source: $('#source'), json: $('#json') };
}

async function ready(frame: HTMLIFrameElement, previous?: Document): Promise<Editor> {
  await waitUntil(
    () => frame.contentDocument !== previous && frame.contentDocument?.documentElement?.dataset['editorReady'] === 'true',
    'the editor did not start',
    { timeout: 15000 },
  );
  return wrap(frame);
}

async function openEditor(): Promise<Editor> {
  const frame = document.createElement('iframe');
  frame.title = 'editor';
  frame.style.cssText = 'inline-size: 1400px; block-size: 900px; border: 0';
  frame.src = '/demo/editor.html';
  document.body.append(frame);
  frames.push(frame);
  return ready(frame);
}

async function reload(editor: Editor): Promise<Editor> {
  const previous = editor.doc;
  editor.win.location.reload();
  return ready(editor.frame, previous);
}

async function seedText(index: number): Promise<string> {
  return (await fetch(`/test/fixtures/statements/seeds/${SEEDS[index]!.seed}.txt`)).text();
}

/** A paste as the browser delivers it: a ClipboardEvent carrying text/plain. */
function paste(editor: Editor, text: string): void {
  const data = new editor.win.DataTransfer();
  data.setData('text/plain', text);
  editor.source.focus();
  editor.source.dispatchEvent(new editor.win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** Typing in the JSON editor: the value changes and an input event follows. */
function typeJson(editor: Editor, value: string): void {
  editor.json.value = value;
  editor.json.dispatchEvent(new editor.win.Event('input', { bubbles: true }));
}

function previewText(editor: Editor): string {
  const preview = editor.$('#preview');
  return preview.shadowRoot?.textContent ?? '';
}

function problemButtons(editor: Editor): HTMLButtonElement[] {
  return [...editor.doc.querySelectorAll<HTMLButtonElement>('#problems button')];
}

describe('the editor (demo/editor.html)', function () {
  this.timeout(40000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    while (frames.length) frames.pop()!.remove();
    localStorage.removeItem(DRAFT_KEY);
    unmountAll();
  });

  it('is linked from the demo index', async () => {
    const index = await (await fetch('/demo/index.html')).text();
    expect(index).to.contain('<a href="editor.html">');
  });

  it('turns pasted text into JSON and a preview, with the import warnings listed', async () => {
    const editor = await openEditor();
    const text = await seedText(3);
    paste(editor, text);
    expect(editor.source.value).to.equal(text);
    expect(JSON.parse(editor.json.value)).to.deep.equal(importStatement(text).statement);
    await waitUntil(() => previewText(editor).includes('دانشگاه علوم پزشکی ایرانشهر'), 'no preview');
    expect(editor.$('#preview').hidden).to.equal(false);
    expect(editor.$('#problems-summary').textContent).to.contain('مشکلی پیدا نشد');
    const warnings = [...editor.doc.querySelectorAll('#warnings li')].map((item) => item.textContent);
    // Seed 003: the repeated title, «خدمات تعاملی» read as a term, a repeated section, the page's «back to top».
    expect(warnings).to.have.length(4);
    expect(warnings[1]).to.contain('سطر ۳۰').and.contain('خدمات تعاملی');
  });

  it('puts the cursor on a source line when an import warning is clicked', async () => {
    const editor = await openEditor();
    const text = await seedText(3);
    paste(editor, text);
    editor.doc.querySelectorAll<HTMLButtonElement>('#warnings button')[1]!.click();
    expect(editor.doc.activeElement).to.equal(editor.source);
    const start = text.split('\n').slice(0, 29).join('\n').length + 1;
    expect([editor.source.selectionStart, editor.source.selectionEnd]).to.deep.equal([start, start + 'خدمات تعاملی'.length]);
  });

  it('updates the preview as the JSON is edited (debounced)', async () => {
    const editor = await openEditor();
    paste(editor, await seedText(0));
    await waitUntil(() => previewText(editor).includes('استانداری لرستان'), 'no preview');
    typeJson(editor, editor.json.value.replace('"title": "توافقنامه سطح خدمت استانداری لرستان"', '"title": "عنوان ویرایش‌شده"'));
    expect(previewText(editor)).not.to.contain('عنوان ویرایش‌شده');
    await waitUntil(() => previewText(editor).includes('عنوان ویرایش‌شده'), 'the preview did not follow the edit');
  });

  it('lists validation problems with their paths; clicking one selects the value in the JSON', async () => {
    const editor = await openEditor();
    paste(editor, await seedText(0));
    const broken = editor.json.value.replace('"https://www.ostan-lr.ir"', '"javascript:alert(1)"').replace('"until": "1403/12/29"', '"until": "1402/12/30"');
    typeJson(editor, broken);
    await waitUntil(() => problemButtons(editor).length === 2, 'the problems were not listed');
    const [link, date] = problemButtons(editor);
    expect(link!.textContent).to.contain('provider.url');
    expect(date!.textContent).to.contain('validity.until');

    link!.click();
    const url = locateJsonPath(broken, 'provider.url');
    expect(editor.doc.activeElement).to.equal(editor.json);
    expect([editor.json.selectionStart, editor.json.selectionEnd]).to.deep.equal([url.offset, url.end]);
    expect(broken.slice(url.offset, url.end)).to.equal('"javascript:alert(1)"');
    expect(link!.textContent).to.contain(`ستون`);

    // The keyboard does the same: Enter on a focused problem.
    date!.focus();
    await sendKeys({ press: 'Enter' });
    const until = locateJsonPath(broken, 'validity.until');
    expect(editor.doc.activeElement).to.equal(editor.json);
    expect(editor.json.selectionStart).to.equal(until.offset);
  });

  it('points at a JSON syntax error, and keeps the last good preview', async () => {
    const editor = await openEditor();
    paste(editor, await seedText(2));
    await waitUntil(() => previewText(editor).includes('شرکت توزیع برق'), 'no preview');
    const broken = editor.json.value.replace('"version": 1,', '"version": 1');
    typeJson(editor, broken);
    await waitUntil(() => editor.$('#problems-summary').textContent!.includes('خطای نگارشی'), 'no syntax error');
    problemButtons(editor)[0]!.click();
    expect(editor.json.selectionStart).to.equal(jsonErrorOffset(broken));
    expect(previewText(editor)).to.contain('شرکت توزیع برق');
  });

  it('keeps the draft in localStorage: a reload restores text, JSON, warnings and preview', async () => {
    let editor = await openEditor();
    const text = await seedText(1);
    paste(editor, text);
    typeJson(editor, editor.json.value.replace('"title": "پيوست"', '"title": "پیوست ویرایش‌شده"'));
    editor.$<HTMLInputElement>('input[name="embed"][value="inline"]').click();
    await waitUntil(() => localStorage.getItem(DRAFT_KEY)?.includes('پیوست ویرایش‌شده'), 'no draft saved');
    const json = editor.json.value;

    editor = await reload(editor);
    expect(editor.json.value).to.equal(json);
    expect(editor.source.value).to.equal(text);
    expect(editor.$<HTMLInputElement>('input[name="embed"][value="inline"]').checked).to.equal(true);
    expect(editor.doc.querySelectorAll('#warnings li')).to.have.length(importStatement(text).warnings.length);
    await waitUntil(() => previewText(editor).includes('پیوست ویرایش‌شده'), 'no preview after reload');
  });

  it('opens a JSON file as it is, and a text file through the importer', async () => {
    const editor = await openEditor();
    const input = editor.$<HTMLInputElement>('#file');
    const open = (file: File) => {
      const data = new editor.win.DataTransfer();
      data.items.add(file);
      input.files = data.files;
      input.dispatchEvent(new editor.win.Event('change'));
    };
    const json = await (await fetch('/demo/data/004-mazandaran-tvto.json')).text();
    open(new editor.win.File([json], 'sla.json', { type: 'application/json' }));
    await waitUntil(() => editor.json.value === json, 'the JSON file was not opened');
    await waitUntil(() => previewText(editor).includes('پاسخ به استعلام اصالت گواهینامه مهارت'), 'no preview');

    const text = await seedText(4);
    open(new editor.win.File([text], 'statement.txt', { type: 'text/plain' }));
    await waitUntil(() => editor.source.value === text, 'the text file was not opened');
    expect(JSON.parse(editor.json.value)).to.deep.equal(importStatement(text).statement);
  });

  it('offers the embed snippet with src or with the JSON inline, safe inside a <script>', async () => {
    const editor = await openEditor();
    paste(editor, await seedText(0));
    const snippet = editor.$<HTMLTextAreaElement>('#snippet');
    expect(snippet.value).to.equal('<script type="module" src="sla-statement.js"></script>\n<sla-statement src="sla.json"></sla-statement>\n');

    typeJson(editor, editor.json.value.replace('"title": "توافقنامه سطح خدمت استانداری لرستان"', '"title": "عنوان </script><b>"'));
    await waitUntil(() => problemButtons(editor).length === 0 && previewText(editor).includes('</script>'), 'no update');
    editor.$<HTMLInputElement>('input[name="embed"][value="inline"]').click();
    expect(snippet.value).to.contain('<script type="application/json">');
    expect(snippet.value).not.to.contain('</script><b>');

    // The inline snippet works when pasted into a page (the element is already loaded here).
    const element = mount(snippet.value.replace(/^<script type="module"[^\n]*\n/, ''));
    const event = await settled(element);
    expect(event.type).to.equal('sla-load');
    expect(element.shadowRoot!.textContent).to.contain('عنوان </script><b>');
  });

  it('copies the snippet and downloads the JSON', async () => {
    const editor = await openEditor();
    paste(editor, await seedText(0));
    let copied = '';
    Object.defineProperty(editor.win.navigator, 'clipboard', { value: { writeText: async (value: string) => void (copied = value) }, configurable: true });
    editor.$('#copy').click();
    await waitUntil(() => editor.$('#publish-status').textContent!.includes('کپی شد'), 'not copied');
    expect(copied).to.equal(editor.$<HTMLTextAreaElement>('#snippet').value);

    let blob: Blob | undefined;
    const original = editor.win.URL.createObjectURL;
    editor.win.URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return original.call(editor.win.URL, object);
    };
    editor.$('#download').click();
    expect(await blob!.text()).to.equal(editor.json.value);
    expect(blob!.type).to.equal('application/json');
  });

  it('needs no network after load', async () => {
    const editor = await openEditor();
    const text = await seedText(1);
    const resources = () => editor.win.performance.getEntriesByType('resource').length;
    const before = resources();
    let fetches = 0;
    editor.win.fetch = async () => {
      fetches++;
      throw new TypeError('offline');
    };
    paste(editor, text);
    typeJson(editor, editor.json.value.replace('"version": 1', '"version": 2'));
    await waitUntil(() => problemButtons(editor).length === 1, 'no problem listed');
    editor.$<HTMLInputElement>('input[name="embed"][value="inline"]').click();
    typeJson(editor, editor.json.value.replace('"version": 2', '"version": 1'));
    await waitUntil(() => previewText(editor).includes('استانداري همدان'), 'no preview offline');
    expect(fetches).to.equal(0);
    expect(resources()).to.equal(before);

    // Only the optional sample loading asks the network; offline it says so.
    editor.$('#load-sample').click();
    await waitUntil(() => editor.$('#warnings-summary').textContent!.includes('بارگیری نشد'), 'no offline message');
    expect(fetches).to.equal(1);
  });

  it('loads a sample seed', async () => {
    const editor = await openEditor();
    editor.$<HTMLSelectElement>('#sample').value = SEEDS[4]!.seed;
    editor.$('#load-sample').click();
    await waitUntil(() => previewText(editor).includes('پاسخ به استعلام اصالت گواهینامه مهارت'), 'no sample');
    expect(editor.source.value).to.equal(await seedText(4));
  });

  it('is right-to-left Persian with every control labelled, and axe finds no violation', async () => {
    const editor = await openEditor();
    paste(editor, await seedText(1));
    typeJson(editor, editor.json.value.replace('"version": 1', '"version": 2'));
    await waitUntil(() => problemButtons(editor).length === 1, 'no problem listed');
    expect(editor.doc.documentElement.lang).to.equal('fa');
    expect(editor.doc.documentElement.dir).to.equal('rtl');
    for (const control of editor.doc.querySelectorAll<HTMLInputElement>('textarea, select, input:not([type="radio"])')) {
      expect(control.labels?.length, control.id).to.equal(1);
    }
    const script = editor.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    editor.doc.head.append(script);
    await loaded;
    const axe = (editor.win as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(editor.doc);
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`)).to.deep.equal([]);
  });
});
