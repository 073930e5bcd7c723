/**
 * lostLines, the corpus test's check that the importer leaves no line out without saying so, on
 * small hand-made results (no importer involved).
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/format/schema.js';
import type { ImportWarning } from '../../src/importer/index.js';
import { lostLines, words } from '../support/lost-lines.js';

interface Result {
  statement: Statement;
  warnings: ImportWarning[];
  dropped: { line: number; text: string; reason: string }[];
}

const TITLE = 'توافقنامه سطح خدمت استانداری نمونه';

/** An import result whose statement holds the given blocks in one introduction section. */
function result(content: Statement['sections'][number]['content'], named: Partial<Pick<Result, 'warnings' | 'dropped'>> = {}): Result {
  return {
    statement: {
      version: 1,
      lang: 'fa',
      title: TITLE,
      provider: { name: 'استانداری نمونه' },
      sections: [{ kind: 'introduction', title: 'مقدمه', content }],
    },
    warnings: named.warnings ?? [],
    dropped: named.dropped ?? [],
  };
}

const lines = (...text: string[]) => text.join('\n');

describe('words', () => {
  it('folds letters and splits on anything that is not a letter or a digit', () => {
    expect(words('۱- خدمت دهنده: استانداري همدان (www.ostan-hm.ir)')).toEqual(['خدمت', 'دهنده', 'استانداری', 'همدان', 'www', 'ostan', 'hm', 'ir']);
  });

  it('leaves out numbers, single letters and the marker words ماده، بند، الف، ب، ج، د', () => {
    expect(words('بند الف ماده ۶۷ و 30 روز؛ ج) د- ب.')).toEqual(['روز']);
  });

  it('reads Arabic presentation forms as their letters', () => {
    expect(words('ﺑﯿﺎﻧﯿﻪ ﺳﻄﺢ')).toEqual(words('بیانیه سطح'));
  });
});

describe('lostLines', () => {
  it('finds nothing lost when every line is in the output', () => {
    const input = lines(TITLE, '', 'مقدمه', '', 'این متن نگه داشته شد.');
    const imported = result(['این متن نگه داشته شد.'], { dropped: [] });
    // «مقدمه» is the section's title, a string of the output like any other.
    expect(lostLines(input, imported)).toEqual([]);
  });

  it('reports a line whose words are not in the output, with its number and text', () => {
    const input = lines(TITLE, '', 'این متن نگه داشته شد.', 'این سطر گم شد.');
    expect(lostLines(input, result(['این متن نگه داشته شد.']))).toEqual([{ line: 4, text: 'این سطر گم شد.' }]);
  });

  it('does not report a line named in a warning, or a dropped line', () => {
    const input = lines('سه شنبه 02 مرداد 1403', TITLE, 'این سطر گم شد.');
    const imported = result([], {
      warnings: [{ line: 3, code: 'unplaced', text: 'این سطر گم شد.' }],
      dropped: [{ line: 1, text: 'سه شنبه 02 مرداد 1403', reason: 'chrome' }],
    });
    expect(lostLines(input, imported)).toEqual([]);
  });

  it('reports the second copy of a line published twice and kept once', () => {
    const input = lines(TITLE, 'نگهداری و تغییرات خدمت', 'نگهداری و تغییرات خدمت');
    expect(lostLines(input, result([{ list: ['نگهداری و تغییرات خدمت'] }]))).toEqual([{ line: 3, text: 'نگهداری و تغییرات خدمت' }]);
  });

  it('accepts the line without its markers, punctuation and spelling: terms, bullets, ي/ك, digits', () => {
    const input = lines(TITLE, '  3-تعاريف', '- خدمت دهنده : استانداري نمونه', '·         مدرك 72ساعت', '<https://www.ostan-lr.ir>');
    const imported = result([
      { terms: [{ term: 'خدمت دهنده', text: 'استانداری نمونه' }] },
      { list: ['مدرک ۷۲ساعت'] },
      'https://www.ostan-lr.ir',
    ]);
    imported.statement.sections.unshift({ kind: 'definitions', title: 'تعاریف', content: [] });
    expect(lostLines(input, imported)).toEqual([]);
  });

  it('needs every word of the line: a line kept in part is lost', () => {
    const input = lines(TITLE, 'بر اساس آیین نامه توسعه خدمات الکترونیکی');
    expect(lostLines(input, result(['بر اساس آیین نامه توسعه خدمات']))).toHaveLength(1);
  });

  it('does not count kind, version, lang, $schema or dir as words of the output', () => {
    const input = lines(TITLE, 'introduction', 'rtl');
    const imported = result([]);
    imported.statement.dir = 'rtl';
    expect(lostLines(input, imported).map((lost) => lost.line)).toEqual([2, 3]);
  });

  it('gives back the words of a lost line, so the next line that uses them is still found', () => {
    const input = lines(TITLE, 'دسترس پذیری سامانه گمشده', 'دسترس پذیری سامانه');
    expect(lostLines(input, result(['دسترس پذیری سامانه']))).toEqual([{ line: 2, text: 'دسترس پذیری سامانه گمشده' }]);
  });

  it('ignores empty and whitespace-only lines, and counts lines after \\r\\n', () => {
    const input = `${TITLE}\r\n \r\n\u00A0\r\nسطر گمشده`;
    expect(lostLines(input, result([]))).toEqual([{ line: 4, text: 'سطر گمشده' }]);
  });
});
