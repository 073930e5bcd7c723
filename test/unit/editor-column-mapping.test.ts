/** Rows pasted into the services grid: read from the clipboard, mapped by header, corrected, applied. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMapping, guessMapping, mappingFault, readClipboardTable, readTabSeparated, COLUMN_FIELDS, type ColumnMapping } from '../../src/editor/model/column-mapping.js';
import { validateStatement } from '../../src/format/validate.js';
import { excelClipboard, SHEET_HEADERS } from '../support/spreadsheet-clipboard.js';

const hamedan = JSON.parse(readFileSync(new URL('../../demo/data/001-hamedan.json', import.meta.url), 'utf8'));
const services = hamedan.services.items as { name: string; unit?: string }[];

describe('reading the clipboard', () => {
  it('reads tab-separated text with quoted cells, CRLF and a trailing line end', () => {
    expect(readTabSeparated('a\tb\r\n"x\ty"\t"two\nlines ""quoted"""\r\n')).toEqual([
      ['a', 'b'],
      ['x\ty', 'two\nlines "quoted"'],
    ]);
    expect(readTabSeparated('a\t\tc')).toEqual([['a', '', 'c']]);
  });

  it('reads Excel\'s clipboard the same from its HTML and from its text', () => {
    const clipboard = excelClipboard(services);
    const fromHtml = readClipboardTable({ html: clipboard.html, text: clipboard.text })!;
    const fromText = readClipboardTable({ text: clipboard.text })!;
    expect(fromHtml.rows).toHaveLength(24);
    expect(fromHtml.rows[0]).toEqual(SHEET_HEADERS);
    // The HTML's line break inside a cell is a space; the text keeps it.
    const flat = (rows: string[][]) => rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));
    expect(flat(fromHtml.rows)).toEqual(flat(fromText.rows));
  });

  it('takes the first table of a Word paste, and nothing from text without tabs', () => {
    const word = readFileSync(new URL('../fixtures/html/word-clipboard.html', import.meta.url), 'utf8');
    const table = readClipboardTable({ html: word })!;
    expect(table.rows[0]).toContain('ملاحظات');
    expect(table.rows).toHaveLength(5);
    expect(readClipboardTable({ text: 'just a line' })).toBeNull();
  });
});

describe('mapping the columns', () => {
  const table = readClipboardTable(excelClipboard(services))!;

  it('guesses the mapping from the headers, as the importer maps them', () => {
    expect(guessMapping(table)).toEqual({
      header: true,
      columns: ['number', 'name', 'unit', 'id', 'audience', 'channels', 'duration', 'cost', 'visits', null],
    });
  });

  it('applies it: 23 services with every field read', () => {
    const { items, warnings } = applyMapping(table, guessMapping(table));
    expect(items).toHaveLength(23);
    expect(warnings).toEqual([]);
    expect(items[0]).toEqual({ name: services[0]!.name, unit: services[0]!.unit, id: '13021187000', audience: ['G2C'], channels: ['web'], duration: '۱۵ روز', visits: 1, cost: 'رایگان' });
    expect(items[1]).toMatchObject({ audience: ['G2C', 'G2B'], channels: ['web', 'pishkhan', 'in-person'], visits: 2 });
    expect(items[2]).toMatchObject({ audience: ['G2G'], channels: ['in-person'], visits: 0 });
    expect(validateStatement({ ...hamedan, services: { items } }).problems).toEqual([]);
  });

  it('applies a corrected mapping: a column left out, another moved to a field', () => {
    const corrected: ColumnMapping = { header: true, columns: ['number', 'name', null, 'id', 'audience', 'channels', 'duration', 'cost', 'visits', 'unit'] };
    const { items } = applyMapping(table, corrected);
    expect(items[0]!.unit).toBeUndefined();
    expect(items[4]!.unit).toBe('در دست بازنگری');
  });

  it('reads rows without a header, the longest text taken for the name', () => {
    const rows = readClipboardTable({ text: 'صدور مجوز تجمعات\t۱۵ روز\nثبت نام داوطلبان\t۳ روز' })!;
    const mapping = guessMapping(rows);
    expect(mapping).toEqual({ header: false, columns: ['name', null] });
    mapping.columns[1] = 'duration';
    expect(applyMapping(rows, mapping).items).toEqual([
      { name: 'صدور مجوز تجمعات', duration: '۱۵ روز' },
      { name: 'ثبت نام داوطلبان', duration: '۳ روز' },
    ]);
  });

  it('says what stops a mapping: no name column, or a field twice', () => {
    expect(mappingFault({ header: true, columns: ['unit', null] })).toBe('no-name');
    expect(mappingFault({ header: true, columns: ['name', 'unit', 'unit'] })).toBe('repeated');
    expect(applyMapping(table, { header: true, columns: table.rows[0]!.map(() => null) }).items).toEqual([]);
  });

  it('can map a column to each field of a service', () => {
    const cells: Record<string, string> = { unit: 'دفتر الف', id: '13021187000', audience: 'G2C', channels: 'web', duration: '۲ روز', visits: '1', cost: 'رایگان', url: 'https://x.ir' };
    for (const field of COLUMN_FIELDS.filter((column) => column !== 'name' && column !== 'number')) {
      const { items } = applyMapping({ rows: [['a', 'b'], [cells[field]!, 'نام']] }, { header: true, columns: [field, 'name'] });
      expect(items[0]!, field).toHaveProperty(field);
    }
  });

  it('names a cell it cannot read, at the row as pasted', () => {
    const rows = readClipboardTable({ text: 'عنوان خدمت\tتعداد مراجعه حضوری\nصدور کارت\tچند بار' })!;
    const { items, warnings } = applyMapping(rows, guessMapping(rows));
    expect(items).toEqual([{ name: 'صدور کارت' }]);
    expect(warnings).toMatchObject([{ code: 'table-cell', line: 2, text: 'چند بار', value: 'visits' }]);
  });
});
