/**
 * The importer on the five published statements, end to end in the browser: import the text,
 * validate it (no problem), render it, and compare what a reader sees with the rendering of the
 * hand-made conversion in demo/data/: sections (kind, title, order), paragraphs, lists,
 * definitions, header and validity, and the appendix rows. Every sentence of the published text
 * must be on screen (the normalization of fidelity.test.ts). The differences accepted are
 * listed below, each with its reason.
 */
import { expect } from '@open-wc/testing';
import type { Statement } from '../../src/format/schema.js';
import { validateStatement } from '../../src/format/validate.js';
import { importStatement } from '../../src/importer/index.js';
import { searchKey } from '../../src/text/persian-text.js';
import { SEEDS, loadJson, render, shadow, unmountAll } from './helpers.js';
import { publishedFragments } from '../fixtures/statements/seeds/published-fragments.js';

type Block = ['p', string] | ['ul', string[]] | ['dl', [string, string][]];

interface Outline {
  title: string;
  header: string;
  validity: string;
  sections: { anchor: string; title: string; blocks: Block[] }[];
  services: string[][];
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a reader sees, as data. */
function outline(element: HTMLElement): Outline {
  const root = shadow(element);
  return {
    title: text(root.querySelector('[part="title"]')),
    header: text(root.querySelector('[part="header"]')),
    validity: text(root.querySelector('[part="validity"]')),
    sections: [...root.querySelectorAll('section.section')].map((section) => ({
      anchor: section.getAttribute('data-anchor')!,
      title: text(section.querySelector('.section-title')),
      blocks: [...section.querySelector('.section-body')!.children].map((block): Block => {
        if (block.localName === 'ul') return ['ul', [...block.querySelectorAll('li')].map(text)];
        if (block.localName === 'dl') {
          return ['dl', [...block.querySelectorAll('.term')].map((term): [string, string] => [text(term.querySelector('dt')), text(term.querySelector('dd'))])];
        }
        return ['p', text(block)];
      }),
    })),
    services: [...root.querySelectorAll('table tbody tr')].map((row) => [...row.children].map(text)),
  };
}

describe('importing the published statements (import → validate → render)', () => {
  afterEach(unmountAll);

  for (const { file, seed } of SEEDS) {
    describe(file, () => {
      let published: string;
      let imported: Statement;
      let handMade: Statement;

      before(async () => {
        published = await (await fetch(`/test/fixtures/statements/seeds/${seed}.txt`)).text();
        imported = importStatement(published).statement;
        handMade = (await loadJson(file)) as Statement;
      });

      it('validates with no problem', () => {
        expect(validateStatement(structuredClone(imported)).problems).to.deep.equal([]);
      });

      it('has the hand-made sections (kind, title, order), validity, service and appendix rows', () => {
        const sections = (statement: Statement) => statement.sections.map(({ kind, title }) => [kind, title]);
        expect(sections(imported)).to.deep.equal(sections(handMade));
        expect(imported.title).to.equal(handMade.title);
        expect(imported.provider).to.deep.equal(handMade.provider);
        expect(imported.validity).to.deep.equal(handMade.validity);
        expect(imported.service).to.deep.equal(handMade.service);
        expect(imported.services).to.deep.equal(handMade.services);
        if (file === '001-hamedan') expect(imported.services!.items).to.have.length(23);
      });

      it('renders as the hand-made JSON does', async () => {
        const expected = outline(await render(handMade, 'expanded="all"'));
        unmountAll();
        const actual = outline(await render(imported, 'expanded="all"'));
        expect(actual.sections).to.have.length(handMade.sections.length);
        expect(actual.sections.map((section) => section.anchor)).to.deep.equal(expected.sections.map((section) => section.anchor));
        for (const [index, section] of actual.sections.entries()) {
          expect(section, section.anchor).to.deep.equal(expected.sections[index]);
        }
        expect(actual).to.deep.equal(expected);
        if (file === '001-hamedan') expect(actual.services).to.have.length(23);
      });

      it('shows every sentence of the published text', async () => {
        const element = await render(imported, 'expanded="all"');
        const rendered = searchKey(element.shadowRoot!.textContent ?? '');
        const missing = publishedFragments(published).filter((fragment) => !rendered.includes(searchKey(fragment)));
        expect(missing).to.deep.equal([]);
      });
    });
  }
});
