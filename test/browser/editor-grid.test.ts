/**
 * The services grid (issue 12, point 1): rows added, edited and removed, audiences and channels as
 * checkboxes, and 23 rows pasted from a spreadsheet's clipboard, their columns mapped by header and
 * corrected before they land.
 */
import { expect, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { excelClipboard } from '../support/spreadsheet-clipboard.js';
import { fill, mountEditor, paste, persian, unmountEditors, DRAFT_KEY, type Editor } from './editor-helpers.js';

declare const axe: { run: (context: Node) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

async function blank(): Promise<Editor> {
  const editor = await mountEditor();
  editor.byId('start-blank').click();
  await editor.update();
  await fill(editor, editor.byId('f-title'), 'توافقنامه سطح خدمت استانداری همدان');
  await fill(editor, editor.byId('f-provider.name'), 'استانداری همدان');
  return editor;
}

describe('the services grid', function () {
  this.timeout(60000);

  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(unmountEditors);

  it('takes 23 rows pasted from Excel, with the mapping shown and corrected first', async () => {
    const editor = await blank();
    const hamedan = await (await fetch('/demo/data/001-hamedan.json')).json();
    const clipboard = excelClipboard(hamedan.services.items);
    const event = paste(editor.byId('paste-rows'), { 'text/html': clipboard.html, 'text/plain': clipboard.text });
    expect(event.defaultPrevented).to.equal(true);
    await editor.update();
    // The mapper: focus on its heading, one choice per column, guessed from the headers.
    expect(editor.active()?.id).to.equal('mapper-heading');
    expect(editor.byId('mapper-heading').textContent).to.contain(persian(23));
    const choices = editor.$$<HTMLSelectElement>('.mapping select');
    expect(choices.map((select) => select.value)).to.deep.equal(['number', 'name', 'unit', 'id', 'audience', 'channels', 'duration', 'cost', 'visits', '']);
    expect(editor.$('.mapping label').textContent).to.contain('ردیف');
    expect((await axe.run(editor.element)).violations.map((violation) => violation.id)).to.deep.equal([]);

    // A wrong correction is refused until it is right: two columns for one field.
    choices[9]!.value = 'unit';
    choices[9]!.dispatchEvent(new Event('change'));
    await editor.update();
    expect(editor.$('.mapper [role="alert"]').textContent).to.contain('فقط به یک ستون');
    expect(editor.byId<HTMLButtonElement>('mapper-append').disabled).to.equal(true);
    const unit = editor.$$<HTMLSelectElement>('.mapping select')[2]!;
    unit.value = '';
    unit.dispatchEvent(new Event('change'));
    await editor.update();
    expect(editor.byId<HTMLButtonElement>('mapper-append').disabled).to.equal(false);

    editor.byId('mapper-append').click();
    await editor.update();
    const items = editor.statement().services.items;
    expect(items).to.have.length(23);
    expect(items[0]).to.deep.equal({ name: hamedan.services.items[0].name, id: '13021187000', audience: ['G2C'], channels: ['web'], duration: '۱۵ روز', visits: 1, cost: 'رایگان' });
    expect(items[4].unit).to.equal('در دست بازنگری');
    expect(editor.$$('table.grid tbody tr')).to.have.length(23);
    expect(editor.active()?.id).to.equal('f-services.items[0].name');
    expect(editor.$('.paste-report').textContent).to.contain(`${persian(23)} خدمت افزوده شد`);
    // The grid shows the cells: checkboxes for audiences and channels, the visits in Persian digits.
    expect(editor.byId<HTMLInputElement>('f-services.items[1].audience').checked).to.equal(true);
    expect(editor.byId<HTMLInputElement>('f-services.items[1].visits').value).to.equal('۲');
    await waitUntil(() => editor.previewText().includes(`${persian(23)} خدمت`), 'the preview did not show the 23 services');
    // The filled grid, and the JSON tab with a syntax error, are clean too.
    expect((await axe.run(editor.element)).violations.map((violation) => violation.id)).to.deep.equal([]);
    editor.byId('tab-json').click();
    await editor.update();
    await fill(editor, editor.byId('json'), '{');
    expect((await axe.run(editor.element)).violations.map((violation) => violation.id)).to.deep.equal([]);
  });

  it('reads a paste of a whole table into a cell as rows, and a single cell as typing', async () => {
    const editor = await blank();
    editor.byId('add-row').click();
    await editor.update();
    const name = editor.byId<HTMLTextAreaElement>('f-services.items[0].name');
    expect(paste(name, { 'text/plain': 'فقط یک متن' }).defaultPrevented).to.equal(false);
    expect(paste(name, { 'text/plain': 'عنوان خدمت\tمدت\nصدور کارت\t۲ روز\n' }).defaultPrevented).to.equal(true);
    await editor.update();
    editor.byId('mapper-replace').click();
    await editor.update();
    expect(editor.statement().services.items).to.deep.equal([{ name: 'صدور کارت', duration: '۲ روز' }]);
    // What holds no table is said so.
    paste(editor.byId('paste-rows'), { 'text/plain': 'یک سطر بی‌ستون' });
    await editor.update();
    expect(editor.$('.paste-report').textContent).to.contain('جدولی نبود');
  });

  it('edits, checks, moves and removes rows', async () => {
    const editor = await blank();
    editor.byId('add-row').click();
    await editor.update();
    await fill(editor, editor.byId('f-services.items[0].name'), 'الف');
    editor.byId('add-row').click();
    await editor.update();
    await fill(editor, editor.byId('f-services.items[1].name'), 'ب');
    await fill(editor, editor.byId('f-services.items[1].visits'), '۳');
    await fill(editor, editor.byId('f-services.items[1].url'), 'https://example.ir/b');
    await fill(editor, editor.byId('f-services.items[1].id'), '123');
    expect(editor.byId('m-services.items[1].id').textContent).to.contain('۱۱ رقم');
    editor.byId<HTMLInputElement>('f-services.items[1].channels').click();
    await editor.update();
    expect(editor.statement().services.items[1]).to.deep.equal({ name: 'ب', visits: 3, url: 'https://example.ir/b', id: '123', channels: ['web'] });
    await fill(editor, editor.byId('f-services.items[1].visits'), 'دو');
    expect(editor.byId('f-services.items[1].visits').getAttribute('aria-invalid')).to.equal('true');

    editor.$$('button').find((button) => button.getAttribute('aria-label') === 'بردن ردیف ۲ به بالا')!.click();
    await editor.update();
    expect(editor.statement().services.items.map((item: { name: string }) => item.name)).to.deep.equal(['ب', 'الف']);
    editor.$$('button').find((button) => button.getAttribute('aria-label') === 'حذف ردیف ۲')!.click();
    editor.$$('button').find((button) => button.getAttribute('aria-label') === 'حذف ردیف ۱')!.click();
    await editor.update();
    // No rows, no appendix.
    expect(editor.statement().services).to.equal(undefined);
  });
});
