import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SlaStatement } from '../../src/sla-statement.js';
import { $, $$, loadJson, minimalStatement, render, unmountAll } from './helpers.js';
import { until } from '../support/until.js';

const ITEMS = [
  { name: 'صدور پروانه کسب', unit: 'دفتر الف', id: '13021187000', cost: 'رایگان' },
  { name: 'تمدید کارت شناسایی', unit: 'دفتر ب', id: '13021187001', cost: '۵۰٬۰۰۰ ریال' },
  { name: 'ثبت شكايات', unit: 'دفتر الف', id: '13021187002' },
  { name: 'پاسخ به استعلام گواهی‌نامه', unit: 'دفتر ج', id: '13021187003', cost: 'رایگان' },
  { name: 'خدمت 10', unit: 'دفتر ب', id: '13021187004' },
  { name: 'خدمت ۲', unit: 'دفتر ب', id: '13021187005' },
];

const statement = (items: unknown[] = ITEMS) => minimalStatement({ services: { title: 'پیوست', items } });
/** The rows a reader sees: a one-page table keeps the rows the search does not match, hidden. */
const shownRows = (element: SlaStatement) => $$(element, 'tbody tr:not([hidden])');
const names = (element: SlaStatement) => shownRows(element).map((row) => row.querySelector('th')!.textContent!.trim());
const status = (element: SlaStatement) => $(element, '[part="match-count"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function type(element: SlaStatement, text: string): Promise<void> {
  const input = $(element, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function sortBy(element: SlaStatement, header: string): Promise<void> {
  const button = $$(element, 'thead th button').find((b) => b.textContent!.trim() === header)!;
  button.click();
  await element.updateComplete;
}

describe('searching, filtering and sorting services', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('has a labelled search box above the table', async () => {
    const element = await render(statement());
    const input = $(element, 'input[type="search"]') as HTMLInputElement;
    const label = $(element, `label[for="${input.id}"]`)!;
    expect(label.textContent!.trim()).to.equal('جستجو در خدمات');
  });

  it('filters as one types, ignoring Arabic letters, digit forms and ZWNJ', async () => {
    const element = await render(statement());
    await type(element, 'شکایات');
    expect(names(element)).to.deep.equal(['ثبت شكايات']);
    await type(element, 'گواهی نامه');
    expect(names(element)).to.deep.equal(['پاسخ به استعلام گواهی‌نامه']);
    await type(element, 'خدمت 2');
    expect(names(element)).to.deep.equal(['خدمت ۲']);
    await type(element, '١٣٠٢١١٨٧٠٠١');
    expect(names(element)).to.deep.equal(['تمدید کارت شناسایی']);
    await type(element, 'دفتر ج');
    expect(names(element)).to.deep.equal(['پاسخ به استعلام گواهی‌نامه']);
  });

  it('matches several words in any order and marks them in the rows, as the agency wrote them', async () => {
    const element = await render(statement());
    const marks = (row: number) =>
      [...(CSS.highlights.get('sla-statement-match') ?? [])]
        .filter((range) => shownRows(element)[row]!.contains((range as Range).startContainer))
        .map((range) => range as StaticRange)
        .sort((a, b) => (a.startContainer === b.startContainer ? a.startOffset - b.startOffset : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const marked = (row: number) =>
      marks(row).map(({ startContainer, startOffset, endContainer, endOffset }) => {
        const range = new Range();
        range.setStart(startContainer, startOffset);
        range.setEnd(endContainer, endOffset);
        return range.toString();
      });
    // Marks are made once the rows are painted.
    const typeAndPaint = async (text: string) => {
      await type(element, text);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    };
    await typeAndPaint('کسب صدور');
    expect(names(element)).to.deep.equal(['صدور پروانه کسب']);
    expect(marked(0)).to.deep.equal(['صدور', 'کسب']);
    const rules = [...element.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.filter((rule) => rule.startsWith('::highlight(sla-statement-match)')), 'the marks are styled, once').to.have.length(1);
    await typeAndPaint('شکایات الف');
    expect(names(element)).to.deep.equal(['ثبت شكايات']);
    expect(marked(0)).to.deep.equal(['شكايات', 'الف']);
    expect(marks(0)[1]!.startContainer.parentElement!.closest('td')!.textContent).to.equal('دفتر الف');
    await typeAndPaint('13021187003');
    expect(marked(0)).to.deep.equal(['13021187003']);
    expect(marks(0)[0]!.startContainer.parentElement!.localName).to.equal('bdi');
    // A short word or a number only where a word or number starts: «2» is not in «13021187000».
    await typeAndPaint('خدمت 2');
    expect(names(element)).to.deep.equal(['خدمت ۲']);
    expect(marked(0)).to.deep.equal(['خدمت', '۲']);
    await typeAndPaint('');
    expect(CSS.highlights.get('sla-statement-match')!.size).to.equal(0);
  });

  it('announces the number of matches politely and says when nothing matches', async () => {
    const element = await render(statement());
    const region = $(element, '[part="match-count"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(status(element)).to.equal('۶ خدمت');
    await type(element, 'دفتر الف');
    expect(status(element)).to.equal('۲ خدمت از ۶');
    await type(element, 'ناموجود');
    expect(status(element)).to.equal('۰ خدمت از ۶');
    expect($(element, '[part="no-matches"]')!.textContent).to.contain('پیدا نشد');
    expect($(element, 'table')!.getAttribute('aria-rowcount')).to.equal('1');
  });

  it('filters by unit, listing each unit with its count', async () => {
    const element = await render(statement());
    const select = $(element, 'select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'همه واحدها (۶)',
      'دفتر الف (۲)',
      'دفتر ب (۳)',
      'دفتر ج (۱)',
    ]);
    select.value = 'دفتر ب';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['تمدید کارت شناسایی', 'خدمت 10', 'خدمت ۲']);
    await type(element, 'خدمت');
    expect(names(element)).to.deep.equal(['خدمت 10', 'خدمت ۲']);
  });

  it('sorts on a header click, ascending then descending, with aria-sort and an announcement', async () => {
    const element = await render(statement());
    await sortBy(element, 'عنوان خدمت');
    const header = $$(element, 'thead th').find((th) => th.textContent!.trim() === 'عنوان خدمت')!;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(names(element)).to.deep.equal([
      'پاسخ به استعلام گواهی‌نامه',
      'تمدید کارت شناسایی',
      'ثبت شكايات',
      'خدمت ۲',
      'خدمت 10',
      'صدور پروانه کسب',
    ]);
    expect(status(element)).to.contain('مرتب‌شده بر اساس عنوان خدمت، صعودی');
    await sortBy(element, 'عنوان خدمت');
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(names(element)[0]).to.equal('صدور پروانه کسب');
    expect(status(element)).to.contain('نزولی');
    expect($$(element, 'thead th[aria-sort]')).to.have.length(1);
  });

  it('sorts empty values last either way, and the row-number column restores published order', async () => {
    const element = await render(statement());
    await sortBy(element, 'هزینه');
    expect(names(element).slice(-3)).to.deep.equal(['ثبت شكايات', 'خدمت 10', 'خدمت ۲']);
    await sortBy(element, 'هزینه');
    expect(names(element).slice(-3)).to.deep.equal(['ثبت شكايات', 'خدمت 10', 'خدمت ۲']);
    await sortBy(element, 'ردیف');
    expect(names(element)[0]).to.equal('صدور پروانه کسب');
    await sortBy(element, 'ردیف');
    expect(names(element)[0]).to.equal('خدمت ۲');
  });

  it('sorts from the keyboard with Enter', async () => {
    const element = await render(statement());
    const button = $$(element, 'thead th button').find((b) => b.textContent!.trim() === 'واحد')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.parentElement!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('pages a long table, with row counts and indexes for screen readers', async () => {
    const items = Array.from({ length: 120 }, (_, index) => ({ name: `خدمت ${index + 1}` }));
    const element = await render(statement(items), 'page-size="50"');
    const table = $(element, 'table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('121');
    expect(shownRows(element)).to.have.length(50);
    expect(shownRows(element)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    const pager = $(element, '[part="pager"]')!;
    expect(pager.textContent).to.contain('صفحه ۱ از ۳');
    const [previous, next] = [...pager.querySelectorAll('button')];
    expect(previous!.disabled).to.equal(true);
    next!.click();
    await element.updateComplete;
    expect(shownRows(element)[0]!.getAttribute('aria-rowindex')).to.equal('52');
    expect(names(element)[0]).to.equal('خدمت 51');
    next!.click();
    await element.updateComplete;
    expect(shownRows(element)).to.have.length(20);
    expect(next!.disabled).to.equal(true);
    await type(element, 'خدمت 7');
    expect(pager.isConnected ? pager.textContent : '').to.not.contain('صفحه ۳');
    expect(names(element)[0]).to.equal('خدمت 7');
  });

  it('shows a statement of up to 100 services on one page, whatever the page size', async () => {
    const items = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `خدمت ${index + 1}` }));
    for (const count of [23, 100]) {
      const element = await render(statement(items(count)), 'page-size="10"');
      expect(shownRows(element), `${count} services`).to.have.length(count);
      expect($(element, '[part="pager"]'), `${count} services`).to.equal(null);
    }
  });

  it('above 100 services, shows a short last page with the page before it, not behind a pager', async () => {
    const items = Array.from({ length: 123 }, (_, index) => ({ name: `خدمت ${index + 1}` }));
    const element = await render(statement(items));
    expect(shownRows(element)).to.have.length(20);
    expect($(element, '[part="pager"]')!.textContent).to.contain('صفحه ۱ از ۶');
    for (let page = 1; page < 6; page++) {
      ($(element, '[part="pager"]')!.querySelectorAll('button')[1] as HTMLButtonElement).click();
      await element.updateComplete;
    }
    expect($(element, '[part="pager"]')!.textContent).to.contain('صفحه ۶ از ۶');
    expect(shownRows(element)).to.have.length(23);
    expect(shownRows(element).at(-1)!.getAttribute('aria-rowindex')).to.equal('124');
  });

  it('keeps the view in the URL, beside a section link, and restores it from a shared link', async () => {
    history.replaceState(null, '', `${location.pathname}#definitions`);
    const element = await render(statement());
    await type(element, 'دفتر');
    const select = $(element, 'select') as HTMLSelectElement;
    select.value = 'دفتر ب';
    select.dispatchEvent(new Event('change'));
    await sortBy(element, 'عنوان خدمت');
    await sortBy(element, 'عنوان خدمت');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const shared = new URL(location.href);
    expect(shared.hash).to.equal('#definitions');
    expect(shared.searchParams.get('sla-q')).to.equal('دفتر');
    expect(shared.searchParams.get('sla-unit')).to.equal('دفتر ب');
    expect(shared.searchParams.get('sla-sort')).to.equal('name:desc');
    unmountAll();

    history.replaceState(null, '', `${shared.pathname}${shared.search}${shared.hash}`);
    const restored = await render(statement());
    expect(($(restored, 'input[type="search"]') as HTMLInputElement).value).to.equal('دفتر');
    expect(($(restored, 'select') as HTMLSelectElement).value).to.equal('دفتر ب');
    expect(names(restored)).to.deep.equal(['خدمت 10', 'خدمت ۲', 'تمدید کارت شناسایی']);
    expect($(restored, 'thead th[aria-sort="descending"]')!.textContent!.trim()).to.equal('عنوان خدمت');
    expect($(restored, '#heading-definitions')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('restores a shared link to a later page of a search, the search fetched after the statement is shown', async () => {
    const items = Array.from({ length: 120 }, (_, index) => ({ name: `${index % 2 ? 'صدور' : 'تمدید'} مجوز ${index + 1}` }));
    const element = await render(statement(items));
    await type(element, 'صدور');
    ($(element, '[part="pager"]')!.querySelectorAll('button')[1] as HTMLButtonElement).click();
    await element.updateComplete;
    const pager = $(element, '[part="pager"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(pager).to.contain('صفحه ۲ از');
    const rows = names(element);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const shared = new URL(location.href);
    expect(shared.searchParams.get('sla-page')).to.equal('2');
    unmountAll();

    history.replaceState(null, '', `${shared.pathname}${shared.search}`);
    const restored = await render(statement(items));
    expect($(restored, '[part="pager"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(pager);
    expect(names(restored)).to.deep.equal(rows);
  });

  it('searches the 23 Hamedan services typed with Arabic ي/ك using a Persian keyboard', async () => {
    const element = await render(await loadJson('001-hamedan'));
    await type(element, 'ثبت ازدواج');
    expect(names(element)).to.deep.equal(['ثبت ازدواج (زن و مرد افغاني)', 'صدور مجوز ثبت ازدواج زن و مرد ايراني با اتباع خارجي']);
    await type(element, 'شکایات');
    expect(names(element)).to.deep.equal(['رسيدگي و پاسخگويي به شكايات']);
  });
});

describe('long appendices', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('sorts 5,000 services in slices, busy until done, then in Persian order', async () => {
    const items = Array.from({ length: 5000 }, (_, index) => ({ name: `خدمت ${(index * 7919) % 5003}` }));
    const element = await render(statement(items));
    const table = $(element, 'table')!;
    const busy: (string | null)[] = [];
    new MutationObserver(() => busy.push(table.getAttribute('aria-busy'))).observe(table, { attributeFilter: ['aria-busy'] });
    // updateComplete waits for the sort to be made and applied.
    await sortBy(element, 'عنوان خدمت');
    expect(busy, 'busy while the sort is made, then not').to.deep.equal(['true', null]);
    const collator = new Intl.Collator('fa', { numeric: true });
    const expected = items.map((item) => item.name).sort(collator.compare).slice(0, element.pageSize);
    expect(names(element)).to.deep.equal(expected);
  });

  it('a new statement while a sort is being made: updateComplete still settles, the new one in its published order', async () => {
    const items = Array.from({ length: 5000 }, (_, index) => ({ name: `خدمت ${(index * 7919) % 5003}` }));
    const element = await render(statement(items));
    $$(element, 'thead th button').find((button) => button.textContent!.trim() === 'عنوان خدمت')!.click();
    const next = Array.from({ length: 30 }, (_, index) => ({ name: `خدمت دیگر ${30 - index}` }));
    element.data = statement(next);
    await element.whenReady();
    let settled = false;
    void element.updateComplete.then(() => (settled = true));
    await until(() => settled, 'updateComplete settles');
    expect(names(element)).to.deep.equal(next.map((item) => item.name));
    expect($(element, 'th[aria-sort]')).to.equal(null);
  });
});
