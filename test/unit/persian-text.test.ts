import { describe, it, expect } from 'vitest';
import { foldPersian, foldWithOrigin, searchKey } from '../../src/text/persian-text.js';
import { toAsciiDigits } from '../../src/text/digits.js';

const ZWNJ = '\u200C';
const NBSP = '\u00A0';
const TATWEEL = '\u0640';

describe('toAsciiDigits', () => {
  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('leaves other characters alone', () => {
    expect(toAsciiDigits('ماده ۹۷۹ قانون، 12 و ٣')).toBe('ماده 979 قانون، 12 و 3');
  });
});

describe('foldPersian', () => {
  it('folds Arabic yeh and alef maksura to Persian yeh', () => {
    expect(foldPersian('علي')).toBe('علی');
    expect(foldPersian('موسى')).toBe('موسی');
  });

  it('folds Arabic kaf to Persian keheh', () => {
    expect(foldPersian('كتاب')).toBe('کتاب');
  });

  it('folds teh marbuta to heh', () => {
    expect(foldPersian('مدرسة')).toBe('مدرسه');
  });

  it('folds digits to ASCII', () => {
    expect(foldPersian('ماده ۹۷۹')).toBe('ماده 979');
    expect(foldPersian('ماده ٩٧٩')).toBe('ماده 979');
  });

  it('removes tatweel', () => {
    expect(foldPersian(`خد${TATWEEL}${TATWEEL}مت`)).toBe('خدمت');
  });

  it('removes diacritics (harakat)', () => {
    expect(foldPersian('خِدْمَت')).toBe('خدمت');
    expect(foldPersian('قانوناً')).toBe('قانونا');
  });

  it('folds NBSP to an ordinary space', () => {
    expect(foldPersian(`سطح${NBSP}خدمت`)).toBe('سطح خدمت');
  });

  it('keeps single spaces between words and collapses runs of spacing', () => {
    expect(foldPersian('سطح خدمت')).toBe('سطح خدمت');
    expect(foldPersian(`  سطح \t\n ${NBSP} خدمت  `)).toBe('سطح خدمت');
  });

  it('turns ZWNJ into a space', () => {
    expect(foldPersian(`می${ZWNJ}شود`)).toBe('می شود');
  });

  it('lower-cases Latin letters', () => {
    expect(foldPersian('Service Level Agreement')).toBe('service level agreement');
  });
});

describe('searchKey', () => {
  it('treats ZWNJ, space and nothing between word parts alike', () => {
    const withZwnj = searchKey(`می${ZWNJ}شود`);
    expect(withZwnj).toBe(searchKey('می شود'));
    expect(withZwnj).toBe(searchKey('میشود'));
    expect(withZwnj).toBe('میشود');
  });

  it('treats ۱, ١ and 1 alike', () => {
    expect(searchKey('۱')).toBe(searchKey('١'));
    expect(searchKey('١')).toBe(searchKey('1'));
    expect(searchKey('ماده ۹۷۹')).toBe(searchKey('ماده 979'));
  });

  it('matches Arabic-keyboard text of seed 001 with Persian-keyboard text', () => {
    expect(searchKey('استانداري همدان')).toBe(searchKey('استانداری همدان'));
    expect(foldPersian('استانداري همدان')).toBe('استانداری همدان');
    expect(searchKey('معاون هماهنگي امور اقتصادي')).toBe(searchKey('معاون هماهنگی امور اقتصادی'));
    expect(searchKey('كيفيت')).toBe(searchKey('کیفیت'));
  });

  it('ignores tatweel, diacritics and NBSP', () => {
    expect(searchKey(`خِدْ${TATWEEL}مَت${NBSP}الکترونیک`)).toBe(searchKey('خدمت الکترونیک'));
  });

  it('still tells different words apart', () => {
    expect(searchKey('کتاب')).not.toBe(searchKey('کباب'));
    expect(searchKey('۱۲')).not.toBe(searchKey('۲۱'));
    expect(searchKey('ک')).not.toBe(searchKey('گ'));
  });
});

describe('foldWithOrigin', () => {
  it('folds as foldPersian does, and knows where each folded character came from', () => {
    const source = `  كتابِ${ZWNJ}ها ۱۲ `;
    const { folded, origin } = foldWithOrigin(source);
    expect(folded).toBe(foldPersian(source));
    expect(folded).toBe('کتاب ها 12');
    expect(origin).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
  });
});

