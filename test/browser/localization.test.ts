import { expect } from '@open-wc/testing';
import { $, minimalStatement, mount, render, sectionButtons, settled, unmountAll } from './helpers.js';

describe('interface language', () => {
  afterEach(async () => {
    unmountAll();
    document.documentElement.lang = '';
  });

  it('is Persian by default, with Persian digits', async () => {
    const element = await render(minimalStatement({ validity: { until: '1403/12/29' } }));
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('نمایش همه بخش‌ها');
    expect($(element, '[part="validity"]')!.textContent).to.contain('۲۹ اسفند ۱۴۰۳');
  });

  it("follows the element's lang attribute", async () => {
    const element = await render(minimalStatement({ validity: { until: '1403/12/29' } }), 'lang="en"');
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('Show all sections');
    expect($(element, '[part="validity"]')!.textContent).to.contain('Valid until Esfand 29, 1403');
    expect(sectionButtons(element)[0]!.textContent!.trim()).to.equal('Introduction');
    // The statement itself stays Persian and right to left.
    expect($(element, 'article')!.getAttribute('dir')).to.equal('rtl');
  });

  it('switches a shown statement\'s interface when its lang changes, and back', async () => {
    const element = await render(minimalStatement({ validity: { until: '1403/12/29' } }));
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('نمایش همه بخش‌ها');
    element.lang = 'en';
    await element.updateComplete;
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('Show all sections');
    expect($(element, '[part="validity"]')!.textContent).to.contain('Valid until Esfand 29, 1403');
    element.setAttribute('lang', 'fa');
    await element.updateComplete;
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('نمایش همه بخش‌ها');
  });

  it("else follows the page's <html lang>", async () => {
    document.documentElement.lang = 'en-GB';
    const element = await render(minimalStatement());
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('Show all sections');
  });

  it("else follows the statement's language, and says errors in the reader's language", async () => {
    document.documentElement.lang = 'de';
    const element = await render(minimalStatement({ lang: 'en' }));
    expect($(element, '.toggle-all')!.textContent!.trim()).to.equal('Show all sections');
    const broken = mount('<sla-statement lang="en" src="/__fault/status/500"></sla-statement>');
    const event = await settled(broken);
    await broken.updateComplete;
    expect($(broken, '[role="alert"]')!.textContent).to.contain('status 500');
    expect((event.detail as { message: string }).message).to.contain('status 500');
  });

  it('words validation problems in English too', async () => {
    const element = mount('<sla-statement lang="en"></sla-statement>');
    const done = settled(element);
    element.data = { version: 1, provider: { name: 'x' }, sections: [] };
    await done;
    await element.updateComplete;
    expect($(element, '[role="alert"]')!.textContent).to.contain('this is required and missing');
  });
});

describe('several elements on one page', () => {
  afterEach(unmountAll);

  it('settle on one interface language instead of switching it back and forth', async () => {
    const english = await render(minimalStatement({ lang: 'en' }));
    const persian = await render(minimalStatement({ lang: 'fa' }));
    // A tug of war between the two would never stop re-rendering (and hangs the page).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = [english, persian].map((element) => $(element, '.toggle-all')!.textContent);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = [english, persian].map((element) => $(element, '.toggle-all')!.textContent);
    expect(after).to.deep.equal(before);
    expect(after[0]).to.equal(after[1]);
  });
});
