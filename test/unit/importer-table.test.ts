/**
 * Tables of HTML and Word (readTable) and the one column mapping shared with the text appendix:
 * a services table's columns by their header text, the values of each cell, and a warning for
 * every column, cell and row that could not be placed.
 */
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/format/validate.js';
import { columnOf, readAudience, readChannels, readVisits } from '../../src/importer/appendix.js';
import { describeImportWarning, importStatement, readTable, type ImportWarning, type SourceLine } from '../../src/importer/index.js';

/** Row lines of one table, the first on line 10. */
function rows(...cells: string[][]): SourceLine[] {
  return cells.map((row, index) => ({
    number: 10 + index,
    text: row.join('\t'),
    structure: { kind: 'row', cells: row, header: index === 0, table: 0 },
  }));
}

/** A table read, with its warnings about rows, columns and cells (the header's own is tested apart). */
function table(...cells: string[][]) {
  const warnings: ImportWarning[] = [];
  return { ...readTable(rows(...cells), warnings), warnings: withoutHeader(warnings) };
}

const withoutHeader = (warnings: readonly ImportWarning[]) => warnings.filter((warning) => warning.code !== 'table-header');

const codes = (warnings: readonly ImportWarning[]) => warnings.map((warning) => [warning.line, warning.code, warning.text, warning.value]);

describe('column headers', () => {
  it.each([
    ['ردیف', 'number'],
    ['شماره', 'number'],
    ['ر', 'number'],
    ['عنوان خدمت', 'name'],
    ['نام خدمت', 'name'],
    ['شرح خدمت', 'name'],
    ['عنوان', 'name'],
    ['خدمات', 'name'],
    ['نام خدمات الکترونیکی', 'name'],
    ['واحد', 'unit'],
    ['واحد ارائه دهنده', 'unit'],
    ['واحد ارائه‌دهنده خدمت', 'unit'],
    ['دفتر', 'unit'],
    ['معاونت مربوط', 'unit'],
    ['اداره متولی', 'unit'],
    ['شناسه خدمت', 'id'],
    ['شناسه', 'id'],
    ['كد خدمت', 'id'],
    ['مدت', 'duration'],
    ['مدت انجام', 'duration'],
    ['زمان ارائه خدمت', 'duration'],
    ['متوسط زمان', 'duration'],
    ['هزینه', 'cost'],
    ['هزينه خدمت (ريال)', 'cost'],
    ['تعرفه', 'cost'],
    ['تعداد مراجعه حضوری', 'visits'],
    ['تعداد دفعات مراجعه', 'visits'],
    ['نوع خدمت', 'audience'],
    ['گیرنده خدمت', 'audience'],
    ['خدمت گیرنده', 'audience'],
    ['مخاطبان', 'audience'],
    ['شیوه ارائه', 'channels'],
    ['نحوه ارائه خدمت', 'channels'],
    ['روش دریافت', 'channels'],
    ['کانال ارائه', 'channels'],
    ['مجاری ارائه خدمت', 'channels'],
    ['پیوند', 'url'],
    ['لینک خدمت', 'url'],
    ['نشانی اینترنتی', 'url'],
    ['ملاحظات', null],
    ['توضیحات', null],
  ])('«%s» is %s', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });
});

describe('cell values', () => {
  it.each([
    ['1', 1],
    ['۲', 2],
    ['٣', 3],
    ['1 بار', 1],
    ['یک بار', 1],
    ['يک بار', 1],
    ['دو بار', 2],
    ['ندارد', 0],
    ['صفر', 0],
    ['بستگی دارد', null],
    ['1-2', null],
  ])('visits «%s» → %s', (cell, visits) => {
    expect(readVisits(cell)).toBe(visits);
  });

  it.each([
    ['G2C', ['G2C'], []],
    ['g2b / G2G', ['G2B', 'G2G'], []],
    ['خدمت به شهروند (G2C)', ['G2C'], []],
    ['شهروندان', ['G2C'], []],
    ['مردم', ['G2C'], []],
    ['عموم', ['G2C'], []],
    ['دولت به شهروند', ['G2C'], []],
    ['دولت به کسب و کار', ['G2B'], []],
    ['کسب‌وکارها و بنگاه‌ها', ['G2B'], []],
    ['دستگاه های اجرایی', ['G2G'], []],
    ['دولت به دولت', ['G2G'], []],
    ['کارکنان', ['G2E'], []],
    ['شهروندان، کسب و کار', ['G2C', 'G2B'], []],
    ['الکترونیکی', [], ['الکترونیکی']],
  ])('audience «%s» → %j, unknown %j', (cell, values, unknown) => {
    expect(readAudience(cell)).toEqual({ values, unknown });
  });

  it.each([
    ['اینترنتی', ['web'], []],
    ['الکترونیکی', ['web'], []],
    ['وب سایت', ['web'], []],
    ['اپلیکیشن', ['app'], []],
    ['نرم افزار همراه', ['app'], []],
    ['پیامک', ['sms'], []],
    ['تلفن', ['phone'], []],
    ['تلفنی', ['phone'], []],
    ['پیشخوان دولت', ['pishkhan'], []],
    ['دفاتر پیشخوان', ['pishkhan'], []],
    ['پست', ['post'], []],
    ['حضوری', ['in-person'], []],
    ['اینترنتی، حضوری و پیامک', ['web', 'sms', 'in-person'], []],
    ['web, app', ['web', 'app'], []],
    ['غیرحضوری', [], ['غیرحضوری']],
    ['اینترنتی/نامه', ['web'], ['نامه']],
  ])('channels «%s» → %j, unknown %j', (cell, values, unknown) => {
    expect(readChannels(cell)).toEqual({ values, unknown });
  });
});

describe('readTable: a services table', () => {
  it('maps every column by its header and reads each cell into its field, in the format\'s order', () => {
    const result = table(
      ['ردیف', 'عنوان خدمت', 'واحد', 'شناسه خدمت', 'مدت', 'هزینه', 'تعداد مراجعه حضوری', 'نوع خدمت', 'شیوه ارائه', 'پیوند'],
      ['1', 'صدور مجوز', 'دفتر امور سیاسی', '13021187000', '۷ روز', 'رایگان', '۱', 'شهروندان', 'اینترنتی، حضوری', 'https://my.gov.ir/13021187000'],
    );
    expect(result).toEqual({
      services: [
        {
          name: 'صدور مجوز',
          unit: 'دفتر امور سیاسی',
          id: '13021187000',
          audience: ['G2C'],
          channels: ['web', 'in-person'],
          duration: '۷ روز',
          visits: 1,
          cost: 'رایگان',
          url: 'https://my.gov.ir/13021187000',
        },
      ],
      warnings: [],
    });
    expect(validateStatement({ version: 1, title: 't', provider: { name: 'p' }, sections: [], services: { items: (result as { services: unknown[] }).services } }).problems).toEqual([]);
  });

  it('names each column it cannot map, with how many cells it left out, at the header row', () => {
    const { warnings } = table(['ردیف', 'عنوان خدمت', 'ملاحظات', 'توضیحات'], ['1', 'الف', 'یادداشت', ''], ['2', 'ب', 'دیگر', '-']);
    expect(codes(warnings)).toEqual([
      [10, 'table-column-left-out', 'ملاحظات', '2'],
      [10, 'table-column-left-out', 'توضیحات', '0'],
    ]);
    expect(describeImportWarning(warnings[0]!, 'en')).toBe(
      'The column "ملاحظات" matches no service field (name, unit, id, duration, cost, visits, audience, channels, link); its 2 cells were left out. Rename the header to one of these or add the text to the JSON by hand.',
    );
    expect(describeImportWarning(warnings[0]!, 'fa')).toContain('2 خانه آن کنار گذاشته شد');
  });

  it('warns with the row\'s line about each cell it cannot read, and keeps the rest of the service', () => {
    const { services, warnings } = table(
      ['ردیف', 'عنوان خدمت', 'تعداد مراجعه حضوری', 'نوع خدمت', 'شیوه ارائه', 'پیوند'],
      ['1', 'الف', 'بستگی دارد', 'الکترونیکی', 'اینترنتی، نامه', 'در سامانه'],
    ) as { services: unknown[]; warnings: ImportWarning[] };
    expect(services).toEqual([{ name: 'الف', channels: ['web'] }]);
    expect(codes(warnings)).toEqual([
      [11, 'table-cell', 'بستگی دارد', 'visits'],
      [11, 'table-cell', 'الکترونیکی', 'audience'],
      [11, 'table-cell', 'نامه', 'channels'],
      [11, 'table-cell', 'در سامانه', 'url'],
    ]);
    expect(describeImportWarning(warnings[0]!, 'en')).toBe('The cell "بستگی دارد" in the visits column could not be read; it was left out. Write the count as a number (e.g. 1).');
    expect(describeImportWarning(warnings[1]!, 'fa')).toContain('G2C');
  });

  it('takes a linked name\'s address as the service\'s link, unless a link column gives one', () => {
    expect(table(['ردیف', 'عنوان خدمت'], ['1', 'صدور مجوز (https://my.gov.ir/1)'])).toMatchObject({ services: [{ name: 'صدور مجوز', url: 'https://my.gov.ir/1' }] });
    expect(table(['عنوان خدمت', 'پیوند'], ['صدور مجوز (https://a.ir/1)', 'ورود (https://b.ir/2)'])).toMatchObject({
      services: [{ name: 'صدور مجوز', url: 'https://b.ir/2' }],
    });
  });

  it('reads a row across the table as the unit of the services under it when there is no unit column', () => {
    const { services, warnings } = table(['ردیف', 'عنوان خدمت', 'مدت'], ['معاونت توسعه', '', ''], ['1', 'الف', '۲ روز'], ['دفتر فنی', '', ''], ['2', 'ب', '']) as {
      services: unknown[];
      warnings: ImportWarning[];
    };
    expect(services).toEqual([
      { name: 'الف', unit: 'معاونت توسعه', duration: '۲ روز' },
      { name: 'ب', unit: 'دفتر فنی' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('names rows it cannot place: above the header, across a table with units, without a name', () => {
    const { warnings } = table(['فهرست خدمات استانداری'], ['ردیف', 'عنوان خدمت', 'واحد'], ['گروه یک', '', ''], ['1', '', 'دفتر'], ['2', 'ب', 'دفتر']);
    expect(codes(warnings)).toEqual([
      [10, 'table-row-left-out', 'فهرست خدمات استانداری', 'above'],
      [12, 'table-row-left-out', 'گروه یک', 'group'],
      [13, 'table-row-left-out', '1 – دفتر', 'no-name'],
    ]);
  });

  it('skips a header repeated on each page, and names the cells of a row wider than the header', () => {
    const result = table(['ردیف', 'عنوان خدمت'], ['1', 'الف'], ['ردیف', 'عنوان خدمت'], ['2', 'ب', 'اضافه']);
    expect(result).toMatchObject({ services: [{ name: 'الف' }, { name: 'ب' }] });
    expect(codes(result.warnings)).toEqual([[13, 'table-row', '2', '3']]);
  });

  it('reads a header naming the unit itself (seed 001) as the unit column, with a warning', () => {
    const result = table(['ردیف', 'دفتر امور اتباع', 'خدمت'], ['1', 'دفتر امور اتباع', 'ثبت طلاق']);
    expect(result).toMatchObject({ services: [{ name: 'ثبت طلاق', unit: 'دفتر امور اتباع' }] });
    expect(codes(result.warnings)).toEqual([[10, 'table-column', 'دفتر امور اتباع', undefined]]);
  });

  it('keeps `where` (a Word file\'s table and row) in its warnings', () => {
    const lines = rows(['عنوان خدمت', 'ملاحظات'], ['الف', 'ب']).map((line, index) => ({ ...line, where: `table 1, row ${index + 1}` }));
    const warnings: ImportWarning[] = [];
    readTable(lines, warnings);
    expect(warnings).toEqual([
      { line: 10, where: 'table 1, row 1', code: 'table-header', text: 'عنوان خدمت | ملاحظات', value: 'name, -' },
      { line: 10, where: 'table 1, row 1', code: 'table-column-left-out', text: 'ملاحظات', value: '1' },
    ]);
  });

  it('names its header row with the field each column fills, so the author can check the mapping', () => {
    const warnings: ImportWarning[] = [];
    readTable(rows(['ردیف', 'عنوان خدمت', 'واحد', 'شناسه خدمت', 'نوع خدمت', 'شیوه ارائه', 'مدت', 'تعداد مراجعه حضوری', 'هزینه'], ['1', 'الف', 'دفتر', '13021204104', 'G2C', 'وب', '۲ روز', '0', 'رایگان']), warnings);
    expect(warnings).toEqual([
      { line: 10, code: 'table-header', text: 'ردیف | عنوان خدمت | واحد | شناسه خدمت | نوع خدمت | شیوه ارائه | مدت | تعداد مراجعه حضوری | هزینه', value: 'number, name, unit, id, audience, channels, duration, visits, cost' },
    ]);
    expect(describeImportWarning(warnings[0]!, 'en')).toContain('number, name, unit');
  });
});

describe('readTable: any other table', () => {
  it('gives a two-column table as term lines, a row with one cell as a plain line', () => {
    expect(table(['خدمت دهنده', 'استانداری'], ['سایت', 'https://x.ir'], ['یادداشت', ''])).toEqual({
      lines: [
        { number: 10, text: 'استانداری', structure: { kind: 'term', term: 'خدمت دهنده' } },
        { number: 11, text: 'https://x.ir', structure: { kind: 'term', term: 'سایت' } },
        { number: 12, text: 'یادداشت' },
      ],
      warnings: [],
    });
  });

  it('leaves out the column labels of a table of terms («اصطلاح | تعریف»), which are no text of the statement', () => {
    expect(table(['اصطلاح', 'تعریف'], ['خدمت دهنده', 'استانداری'])).toEqual({
      lines: [{ number: 11, text: 'استانداری', structure: { kind: 'term', term: 'خدمت دهنده' } }],
      warnings: [],
    });
  });

  it('gives a wider table as one line per row, the cells joined by « – »', () => {
    expect(table(['روز', 'ساعت', 'محل'], ['شنبه', '۸ تا ۱۴', ''], ['', '', ''])).toEqual({
      lines: [
        { number: 10, text: 'روز – ساعت – محل' },
        { number: 11, text: 'شنبه – ۸ تا ۱۴' },
      ],
      warnings: [],
    });
  });

  it('is not a services table when its header names the service but no row gives one', () => {
    expect(table(['عنوان', 'توضیح', 'مدت'], ['', 'متن', ''])).toEqual({ lines: [{ number: 10, text: 'عنوان – توضیح – مدت' }, { number: 11, text: 'متن' }], warnings: [] });
  });
});

describe('the text appendix uses the same columns', () => {
  const doc = (...lines: string[]) => ['توافقنامه سطح خدمت استانداری نمونه', '', 'مقدمه', 'متن.', ...lines].join('\n');

  it('reads audience, channels and cost from a tab-separated appendix', () => {
    const text = doc('پیوست', 'ردیف\tعنوان خدمت\tنوع خدمت\tشیوه ارائه\tهزینه', '1\tصدور مجوز\tG2B\tپیشخوان\tرایگان');
    expect(importStatement(text).statement.services!.items).toEqual([{ name: 'صدور مجوز', audience: ['G2B'], channels: ['pishkhan'], cost: 'رایگان' }]);
  });

  it('names a column it cannot map, and a cell it cannot read, instead of dropping them', () => {
    const text = doc('پیوست', 'ردیف\tعنوان خدمت\tتعداد مراجعه حضوری\tملاحظات', '1\tصدور مجوز\tچند بار\tفوری');
    const { statement, warnings } = importStatement(text);
    expect(statement.services!.items).toEqual([{ name: 'صدور مجوز' }]);
    expect(codes(warnings.filter((warning) => warning.code.startsWith('table')))).toEqual([
      [6, 'table-header', 'ردیف | عنوان خدمت | تعداد مراجعه حضوری | ملاحظات', 'number, name, visits, -'],
      [6, 'table-column-left-out', 'ملاحظات', '1'],
      [7, 'table-cell', 'چند بار', 'visits'],
    ]);
  });
});
