import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, minimalStatement, render, sectionButtons, unmountAll } from './helpers.js';

const panelOf = (element: HTMLElement, button: HTMLElement) =>
  element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;

const openStates = (element: HTMLElement) =>
  sectionButtons(element).map((button) => button.getAttribute('aria-expanded'));

describe('sections as an accordion', () => {
  afterEach(unmountAll);

  it('puts a real button inside each heading, wired with aria-expanded and aria-controls', async () => {
    const element = await render(minimalStatement());
    const buttons = sectionButtons(element);
    expect(buttons).to.have.length(3);
    for (const button of buttons) {
      expect(button.parentElement!.tagName).to.equal('H3');
      expect(button.getAttribute('type')).to.equal('button');
      expect(panelOf(element, button)).to.exist;
    }
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(['مقدمه', 'هدف', 'تعاریف']);
  });

  it('opens the first section by default, and all or none as `expanded` says', async () => {
    expect(openStates(await render(minimalStatement()))).to.deep.equal(['true', 'false', 'false']);
    expect(openStates(await render(minimalStatement(), 'expanded="all"'))).to.deep.equal(['true', 'true', 'true']);
    expect(openStates(await render(minimalStatement(), 'expanded="none"'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('keeps closed panels findable by find-in-page (hidden="until-found") and opens them on beforematch', async () => {
    const element = await render(minimalStatement());
    const second = sectionButtons(element)[1]!;
    const panel = panelOf(element, second);
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    expect(panel.getBoundingClientRect().height).to.equal(0);
    panel.dispatchEvent(new Event('beforematch'));
    await element.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.equal(false);
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('toggles a section with the mouse, Enter and Space', async () => {
    const element = await render(minimalStatement(), 'expanded="none"');
    const [first] = sectionButtons(element);
    first!.click();
    await element.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('reaches every control with Tab, in order', async () => {
    const element = await render(minimalStatement());
    const toggleAll = $(element, '.toggle-all') as HTMLButtonElement;
    toggleAll.focus();
    const order = [toggleAll, ...sectionButtons(element)];
    for (const next of order.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(next);
    }
  });

  it('shows and hides all sections with one control whose label follows the state', async () => {
    const element = await render(minimalStatement());
    const toggleAll = $(element, '.toggle-all')!;
    expect(toggleAll.textContent!.trim()).to.equal('نمایش همه بخش‌ها');
    toggleAll.click();
    await element.updateComplete;
    expect(openStates(element)).to.deep.equal(['true', 'true', 'true']);
    expect(toggleAll.textContent!.trim()).to.equal('بستن همه بخش‌ها');
    expect(toggleAll.getAttribute('aria-expanded')).to.equal('true');
    toggleAll.click();
    await element.updateComplete;
    expect(openStates(element)).to.deep.equal(['false', 'false', 'false']);
  });

  it('opens the section named by #id in the URL on load, scrolls to it and focuses it', async () => {
    history.replaceState(null, '', '#definitions');
    const element = await render(minimalStatement());
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(openStates(element)).to.deep.equal(['true', 'false', 'true']);
    expect(element.shadowRoot!.activeElement?.id).to.equal('heading-definitions');
  });

  it('opens the section named by #id on hashchange', async () => {
    const element = await render(minimalStatement(), 'expanded="none"');
    location.hash = 'purpose';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    expect(openStates(element)).to.deep.equal(['false', 'true', 'false']);
  });

  it('gives duplicate sections distinct anchors', async () => {
    const element = await render(
      minimalStatement({
        sections: [
          { kind: 'maintenance', content: ['یک'] },
          { kind: 'maintenance', content: ['دو'] },
        ],
      }),
    );
    expect(sectionButtons(element).map((button) => button.id)).to.deep.equal(['heading-maintenance', 'heading-maintenance-2']);
  });

  it('prints every section open and no controls', async () => {
    const element = await render(minimalStatement(), 'expanded="none"');
    await emulateMedia({ media: 'print' });
    try {
      for (const button of sectionButtons(element)) {
        expect(panelOf(element, button).getBoundingClientRect().height, button.textContent!).to.be.greaterThan(0);
      }
      expect(getComputedStyle($(element, '.toggle-all')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
