/**
 * Every service findable by the browser's find-in-page (issue 13, point 3): up to 100 services on
 * one page; up to 2,000 matches, the other pages' services beside the table as text hidden until
 * found; above that, a note that find-in-page sees the page on screen only.
 *
 * What these tests prove: every other page's service is in the DOM as hidden-until-found text,
 * taking no room and unseen by screen readers; `beforematch` on it shows its page with the row
 * marked; and, through a text fragment (the find-text command), that the browser's own text
 * finder, which find-in-page uses, reaches a service on another page inside the element's shadow
 * root, and the reader ends on its page, its row marked and in view. The find bar itself cannot
 * be driven by any automation protocol, so Ctrl+F is not typed here.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SlaStatement } from '../../src/sla-statement.js';
import { $, $$, minimalStatement, render, unmountAll } from './helpers.js';
import { until } from '../support/until.js';

const statement = (count: number) =>
  minimalStatement({
    services: { items: Array.from({ length: count }, (_, index) => ({ name: `خدمت شماره ${index + 1}`, unit: `واحد ${index % 3}` })) },
  });
const rows = (element: SlaStatement) => $$(element, 'tbody tr');
const hiddenTexts = (element: SlaStatement) => $$(element, '.findable > [hidden="until-found"]');
const pager = (element: SlaStatement) => $(element, '[part="pager"] span')?.textContent!.trim();


async function filterUnit(element: SlaStatement, unit: string): Promise<void> {
  const select = $(element, 'select') as HTMLSelectElement;
  select.value = unit;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

interface FindReport {
  rows: number;
  hiddenTexts: number;
  revealedTexts: number;
  foundShown: boolean;
  foundMarked: boolean;
  foundInView: boolean;
  pager: string | null;
}

describe('every service findable with find-in-page', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('keeps every other page\'s services beside the table, hidden until found, taking no room', async () => {
    const element = await render(statement(150));
    expect(rows(element)).to.have.length(20);
    await until(() => hiddenTexts(element).length === 130, 'the other pages are in', 10_000);
    const texts = hiddenTexts(element);
    expect(texts.map((text) => Number(text.dataset['position']))).to.deep.equal(Array.from({ length: 130 }, (_, index) => index + 20));
    expect(texts[0]!.textContent).to.equal('۲۱ · خدمت شماره 21 · واحد 2');
    expect(getComputedStyle(texts[0]!).contentVisibility).to.equal('hidden');
    expect($(element, '.findable')!.getBoundingClientRect().height).to.equal(0);
  });

  it('lets a screen reader meet the rows on screen only, with their places in the whole', async () => {
    const element = await render(statement(150));
    await until(() => hiddenTexts(element).length === 130, 'the other pages are in', 10_000);
    const tree = JSON.stringify(await executeServerCommand('ax-tree'));
    expect(tree).to.contain('خدمت شماره 20');
    expect(tree).to.not.contain('خدمت شماره 21');
    expect($(element, 'table')!.getAttribute('aria-rowcount')).to.equal('151');
  });

  it('shows the page of a service when find-in-page reveals its text (beforematch), its row marked', async () => {
    const element = await render(statement(150));
    await until(() => hiddenTexts(element).length === 130, 'the other pages are in', 10_000);
    const text = hiddenTexts(element).find((candidate) => candidate.textContent!.includes('خدمت شماره 77'))!;
    text.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await element.updateComplete;
    expect(pager(element)).to.equal('صفحه ۴ از ۸');
    expect(rows(element).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(
      Array.from({ length: 20 }, (_, index) => String(index + 62)),
    );
    expect($(element, 'tbody tr.marked th')!.textContent).to.equal('خدمت شماره 77');
    // The page on screen is in the table only, so that find-in-page finds each service once.
    expect(text.isConnected).to.equal(false);
    expect(hiddenTexts(element).some((hidden) => hidden.textContent!.includes('خدمت شماره 77'))).to.equal(false);
    expect(hiddenTexts(element).some((hidden) => hidden.textContent!.includes('خدمت شماره 1 '))).to.equal(true);
  });

  for (const { services, at, page } of [
    { services: 150, at: 143, page: 'صفحه ۸ از ۸' },
    { services: 2000, at: 1990, page: 'صفحه ۱۰۰ از ۱۰۰' },
  ]) {
    it(`the browser's text finder reaches a service on another page, ${services} services`, async () => {
      const report = (await executeServerCommand('find-text', {
        path: `/test/fixtures/pages/find.html?services=${services}&at=${at}`,
        text: 'خدمت یافتنی',
      })) as FindReport;
      const onPage = services === 150 ? 10 : 20;
      expect(report).to.deep.equal({
        rows: onPage,
        hiddenTexts: services - onPage,
        revealedTexts: 0,
        foundShown: true,
        foundMarked: true,
        foundInView: true,
        pager: page,
      });
    });
  }

  it('puts the matches of a filter in again, and nothing else, once the reader pauses', async () => {
    const element = await render(statement(150));
    await until(() => hiddenTexts(element).length === 130, 'the other pages are in', 10_000);
    await filterUnit(element, 'واحد 1');
    expect(rows(element)).to.have.length(20);
    // The text of the earlier matches is out of find-in-page's reach at once.
    expect($(element, '.findable')!.hidden).to.equal(true);
    await until(() => !$(element, '.findable')!.hidden, 'the text is made again', 10_000);
    await until(() => hiddenTexts(element).length === 30, 'the other 30 matches are in', 10_000);
    expect(hiddenTexts(element).every((text) => text.textContent!.endsWith('واحد 1'))).to.equal(true);
  });

  it('offers every page at once, and page by page again, kept in the URL', async () => {
    const element = await render(statement(150));
    const toggle = () => $(element, '[part="show-all"]') as HTMLButtonElement;
    expect(toggle().textContent!.trim()).to.equal('نمایش همه ۱۵۰ خدمت');
    toggle().click();
    await element.updateComplete;
    expect(rows(element)).to.have.length(150);
    expect(hiddenTexts(element)).to.have.length(0);
    expect(pager(element)).to.equal(undefined);
    expect(toggle().textContent!.trim()).to.equal('نمایش صفحه به صفحه');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(new URL(location.href).searchParams.get('sla-page')).to.equal('all');
    unmountAll();

    history.replaceState(null, '', `${location.pathname}?sla-page=all`);
    const restored = await render(statement(150));
    expect(rows(restored)).to.have.length(150);
    ($(restored, '[part="show-all"]') as HTMLButtonElement).click();
    await restored.updateComplete;
    expect(rows(restored)).to.have.length(20);
    expect(pager(restored)).to.equal('صفحه ۱ از ۸');
    await until(() => hiddenTexts(restored).length === 130, 'the other pages are in', 10_000);
  });

  it('above 2,000 matches, keeps the page on screen only and says find-in-page sees only it', async () => {
    const element = await render(statement(2001));
    expect($(element, '[part="find-note"]')!.textContent).to.contain('فقط همین صفحه');
    expect($(element, '[part="find-note"]')!.textContent).to.contain('۲٬۰۰۱');
    expect($(element, '[part="show-all"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hiddenTexts(element)).to.have.length(0);
    // Narrowed to 2,000 or fewer, every match is findable again.
    await filterUnit(element, 'واحد 2');
    expect($(element, '[part="find-note"]')).to.equal(null);
    await until(() => hiddenTexts(element).length === 647, 'the other 647 matches are in', 10_000);
  });
});
