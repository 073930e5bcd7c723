import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foundAnywhere, markRanges, matchesAll, narrows, searchText, searchWords } from '../../src/services/search-words.js';
import { searchKey } from '../../src/text/persian-text.js';

const ZWNJ = '\u200C';
/** The marked stretches of `text`, as the reader sees them. */
const marked = (text: string, query: string) => markRanges(text, searchWords(query)).map(([start, end]) => text.slice(start, end));

describe('searchWords', () => {
  it('splits a query into folded words, ignoring spacing of any kind', () => {
    expect(searchWords('  صدور   مجوز ')).toEqual(['صدور', 'مجوز']);
    expect(searchWords(`گواهي${ZWNJ}نامه ۱۲`)).toEqual(['گواهی', 'نامه', '12']);
    expect(searchWords(' \u00A0')).toEqual([]);
  });
});

describe('matching words in any order', () => {
  const service = searchText('صدور پروانه کسب\u0001دفتر ب\u000113021187004');
  const matches = (query: string, text = service) => matchesAll(text, searchWords(query));

  it('finds every word wherever it is, in any order, each in one field', () => {
    expect(matches('کسب صدور')).toBe(true);
    expect(matches('پروانه دفتر')).toBe(true);
    expect(matches('پروانه تمدید')).toBe(false);
    expect(matches('کسبدفتر')).toBe(false);
  });

  it('finds a word of three letters or more inside other words, and across a space or ZWNJ', () => {
    expect(matches('روانه')).toBe(true);
    expect(matches('صدورپروانه')).toBe(true);
    expect(matches('می شود', searchText('انجام میشود'))).toBe(true);
    expect(matches('گواهینامه', searchText(`گواهی${ZWNJ}نامه`))).toBe(true);
  });

  it('finds a shorter word, or a number, only where a word or a number starts', () => {
    expect(matches('دفتر ب')).toBe(true);
    expect(matches('پر')).toBe(true);
    expect(matches('ب', searchText('ثبت کسب'))).toBe(false);
    expect(matches('1302')).toBe(true);
    expect(matches('2')).toBe(false);
    expect(matches('۱۱۸۷')).toBe(false);
    expect(matches('2', searchText('خدمت۲۵'))).toBe(true);
    expect(matches('الف', searchText('۱۲الف'))).toBe(true);
    expect(matches('لف', searchText('(الف)'))).toBe(false);
    expect(matches('ال', searchText('(الف)'))).toBe(true);
  });

  it('narrowing: what the longer query finds anywhere, the shorter found anywhere', () => {
    expect(narrows([], ['صدور'])).toBe(true);
    expect(narrows(['صد'], ['صدو'])).toBe(true);
    expect(narrows(['صدور'], ['صدور', 'م'])).toBe(true);
    expect(narrows(['صدور', 'م'], ['صدور', 'مج'])).toBe(true);
    expect(narrows(['12'], ['a12b'])).toBe(true);
    expect(narrows(['مجوز', 'صدور'], ['صدور'])).toBe(false);
    expect(narrows(['صدور'], ['صدو'])).toBe(false);
  });

  it('narrowing is never wrong: if it says so, every text the later words are anywhere in, the earlier are', () => {
    const word = fc.stringMatching(/^[ab12(]{1,4}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[ab12( ]{0,10}$/), (before, after, written) => {
        const text = searchText(written);
        if (narrows(before, after) && foundAnywhere(text, after)) expect(foundAnywhere(text, before)).toBe(true);
        // What matches is found anywhere.
        if (matchesAll(text, after)) expect(foundAnywhere(text, after)).toBe(true);
      }),
      { seed: 20261126, numRuns: 5000 },
    );
  });
});

describe('markRanges', () => {
  it('marks each word where it is, in the text as written', () => {
    expect(marked('صدور پروانه کسب', 'کسب صدور')).toEqual(['صدور', 'کسب']);
    expect(marked('ثبت شكايات', 'شکایات')).toEqual(['شكايات']);
    expect(marked('خدمت ۱۰ و ۲', '2')).toEqual(['۲']);
    expect(marked('دفتر ب', 'ب')).toEqual(['ب']);
  });

  it('marks a word typed across a ZWNJ or a space in one piece, and leaves the joiner out of separate words', () => {
    expect(marked(`گواهی${ZWNJ}نامه`, 'گواهینامه')).toEqual([`گواهی${ZWNJ}نامه`]);
    expect(marked(`گواهی${ZWNJ}نامه معتبر`, 'گواهی نامه')).toEqual(['گواهی', 'نامه']);
  });

  it('keeps diacritics and tatweel with the letters they follow', () => {
    expect(marked('مُجـوز صادره', 'مجوز')).toEqual(['مُجـوز']);
    expect(marked('کتابِ خوب', 'کتاب')).toEqual(['کتابِ']);
  });

  it('finds every occurrence of every word, in order', () => {
    expect(marked('صدور صدور', 'صدور')).toEqual(['صدور', 'صدور']);
    expect(markRanges('abcd', ['bcd', 'abc'])).toEqual([[0, 3], [1, 4]]);
    expect(markRanges('abc', [])).toEqual([]);
  });

  it('every marked stretch folds to text that contains a searched word', () => {
    const text = fc.stringMatching(/^[صدورمجزيی‌ ۱1۲2ـُ]{0,12}$/);
    fc.assert(
      fc.property(text, fc.constantFrom('صدور', 'مجوز', 'دو', '1', '12', 'ی'), (written, word) => {
        const ranges = markRanges(written, [word]);
        for (const [start, end] of ranges) expect(searchKey(written.slice(start, end))).toContain(word);
        // Marked where the search found it, and only then.
        expect(ranges.length > 0).toBe(matchesAll(searchText(written), [word]));
      }),
      { seed: 20261126, numRuns: 2000 },
    );
  });
});
