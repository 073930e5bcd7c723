import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { SEEDS, loadJson, mount, render, settled, unmountAll } from './helpers.js';

declare const axe: {
  run: (context: Element, options?: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
};

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe('accessibility (axe-core)', () => {
  afterEach(unmountAll);

  for (const { file } of SEEDS) {
    it(`${file}: no violations with every section open`, async () => {
      const element = await render(await loadJson(file), 'expanded="all"');
      expect(await violations(element)).to.deep.equal([]);
    });
  }

  for (const { file } of SEEDS.slice(0, 2)) {
    it(`${file}: no violations in dark mode`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const element = await render(await loadJson(file), 'expanded="all"');
        expect(getComputedStyle(element.shadowRoot!.querySelector('article')!).backgroundColor).to.equal('rgb(22, 25, 29)');
        expect(await violations(element)).to.deep.equal([]);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }

  it('no violations with sections closed, in English', async () => {
    const element = await render(await loadJson('001-hamedan'), 'expanded="none" lang="en"');
    expect(await violations(element)).to.deep.equal([]);
  });

  it('no violations in the error and notice states', async () => {
    for (const src of ['/__fault/status/404', '/demo/data/errors/partial.json', '/demo/data/errors/invalid.json']) {
      const element = mount(`<sla-statement src="${src}"></sla-statement>`);
      await settled(element);
      await element.updateComplete;
      expect(await violations(element), src).to.deep.equal([]);
    }
  });
});
