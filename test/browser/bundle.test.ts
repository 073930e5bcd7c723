/**
 * The built files, as portals load them: the ES module and the classic script, each twice.
 * Nothing may throw, and the element must work. Runs against dist/ (npm test builds first).
 */
import { expect } from '@open-wc/testing';

function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('the built bundles', () => {
  it('load as module and classic script, twice each, without an error, and render', async () => {
    const errors: string[] = [];
    window.addEventListener('error', (event) => errors.push(event.message));
    await import('/dist/sla-statement.js' as string);
    await import('/dist/sla-statement.js?second' as string);
    await classicScript('/dist/sla-statement.iife.js');
    await classicScript('/dist/sla-statement.iife.js?second');
    expect(errors).to.deep.equal([]);

    const element = document.createElement('sla-statement');
    const loaded = new Promise((resolve) => element.addEventListener('sla-load', resolve, { once: true }));
    element.setAttribute('src', '/demo/data/001-hamedan.json');
    document.body.append(element);
    await loaded;
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(23);
    expect(errors).to.deep.equal([]);
  });
});
