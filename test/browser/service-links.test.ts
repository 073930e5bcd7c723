/**
 * A link to one service (issue 13, point 4): `#service-<id>`, or `#service-<row number>` for a
 * service without an id, opens the appendix at that row, scrolled to, marked and focused; every
 * row links to itself from its number.
 */
import { expect } from '@open-wc/testing';
import type { SlaStatement } from '../../src/sla-statement.js';
import { $, $$, minimalStatement, render, unmountAll } from './helpers.js';

/** 150 services; every third has no id. */
const statement = () =>
  minimalStatement({
    services: {
      items: Array.from({ length: 150 }, (_, index) => ({
        name: `خدمت شماره ${index + 1}`,
        ...(index % 3 === 2 ? {} : { id: String(13021187000 + index) }),
      })),
    },
  });

const target = (element: SlaStatement) => $(element, 'tbody tr.marked');
const pager = (element: SlaStatement) => $(element, '[part="pager"] span')!.textContent!.trim();

function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}

describe('links to one service', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('opens the appendix at the service an id names: its page, scrolled to, marked and focused', async () => {
    history.replaceState(null, '', `${location.pathname}#service-13021187076`);
    const element = await render(statement());
    const row = target(element)!;
    expect(row.querySelector('th')!.textContent).to.equal('خدمت شماره 77');
    expect(pager(element)).to.equal('صفحه ۴ از ۸');
    expect(inView(row)).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(row.querySelector('th'));
    expect($$(element, 'tbody tr.marked')).to.have.length(1);
  });

  it('reaches a service without an id by its row number, clearing a search that hid it', async () => {
    history.replaceState(null, '', `${location.pathname}?sla-q=${encodeURIComponent('شماره 1')}#service-${encodeURIComponent('۹۰')}`);
    const element = await render(statement());
    expect(target(element)!.querySelector('th')!.textContent).to.equal('خدمت شماره 90');
    expect(($(element, 'input[type="search"]') as HTMLInputElement).value).to.equal('');
    expect(pager(element)).to.equal('صفحه ۵ از ۸');
  });

  it('follows the link when the hash changes, and unmarks the row when it points elsewhere', async () => {
    const element = await render(statement());
    expect(target(element)).to.equal(null);
    location.hash = '#service-13021187141';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    expect(target(element)!.querySelector('th')!.textContent).to.equal('خدمت شماره 142');
    expect(pager(element)).to.equal('صفحه ۸ از ۸');
    location.hash = '#purpose';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    expect(target(element)).to.equal(null);
  });

  it('gives every row a link to itself on its number, which marks it when followed', async () => {
    const element = await render(statement());
    const links = $$(element, 'tbody td.number a') as HTMLAnchorElement[];
    expect(links.slice(0, 3).map((link) => link.getAttribute('href'))).to.deep.equal(['#service-13021187000', '#service-13021187001', '#service-3']);
    expect(links[2]!.textContent).to.equal('۳');
    expect(links[2]!.getAttribute('aria-label')).to.equal('پیوند به ردیف ۳');
    links[2]!.click();
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    expect(location.hash).to.equal('#service-3');
    expect(target(element)!.querySelector('th')!.textContent).to.equal('خدمت شماره 3');
  });
});
