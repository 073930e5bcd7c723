import { expect } from '@open-wc/testing';
import { $, $$, loadJson, minimalStatement, render, unmountAll } from './helpers.js';

const services = (items: unknown[], title?: string) => minimalStatement({ services: { ...(title ? { title } : {}), items } });

describe('the service table', () => {
  afterEach(unmountAll);

  it('is a real table with a caption and scoped headers, one row per service', async () => {
    const element = await render(await loadJson('001-hamedan'));
    const table = $(element, 'table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('پيوست');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(table.querySelectorAll('tbody tr')).to.have.length(23);
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
  });

  it('numbers rows in Persian digits', async () => {
    const element = await render(await loadJson('001-hamedan'));
    const numbers = $$(element, 'tbody td.number').map((cell) => cell.textContent!.trim());
    expect(numbers.slice(0, 3)).to.deep.equal(['۱', '۲', '۳']);
    expect(numbers.at(-1)).to.equal('۲۳');
  });

  it('shows only the columns some item uses', async () => {
    const element = await render(services([{ name: 'الف', unit: 'دفتر' }, { name: 'ب', cost: 'رایگان' }]));
    expect($$(element, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['ردیف', 'عنوان خدمت', 'واحد', 'هزینه']);
  });

  it('shows audience and channel codes as localized words, ids isolated and links safe', async () => {
    const element = await render(
      services([
        { name: 'الف', id: '13021187000', audience: ['G2C', 'G2B'], channels: ['web', 'pishkhan', 'in-person'], visits: 2, url: 'https://example.ir/s' },
      ]),
    );
    const cells = $$(element, 'tbody tr > *').map((cell) => cell.textContent!.trim());
    expect(cells).to.include('شهروندان، کسب‌وکارها');
    expect(cells).to.include('وب، دفتر پیشخوان، حضوری');
    expect(cells).to.include('۲');
    expect($(element, 'tbody bdi')!.textContent).to.equal('13021187000');
    const link = $(element, 'tbody td a[href^="https:"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.ir/s');
    expect(link.textContent).to.contain('الف');
    // The name links to the service card too.
    const name = $(element, 'tbody th a') as HTMLAnchorElement;
    expect(name.getAttribute('href')).to.equal('https://example.ir/s');
    expect(name.textContent).to.equal('الف');
  });

  it('uses a localized default caption', async () => {
    const element = await render(services([{ name: 'الف' }]));
    expect($(element, 'caption')!.textContent!.trim()).to.equal('فهرست خدمات');
  });
});
