/**
 * The shapes real statements come in (issue 10), each written here as a small illustration, not
 * quoted from any statement: no headings at all, headings run into one paragraph, every kind of
 * heading mark, variant headings, the provider in its many places, per-service statements, lines
 * broken or joined, page chrome and PDF artefacts.
 */
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/format/schema.js';
import { importStatement, type ImportWarning } from '../../src/importer/index.js';

const TITLE = 'توافقنامه سطح خدمت استانداری نمونه';
const codes = (warnings: readonly ImportWarning[]) => warnings.map((warning) => [warning.line, warning.code]);
const kinds = (sections: readonly Section[]) => sections.map((section) => (section.kind === 'other' ? `other:${section.title}` : section.kind));

describe('a statement without headings', () => {
  const text = [
    'مراجعین محترم؛',
    '',
    'بدینوسیله توافقنامه سطح خدمات پورتال اداره کل نمونه استان را به اطلاع میرساند:',
    '',
    '1- این پورتال به صورت تمام وقت در دسترس است.',
    '2- درخواست ها در کوتاهترین زمان پاسخ داده می شود.',
  ].join('\n');
  const { statement, warnings } = importStatement(text);

  it('is one section holding the lead sentence and its points', () => {
    expect(statement.sections).toEqual([
      {
        kind: 'other',
        title: 'متن توافقنامه',
        content: [
          'بدینوسیله توافقنامه سطح خدمات پورتال اداره کل نمونه استان را به اطلاع میرساند:',
          { list: ['این پورتال به صورت تمام وقت در دسترس است.', 'درخواست ها در کوتاهترین زمان پاسخ داده می شود.'] },
        ],
      },
    ]);
  });

  it('takes the provider from the lead, says it is a guess, and names the salutation it left out', () => {
    expect(statement.provider.name).toBe('اداره کل نمونه استان');
    expect(warnings).toContainEqual({ line: 1, code: 'chrome', text: 'مراجعین محترم؛', value: 'salutation' });
    expect(codes(warnings)).toContainEqual([3, 'no-headings']);
    expect(warnings.find((warning) => warning.code === 'provider-guessed')).toMatchObject({ text: 'اداره کل نمونه استان' });
  });

  it('splits bullets typed inside one line', () => {
    const { statement: inline } = importStatement('بدینوسیله توافق نامه سطح خدمات تارنمای اداره کل نمونه را به اطلاع میرساند: * امکان نخست فراهم است. * امکان دوم فراهم است. * امکان سوم.');
    expect(inline.sections[0]!.content).toEqual([
      'بدینوسیله توافق نامه سطح خدمات تارنمای اداره کل نمونه را به اطلاع میرساند:',
      { list: ['امکان نخست فراهم است.', 'امکان دوم فراهم است.', 'امکان سوم.'] },
    ]);
  });
});

describe('headings run into one paragraph', () => {
  it('splits «مقدمه : متن اول . هدف متن دوم . مسئولیت : متن سوم» into three sections', () => {
    const { statement } = importStatement([TITLE, 'مقدمه : متن اول است . هدف متن دوم است . مسئولیت : متن سوم است.'].join('\n'));
    expect(statement.sections).toEqual([
      { kind: 'introduction', title: 'مقدمه', content: ['متن اول است .'] },
      { kind: 'purpose', title: 'هدف', content: ['متن دوم است .'] },
      { kind: 'responsibility', title: 'مسئولیت', content: ['متن سوم است.'] },
    ]);
  });

  it('leaves a sentence that starts with a heading word alone', () => {
    const { statement } = importStatement([TITLE, 'مقدمه', 'هدف از این توافقنامه ارائه خدمت است. مسئولیت ها با دستگاه است.'].join('\n'));
    expect(kinds(statement.sections)).toEqual(['introduction']);
  });
});

describe('heading marks', () => {
  it.each(['1) مقدمه', '۲- مقدمه', '٣. مقدمه', '(4) مقدمه', '2 .مقدمه :', '۱.مقدمه', 'الف) مقدمه', 'ماده ۳- مقدمه', '• مقدمه'])('«%s»', (heading) => {
    expect(kinds(importStatement([TITLE, heading, 'متن.'].join('\n')).statement.sections)).toEqual(['introduction']);
  });

  it.each([
    ['مقدمه - متن مقدمه.', 'dash'],
    ['مقدمه؛ متن مقدمه.', 'Persian semicolon'],
    ['مقدمه: متن مقدمه.', 'colon'],
  ])('«%s»: a heading and its text on one line (%s)', (line) => {
    expect(importStatement([TITLE, line].join('\n')).statement.sections).toEqual([{ kind: 'introduction', title: 'مقدمه', content: ['متن مقدمه.'] }]);
  });

  it('reads a flattened list that numbers every heading «1.»', () => {
    const text = [TITLE, ' 1. مقدمه', 'متن.', ' 1. هدف', 'متن.', ' 1. ضمانت اجرا', 'متن.'].join('\n');
    const { statement, warnings } = importStatement(text);
    expect(kinds(statement.sections)).toEqual(['introduction', 'purpose', 'other:ضمانت اجرا']);
    expect(codes(warnings)).toEqual([[6, 'other-heading']]);
  });
});

describe('variant headings', () => {
  it.each([
    ['مسئولیت ها', 'responsibility'],
    ['مسئولیت¬ها', 'responsibility'],
    ['مسئوليت‌هاي دستگاه', 'responsibility'],
    ['تعهدات سازمان نمونه', 'obligations'],
    ['تعاریف و اصطلاحات', 'definitions'],
    ['هزینه خدمات', 'costs'],
    ['مدت اعتبار توافقنامه', 'term'],
  ])('«%s» is %s', (heading, kind) => {
    expect(kinds(importStatement([TITLE, heading, 'متن.'].join('\n')).statement.sections)).toEqual([kind]);
  });

  it('takes two headings joined into one as the first, with a warning', () => {
    const { statement, warnings } = importStatement([TITLE, 'مقدمه و هدف', 'متن.'].join('\n'));
    expect(kinds(statement.sections)).toEqual(['introduction']);
    expect(warnings).toEqual([{ line: 2, code: 'joined-headings', text: 'مقدمه و هدف', value: 'purpose' }]);
  });

  it('reads labels alone on their lines as headings outside the template, each with a warning', () => {
    const text = [TITLE, 'ذینفعان:', 'شهروندان و کسب و کارها.', 'دامنه خدمت:', 'نوبت دهی اینترنتی.', 'دسترس پذیری:', 'همواره.'].join('\n');
    const { statement, warnings } = importStatement(text);
    expect(kinds(statement.sections)).toEqual(['other:ذینفعان', 'other:دامنه خدمت', 'availability']);
    expect(codes(warnings)).toEqual([[2, 'other-heading'], [4, 'other-heading']]);
  });
});

describe('the provider', () => {
  it('is the line naming the agency above the title', () => {
    const { statement, warnings } = importStatement(['شرکت توزیع نیروی برق استان نمونه', 'بیانیه توافق سطح خدمت', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.provider.name).toBe('شرکت توزیع نیروی برق استان نمونه');
    expect(warnings).toEqual([]);
  });

  it('is the line naming the agency below the title', () => {
    const { statement } = importStatement(['بیانیه توافق سطح خدمت', 'شرکت توزیع نیروی برق استان نمونه', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.provider.name).toBe('شرکت توزیع نیروی برق استان نمونه');
    expect(statement.sections[0]!.content).toEqual(['متن.']);
  });

  it('is «خدمت دهنده: X» of the definitions, without a warning', () => {
    const { statement, warnings } = importStatement(['توافقنامه سطح خدمت', 'تعاریف', 'خدمت دهنده: اداره کل نمونه', 'خدمت گیرنده: شهروندان'].join('\n'));
    expect(statement.provider.name).toBe('اداره کل نمونه');
    expect(warnings).toEqual([]);
  });

  it('is the agency whose portal or service it is, named most often, cut where mentions disagree', () => {
    const text = [
      'توافقنامه سطح خدمت',
      'مقدمه',
      'شرکت آب و فاضلاب نمونه، بیست و چهار خدمت ارائه میکند.',
      'هدف',
      'کیفیت خدمت ارائه شده توسط شرکت آب و فاضلاب نمونه تعیین شود.',
      'مسئولیت',
      'شرکت آب و فاضلاب نمونه موافقت می کند که خدمت را ارائه دهد.',
    ].join('\n');
    const { statement, warnings } = importStatement(text);
    expect(statement.provider.name).toBe('شرکت آب و فاضلاب نمونه');
    expect(warnings).toContainEqual({ line: 1, code: 'provider-guessed', text: 'شرکت آب و فاضلاب نمونه', value: 'text' });
  });

  it('is never a quoted service name nor English title words', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمت(SLA) " صدور مجوز "', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.provider.name).toBe('');
    expect(statement.service).toEqual({ name: 'صدور مجوز' });
  });

  it('is a quoted agency in the title («… "منطقه ویژه …"»), which is then no service', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمت "منطقه ویژه اقتصادی نمونه "', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.provider.name).toBe('منطقه ویژه اقتصادی نمونه');
    expect(statement.service).toBe(undefined);
  });
});

describe('per-service statements', () => {
  it('takes the service name from the quoted title, without quotes, id or stray spaces', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمت " صدور  پروانه بهداشتی (استان)  13021204104"', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.service).toEqual({ name: 'صدور پروانه بهداشتی (استان)', id: '13021204104' });
  });

  it('reads the id in Persian digits after the service name', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمت «صدور پروانه» ۱۳۰۲۱۲۰۴۱۰۴', 'مقدمه', 'متن.'].join('\n'));
    expect(statement.service).toEqual({ name: 'صدور پروانه', id: '13021204104' });
  });

  it('reads the id after «شناسه» in the text, even glued to the next word', () => {
    const { statement } = importStatement(['توافقنامه سطح خدمت “پاسخ به استعلام”', 'مقدمه', 'این خدمت با شناسه خدمت 13032885000برای ارائه به دستگاه ها است.'].join('\n'));
    expect(statement.service).toEqual({ name: 'پاسخ به استعلام', id: '13032885000' });
  });
});

describe('lines', () => {
  it('reads two definitions on one line as two terms', () => {
    const { statement } = importStatement([TITLE, 'تعاریف', 'خدمت دهنده: استانداری نمونه. خدمت گیرنده: شهروندان'].join('\n'));
    expect(statement.sections[0]!.content).toEqual([
      { terms: [{ term: 'خدمت دهنده', text: 'استانداری نمونه.' }, { term: 'خدمت گیرنده', text: 'شهروندان' }] },
    ]);
  });

  it('joins a sentence broken across lines', () => {
    const { statement } = importStatement([TITLE, 'مقدمه', 'این اداره کل ارائه دهنده کلیه خدمات هوانوردی', 'و فرودگاهی به شرکت ها است.'].join('\n'));
    expect(statement.sections[0]!.content).toEqual(['این اداره کل ارائه دهنده کلیه خدمات هوانوردی و فرودگاهی به شرکت ها است.']);
  });

  it('leaves out a line of punctuation alone, with a warning', () => {
    const { statement, warnings } = importStatement([TITLE, 'مقدمه', 'متن.', '* * *', 'متن دوم.'].join('\n'));
    expect(statement.sections[0]!.content).toEqual(['متن.', 'متن دوم.']);
    expect(warnings).toEqual([{ line: 4, code: 'punctuation', text: '* * *' }]);
  });
});

describe('page chrome and PDF artefacts', () => {
  it.each([
    ['سه شنبه 02 مرداد 1403 00:00:00', 'page-date'],
    ['جمعه, 21 دی 1403', 'page-date'],
    ['دوشنبه ۳۱ خرداد ۱۴۰۰ |', 'page-date'],
    ['تعداد بازدید:۱۰۰۹', 'counter'],
    ['زمان مطالعه: ۳ دقیقه', 'reading-time'],
    ['صفحه اصلي > الزامات قانونی > بیانیه', 'breadcrumb'],
    ['بازگشت', 'navigation'],
    ['جستجو', 'navigation'],
    ['» یادآوری کلمه عبور', 'account'],
    ['A+ A A-', 'personalisation'],
    ['اندازه متن', 'personalisation'],
    ['مدیریت محتوا', 'cms'],
    ['طراحی و تولید: شرکت نمونه نسخه 3.2.1', 'cms'],
    ['شعار سال: نمونه', 'slogan'],
  ])('leaves out «%s» (%s) and names the rule', (line, rule) => {
    const { warnings } = importStatement([line, TITLE, 'مقدمه', 'متن.'].join('\n'));
    expect(warnings).toContainEqual({ line: 1, code: 'chrome', text: line, value: rule });
  });

  it('puts mirrored brackets and reversed Latin words from a PDF right, and folds presentation forms', () => {
    const text = [TITLE, 'مقدمه', 'بر اساس قوانین ملی )سازمان نمونه( و Agreement Level Service است.', 'ﺧﺪﻣﺎت ﻋﺎﻣﻪ ﻫﻮاﺷﻨﺎﺳﯽ.'].join('\n');
    const { statement, warnings } = importStatement(text);
    expect(statement.sections[0]!.content).toEqual(['بر اساس قوانین ملی (سازمان نمونه) و Service Level Agreement است.', 'خدمات عامه هواشناسی.']);
    expect(codes(warnings)).toEqual([[3, 'reversed-latin']]);
  });
});
