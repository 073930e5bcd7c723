/** Printing, as authorities do: the PDF Chromium prints must hold every section and every row. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { searchKey } from '../../src/text/persian-text.js';
import { SEEDS, loadJson, render, unmountAll } from './helpers.js';

/**
 * Text read back from a PDF keeps its words but not always their exact bidi order around numbers
 * and Latin words, nor spacing, line breaks or bracket direction. So a sentence is compared as
 * its Persian letters in order, plus each of its Latin/number tokens somewhere in the print.
 */
const persianLetters = (text: string) => searchKey(text).replace(/[^\p{L}]|[a-z]/gu, '');
const tokens = (text: string) => searchKey(text).match(/[a-z0-9]+/g) ?? [];
const letters = (text: string) => searchKey(text).replace(/[^\p{L}\p{N}]/gu, '');

interface Printed {
  pages: number;
  text: string;
}

type Block = string | { list: string[] } | { terms: { term: string; text: string }[] };

function blockTexts(block: Block): string[] {
  if (typeof block === 'string') return [block];
  if ('list' in block) return block.list;
  return block.terms.flatMap(({ term, text }) => [term, text]);
}

describe('print', () => {
  afterEach(unmountAll);

  for (const { file } of [SEEDS[1], SEEDS[3]]) {
    it(`${file}: the printed PDF has every section open and every service row`, async () => {
      const data = await loadJson(file);
      // Closed sections and a 5-row page on screen: print must not care.
      await render(data, 'expanded="none" page-size="5"');
      const printed = (await executeServerCommand('print-pdf')) as Printed;
      const text = letters(printed.text);
      const persian = persianLetters(printed.text);
      const printedTokens = new Set(tokens(printed.text));
      const sections = data.sections as { content: Block[] }[];
      const missing = sections
        .flatMap((section) => section.content.flatMap(blockTexts))
        .filter(
          (sentence) =>
            !persian.includes(persianLetters(sentence)) || !tokens(sentence).every((token) => printedTokens.has(token)),
        );
      expect(missing).to.deep.equal([]);
      // A table cell may wrap beside its neighbours, so rows are checked word by word.
      const words = new Set(printed.text.split(/\s+/).map(letters));
      const items = ((data.services as { items: { name: string }[] } | undefined)?.items ?? []).map((item) => item.name);
      const missingWords = items.flatMap((name) => name.split(/\s+/).map(letters).filter((word) => word && !words.has(word)));
      expect(missingWords).to.deep.equal([]);
      // No controls on paper.
      for (const control of ['نمایش همه بخش‌ها', 'جستجو در خدمات', 'صفحه بعد']) {
        expect(text.includes(letters(control)), control).to.equal(false);
      }
    });
  }
});
