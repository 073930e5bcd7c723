/**
 * Word in (issue 10, point 5): importDocx on real .docx files written by LibreOffice's Word
 * writer (test/fixtures/word/README.md), through mammoth as the CLI runs it in Node.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/format/validate.js';
import { describeImportWarning, DocxError, importDocx } from '../../src/importer/index.js';

const word = (name: string) => readFileSync(new URL(`../fixtures/word/${name}`, import.meta.url));

describe('importDocx: Word styles', () => {
  it('reads Title and Heading 1 as the title and the sections, lists as lists, bold terms as terms', async () => {
    const { statement } = await importDocx(word('statement.docx'));
    expect(validateStatement(structuredClone(statement)).problems).toEqual([]);
    expect(statement.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
    expect(statement.provider).toMatchObject({ name: 'استانداری لرستان' });
    expect(statement.validity).toEqual({ until: '1403/12/29' });
    expect(statement.sections.slice(0, 4).map((section) => [section.kind, section.title])).toEqual([
      ['introduction', 'مقدمه'],
      ['purpose', 'هدف'],
      ['definitions', 'تعاریف'],
      ['responsibility', 'مسئولیت'],
    ]);
    expect(statement.sections[2]!.content).toEqual([
      {
        terms: [
          { term: 'خدمت دهنده', text: 'استانداری لرستان' },
          { term: 'خدمت گیرنده', text: 'ارباب رجوع / شهروندان' },
          { term: 'سایت', text: 'مجموعه فرم ها و خدمات الکترونیکی بر روی پرتال استانداری لرستان به نشانی پرتال استانداری (https://www.ostan-lr.ir/) است.' },
        ],
      },
    ]);
    const lists = statement.sections.flatMap((section) => section.content.filter((block) => typeof block === 'object' && 'list' in block));
    expect(lists.flatMap((block) => (block as { list: string[] }).list)).toEqual(
      expect.arrayContaining(['الکترونیکی نمودن خدمات دستگاه', 'ارائه آن از طریق درگاه و دفاتر پیشخوان']),
    );
  });

  it('reads the services table, a unit merged down two rows belonging to both', async () => {
    const { statement } = await importDocx(word('statement.docx'));
    expect(statement.services).toEqual({
      title: 'پیوست: فهرست خدمات',
      items: [
        {
          name: 'صدور مجوز تجمعات',
          unit: 'دفتر امور سیاسی و انتخابات',
          id: '۱۳۰۲۱۱۸۷۰۰۲',
          audience: ['G2C'],
          channels: ['web', 'in-person'],
          duration: '۷ روز کاری',
          visits: 1,
          cost: 'رایگان',
        },
        {
          name: 'ثبت نام داوطلبان انتخابات شوراها',
          unit: 'دفتر امور سیاسی و انتخابات',
          id: '۱۳۰۲۱۱۸۷۰۰۵',
          audience: ['G2C'],
          channels: ['web'],
          duration: '۳ روز',
          visits: 0,
          cost: 'رایگان',
        },
        {
          name: 'رسیدگی به شکایات',
          unit: 'دفتر بازرسی',
          id: '۱۳۰۲۱۱۸۷۰۰۳',
          audience: ['G2C', 'G2B'],
          channels: ['web', 'phone', 'pishkhan'],
          duration: '۱۵ روز',
          visits: 0,
          cost: 'رایگان',
        },
      ],
    });
  });

  it('places every warning at a paragraph, names the picture, and says nothing about styles that lose nothing', async () => {
    const { warnings } = await importDocx(word('statement.docx'));
    for (const warning of warnings) expect(warning.where).toMatch(/^(?:paragraph \d+|table \d+, row \d+|the whole document)$/);
    expect(warnings[0]).toEqual({ line: 1, where: 'paragraph 1', code: 'html-left-out', text: 'آرم استانداری لرستان', value: 'img' });
    // LibreOffice's «Table Heading» style has no rule in mammoth; its cells are read all the same.
    expect(warnings.filter((warning) => warning.code === 'word-message')).toEqual([]);
  });
});

describe('importDocx: a statement written without heading styles', () => {
  it('reads section titles numbered by Word\'s list numbering as headings', async () => {
    const { statement } = await importDocx(word('numbered-headings.docx'));
    expect(validateStatement(structuredClone(statement)).problems).toEqual([]);
    expect(statement.title).toBe('توافقنامه سطح خدمات استانداري همدان');
    expect(statement.sections.map((section) => section.kind)).toEqual(['introduction', 'purpose', 'definitions', 'term']);
    expect(statement.validity).toMatchObject({ until: '1398/12/29' });
    expect(statement.services!.items).toEqual([
      { name: 'اعطاي تابعيت، موضوع ماده 979 قانون مدني', unit: 'دفتراموراتباع و مهاجرين خارجي' },
      { name: 'ثبت طلاق', unit: 'دفتراموراتباع و مهاجرين خارجي' },
    ]);
  });

  // PENDING THE CORE (import-statement.ts): the definitions table goes to the last section today;
  // when the core places tables where they stand, make this a plain `it`.
  it('keeps the definitions table in the definitions section', async () => {
    const { statement } = await importDocx(word('numbered-headings.docx'));
    expect(statement.sections[2]).toEqual({
      kind: 'definitions',
      title: 'تعاريف',
      content: [{ terms: [{ term: 'خدمت دهنده', text: 'استانداري همدان' }, { term: 'خدمت گيرنده', text: 'ارباب رجوع/ شهروندان' }] }],
    });
  });

  it('turns mammoth\'s message about a style named like a heading into a warning at its first paragraph', async () => {
    const { warnings } = await importDocx(word('numbered-headings.docx'));
    const message = warnings.find((warning) => warning.code === 'word-message')!;
    expect(message).toEqual({ line: 1, where: 'paragraph 1', code: 'word-message', text: 'Statement Title', value: 'heading-style' });
    expect(describeImportWarning(message, 'en')).toBe(
      'Paragraphs in the Word style "Statement Title" were read as plain paragraphs; if they are headings, give them Word\'s Heading 1–6 styles or change the JSON.',
    );
    expect(describeImportWarning(message, 'fa')).toContain('Heading 1 تا Heading 6');
  });

  it('keeps a footnote as «[1] text» at «footnote 1», without Word\'s «↑» link back', async () => {
    const result = await importDocx(word('numbered-headings.docx'));
    const json = JSON.stringify(result);
    expect(json).not.toContain('↑');
    expect(json).toContain('[1] مصوب شوراي عالي اداري به شماره 7740/93/206.');
    const footnote = result.warnings.find((warning) => warning.where === 'footnote 1');
    if (footnote) expect(footnote.text).toBe('[1] مصوب شوراي عالي اداري به شماره 7740/93/206.');
  });

  it('places a table\'s warnings at its table and row', async () => {
    const { warnings } = await importDocx(word('numbered-headings.docx'));
    expect(warnings.filter((warning) => warning.code.startsWith('table')).map((warning) => [warning.where, warning.code, warning.text])).toEqual([
      ['table 2, row 1', 'table-column', 'دفتراموراتباع و مهاجرين خارجي'],
      ['table 2, row 1', 'table-header', 'رديف | دفتراموراتباع و مهاجرين خارجي | خدمت | توضيحات'],
      ['table 2, row 1', 'table-column-left-out', 'توضيحات'],
    ]);
  });
});

describe('importDocx: input', () => {
  it('takes an ArrayBuffer as well as a Uint8Array (the editor gives a File\'s ArrayBuffer)', async () => {
    const bytes = word('statement.docx');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await importDocx(buffer)).statement.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
  });

  it('passes the options to the importer', async () => {
    const { statement } = await importDocx(word('statement.docx'), { title: 'عنوان', schema: 'https://x.ir/s.json' });
    expect(statement).toMatchObject({ $schema: 'https://x.ir/s.json', title: 'عنوان' });
  });

  it('rejects what is not a Word file with a DocxError', async () => {
    await expect(importDocx(new TextEncoder().encode('متن ساده'))).rejects.toBeInstanceOf(DocxError);
    await expect(importDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/not a Word \(\.docx\) file that can be read/);
  });
});
