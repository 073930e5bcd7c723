import { expect } from '@open-wc/testing';
import { $, $$, SEEDS, loadJson, minimalStatement, render, unmountAll, visibleText } from './helpers.js';

describe('rendering a statement', () => {
  afterEach(unmountAll);

  it('shows the title, the provider linked to its portal, and the parent body', async () => {
    const element = await render(minimalStatement({ provider: { name: 'استانداری لرستان', url: 'https://www.ostan-lr.ir', parent: 'وزارت کشور' } }));
    expect($(element, '[part="title"]')!.textContent).to.equal('توافقنامه سطح خدمت نمونه');
    const link = $(element, '[part="provider"] a') as HTMLAnchorElement;
    expect(link.textContent).to.equal('استانداری لرستان');
    expect(link.getAttribute('href')).to.equal('https://www.ostan-lr.ir');
    expect(visibleText(element)).to.contain('وزارت کشور');
  });

  it('shows the service name and id of a per-service statement, the id isolated', async () => {
    const element = await render(minimalStatement({ service: { id: '14062543000', name: 'پاسخ به استعلام' } }));
    expect(visibleText(element)).to.contain('پاسخ به استعلام');
    const id = $$(element, 'header bdi').find((node) => node.textContent === '14062543000');
    expect(id, 'service id in a <bdi>').to.exist;
    expect(id!.getAttribute('dir')).to.equal('ltr');
  });

  it('states validity in Jalali with Persian digits', async () => {
    const element = await render(minimalStatement({ validity: { until: '1499/12/29', signatory: 'معاون توسعه' } }));
    expect($(element, '[part="validity"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('معتبر تا ۲۹ اسفند ۱۴۹۹');
    expect($(element, '[part="expired"]')).to.equal(null);
    expect(visibleText(element)).to.contain('معاون توسعه');
  });

  it('accepts Persian-digit and ISO dates and states from–until', async () => {
    const element = await render(minimalStatement({ validity: { from: '۱۴۰۳/۰۱/۰۱', until: '2025-03-19' } }));
    expect($(element, '[part="validity"]')!.textContent).to.contain('معتبر از ۱ فروردین ۱۴۰۳ تا ۲۹ اسفند ۱۴۰۳');
  });

  it('marks a statement whose until date has passed as expired', async () => {
    const element = await render(minimalStatement({ validity: { until: '1398/12/29' } }));
    expect($(element, '[part="expired"]')!.textContent!.trim()).to.equal('منقضی شده');
  });

  it('states open-ended validity as such, and shows no line without validity', async () => {
    const openEnded = await render(minimalStatement({ validity: {} }));
    expect($(openEnded, '[part="validity"]')!.textContent).to.contain('بدون تاریخ پایان (دائمی)');
    const none = await render(minimalStatement());
    expect($(none, '[part="validity"]')).to.equal(null);
  });

  it('renders paragraphs, bullet lists and definition lists as <p>, <ul> and <dl>', async () => {
    const element = await render(
      minimalStatement({
        sections: [{ kind: 'definitions', content: ['بند', { list: ['یک', 'دو'] }, { terms: [{ term: 'سایت', text: 'پرتال' }] }] }],
      }),
      'expanded="all"',
    );
    const body = $(element, '.section-body')!;
    expect(body.querySelector('p')!.textContent).to.equal('بند');
    expect([...body.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal(['یک', 'دو']);
    expect(body.querySelector('dl dt')!.textContent).to.equal('سایت');
    expect(body.querySelector('dl dd')!.textContent).to.equal('پرتال');
  });

  it('links http, https, mailto and tel, leaves other schemes as text and isolates Latin runs', async () => {
    const element = await render(
      minimalStatement({
        sections: [{ kind: 'other', title: 'پیوندها', content: ['نشانی https://sked.co.ir، ایمیل info@sked.co.ir، تلفن tel:+98211234 و javascript:alert(1) و Service Level Agreement است.'] }],
      }),
      'expanded="all"',
    );
    const links = $$(element, '.section-body a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://sked.co.ir', 'mailto:info@sked.co.ir', 'tel:+98211234']);
    expect($$(element, '.section-body a').every((a) => a.getAttribute('dir') === 'ltr')).to.equal(true);
    const isolated = $$(element, '.section-body bdi').map((node) => node.textContent);
    expect(isolated).to.include('Service Level Agreement');
    expect($(element, '.section-body')!.textContent).to.contain('javascript:alert(1)');
  });

  it('renders markup in data as text, never as HTML', async () => {
    const hostile = await loadJson('errors/hostile');
    let executed = false;
    (window as unknown as { alert: () => void }).alert = () => {
      executed = true;
    };
    const element = await render(hostile, 'expanded="all"');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(executed).to.equal(false);
    const root = element.shadowRoot!;
    expect(root.querySelector('img, script, iframe, svg:not(.chevron), b')).to.equal(null);
    expect($(element, '[part="title"]')!.textContent).to.equal('<img src=x onerror=alert(1)> عنوان');
    expect([...root.querySelectorAll('a')].every((a) => /^(https?:|mailto:|tel:)/.test(a.getAttribute('href')!))).to.equal(true);
  });

  it('takes the content language and direction from the data', async () => {
    const persian = await render(minimalStatement());
    expect($(persian, 'article')!.getAttribute('lang')).to.equal('fa');
    expect($(persian, 'article')!.getAttribute('dir')).to.equal('rtl');
    const english = await render(minimalStatement({ lang: 'en' }));
    expect($(english, 'article')!.getAttribute('dir')).to.equal('ltr');
    const forced = await render(minimalStatement({ lang: 'fa', dir: 'ltr' }));
    expect($(forced, 'article')!.getAttribute('dir')).to.equal('ltr');
  });

  for (const { file } of SEEDS) {
    it(`renders seed ${file} with every section`, async () => {
      const data = await loadJson(file);
      const element = await render(data);
      expect($$(element, '.section')).to.have.length((data.sections as unknown[]).length);
    });
  }
});
