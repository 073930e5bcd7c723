/**
 * The built bundle's English interface, word for word the source's. The build rewrites message
 * ids (vite.config.ts, shortMessageIds), which only dist/ sees: a wrong mapping would show
 * Persian words, or the wrong English ones, on English pages. Runs against dist/ (npm test builds
 * first); the source's class is `<sla-statement>` here (helpers.ts), the bundle's another tag.
 */
import { expect } from '@open-wc/testing';
import { SlaStatement as SourceStatement } from '../../src/sla-statement.component.js';
import { loadJson, settled, unmountAll } from './helpers.js';

type Element = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

/** Renders the same markup (and data) with the bundle and with the source; their text and messages. */
async function renderBoth(attributes: string, data?: unknown): Promise<{ text: string; messages: unknown }[]> {
  const results = [];
  for (const tag of ['dist-statement', 'sla-statement']) {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<${tag} lang="en" ${attributes}></${tag}>`;
    document.body.append(wrapper);
    const element = wrapper.firstElementChild as Element;
    const done = settled(element);
    if (data !== undefined) element.data = data;
    const event = await done;
    await element.updateComplete;
    // The source's templates keep their whitespace, the bundle's are minified.
    results.push({ text: element.shadowRoot!.textContent!.replace(/\s+/g, ''), messages: event.detail.messages });
    wrapper.remove();
  }
  return results;
}

describe('the bundle in English', () => {
  before(async () => {
    const bundle = await import('/dist/sla-statement.js' as string);
    expect(bundle.SlaStatement).to.not.equal(SourceStatement);
    customElements.define('dist-statement', bundle.SlaStatement);
  });
  afterEach(unmountAll);

  it('words a statement, its table and its problems as the source does', async () => {
    const data = (await loadJson('001-hamedan')) as { sections: unknown[] };
    const broken = {
      ...data,
      validity: { from: '1403/13/40' },
      sections: [
        ...data.sections,
        { kind: 'unknown', content: [] },
        { kind: 'other', content: [] },
        { kind: 'term', id: 'x y', content: [3] },
      ],
      services: {
        items: [
          {
            name: 'a',
            id: 'i',
            unit: 'u',
            audience: ['G2C', 'G2B', 'G2G', 'G2E', 'X'],
            channels: ['web', 'app', 'sms', 'phone', 'pishkhan', 'post', 'in-person'],
            duration: 'd',
            visits: -1,
            cost: 'c',
            url: 'javascript:1',
          },
          { name: 5 },
          { name: 'b', unit: 'v', url: 'https://example.ir' },
        ],
      },
    };
    const [bundle, source] = await renderBoth('expanded="all"', broken);
    expect(bundle!.text).to.contain('Hideallsections');
    expect(bundle!.text).to.equal(source!.text);
    expect((bundle!.messages as string[]).length).to.be.greaterThan(5);
    expect(bundle!.messages).to.deep.equal(source!.messages);
  });

  for (const src of ['/__fault/status/500', '/__fault/html', '/__fault/text/test/fixtures/bad-input/05-trailing-comma.json', '/__fault/hang']) {
    it(`words the failure of ${src} as the source does`, async () => {
      const [bundle, source] = await renderBoth(`timeout="1000" src="${src}"`);
      expect(bundle!.text).to.match(/^Theagreementcouldnotbeshown/);
      expect(bundle!.text).to.equal(source!.text);
    });
  }
});
