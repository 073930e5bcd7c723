/**
 * The five seeds were converted to JSON by hand. This proves nothing was lost: every sentence of
 * each published text appears in what the element renders from its JSON, after folding
 * whitespace and Arabic/Persian letter forms and digits (the JSON keeps them as written).
 */
import { expect } from '@open-wc/testing';
import { searchKey } from '../../src/text/persian-text.js';
import { SEEDS, loadJson, render, unmountAll } from './helpers.js';
import { publishedFragments } from '../fixtures/statements/seeds/published-fragments.js';

describe('fidelity of the seed conversions', () => {
  afterEach(unmountAll);

  for (const { file, seed } of SEEDS) {
    it(`${file}: every sentence of the published text is rendered`, async () => {
      const published = await (await fetch(`/test/fixtures/statements/seeds/${seed}.txt`)).text();
      const element = await render(await loadJson(file), 'expanded="all"');
      const rendered = searchKey(element.shadowRoot!.textContent ?? '');
      const missing = publishedFragments(published).filter((fragment) => !rendered.includes(searchKey(fragment)));
      expect(missing).to.deep.equal([]);
    });
  }

  it('would notice a dropped sentence', async () => {
    const data = await loadJson('000-lorestan');
    const sections = data.sections as { content: unknown[] }[];
    sections[0]!.content = [];
    const element = await render(data);
    const rendered = searchKey(element.shadowRoot!.textContent ?? '');
    expect(rendered.includes(searchKey('یک قرارداد تضمین کیفیت خدمات دو جانبه'))).to.equal(false);
  });
});
