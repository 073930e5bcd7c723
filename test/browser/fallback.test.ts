/**
 * Readers without JavaScript and search engines that do not run it see the light-DOM fallback;
 * once the element upgrades, its shadow root (with no slot) replaces it on screen.
 */
import { expect } from '@open-wc/testing';

const PAGE = `<!doctype html><html lang="fa" dir="rtl"><body>
  <sla-statement src="/demo/data/000-lorestan.json">
    <p id="fallback">
      <a href="/demo/data/000-lorestan.json">توافقنامه سطح خدمت استانداری لرستان (JSON)</a>
    </p>
  </sla-statement>
</body></html>`;

function framePage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = PAGE;
  const loaded = new Promise<HTMLIFrameElement>((resolve) => (frame.onload = () => resolve(frame)));
  document.body.append(frame);
  return loaded;
}

describe('fallback content without JavaScript', () => {
  it('is visible while scripts are missing, and replaced by the statement once the element upgrades', async () => {
    const frame = await framePage();
    const doc = frame.contentDocument!;
    const fallback = doc.getElementById('fallback')!;
    expect(fallback.getBoundingClientRect().height, 'visible without the script').to.be.greaterThan(0);
    expect(fallback.querySelector('a')!.getAttribute('href')).to.equal('/demo/data/000-lorestan.json');

    const element = doc.querySelector('sla-statement')!;
    const loaded = new Promise((resolve) => element.addEventListener('sla-load', resolve, { once: true }));
    const script = doc.createElement('script');
    script.src = '/dist/sla-statement.iife.js';
    doc.head.append(script);
    await loaded;
    expect(fallback.getBoundingClientRect().height, 'hidden behind the shadow root').to.equal(0);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('لرستان');
    frame.remove();
  });
});
