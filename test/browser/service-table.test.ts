import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
    const link = $(element, 'tbody a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.ir/s');
    expect(link.textContent).to.contain('الف');
  });

  it('uses a localized default caption', async () => {
    const element = await render(services([{ name: 'الف' }]));
    expect($(element, 'caption')!.textContent!.trim()).to.equal('فهرست خدمات');
  });

  it('fits a 360px phone without sideways page scroll, scrolling wide tables in their own focusable region', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const wide = services(
        Array.from({ length: 5 }, (_, index) => ({
          name: `خدمت شماره ${index} با عنوانی نسبتاً طولانی برای آزمودن شکستن سطر`,
          unit: 'دفتر امور اتباع و مهاجرین خارجی',
          id: '13021187000',
          audience: ['G2C'],
          channels: ['web', 'pishkhan'],
          duration: '۱۵ روز کاری',
          visits: 1,
          cost: 'رایگان',
          url: 'https://example.ir/a-very-long-address/that/does/not/break',
        })),
      );
      for (const data of [await loadJson('001-hamedan'), wide]) {
        await render(data);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
      }
      const element = await render(wide);
      const region = $(element, '[part="table-scroll"]')!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getBoundingClientRect().width).to.be.at.most(360);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
