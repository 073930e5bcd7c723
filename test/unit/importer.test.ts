/**
 * The importer, one published form at a time: headings, lists, definitions, dates, provider,
 * appendix tables, page chrome and the warnings it gives with line numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/format/validate.js';
import type { Section } from '../../src/format/schema.js';
import { describeImportWarning, importStatement, type ImportWarning } from '../../src/importer/index.js';
import { headingKind } from '../../src/importer/headings.js';
import { splitTerm } from '../../src/importer/import-statement.js';
import { expandYear, readValidity } from '../../src/importer/validity.js';

const ZWNJ = '\u200C';
const NBSP = '\u00A0';

const TITLE = 'توافقنامه سطح خدمت استانداری نمونه';

/** A statement around the given lines, with a title first. */
function doc(...lines: string[]): string {
  return [TITLE, '', ...lines].join('\n');
}

function sections(text: string): Section[] {
  return importStatement(text).statement.sections;
}

function shape(text: string): [string, string | undefined][] {
  return sections(text).map((section) => [section.kind, section.title]);
}

const codes = (warnings: ImportWarning[]) => warnings.map((warning) => [warning.line, warning.code]);

describe('headings', () => {
  it.each([
    ['مقدمه', 'introduction'],
    ['هدف', 'purpose'],
    ['اهداف', 'purpose'],
    ['تعاریف', 'definitions'],
    ['تعاريف', 'definitions'],
    ['مسئولیت', 'responsibility'],
    ['مسئوليت', 'responsibility'],
    ['مسئولیت ها', 'responsibility'],
    [`مسئولیت${ZWNJ}ها`, 'responsibility'],
    ['مسئولیتها', 'responsibility'],
    ['مسؤولیت', 'responsibility'],
    ['مسئولیت ارائه خدمت', 'responsibility'],
    ['مسئولیت کاربران', 'responsibility'],
    ['تعهدات سازمان ثبت احوال کشور', 'obligations'],
    ['تعهدات شهروندان', 'obligations'],
    ['تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', 'obligations'],
    ['تعهدات متقابل خدمت گیرنده و خدمت دهنده', 'obligations'],
    ['تعهدات متقابل خدمت گيرنده و دستگاه اجرايي', 'obligations'],
    ['تعهدات طرفین', 'obligations'],
    ['هزینه ها و پرداخت ها', 'costs'],
    [`هزینه${ZWNJ}ها و پرداخت${ZWNJ}ها`, 'costs'],
    ['هزينه ها و پرداخت ها', 'costs'],
    ['دوره عملکرد', 'term'],
    ['مدت اعتبار', 'term'],
    ['خاتمه توافقنامه', 'termination'],
    ['خاتمه توافق نامه', 'termination'],
    ['خاتمه موافقتنامه', 'termination'],
    ['فسخ قرارداد', 'termination'],
    ['محرمانگی اطلاعات', 'confidentiality'],
    ['محرمانگی', 'confidentiality'],
    ['دسترس پذیری', 'availability'],
    [`دسترس${ZWNJ}پذیری`, 'availability'],
    ['نگهداری و تغییرات خدمت', 'maintenance'],
    ['پیوست', 'appendix'],
    ['پيوست', 'appendix'],
    ['پیوست: فهرست خدمات', 'appendix'],
    ['مقدمه:', 'introduction'],
    ['هدف :', 'purpose'],
  ])('«%s» is a %s heading', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });

  it.each([
    'هدف از این توافقنامه سطح خدمت این است که …',
    'دوره زمانی',
    'خدمت دهنده',
    'مقدمه ای بر خدمات الکترونیکی دستگاه های اجرایی و اهمیت کیفیت و پایداری آن برای شهروندان',
  ])('«%s» is not a heading', (text) => {
    expect(headingKind(text)).toBe(null);
  });

  it.each([
    ['1- مقدمه'],
    ['۱- مقدمه'],
    ['۱-مقدمه'],
    ['1) مقدمه'],
    ['1. مقدمه'],
    ['(1) مقدمه'],
    ['• مقدمه'],
    ['· مقدمه'],
    ['- مقدمه'],
    ['مقدمه:'],
    ['1- مقدمه :'],
  ])('reads the numbered, bulleted or colon form «%s»', (heading) => {
    expect(shape(doc(heading, 'متن مقدمه.'))).toEqual([['introduction', 'مقدمه']]);
    expect(sections(doc(heading, 'متن مقدمه.'))[0]!.content).toEqual(['متن مقدمه.']);
  });

  it('reads «2 .هدف :» (number, space, dot, heading, space, colon)', () => {
    expect(shape(doc('2 .هدف :', 'متن هدف.'))).toEqual([['purpose', 'هدف']]);
  });

  it('keeps a heading as written: Arabic letters, ZWNJ and plural forms', () => {
    expect(shape(doc('3-تعاريف', 'متن.', `مسئولیت${ZWNJ}ها:`, 'متن.', '7- خاتمه موافقتنامه', 'متن.'))).toEqual([
      ['definitions', 'تعاريف'],
      ['responsibility', `مسئولیت${ZWNJ}ها`],
      ['termination', 'خاتمه موافقتنامه'],
    ]);
  });

  it('splits a heading run into its paragraph: «هدف: هدف از این …»', () => {
    const [section] = sections(doc('هدف: هدف از این توافقنامه ارائه با کیفیت خدمات است.'));
    expect(section).toEqual({ kind: 'purpose', title: 'هدف', content: ['هدف از این توافقنامه ارائه با کیفیت خدمات است.'] });
  });

  it('splits a numbered run-in heading too', () => {
    expect(sections(doc('2- هدف: ارائه با کیفیت خدمات.'))[0]).toEqual({ kind: 'purpose', title: 'هدف', content: ['ارائه با کیفیت خدمات.'] });
  });

  it('does not take a paragraph that starts with a heading word for a heading', () => {
    const result = sections(doc('هدف', 'هدف از این توافقنامه سطح خدمت این است که کیفیت تعیین شود.'));
    expect(result).toEqual([{ kind: 'purpose', title: 'هدف', content: ['هدف از این توافقنامه سطح خدمت این است که کیفیت تعیین شود.'] }]);
  });

  it('reads every section kind of the template', () => {
    const headings = [
      'مقدمه', 'هدف', 'تعاریف', 'مسئولیت', 'تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', 'هزینه ها و پرداخت ها',
      'دوره عملکرد', 'خاتمه توافقنامه', 'محرمانگی اطلاعات', 'دسترس پذیری', 'نگهداری و تغییرات خدمت',
    ];
    const text = doc(...headings.flatMap((heading) => [heading, 'متن این بخش.']));
    expect(sections(text).map((section) => section.kind)).toEqual([
      'introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'costs',
      'term', 'termination', 'confidentiality', 'availability', 'maintenance',
    ]);
  });

  it('imports a numbered heading outside the template as kind "other", with a warning', () => {
    const { statement, warnings } = importStatement(doc('1- مقدمه', 'متن.', '2- ضمانت اجرا', 'متن ضمانت.'));
    expect(statement.sections[1]).toEqual({ kind: 'other', title: 'ضمانت اجرا', content: ['متن ضمانت.'] });
    expect(codes(warnings)).toEqual([[5, 'other-heading']]);
  });

  it('warns about a repeated section and keeps both', () => {
    const { statement, warnings } = importStatement(doc('دسترس پذیری', 'متن.', 'دسترس پذیری', 'متن.'));
    expect(statement.sections.map((section) => section.kind)).toEqual(['availability', 'availability']);
    expect(warnings).toEqual([{ line: 5, code: 'duplicate-section', text: 'دسترس پذیری', value: '3' }]);
  });

  it('warns about a heading with nothing under it', () => {
    const { warnings } = importStatement(doc('مقدمه', 'هدف', 'متن.'));
    expect(codes(warnings)).toEqual([[3, 'empty-section']]);
  });
});

describe('lists', () => {
  it.each([
    ['•', '• '],
    ['·', '·         '],
    ['-', '- '],
    ['▪', '▪ '],
    ['1-', ''],
    ['۱-', ''],
    ['1)', ''],
  ])('reads a %s list, across blank lines, and a paragraph after it', (_, bullet) => {
    const lines =
      bullet === ''
        ? [`${_} نخست مورد.`, '', `${_.replace('1', '2').replace('۱', '۲')} دوم مورد.`]
        : [`${bullet}نخست مورد.`, '', `${bullet}دوم مورد.`];
    const [section] = sections(doc('تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', ...lines, '', 'بند پس از فهرست.'));
    expect(section!.content).toEqual([{ list: ['نخست مورد.', 'دوم مورد.'] }, 'بند پس از فهرست.']);
  });

  it('starts a new list after a paragraph', () => {
    const [section] = sections(doc('مسئولیت', '• یک.', 'بند.', '• دو.'));
    expect(section!.content).toEqual([{ list: ['یک.'] }, 'بند.', { list: ['دو.'] }]);
  });

  it('keeps NBSP after a bullet out of the item, and NBSP inside it', () => {
    const [section] = sections(doc('مسئولیت', `·${NBSP}${NBSP}بر اساس${NBSP}آیین نامه.`));
    expect(section!.content).toEqual([{ list: [`بر اساس${NBSP}آیین نامه.`] }]);
  });
});

describe('definitions', () => {
  it('reads «term: text» lines into one definitions block', () => {
    const [section] = sections(doc('تعاریف', 'خدمت دهنده: استانداری نمونه', '', 'سايت : مجموعه فرم ها است .', `ساعات کار مؤثر:  24 ساعت.`));
    expect(section!.content).toEqual([
      {
        terms: [
          { term: 'خدمت دهنده', text: 'استانداری نمونه' },
          { term: 'سايت', text: 'مجموعه فرم ها است .' },
          { term: 'ساعات کار مؤثر', text: '24 ساعت.' },
        ],
      },
    ]);
  });

  it('reads bulleted definitions («- خدمت دهنده : …»)', () => {
    const [section] = sections(doc('تعاریف', '- خدمت دهنده : شرکت نمونه', '- خدمت گیرنده : شهروندان'));
    expect(section!.content).toEqual([{ terms: [{ term: 'خدمت دهنده', text: 'شرکت نمونه' }, { term: 'خدمت گیرنده', text: 'شهروندان' }] }]);
  });

  it('reads a label line ending in a colon with its text on the next line', () => {
    const [section] = sections(doc('مسئولیت', 'مسئولیت کاربران :', '', 'بهره برداری از خدمت.'));
    expect(section!.content).toEqual([{ terms: [{ term: 'مسئولیت کاربران', text: 'بهره برداری از خدمت.' }] }]);
  });

  it('leaves sentences with a colon, links and times alone', () => {
    expect(splitTerm('کلید فرایند های مرتبط با خدمت از قبیل : شرح خدمت')).toBe(null);
    expect(splitTerm('https://example.ir/path')).toBe(null);
    expect(splitTerm('ساعت 8:30 تا 14')).toBe(null);
    expect(splitTerm('رسید خرابی: اعلام وصول خرابی')).toEqual({ term: 'رسید خرابی', text: 'اعلام وصول خرابی' });
  });

  it('keeps a definition word that is also a heading word as a definition', () => {
    const [section] = sections(doc('تعاریف', 'خدمت دهنده: استانداری', 'نگهداری: رفع اشکال سامانه', 'مسئولیت', 'متن.'));
    expect(section!.content).toEqual([{ terms: [{ term: 'خدمت دهنده', text: 'استانداری' }, { term: 'نگهداری', text: 'رفع اشکال سامانه' }] }]);
  });

  it('removes autolink brackets and keeps the address', () => {
    const [section] = sections(doc('تعاریف', 'سایت: پرتال به نشانی <https://www.ostan-lr.ir> و زیرپرتال ها.'));
    expect(section!.content).toEqual([{ terms: [{ term: 'سایت', text: 'پرتال به نشانی https://www.ostan-lr.ir و زیرپرتال ها.' }] }]);
  });
});

describe('validity', () => {
  const validity = (line: string) => importStatement(doc('دوره عملکرد', line)).statement.validity;

  it.each([
    ['این توافقنامه تا تاریخ ۱۴۰۳/۱۲/۲۹ اعتبار دارد.', '1403/12/29'],
    ['این توافقنامه تا تاریخ٢٩/١٢/١٤٠٣ اعتبار دارد.', '1403/12/29'],
    ['اين توافقنامه سطح خدمت تا تاريخ29/12/98  اعتبار دارد.', '1398/12/29'],
    ['این توافقنامه سطح خدمت تا تاریخ29/12/1400و اعتبار دارد.', '1400/12/29'],
    ['معتبر تا 1402/1/5 است.', '1402/01/05'],
  ])('reads «%s» as until %s', (line, until) => {
    expect(validity(line)).toEqual({ until });
  });

  it('reads a start date and the signatory', () => {
    expect(validity('این توافقنامه از تاریخ 1402/01/01 تا تاریخ 1402/12/29 و تحت امضاي معاون توسعه استانداري اعتبار دارد.')).toEqual({
      from: '1402/01/01',
      until: '1402/12/29',
      signatory: 'معاون توسعه استانداري',
    });
  });

  it.each(['دوره عملکرد خاصی وجود نداشته و در واقع دوره دائمی می باشد.', 'این توافق نامه تا زمان ایجاد توافقنامه جدید اعتبار دارد.'])(
    'reads «%s» as open-ended',
    (line) => {
      expect(validity(line)).toEqual({});
    },
  );

  it('warns when the term section has no end date', () => {
    const { statement, warnings } = importStatement(doc('دوره عملکرد', 'یک سال.'));
    expect(statement.validity).toBe(undefined);
    expect(codes(warnings)).toEqual([[4, 'no-end-date']]);
  });

  it('checks the day exists (src/dates) and warns about one that does not', () => {
    const warnings: ImportWarning[] = [];
    expect(readValidity([{ line: 9, text: 'تا تاریخ 1402/12/30' }], warnings)).toBe(undefined);
    expect(codes(warnings)).toEqual([[9, 'date-invalid'], [9, 'no-end-date']]);
    expect(readValidity([{ line: 9, text: 'تا تاریخ 1403/12/30' }], [])).toEqual({ until: '1403/12/30' });
  });

  it('warns about an ambiguous date and about differing end dates', () => {
    const warnings: ImportWarning[] = [];
    expect(readValidity([{ line: 3, text: 'تا تاریخ 10/12/12 و حداکثر تا 1403/12/29' }], warnings)).toEqual({ until: '1412/12/10' });
    expect(codes(warnings)).toEqual([[3, 'date-ambiguous'], [3, 'dates-differ']]);
  });

  it('expands two-digit years: 98 → 1398, 02 → 1402', () => {
    expect([expandYear(98), expandYear(2), expandYear(1400)]).toEqual([1398, 1402, 1400]);
  });
});

describe('title, provider and service', () => {
  it('takes the provider from the definitions', () => {
    const { statement } = importStatement(doc('تعاریف', 'خدمت دهنده: اداره کل نمونه'));
    expect(statement.provider).toEqual({ name: 'اداره کل نمونه' });
  });

  it('takes the provider from «… به X اجازه می دهد …», in the letters it is written in', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمات', 'مسئوليت', 'قوانيني را که به اداره كل نمونه اجازه مي دهد خدمت ارائه کند.'].join('\n'));
    expect(statement.provider.name).toBe('اداره كل نمونه');
  });

  it('takes the provider from the title, and the portal from the first address', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمت دانشگاه نمونه', 'مقدمه', 'پرتال www.example.ac.ir است.'].join('\n'));
    expect(statement.provider).toEqual({ name: 'دانشگاه نمونه', url: 'https://www.example.ac.ir' });
    expect(statement.service).toBe(undefined);
  });

  it('reads a title about one service as the service', () => {
    const text = ['بیانیه توافقنامه سطح خدمت', 'توافقنامه سطح خدمت صدور گواهی', 'مسئولیت', 'قوانینی که به اداره نمونه اجازه می دهد.'].join('\n');
    const { statement, warnings } = importStatement(text);
    expect(statement.title).toBe('توافقنامه سطح خدمت صدور گواهی');
    expect(statement.service).toEqual({ name: 'صدور گواهی' });
    expect(warnings).toContainEqual({ line: 1, code: 'repeated-title', text: 'بیانیه توافقنامه سطح خدمت' });
  });

  it('uses the options instead of what it finds', () => {
    const { statement } = importStatement(doc('مقدمه', 'متن.'), {
      title: 'عنوان دیگر',
      provider: { name: 'دستگاه', url: 'https://d.ir' },
      schema: 'https://example.ir/sla.schema.json',
    });
    expect(statement).toMatchObject({ $schema: 'https://example.ir/sla.schema.json', title: 'عنوان دیگر', provider: { name: 'دستگاه', url: 'https://d.ir' } });
  });

  it('does not take a paragraph that mentions the agreement for the title', () => {
    const text = ['این توافقنامه سطح خدمت برای همه خدمات الکترونیکی استانداری نمونه تدوین شده است.', 'مقدمه', 'متن.'].join('\n');
    const { statement } = importStatement(text);
    expect(statement.title).toBe('توافقنامه سطح خدمت استانداری نمونه');
    // The sentence is the statement's lead: it opens the introduction.
    expect(statement.sections[0]!.content[0]).toBe('این توافقنامه سطح خدمت برای همه خدمات الکترونیکی استانداری نمونه تدوین شده است.');
  });

  it('warns when there is no title and no provider', () => {
    const { statement, warnings } = importStatement('مقدمه\nمتن.');
    expect(statement.title).toBe('توافقنامه سطح خدمت');
    expect(codes(warnings).map(([, code]) => code).sort()).toEqual(['no-provider', 'no-title']);
  });
});

describe('page chrome and unplaced text', () => {
  it('drops «هدایت به بالای صفحه», breadcrumb menus and visit counters', () => {
    const text = ['• توافقنامه سطح خدمت', ' • توافقنامه سطح خدمت', TITLE, 'مقدمه', 'متن.', 'تعداد بازدید: ۱۲۳', 'هدایت به بالای صفحه'].join('\n');
    const { statement, warnings } = importStatement(text);
    expect(statement.sections).toEqual([{ kind: 'introduction', title: 'مقدمه', content: ['متن.'] }]);
    // Each line left out is named, with the rule that saw it.
    expect(warnings.map((warning) => [warning.line, warning.code, warning.value])).toEqual([
      [1, 'repeated-title', undefined],
      [2, 'repeated-title', undefined],
      [6, 'chrome', 'counter'],
      [7, 'chrome', 'navigation'],
    ]);
  });

  it('makes the text before the first heading an introduction, and says so with its line number', () => {
    const { statement, warnings } = importStatement([TITLE, '', 'متن پیش از عنوان‌ها.', 'هدف', 'متن.'].join('\n'));
    expect(statement.sections[0]).toEqual({ kind: 'introduction', content: ['متن پیش از عنوان‌ها.'] });
    expect(warnings).toEqual([{ line: 3, code: 'lead-introduction' }]);
    expect(describeImportWarning(warnings[0]!, 'en')).toContain('introduction');
    expect(describeImportWarning(warnings[0]!, 'fa')).toContain('مقدمه');
  });

  it('opens the introduction with the text before it, when the first heading is one', () => {
    const { statement, warnings } = importStatement([TITLE, '', 'بدینوسیله توافقنامه سطح خدمات پورتال استانداری نمونه را به اطلاع میرساند:', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.sections).toEqual([{ kind: 'introduction', title: 'مقدمه', content: ['بدینوسیله توافقنامه سطح خدمات پورتال استانداری نمونه را به اطلاع میرساند:', 'متن.'] }]);
    expect(warnings).toEqual([]);
  });

  it('warns about a short unpunctuated line that may be a heading', () => {
    const { warnings } = importStatement(doc('تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', 'خدمات تعاملی', 'خدمات مرتبط با همشهریان.'));
    expect(warnings).toEqual([{ line: 4, code: 'short-line', text: 'خدمات تعاملی' }]);
  });

  it('warns when no heading is recognised, and when the text is empty', () => {
    expect(codes(importStatement('یک متن بدون عنوان.').warnings)).toContainEqual([1, 'no-headings']);
    expect(codes(importStatement(' \n\n').warnings)).toContainEqual([1, 'empty']);
  });

  it('keeps text as written: ZWNJ, Arabic letters, spacing and digits', () => {
    const line = `این خدمات همواره در دسترس مي${ZWNJ}باشند و  ۲۴ ساعت در دسترس هستند .`;
    expect(sections(doc('دسترس پذیری', line))[0]!.content).toEqual([line]);
  });

  it('counts lines the way editors do, whatever the line endings', () => {
    const { warnings } = importStatement(`${TITLE}\r\n\r\nپیش از عنوان.\r\nهدف\rمتن.\n\n.`);
    expect(codes(warnings)).toEqual([[3, 'lead-introduction'], [7, 'punctuation']]);
  });
});

describe('appendix', () => {
  const table = (...rows: string[]) => doc('مقدمه', 'متن.', 'پيوست :', '', 'رديف', '', 'واحد', '', 'خدمت', '', ...rows);

  it('reads a table flattened one cell per line into name and unit', () => {
    const { statement, warnings } = importStatement(table('1', 'دفتر یک', 'خدمت یک', '2', 'دفتر دو', 'خدمت دو'));
    expect(statement.services).toEqual({
      title: 'پيوست',
      items: [
        { name: 'خدمت یک', unit: 'دفتر یک' },
        { name: 'خدمت دو', unit: 'دفتر دو' },
      ],
    });
    // Each header line is named with the field its column fills; nothing else is worth a word.
    expect(warnings.map((warning) => [warning.line, warning.code, warning.text, warning.value])).toEqual([
      [7, 'table-header', 'رديف', 'number'],
      [9, 'table-header', 'واحد', 'unit'],
      [11, 'table-header', 'خدمت', 'name'],
    ]);
  });

  it('reads a header naming the unit itself as the unit column, with a warning', () => {
    const text = doc('مقدمه', 'متن.', 'پیوست', 'ردیف', 'دفتر امور اتباع', 'خدمت', '۱', 'دفتر امور اتباع', 'ثبت طلاق');
    const { statement, warnings } = importStatement(text);
    expect(statement.services!.items).toEqual([{ name: 'ثبت طلاق', unit: 'دفتر امور اتباع' }]);
    expect(codes(warnings)).toEqual([[6, 'table-column'], [6, 'table-header'], [7, 'table-header'], [8, 'table-header']]);
    expect(warnings[0]).toEqual({ line: 6, code: 'table-column', text: 'دفتر امور اتباع' });
  });

  it('reads a table with one row per line and tab-separated cells, with ids and visits', () => {
    const text = doc('پیوست', 'ردیف\tعنوان خدمت\tشناسه خدمت\tتعداد مراجعه حضوری', '1\tصدور مجوز\t13021187000\t۱');
    expect(importStatement(text).statement.services!.items).toEqual([{ name: 'صدور مجوز', id: '13021187000', visits: 1 }]);
  });

  it('warns about a row with a missing cell and continues at the next row number', () => {
    const { statement, warnings } = importStatement(table('1', 'خدمت یک', '2', 'دفتر دو', 'خدمت دو'));
    expect(statement.services!.items).toEqual([{ name: 'خدمت یک' }, { name: 'خدمت دو', unit: 'دفتر دو' }]);
    expect(codes(warnings)).toEqual([[7, 'table-header'], [9, 'table-header'], [11, 'table-header'], [13, 'table-row']]);
  });

  it('reads a bulleted list of services, and reports other lines', () => {
    const { statement, warnings } = importStatement(doc('پیوست: فهرست خدمات', '• خدمت یک', '• خدمت دو', 'توضیحی دیگر.'));
    expect(statement.services).toEqual({ title: 'پیوست: فهرست خدمات', items: [{ name: 'خدمت یک' }, { name: 'خدمت دو' }] });
    expect(codes(warnings)).toEqual([[6, 'appendix-line']]);
  });
});

describe('result', () => {
  it('is a valid statement for a typical text', () => {
    const text = doc('1- مقدمه', 'متن مقدمه.', '2- هدف', 'متن هدف.', '3- تعاریف', 'خدمت دهنده: استانداری نمونه', '4- دوره عملکرد', 'تا تاریخ 29/12/1403 معتبر است.');
    const { statement, warnings } = importStatement(text);
    expect(warnings).toEqual([]);
    expect(validateStatement(statement).problems).toEqual([]);
  });
});

describe('any text', () => {
  const pieces = [
    'مقدمه', '1- هدف', '۲-تعاریف', 'مسئولیت ها:', '• ', '· ', '- ', 'پیوست :', 'ردیف', '1', '2', 'خدمت', 'دوره عملکرد',
    'تا تاریخ 29/12/98', '1402/12/30', 'خدمت دهنده: ', 'https://x.ir', '<https://y.ir>', 'javascript:alert(1)', ':', '\t', '|',
    'تحت امضای ', ' اعتبار دارد', 'توافقنامه سطح خدمت ', 'هدایت به بالای صفحه', 'تعداد بازدید: 5', ZWNJ, NBSP, '\r\n', '\n', ' ',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.constantFrom('\n', '\n\n')), { maxLength: 80 })
    .map((parts) => parts.join(''));

  it('never throws, and always gives a statement that validates without a problem', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { statement, warnings } = importStatement(input);
        expect(validateStatement(structuredClone(statement)).problems).toEqual([]);
        const lines = input.split(/\r\n|\r|\n/).length;
        for (const warning of warnings) {
          expect(warning.line).toBeGreaterThanOrEqual(1);
          expect(warning.line).toBeLessThanOrEqual(lines);
        }
      }),
      // A fixed seed, as in fuzz.test.ts: a failure is reproduced by running again.
      { numRuns: 1500, seed: 20261122 },
    );
  });
});
