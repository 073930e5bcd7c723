/**
 * The editor (issue 12) in Chromium, used as agency staff would: a statement built from the blank
 * template by keyboard alone, a bad date refused at its field, sections reordered, problems at
 * their fields and in the summary, the JSON tab flowing back into the form, undo and redo, the
 * preview at phone width and in English, and axe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { fill, mountEditor, paste, seedText, unmountEditors, DRAFT_KEY, type Editor } from './editor-helpers.js';

declare const axe: { run: (context: Node) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

async function violations(node: Node): Promise<string[]> {
  const result = await axe.run(node);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((item) => JSON.stringify(item.target)).join(', ')}`);
}

/** Presses Tab (Shift+Tab backwards) until the focused element in the editor matches, as a keyboard user would. */
async function tabTo(editor: Editor, matches: (element: Element) => boolean, what: string, limit = 120): Promise<Element> {
  for (let step = 0; step < limit; step++) {
    const active = editor.active();
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const byId = (id: string) => (element: Element) => element.id === id;
const byLabel = (label: string) => (element: Element) => element.getAttribute('aria-label') === label;

describe('the editor', function () {
  this.timeout(60000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(unmountEditors);

  it('is linked from the demo index, and the demo page carries it', async () => {
    const index = await (await fetch('/demo/index.html')).text();
    expect(index).to.contain('<a href="editor.html">');
    const page = await (await fetch('/demo/editor.html')).text();
    expect(page).to.contain('<sla-editor');
    expect(page).to.contain('src="/src/editor/main.ts"');
  });

  it('builds a statement from the blank template by keyboard alone, seen in the preview', async () => {
    const editor = await mountEditor();
    editor.byId('start-blank').focus();
    await sendKeys({ press: 'Enter' });
    await editor.update();
    // The blank template: the national template's eleven sections, no text, guidance as placeholders.
    expect(editor.statement().sections.map((section: { kind: string }) => section.kind)).to.deep.equal([
      'introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'costs', 'term', 'termination', 'confidentiality', 'availability', 'maintenance',
    ]);
    expect(editor.statement().sections.every((section: { content: unknown[] }) => section.content.length === 0)).to.equal(true);
    expect(editor.byId<HTMLTextAreaElement>('f-sections[0].content[0]').placeholder).to.contain('۲۰۶/۹۳/۷۷۴۰');

    // Focus is on the title: type it, then Tab on through the header.
    expect(editor.active()?.id).to.equal('f-title');
    await sendKeys({ type: 'توافقنامه سطح خدمت اداره کل نمونه' });
    await tabTo(editor, byId('f-provider.name'), 'the provider');
    await sendKeys({ type: 'اداره کل نمونه' });
    await tabTo(editor, byId('f-validity.until'), 'the end date');
    await sendKeys({ type: '۱۴۰۳/۱۲/۲۹' });
    await editor.update();
    expect(editor.byId('w-f-validity.until').textContent).to.contain('۲۹ اسفند ۱۴۰۳');
    await tabTo(editor, byId('f-sections[0].content[0]'), 'the introduction');
    await sendKeys({ type: 'این توافقنامه برای شفافیت خدمت‌ها تنظیم شده است.' });

    // A second paragraph, and a service in the grid.
    await tabTo(editor, (element) => element.textContent?.includes('افزودن بند متن') ?? false, 'add paragraph');
    await sendKeys({ press: 'Enter' });
    await editor.update();
    expect(editor.active()?.id).to.equal('f-sections[0].content[1]');
    await sendKeys({ type: 'بند دوم مقدمه.' });
    await tabTo(editor, byId('add-row'), 'add service');
    await sendKeys({ press: 'Enter' });
    await editor.update();
    expect(editor.active()?.id).to.equal('f-services.items[0].name');
    await sendKeys({ type: 'صدور مجوز' });
    await tabTo(editor, (element) => element.id === '' && element.closest('td')?.classList.contains('col-channels') === true, 'a channel');
    await sendKeys({ press: 'Space' });

    await editor.update();
    const statement = editor.statement();
    expect(statement.title).to.equal('توافقنامه سطح خدمت اداره کل نمونه');
    expect(statement.provider).to.deep.equal({ name: 'اداره کل نمونه' });
    expect(statement.validity).to.deep.equal({ until: '1403/12/29' });
    expect(statement.sections[0].content).to.deep.equal(['این توافقنامه برای شفافیت خدمت‌ها تنظیم شده است.', 'بند دوم مقدمه.']);
    expect(statement.services.items).to.have.length(1);
    expect(statement.services.items[0].name).to.equal('صدور مجوز');
    expect(statement.services.items[0].channels).to.have.length(1);
    await waitUntil(() => editor.previewText().includes('بند دوم مقدمه.') && editor.previewText().includes('صدور مجوز'), 'the preview did not follow');
    expect(editor.previewText()).to.contain('اداره کل نمونه').and.contain('معتبر تا ۲۹ اسفند ۱۴۰۳');
    expect(editor.byId('problems-summary').textContent).to.contain('مشکلی پیدا نشد');
  });

  it('reorders sections and blocks by keyboard, focus staying on the moved item', async () => {
    const editor = await mountEditor();
    editor.byId('start-blank').click();
    await editor.update();
    const up = editor.$$('button').find(byLabel('بردن بخش ۲ به بالا'))!;
    up.focus();
    await sendKeys({ press: 'Enter' });
    await editor.update();
    expect(editor.statement().sections.slice(0, 2).map((section: { kind: string }) => section.kind)).to.deep.equal(['purpose', 'introduction']);
    // At the top «up» is disabled: focus is on the same section's «down».
    expect(editor.active()?.getAttribute('aria-label')).to.equal('بردن بخش ۱ به پایین');
    await sendKeys({ press: 'Enter' });
    await editor.update();
    expect(editor.statement().sections.slice(0, 2).map((section: { kind: string }) => section.kind)).to.deep.equal(['introduction', 'purpose']);
    expect(editor.active()?.getAttribute('aria-label')).to.equal('بردن بخش ۲ به پایین');

    // A focused control shows a ring of 3 px.
    expect(getComputedStyle(editor.active()!).outlineWidth).to.equal('3px');

    // Blocks: two paragraphs swapped, a list added and filled.
    await fill(editor, editor.byId('f-sections[0].content[0]'), 'نخست');
    editor.$$('button').find((button) => button.textContent?.includes('افزودن بند متن'))!.click();
    await editor.update();
    await fill(editor, editor.byId('f-sections[0].content[1]'), 'دوم');
    editor.$$('button').find(byLabel('بردن بند متن ۲ به بالا'))!.click();
    await editor.update();
    editor.$$('button').find((button) => button.textContent?.includes('افزودن فهرست'))!.click();
    await editor.update();
    expect(editor.active()?.id).to.equal('f-sections[0].content[2].list[0]');
    await fill(editor, editor.active() as HTMLInputElement, 'مورد یک');
    editor.$$('button').find((button) => button.textContent?.includes('افزودن مورد'))!.click();
    await editor.update();
    await fill(editor, editor.active() as HTMLInputElement, 'مورد دو');
    expect(editor.statement().sections[0].content).to.deep.equal(['دوم', 'نخست', { list: ['مورد یک', 'مورد دو'] }]);

    // A section of another kind added at the end; «other» asks for its title.
    editor.byId<HTMLSelectElement>('new-section-kind').value = 'other';
    editor.byId('add-section').click();
    await editor.update();
    expect(editor.active()?.id).to.equal('f-sections[11].kind');
    expect(editor.statement().sections[11]).to.deep.equal({ kind: 'other', title: '', content: [] });
    expect(editor.byId('f-sections[11].title').getAttribute('aria-invalid')).to.equal('true');
    editor.$$('button').find(byLabel('حذف بخش ۱۲'))!.click();
    await editor.update();
    expect(editor.statement().sections).to.have.length(11);
  });

  it('refuses an impossible date at its field, and takes a real one in any digits', async () => {
    const editor = await mountEditor();
    editor.byId('start-blank').click();
    await editor.update();
    const until = editor.byId<HTMLInputElement>('f-validity.until');
    until.focus();
    await sendKeys({ type: '۱۴۰۲/۱۲/۳۰' });
    await editor.update();
    expect(until.getAttribute('aria-invalid')).to.equal('true');
    const said = editor.byId('w-f-validity.until');
    expect(said.textContent).to.contain('اسفند ۱۴۰۲').and.contain('۲۹ روز').and.contain('پذیرفته نشد');
    expect(until.getAttribute('aria-describedby')).to.contain('w-f-validity.until');
    expect(editor.statement().validity).to.equal(undefined);

    await fill(editor, until, '1403/13');
    expect(said.textContent).to.contain('۱ تا ۱۲');
    await fill(editor, until, '١٤٠٢/١٢/٢٩');
    expect(until.hasAttribute('aria-invalid')).to.equal(false);
    expect(said.textContent).to.equal('۲۹ اسفند ۱۴۰۲');
    expect(editor.statement().validity).to.deep.equal({ until: '1402/12/29' });

    // From after until: the editor's check at the end date.
    await fill(editor, editor.byId('f-validity.from'), '1403/01/01');
    expect(editor.byId('m-validity.until').textContent).to.contain('پیش از تاریخ آغاز');

    // Open-ended: the end date goes, the validity stays, the preview says «دائمی».
    editor.byId('open-ended').click();
    await editor.update();
    expect(editor.statement().validity).to.deep.equal({ from: '1403/01/01' });
    expect(editor.byId<HTMLInputElement>('f-validity.until').disabled).to.equal(true);
    await waitUntil(() => editor.previewText().includes('بدون تاریخ پایان'), 'the preview did not say open-ended');
  });

  it('shows problems at their fields and in the summary, whose links move focus there', async () => {
    const editor = await mountEditor();
    editor.byId('start-blank').click();
    await editor.update();
    // The blank template asks for its title and provider.
    const links = () => editor.$$<HTMLAnchorElement>('#problems a');
    expect(links().map((link) => link.getAttribute('href'))).to.deep.equal(['#f-title', '#f-provider.name']);
    await fill(editor, editor.byId('f-title'), 'عنوان');
    await fill(editor, editor.byId('f-provider.name'), 'دستگاه');
    await fill(editor, editor.byId('f-provider.url'), 'javascript:alert(1)');
    expect(links()).to.have.length(1);
    expect(links()[0]!.textContent).to.contain('provider.url').and.contain('http');
    const url = editor.byId('f-provider.url');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(editor.byId('m-provider.url').querySelector('li')!.textContent).to.equal(links()[0]!.textContent);
    links()[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await editor.update();
    expect(editor.active()).to.equal(url);
  });

  it('keeps the JSON tab in step: edits there flow back into the form, a syntax error is pointed at', async () => {
    const editor = await mountEditor();
    paste(editor.byId('source'), { 'text/plain': await seedText(0) });
    await editor.update();
    const tab = editor.byId('tab-json');
    tab.click();
    await editor.update();
    expect(editor.byId('panel-json').hidden).to.equal(false);
    const json = editor.byId<HTMLTextAreaElement>('json');
    await fill(editor, json, json.value.replace('"title": "توافقنامه سطح خدمت استانداری لرستان"', '"title": "عنوان از JSON"'));
    expect(editor.byId<HTMLInputElement>('f-title').value).to.equal('عنوان از JSON');

    const broken = json.value.replace('"version": 1,', '"version": 1');
    await fill(editor, json, broken);
    expect(editor.byId('json-status').textContent).to.contain('خطای نگارشی');
    expect(editor.$<HTMLFormElement>('form').inert).to.equal(true);
    editor.byId('json-go-to-error').click();
    expect(editor.active()).to.equal(json);
    expect(json.selectionStart).to.be.greaterThan(0);
    expect(broken.slice(json.selectionStart - 10, json.selectionStart + 10)).to.contain('"lang"');
    await fill(editor, json, broken.replace('"version": 1', '"version": 1,'));
    expect(editor.$<HTMLFormElement>('form').inert).to.equal(false);

    // Arrow keys move between the tabs.
    tab.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await editor.update();
    expect(editor.active()?.id).to.equal('tab-form');
    expect(editor.byId('panel-form').hidden).to.equal(false);
  });

  it('undoes and redoes, a run of typing as one step, a new start as one step', async () => {
    const editor = await mountEditor();
    paste(editor.byId('source'), { 'text/plain': await seedText(4) });
    await editor.update();
    const title = editor.byId<HTMLInputElement>('f-title');
    const imported = title.value;
    title.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' ۱۴۰۳' });
    await editor.update();
    expect(editor.statement().title).to.equal(`${imported} ۱۴۰۳`);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await editor.update();
    expect(editor.statement().title).to.equal(imported);
    expect(title.value).to.equal(imported);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await editor.update();
    expect(title.value).to.equal(`${imported} ۱۴۰۳`);

    editor.byId('start-blank').click();
    await editor.update();
    expect(editor.statement().title).to.equal('');
    editor.byId('undo').click();
    await editor.update();
    expect(editor.statement().title).to.equal(`${imported} ۱۴۰۳`);
  });

  it('switches to the English interface: labels, problems, the preview', async () => {
    const editor = await mountEditor();
    editor.byId('start-blank').click();
    await editor.update();
    editor.byId('language').click();
    await editor.update();
    expect(editor.element.getAttribute('lang')).to.equal('en');
    expect(editor.$('.editor').getAttribute('dir')).to.equal('ltr');
    expect(editor.$('label[for="f-title"]').textContent).to.equal('Title of the statement');
    expect(editor.$('#problems a').textContent).to.equal('Title of the statement: This field must not be empty.');
    expect(editor.byId<HTMLSelectElement>('f-sections[0].kind').selectedOptions[0]!.textContent).to.equal('Introduction');
    await fill(editor, editor.byId('f-title'), 'T');
    await fill(editor, editor.byId('f-provider.name'), 'P');
    await fill(editor, editor.byId('f-provider.url'), 'ftp://x');
    expect(editor.byId('m-provider.url').textContent).to.contain('must start with http://');
    await waitUntil(() => editor.previewText().includes('Introduction'), 'the preview is not in English');
  });

  it('shows the preview at phone width', async () => {
    const editor = await mountEditor();
    paste(editor.byId('source'), { 'text/plain': await seedText(1) });
    await editor.update();
    editor.$$<HTMLInputElement>('input[name="preview-width"]')[0]!.click();
    await editor.update();
    expect(editor.byId('preview').getBoundingClientRect().width).to.be.at.most(360);
    await waitUntil(() => editor.previewText().includes('استانداري همدان'), 'no preview');
  });

  it('is right-to-left Persian with every control labelled, and axe finds no violation, in Persian and English', async () => {
    const editor = await mountEditor();
    paste(editor.byId('source'), { 'text/plain': await seedText(3) });
    await editor.update();
    await fill(editor, editor.byId('f-provider.url'), 'javascript:x');
    await waitUntil(() => editor.previewText().includes('ایرانشهر'), 'no preview');
    expect(editor.$('.editor').getAttribute('dir')).to.equal('rtl');
    for (const control of editor.$$<HTMLInputElement>('input:not([type="radio"]):not([type="checkbox"]), textarea, select')) {
      const named = (control.labels?.length ?? 0) > 0 || control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby');
      expect(named, control.id).to.equal(true);
    }
    expect(await violations(editor.element)).to.deep.equal([]);
    editor.byId('language').click();
    await editor.update();
    expect(await violations(editor.element)).to.deep.equal([]);
  });
});
