/**
 * The editor with HTML and Word (issue 10, points 4 and 5): a paste from Word carrying text/html
 * and text/plain is imported from its HTML, and a .docx opened through the file input is read by
 * the Word reader, loaded only then.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { importHtml } from '../../src/importer/index.js';

const DRAFT_KEY = 'sla-statement-editor:draft';
const frames: HTMLIFrameElement[] = [];

interface Editor {
  win: Window & typeof globalThis;
  doc: Document;
  source: HTMLTextAreaElement;
  json: HTMLTextAreaElement;
}

async function openEditor(): Promise<Editor> {
  const frame = document.createElement('iframe');
  frame.title = 'editor';
  frame.style.cssText = 'inline-size: 1400px; block-size: 900px; border: 0';
  frame.src = '/demo/editor.html';
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset['editorReady'] === 'true', 'the editor did not start', { timeout: 15000 });
  const doc = frame.contentDocument!;
  return { win: frame.contentWindow as Window & typeof globalThis, doc, source: doc.querySelector('#source')!, json: doc.querySelector('#json')! };
}

const warningTexts = (editor: Editor) => [...editor.doc.querySelectorAll('#warnings li')].map((item) => item.textContent ?? '');

describe('the editor with HTML and Word', function () {
  this.timeout(40000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    while (frames.length) frames.pop()!.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('imports a paste from Word through its text/html, showing the plain text in the source box', async () => {
    const editor = await openEditor();
    const html = await (await fetch('/test/fixtures/html/word-clipboard.html')).text();
    const plain = 'توافقنامه سطح خدمات استانداري همدان\n1-\tمقدمه\nبطور کلي …';
    const data = new editor.win.DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', plain);
    editor.source.focus();
    const event = new editor.win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    editor.source.dispatchEvent(event);

    expect(event.defaultPrevented).to.equal(true);
    expect(editor.source.value).to.equal(plain);
    const statement = JSON.parse(editor.json.value);
    expect(statement).to.deep.equal(importHtml(html).statement);
    expect(statement.sections.map((section: { kind: string }) => section.kind)).to.include.members(['introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'term']);
    expect(statement.services.items).to.have.length(4);
    expect(statement.services.items[0]).to.include({ name: 'اعطاي تابعيت، موضوع ماده 979 قانون مدني', id: '13021187000', visits: 1 });
    expect(statement.services.items[0].channels).to.deep.equal(['web', 'in-person']);

    const warnings = warningTexts(editor);
    const column = warnings.find((text) => text.includes('ملاحظات'))!;
    expect(column).to.contain('سطر ۱۰۲ HTML:');
    expect(warnings.some((text) => text.includes('آرم استانداري'))).to.equal(true);
    await waitUntil(() => (editor.doc.querySelector('#preview') as HTMLElement & { shadowRoot: ShadowRoot }).shadowRoot?.textContent?.includes('استانداري همدان'), 'no preview');
  });

  it('pastes plain text as before when the clipboard has no HTML', async () => {
    const editor = await openEditor();
    const data = new editor.win.DataTransfer();
    data.setData('text/plain', 'توافقنامه سطح خدمت اداره نمونه\nمقدمه\nمتن مقدمه.');
    editor.source.focus();
    editor.source.dispatchEvent(new editor.win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    expect(JSON.parse(editor.json.value).sections[0]).to.deep.include({ kind: 'introduction', content: ['متن مقدمه.'] });
  });

  it('opens a .docx through the file input, loading the Word reader only then', async () => {
    const editor = await openEditor();
    const loaded = () => editor.win.performance.getEntriesByType('resource').some((entry) => /mammoth/.test(entry.name));
    expect(loaded()).to.equal(false);

    const bytes = await (await fetch('/test/fixtures/word/statement.docx')).arrayBuffer();
    const file = new editor.win.File([bytes], 'statement.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const input = editor.doc.querySelector<HTMLInputElement>('#file')!;
    expect(input.accept).to.contain('.docx').and.contain('.html');
    const files = new editor.win.DataTransfer();
    files.items.add(file);
    input.files = files.files;
    input.dispatchEvent(new editor.win.Event('change', { bubbles: true }));

    await waitUntil(() => editor.json.value.includes('صدور مجوز تجمعات'), 'the Word file was not imported', { timeout: 15000 });
    expect(loaded()).to.equal(true);
    const statement = JSON.parse(editor.json.value);
    expect(statement.title).to.equal('توافقنامه سطح خدمت استانداری لرستان');
    expect(statement.sections.map((section: { kind: string }) => section.kind).slice(0, 4)).to.deep.equal(['introduction', 'purpose', 'definitions', 'responsibility']);
    expect(statement.services.items).to.have.length(3);
    expect(statement.services.items[1]).to.include({ name: 'ثبت نام داوطلبان انتخابات شوراها', unit: 'دفتر امور سیاسی و انتخابات' });
    expect(editor.source.value).to.contain('توافقنامه سطح خدمت استانداری لرستان\nمقدمه\n');
    const picture = warningTexts(editor).find((text) => text.includes('آرم استانداری لرستان'))!;
    expect(picture).to.contain('بند ۱:');
  });

  it('says so when a .docx cannot be read, and when a file is an old .doc', async () => {
    const editor = await openEditor();
    const input = editor.doc.querySelector<HTMLInputElement>('#file')!;
    const open = async (name: string, content: BlobPart) => {
      const files = new editor.win.DataTransfer();
      files.items.add(new editor.win.File([content], name));
      input.files = files.files;
      input.dispatchEvent(new editor.win.Event('change', { bubbles: true }));
    };
    const summary = editor.doc.querySelector('#warnings-summary')!;
    await open('broken.docx', 'not a zip');
    await waitUntil(() => summary.textContent!.includes('خوانده نشد'), 'no message for a broken .docx', { timeout: 15000 });
    await open('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    await waitUntil(() => summary.textContent!.includes('.docx ذخیره کنید'), 'no message for a .doc');
  });

  it('opens a saved web page (.html) with its structure', async () => {
    const editor = await openEditor();
    const html = await (await fetch('/test/fixtures/html/saved-page.html')).text();
    const files = new editor.win.DataTransfer();
    files.items.add(new editor.win.File([html], 'sla.html', { type: 'text/html' }));
    const input = editor.doc.querySelector<HTMLInputElement>('#file')!;
    input.files = files.files;
    input.dispatchEvent(new editor.win.Event('change', { bubbles: true }));
    await waitUntil(() => editor.json.value.includes('رسیدگی به شکایات'), 'the page was not imported');
    expect(JSON.parse(editor.json.value)).to.deep.equal(importHtml(html).statement);
    expect(editor.source.value).not.to.contain('alert');
    const nav = [...editor.doc.querySelectorAll<HTMLButtonElement>('#warnings button')].find((button) => button.textContent!.includes('nav'))!;
    // The line of <nav> in the HTML as served (the test server may add lines to a page).
    const line = html.split('\n').findIndex((text) => text.includes('<nav')) + 1;
    expect(nav.textContent).to.contain(`سطر ${new Intl.NumberFormat('fa', { useGrouping: false }).format(line)} HTML:`);
  });
});
