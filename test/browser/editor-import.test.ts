/**
 * Starting the editor from anything (issue 12, point 2): each published seed pasted and its
 * import warnings followed to their fields and fixed through the form; a paste from Word through
 * its HTML; a saved page, a Word file, an old .doc and a JSON file opened.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { importHtml, importStatement } from '../../src/importer/index.js';
import { fill, mountEditor, openFile, paste, persian, seedText, unmountEditors, DRAFT_KEY, type Editor } from './editor-helpers.js';

/** The warnings to check (placed at a field) and the lines left out, as the summary lists them. */
const warningLinks = (editor: Editor) => editor.$$<HTMLAnchorElement>('#warnings a');
const leftOut = (editor: Editor) => editor.$$<HTMLLIElement>('#left-out li');

/** Follows each warning's link, checks focus lands on its field, and presses that field's «بررسی شد». */
async function checkRemaining(editor: Editor): Promise<void> {
  while (warningLinks(editor).length > 0) {
    const link = warningLinks(editor)[0]!;
    const target = link.getAttribute('href')!.slice(1);
    link.click();
    await editor.update();
    expect(editor.active()?.id, link.textContent!).to.equal(target);
    const messages = editor.byId(target.replace(/^f-/, 'm-'));
    const before = warningLinks(editor).length;
    messages.querySelector<HTMLButtonElement>('li.note button')!.click();
    await editor.update();
    expect(warningLinks(editor)).to.have.length(before - 1);
  }
  for (const item of leftOut(editor)) item.querySelector('button')!.click();
  await editor.update();
  expect(leftOut(editor)).to.have.length(0);
}

describe('the editor, starting from a published statement', function () {
  this.timeout(60000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(unmountEditors);

  for (const seed of [0, 1, 2, 3, 4]) {
    it(`imports seed ${seed}, lists each warning at its field, and its warnings are fixed through the form`, async () => {
      const editor = await mountEditor();
      const text = await seedText(seed);
      const event = paste(editor.byId('source'), { 'text/plain': text });
      expect(event.defaultPrevented).to.equal(true);
      await editor.update();
      const imported = importStatement(text);
      expect(editor.statement()).to.deep.equal(JSON.parse(JSON.stringify(imported.statement)));
      expect(editor.byId('start-status').textContent).to.contain('تبدیل شد');
      expect(warningLinks(editor).length + leftOut(editor).length).to.equal(imported.warnings.length);

      if (seed === 3) {
        // «خدمات تعاملی» read as a term: at its term field, with its line in the summary.
        const term = warningLinks(editor).find((link) => link.textContent!.includes('خدمات تعاملی'))!;
        expect(term.textContent).to.contain(`سطر ${persian(30)}`);
        // The repeated section: its link goes to the later section's kind; removing that section takes the warning with it.
        const repeat = warningLinks(editor).find((link) => link.textContent!.includes('هم‌نوع'))!;
        repeat.click();
        await editor.update();
        const kind = editor.active() as HTMLSelectElement;
        const index = Number(/sections\[(\d+)\]/.exec(kind.id)![1]);
        expect(editor.statement().sections[index].kind).to.equal('maintenance');
        const sections = editor.statement().sections.length;
        editor.$$('button').find((button) => button.getAttribute('aria-label') === `حذف بخش ${persian(index + 1)}`)!.click();
        await editor.update();
        expect(editor.statement().sections).to.have.length(sections - 1);
        expect(warningLinks(editor).some((link) => link.textContent!.includes('هم‌نوع'))).to.equal(false);
        // Page chrome is listed with its line, not at a field.
        expect(leftOut(editor)[0]!.textContent).to.contain(`سطر ${persian(62)}`).and.contain('هدایت به بالای صفحه');
      }
      if (seed === 4) {
        // The guessed provider: its link goes to the provider's name, corrected there.
        const guess = warningLinks(editor).find((link) => link.textContent!.includes('حدس'))!;
        guess.click();
        await editor.update();
        expect(editor.active()?.id).to.equal('f-provider.name');
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' (ساری)' });
        await editor.update();
        expect(editor.statement().provider.name).to.equal('اداره کل آموزش فنی و حرفه ای مازندران (ساری)');
      }
      if (seed === 1) {
        // The appendix table's header warnings are at the services grid.
        expect(warningLinks(editor).filter((link) => link.getAttribute('href') === '#f-services')).to.have.length(4);
        expect(editor.statement().services.items).to.have.length(23);
      }
      await checkRemaining(editor);
      expect(editor.$('#warnings')).to.equal(null);
      expect(editor.byId('problems-summary').textContent).to.contain('مشکلی پیدا نشد');
    });
  }

  it('imports a paste from Word through its text/html, showing the plain text in the source box', async () => {
    const editor = await mountEditor();
    const html = await (await fetch('/test/fixtures/html/word-clipboard.html')).text();
    const plain = 'توافقنامه سطح خدمات استانداري همدان\n1-\tمقدمه\nبطور کلي …';
    const event = paste(editor.byId('source'), { 'text/html': html, 'text/plain': plain });
    await editor.update();
    expect(event.defaultPrevented).to.equal(true);
    expect(editor.byId<HTMLTextAreaElement>('source').value).to.equal(plain);
    const statement = editor.statement();
    expect(statement).to.deep.equal(JSON.parse(JSON.stringify(importHtml(html).statement)));
    expect(statement.services.items).to.have.length(4);
    const warnings = [...warningLinks(editor), ...leftOut(editor)].map((item) => item.textContent!);
    expect(warnings.find((text) => text.includes('ملاحظات'))).to.contain(`سطر ${persian(102)} HTML`);
    expect(warnings.some((text) => text.includes('آرم استانداري'))).to.equal(true);
    await waitUntil(() => editor.previewText().includes('استانداري همدان'), 'no preview');
  });

  it('opens a saved web page (.html) with its structure', async () => {
    const editor = await mountEditor();
    const html = await (await fetch('/test/fixtures/html/saved-page.html')).text();
    openFile(editor, new File([html], 'sla.html', { type: 'text/html' }));
    await waitUntil(() => editor.$('#f-title') !== null && editor.statement().title !== undefined, 'the page was not imported');
    expect(editor.statement()).to.deep.equal(JSON.parse(JSON.stringify(importHtml(html).statement)));
    expect(editor.byId('source-help')).to.exist;
    const nav = leftOut(editor).find((item) => item.textContent!.includes('nav'))!;
    const line = html.split('\n').findIndex((text) => text.includes('<nav')) + 1;
    expect(nav.textContent).to.contain(`سطر ${persian(line)} HTML`);
  });

  it('opens a .docx through the file input, its warnings placed at Word paragraphs', async () => {
    const editor = await mountEditor();
    const bytes = await (await fetch('/test/fixtures/word/statement.docx')).arrayBuffer();
    expect(editor.byId<HTMLInputElement>('file').accept).to.contain('.docx').and.contain('.html').and.contain('.json');
    openFile(editor, new File([bytes], 'statement.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await waitUntil(() => editor.byId('start-status').textContent!.includes('Word تبدیل شد'), 'the Word file was not imported', { timeout: 15000 });
    const statement = editor.statement();
    expect(statement.title).to.equal('توافقنامه سطح خدمت استانداری لرستان');
    expect(statement.services.items).to.have.length(3);
    const picture = leftOut(editor).find((item) => item.textContent!.includes('آرم استانداری لرستان'))!;
    expect(picture.textContent).to.contain(`بند ${persian(1)} فایل Word`);
  });

  it('says so when a .docx cannot be read, and when a file is an old .doc', async () => {
    const editor = await mountEditor();
    const status = () => editor.byId('start-status').textContent!;
    openFile(editor, new File(['not a zip'], 'broken.docx'));
    await waitUntil(() => status().includes('خوانده نشد'), 'no message for a broken .docx', { timeout: 15000 });
    openFile(editor, new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'old.doc'));
    await waitUntil(() => status().includes('.docx ذخیره کنید'), 'no message for a .doc');
  });

  it('opens a JSON file as it is, and a JSON file that does not parse in the JSON tab', async () => {
    const editor = await mountEditor();
    const json = await (await fetch('/demo/data/004-mazandaran-tvto.json')).text();
    openFile(editor, new File([json], 'sla.json', { type: 'application/json' }));
    await waitUntil(() => editor.byId('start-status').textContent!.includes('JSON باز شد'), 'not opened');
    expect(editor.statement()).to.deep.equal(JSON.parse(json));
    expect(editor.byId<HTMLInputElement>('f-service.name').value).to.equal('پاسخ به استعلام اصالت گواهینامه مهارت');
    await waitUntil(() => editor.previewText().includes('پاسخ به استعلام اصالت گواهینامه مهارت'), 'no preview');

    openFile(editor, new File(['{"version": 1,'], 'broken.json'));
    await waitUntil(() => !editor.byId('panel-json').hidden, 'the JSON tab was not shown');
    expect(editor.byId<HTMLTextAreaElement>('json').value).to.equal('{"version": 1,');
    expect(editor.byId('json-status').textContent).to.contain('خطای نگارشی');
    // Undo brings back the statement that was open before.
    editor.byId('undo').click();
    await editor.update();
    expect(editor.statement().title).to.equal(JSON.parse(json).title);
    await fill(editor, editor.byId('f-title'), 'x');
    expect(editor.statement().title).to.equal('x');
  });
});
