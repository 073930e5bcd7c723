/**
 * HTML in (issue 10, point 4): readHtml turns a saved page or a clipboard's HTML into the
 * importer's lines with the structure the HTML gives, text only, and names what it leaves out;
 * importHtml runs the importer's core on them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/format/validate.js';
import { decodeHtml, describeImportWarning, importHtml, readHtml, type ImportWarning, type SourceLine } from '../../src/importer/index.js';
import { lostLines } from '../support/lost-lines.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

function read(html: string): { lines: SourceLine[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  return { lines: readHtml(html, warnings), warnings };
}

/** [line, text, structure] of each line: the shape tests compare. */
const shape = (html: string) => read(html).lines.map((line) => [line.number, line.text, line.structure ?? null]);
const texts = (html: string) => read(html).lines.map((line) => line.text);

const HEADING = (level: number) => ({ kind: 'heading', level });
const ITEM = (depth: number) => ({ kind: 'item', depth });

describe('readHtml: blocks and inline text', () => {
  it('makes one line per block, at the line of its element, with inline text joined and white space collapsed', () => {
    const html = '<body>\n<p>یک <b>دو</b>\n   <span>سه</span></p>\n<div>چهار<em>پنج</em></div>\n<blockquote>شش</blockquote>\n</body>';
    expect(shape(html)).toEqual([
      [2, 'یک دو سه', null],
      [4, 'چهارپنج', null],
      [5, 'شش', null],
    ]);
  });

  it('keeps NBSP and ZWNJ inside the text as written, decodes entities, and trims the edges', () => {
    expect(texts('<p>&nbsp; می&zwnj;شود&nbsp;و&nbsp;&#1740; &amp; &lt;b&gt; &nbsp;</p>')).toEqual(['می\u200Cشود\u00A0و\u00A0ی & <b>']);
  });

  it('splits a paragraph at <br> into lines, each at its own line, and joins them in headings, items and cells', () => {
    expect(shape('<p>اول<br>\nدوم<br><br>سوم</p>')).toEqual([
      [1, 'اول', null],
      [2, 'دوم', null],
      [2, 'سوم', null],
    ]);
    expect(texts('<h2>مقدمه<br>و کلیات</h2><ul><li>یک<br>دو</li></ul>')).toEqual(['مقدمه و کلیات', 'یک دو']);
  });

  it('keeps the lines of a <pre>', () => {
    expect(shape('<pre>\nیک\nدو  سه\n</pre>')).toEqual([
      [2, 'یک', null],
      [3, 'دو  سه', null],
    ]);
  });

  it('ignores comments, including Word conditional comments around nothing', () => {
    expect(texts('<p>یک<!-- دو --><!--[if gte mso 9]><xml><w:x>سه</w:x></xml><![endif]--></p>')).toEqual(['یک']);
  });

  it('reads a fragment without <html> or <body> (a clipboard)', () => {
    expect(shape('<h2>هدف</h2><p>متن</p>')).toEqual([
      [1, 'هدف', HEADING(2)],
      [1, 'متن', null],
    ]);
  });
});

describe('readHtml: structure', () => {
  it('gives h1–h6 as headings with their level once a template heading was seen; a heading before it is a plain line (the title)', () => {
    const html = '<h1>توافقنامه سطح خدمت استانداری نمونه</h1>\n<h2>۱- مقدمه</h2>\n<h3>زیر عنوان</h3>\n<h4>هدف</h4>\n<h5>پنج</h5>\n<h6>شش</h6>';
    expect(shape(html)).toEqual([
      [1, 'توافقنامه سطح خدمت استانداری نمونه', null],
      [2, '۱- مقدمه', HEADING(2)],
      [3, 'زیر عنوان', HEADING(3)],
      [4, 'هدف', HEADING(4)],
      [5, 'پنج', HEADING(5)],
      [6, 'شش', HEADING(6)],
    ]);
  });

  it('gives list items with their depth, nested lists one deeper, text after a nested list as a plain line', () => {
    const html = '<ul>\n<li>یک\n<ul>\n<li>یک-یک<ol><li>عمیق</li></ol></li>\n</ul>\nادامه</li>\n<li><p>دو</p></li>\n</ul>';
    expect(shape(html)).toEqual([
      [2, 'یک', ITEM(1)],
      [4, 'یک-یک', ITEM(2)],
      [4, 'عمیق', ITEM(3)],
      [6, 'ادامه', null],
      [7, 'دو', ITEM(1)],
    ]);
  });

  it('reads a numbered list item that is a template heading as a heading (Word numbers headings)', () => {
    expect(shape('<ol><li>مقدمه</li></ol><p>متن</p><ol><li>تعاریف</li><li>یک بند عادی است.</li></ol><ul><li>هدف</li></ul>')).toEqual([
      [1, 'مقدمه', HEADING(2)],
      [1, 'متن', null],
      [1, 'تعاریف', HEADING(2)],
      [1, 'یک بند عادی است.', ITEM(1)],
      [1, 'هدف', ITEM(1)],
    ]);
  });

  it('gives <dt>/<dd> pairs as terms, a <dd> each, and a term without definition as a plain line', () => {
    const html = '<dl>\n<dt>خدمت دهنده</dt><dd>استانداری</dd>\n<div><dt>سایت</dt><dd>پرتال <a href="https://x.ir">x</a></dd><dd>دوم</dd></div>\n<dt>تنها</dt>\n</dl>';
    expect(shape(html)).toEqual([
      [2, 'استانداری', { kind: 'term', term: 'خدمت دهنده' }],
      [3, 'پرتال x (https://x.ir)', { kind: 'term', term: 'سایت' }],
      [3, 'دوم', { kind: 'term', term: 'سایت' }],
      [4, 'تنها', null],
    ]);
  });

  it('gives table rows with their cells, header flag and table index; a caption is a line', () => {
    const html =
      '<table><caption>فهرست</caption>\n<thead><tr><th>ردیف</th><th>عنوان خدمت</th></tr></thead>\n<tbody><tr><td>1</td><td><p>خدمت</p><p>یک</p></td></tr></tbody></table>\n' +
      '<table><tr><td>الف</td><td>ب</td></tr>\n<tr><td>ج</td><td>د</td></tr></table>';
    expect(shape(html)).toEqual([
      [1, 'فهرست', null],
      [2, 'ردیف\tعنوان خدمت', { kind: 'row', cells: ['ردیف', 'عنوان خدمت'], header: true, table: 0 }],
      [3, '1\tخدمت یک', { kind: 'row', cells: ['1', 'خدمت یک'], header: false, table: 0 }],
      // No <th>: the first row is the header.
      [4, 'الف\tب', { kind: 'row', cells: ['الف', 'ب'], header: true, table: 1 }],
      [5, 'ج\tد', { kind: 'row', cells: ['ج', 'د'], header: false, table: 1 }],
    ]);
  });

  it('places cells by colspan and rowspan: a spanned cell repeats down its rows and is empty across', () => {
    const html =
      '<table><tr><th>ردیف</th><th>عنوان خدمت</th><th>واحد</th><th>مدت</th></tr>' +
      '<tr><td>1</td><td>الف</td><td rowspan="3">دفتر یک</td><td>۱ روز</td></tr>' +
      '<tr><td>2</td><td>ب</td><td>۲ روز</td></tr>' +
      '<tr><td>3</td><td colspan="1">ج</td></tr>' +
      '<tr><td colspan="4">گروه</td></tr></table>';
    const rows = read(html).lines.map((line) => (line.structure?.kind === 'row' ? line.structure.cells : []));
    expect(rows).toEqual([
      ['ردیف', 'عنوان خدمت', 'واحد', 'مدت'],
      ['1', 'الف', 'دفتر یک', '۱ روز'],
      ['2', 'ب', 'دفتر یک', '۲ روز'],
      ['3', 'ج', 'دفتر یک'],
      ['گروه', '', '', ''],
    ]);
  });

  it('reads a layout table (one column, nested tables or headings in cells, role=presentation) as blocks', () => {
    expect(shape('<table><tr><td><h2>مقدمه</h2><p>متن</p></td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>')).toEqual([
      [1, 'مقدمه', HEADING(2)],
      [1, 'متن', null],
      [1, 'a\tb', { kind: 'row', cells: ['a', 'b'], header: true, table: 0 }],
    ]);
    expect(texts('<table><tr><td><p>یک</p><p>دو</p></td></tr></table>')).toEqual(['یک', 'دو']);
    expect(texts('<table role="presentation"><tr><td>یک</td><td>دو</td></tr></table>')).toEqual(['یک', 'دو']);
  });
});

describe('readHtml: links', () => {
  const one = (html: string) => texts(html)[0];
  it('keeps the address of an http(s), mailto or tel link after its text when the text does not show it', () => {
    expect(one('<p>به <a href="https://my.gov.ir/x">میز خدمت</a> بروید.</p>')).toBe('به میز خدمت (https://my.gov.ir/x) بروید.');
    expect(one('<p><a href="mailto:it@x.ir">ایمیل</a></p>')).toBe('ایمیل (mailto:it@x.ir)');
    expect(one('<p><a href="tel:+982188888888">تماس</a></p>')).toBe('تماس (tel:+982188888888)');
  });

  it('keeps only the text when it is the address already, or when the address is not http(s), mailto or tel', () => {
    expect(one('<p><a href="https://www.x.ir/">www.x.ir</a></p>')).toBe('www.x.ir');
    expect(one('<p><a href="mailto:it@x.ir">it@x.ir</a></p>')).toBe('it@x.ir');
    expect(one('<p><a href="/fa/page">صفحه</a> و <a href="#top">بالا</a></p>')).toBe('صفحه و بالا');
    expect(one('<p><a href="javascript:alert(1)">چاپ</a></p>')).toBe('چاپ');
    expect(one('<p><a href="data:text/html,<script>alert(1)</script>">داده</a></p>')).toBe('داده');
  });
});

describe('readHtml: what is left out, and named', () => {
  it('leaves out script, style, template, noscript and head content, and every attribute', () => {
    const html =
      '<html><head><meta name="x" content="متا"><style>p{color:red}</style><script>var s="اسکریپت"</script></head>' +
      '<body onload="alert(1)"><p style="x" onclick="alert(2)" title="عنوان پنهان">متن<script>document.write("نوشته")</script></p>' +
      '<template><p>قالب</p></template><noscript>بدون اسکریپت</noscript><style>.a{}</style></body></html>';
    expect(texts(html)).toEqual(['متن']);
    expect(read(html).warnings).toEqual([]);
  });

  it('leaves out the page around the statement with one warning per container, at its line', () => {
    const html =
      '<body>\n<header><a href="/">صفحه اصلی</a> پورتال</header>\n<nav><ul><li>خانه</li><li>اخبار</li></ul></nav>\n' +
      '<div role="navigation">خانه » میز خدمت</div>\n<main><article><header><h1>توافقنامه سطح خدمت</h1></header><section><footer>پانویس مقاله</footer></section>\n' +
      '<aside>مطالب مرتبط</aside></article></main>\n<footer>کلیه حقوق محفوظ است</footer>\n<div role="contentinfo"></div></body>';
    const { lines, warnings } = read(html);
    // A <header> or <footer> inside an article or section is the content's own.
    expect(lines.map((line) => line.text)).toEqual(['توافقنامه سطح خدمت', 'پانویس مقاله']);
    expect(warnings).toEqual([
      { line: 2, code: 'html-left-out', text: 'صفحه اصلی پورتال', value: 'header' },
      { line: 3, code: 'html-left-out', text: 'خانه اخبار', value: 'nav' },
      { line: 4, code: 'html-left-out', text: 'خانه » میز خدمت', value: 'nav' },
      { line: 6, code: 'html-left-out', text: 'مطالب مرتبط', value: 'aside' },
      { line: 7, code: 'html-left-out', text: 'کلیه حقوق محفوظ است', value: 'footer' },
    ]);
  });

  it('names images (by alt text or file name) and embedded objects, but not decorative images (alt="")', () => {
    const html = '<p>متن <img src="/a/%D9%85%D9%87%D8%B1.png?v=2"> <img src="x" alt="امضای مدیر"> <img src="d.gif" alt=""></p>\n<iframe src="https://x.ir/map" title="نقشه">نقشه</iframe><svg><text>متن SVG</text></svg>';
    const { lines, warnings } = read(html);
    expect(lines.map((line) => line.text)).toEqual(['متن']);
    expect(warnings.map((warning) => [warning.line, warning.value, warning.text])).toEqual([
      [1, 'img', 'مهر.png'],
      [1, 'img', 'امضای مدیر'],
      [2, 'object', 'نقشه'],
      [2, 'object', 'svg'],
    ]);
  });

  it('lets nothing of hostile HTML through: handlers, javascript: addresses, scripts in any disguise', () => {
    const html = `<p>متن <img src=x onerror="alert('img')"><svg onload="alert('svg')"><script>alert('svg script')</script></svg>
      <a href="javascript:alert('a')" onmouseover="alert('over')">پیوند</a><a href="JaVaScRiPt:alert(1)">دو</a>
      <iframe srcdoc="<script>alert('frame')</script>"></iframe><object data="javascript:alert(1)"></object>
      <math><mi xlink:href="javascript:alert(1)">x</mi></math><style>@import 'javascript:alert(1)';</style>
      <!--<script>alert('comment')</script>--><noscript><img src=x onerror=alert(1)></noscript>
      <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">دکمه</button></form></p>
      <table><tr><td onclick="alert('cell')">خانه</td><td><a href="javascript:void(0)">عنوان</a></td></tr></table>`;
    const { lines, warnings } = read(html);
    const all = JSON.stringify([lines, warnings]);
    for (const bad of ['alert', 'javascript', 'onerror', 'onload', 'onclick', 'onmouseover', '<script', 'srcdoc', '@import']) {
      expect(all.toLowerCase(), bad).not.toContain(bad.toLowerCase());
    }
    expect(lines.map((line) => line.text)).toEqual(['متن پیونددو x', 'دکمه', 'خانه\tعنوان']);
  });

  it('keeps as text what a browser shows as text, which is never markup again', () => {
    // «<scr<script>ipt>» opens an element named «scr<script»; what follows is text on the page.
    expect(texts("<p><scr<script>ipt>alert('x')</script></p>")).toEqual(["ipt>alert('x')"]);
    expect(texts('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual(['<script>alert(1)</script>']);
  });

  it('takes the title from <title> only when the page shows none before its first heading', () => {
    expect(texts('<title>توافقنامه سطح خدمت | پورتال</title><h2>مقدمه</h2>')).toEqual(['توافقنامه سطح خدمت | پورتال', 'مقدمه']);
    expect(texts('<title>توافقنامه سطح خدمت | پورتال</title><h1>توافقنامه سطح خدمت استانداری</h1><h2>مقدمه</h2>')).toEqual([
      'توافقنامه سطح خدمت استانداری',
      'مقدمه',
    ]);
    expect(texts('<title>صفحه اصلی</title><h2>مقدمه</h2>')).toEqual(['مقدمه']);
  });

  it('says what happened and what to do for each kind left out, in Persian and English', () => {
    for (const value of ['nav', 'header', 'footer', 'aside', 'img', 'object']) {
      const warning: ImportWarning = { line: 3, code: 'html-left-out', text: 'متن', value };
      expect(describeImportWarning(warning, 'en')).toMatch(/left out; .*JSON/);
      expect(describeImportWarning(warning, 'fa')).toMatch(/کنار گذاشته شد؛ .*JSON/);
    }
  });
});

describe('readHtml: Word on the clipboard', () => {
  const { lines, warnings } = read(fixture('word-clipboard.html'));
  const texts = lines.map((line) => line.text);

  it('reads Word list paragraphs (mso-list) as items with their level, without the bullets and numbers Word writes', () => {
    const items = lines.filter((line) => line.structure?.kind === 'item');
    expect(items.map((line) => [line.structure, line.text.slice(0, 20)])).toEqual([
      [ITEM(1), 'بر اساس آيين نامه تو'],
      [ITEM(1), 'بند پ ماده 67 برنامه'],
      [ITEM(2), 'الکترونيکي نمودن فرآ'],
      [ITEM(1), 'خدمت گيرنده مکلف است'],
      [ITEM(1), 'مديريت فناوري اطلاعا'],
    ]);
    for (const text of texts) expect(text).not.toMatch(/^(?:·|o|\d+[.-])\s/);
  });

  it('reads numbered Heading 1 paragraphs as headings without their numbers, and the Title as the first line', () => {
    expect(texts[0]).toBe('توافقنامه سطح خدمات استانداري همدان');
    expect(lines.filter((line) => line.structure?.kind === 'heading').map((line) => line.text)).toEqual([
      'مقدمه',
      'هدف',
      'تعاريف',
      'مسئوليت',
      'تعهدات متقابل خدمت گيرنده و دستگاه اجرايي',
      'دوره عملکرد',
      'پيوست: فهرست خدمات',
    ]);
  });

  it('skips nothing after a Word list marker whose [endif] is not beside it', () => {
    const html = '<p style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">1.</span><span>متن <![endif]>بند</span></p>';
    expect(read(html).lines.map((line) => line.text)).toEqual(['متن بند']);
  });

  it('drops <o:p> and empty paragraphs, keeps a linked address once, reads the Word table as rows, and names the picture', () => {
    expect(texts.every((text) => text !== '')).toBe(true);
    expect(texts).toContain('سايت: مجموعه فرم ها و خدمات الکترونيکي بر روي پرتال استانداري همدان به نشاني www.ostan-hm.ir است.');
    const rows = lines.filter((line) => line.structure?.kind === 'row');
    expect(rows).toHaveLength(5);
    expect(rows[0]!.structure).toMatchObject({ header: true, table: 0 });
    expect(warnings).toEqual([{ line: 100, code: 'html-left-out', text: 'آرم استانداري', value: 'img' }]);
  });
});

describe('decodeHtml', () => {
  it('reads UTF-8 (with or without a byte order mark) and the charset a page declares', () => {
    const persian = 'توافقنامه';
    expect(decodeHtml(new TextEncoder().encode(`<p>${persian}</p>`))).toBe(`<p>${persian}</p>`);
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>ی</p>')]))).toBe('<p>ی</p>');
    // «سلام» in windows-1256, as older Persian pages are saved.
    const page = [...new TextEncoder().encode('<meta charset="windows-1256"><p>'), 0xd3, 0xe1, 0xc7, 0xe3, ...new TextEncoder().encode('</p>')];
    expect(decodeHtml(new Uint8Array(page))).toContain('<p>سلام</p>');
    const declared = [...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>'), 0xed, ...new TextEncoder().encode('</p>')];
    // 0xED is Arabic yeh in windows-1256; the text keeps the letter as the page had it.
    expect(decodeHtml(new Uint8Array(declared))).toContain('<p>\u064A</p>');
  });
});

/**
 * The HTML's lines as a text, each SourceLine's words at its own line number, for lostLines.
 * Table rows are left to readTable's tests: a services row gives fields, not its words.
 */
function asText(lines: readonly SourceLine[]): string {
  const byLine: string[] = [];
  for (const line of lines) {
    if (line.structure?.kind === 'row') continue;
    const text = line.structure?.kind === 'term' ? `${line.structure.term} ${line.text}` : line.text;
    byLine[line.number - 1] = `${byLine[line.number - 1] ?? ''} ${text}`;
  }
  return Array.from(byLine, (text) => text ?? '').join('\n');
}

describe('importHtml', () => {
  it('imports a saved portal page: sections from its headings, lists, terms, the services table, the page chrome named', () => {
    const html = fixture('saved-page.html');
    const { statement, warnings } = importHtml(html);
    expect(validateStatement(structuredClone(statement)).problems).toEqual([]);
    expect(statement.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
    expect(statement.provider).toEqual({ name: 'استانداری لرستان', url: 'https://www.ostan-lr.ir' });
    expect(statement.validity).toEqual({ until: '1403/12/29' });
    expect(statement.sections.map((section) => section.kind)).toEqual(['introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'term']);
    expect(statement.sections[2]!.content).toEqual([
      {
        terms: [
          { term: 'خدمت دهنده', text: 'استانداری لرستان' },
          { term: 'خدمت گیرنده', text: 'ارباب رجوع / شهروندان' },
          { term: 'سایت', text: 'مجموعه فرم ها و خدمات الکترونیکی بر روی پرتال استانداری لرستان (https://www.ostan-lr.ir) و زیرپرتال های آن.' },
        ],
      },
    ]);
    expect(statement.services!.items).toEqual([
      {
        name: 'صدور مجوز تجمعات',
        unit: 'دفتر امور سیاسی و انتخابات',
        id: '۱۳۰۲۱۱۸۷۰۰۲',
        audience: ['G2C'],
        channels: ['web', 'in-person'],
        duration: '۷ روز کاری',
        visits: 1,
        cost: 'رایگان',
        url: 'https://khedmat.ostan-lr.ir/s/1',
      },
      {
        name: 'ثبت نام داوطلبان انتخابات شوراها',
        unit: 'دفتر امور سیاسی و انتخابات',
        id: '۱۳۰۲۱۱۸۷۰۰۵',
        audience: ['G2C'],
        channels: ['app', 'sms'],
        duration: '۳ روز',
        visits: 2,
        cost: 'رایگان',
      },
      {
        name: 'رسیدگی به شکایات',
        unit: 'دفتر بازرسی',
        id: '۱۳۰۲۱۱۸۷۰۰۳',
        audience: ['G2C', 'G2G'],
        channels: ['phone', 'pishkhan', 'post'],
        duration: '۱۵ روز',
        cost: 'رایگان',
        url: 'https://khedmat.ostan-lr.ir/s/3',
      },
    ]);
    const named = warnings.map((warning) => [warning.line, warning.code, warning.value]);
    expect(named).toEqual(
      expect.arrayContaining([
        [13, 'html-left-out', 'header'],
        [17, 'html-left-out', 'nav'],
        [24, 'html-left-out', 'nav'],
        [67, 'table-cell', 'visits'],
        [70, 'html-left-out', 'img'],
        [72, 'html-left-out', 'aside'],
        [74, 'html-left-out', 'footer'],
      ]),
    );
    const json = JSON.stringify({ statement, warnings });
    for (const bad of ['alert', 'javascript', 'trackPage', 'dataLayer', 'از اسکریپت', 'قالب پنهان', 'جاوااسکریپت', 'Vazirmatn']) expect(json).not.toContain(bad);
  });

  it('imports Word clipboard HTML: headings, lists, terms and the services table with every column', () => {
    const { statement, warnings } = importHtml(fixture('word-clipboard.html'));
    expect(validateStatement(structuredClone(statement)).problems).toEqual([]);
    expect(statement.title).toBe('توافقنامه سطح خدمات استانداري همدان');
    expect(statement.sections.map((section) => section.kind)).toEqual(['introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'term']);
    expect(statement.sections[3]!.content[1]).toEqual({
      list: [
        'بر اساس آيين نامه توسعه خدمات الکترونيکي دستگاه هاي اجرايي تمامي دستگاه هاي اجرايي موظفند نسبت به الکترونيکي نمودن خدمات اقدام نمايند.',
        'بند پ ماده 67 برنامه ششم:',
        'الکترونيکي نمودن فرآيندها تا پايان سال سوم برنامه.',
      ],
    });
    expect(statement.services!.items).toHaveLength(4);
    expect(statement.services!.items[1]).toEqual({
      name: 'تمديد و تعويض مدارک اقامتي اتباع خارجي',
      unit: 'دفتر امور اتباع و مهاجرين خارجي',
      id: '13021187001',
      audience: ['G2C'],
      channels: ['pishkhan'],
      duration: '10 روز کاري',
      visits: 1,
      cost: '500,000 ريال',
    });
    expect(warnings.map((warning) => [warning.line, warning.code, warning.text])).toEqual(
      expect.arrayContaining([
        [100, 'html-left-out', 'آرم استانداري'],
        [102, 'table-column-left-out', 'ملاحظات'],
        [230, 'table-cell', 'نامه'],
      ]),
    );
  });

  // PENDING THE CORE (import-statement.ts): today a table that is not of services goes to the
  // last section, one terms block per row. When the core places it where it stands, this test
  // passes, and vitest reports the `.fails`: then make it a plain `it`.
  it('keeps a table that is not of services where it stands, in its section, as one block', () => {
    const html =
      '<h1>توافقنامه سطح خدمت اداره نمونه</h1>\n<h2>تعاریف</h2>\n<table><tr><td>خدمت دهنده</td><td>اداره نمونه</td></tr><tr><td>سایت</td><td>https://x.ir</td></tr></table>\n' +
      '<h2>دوره عملکرد</h2>\n<p>تا تاریخ ۱۴۰۳/۱۲/۲۹ معتبر است.</p>';
    const { statement, warnings } = importHtml(html);
    expect(statement.sections).toEqual([
      { kind: 'definitions', title: 'تعاریف', content: [{ terms: [{ term: 'خدمت دهنده', text: 'اداره نمونه' }, { term: 'سایت', text: 'https://x.ir' }] }] },
      { kind: 'term', title: 'دوره عملکرد', content: ['تا تاریخ ۱۴۰۳/۱۲/۲۹ معتبر است.'] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('loses no line silently: every line readHtml gives is in the statement or named in a warning', () => {
    for (const name of ['saved-page.html', 'word-clipboard.html']) {
      const lines = readHtml(fixture(name));
      const result = importHtml(fixture(name));
      expect(lostLines(asText(lines), result), name).toEqual([]);
    }
  });
});

describe('deep HTML', () => {
  it('reads pages nested thousands deep (unclosed tags) without running out of stack, keeping the text', () => {
    const divs = readHtml(`${'<div>'.repeat(20000)}متن ته${'<span>'.repeat(20000)}پایان`);
    expect(divs.map((line) => line.text)).toEqual(['متن ته پایان']);
    const lists = readHtml(`${'<ul><li>بند'.repeat(5000)}آخر`);
    expect(lists.length).toBeGreaterThan(100);
    expect(lists.at(-1)!.text).toMatch(/آخر$/);
  });
});

describe('any HTML', () => {
  const SECRET = 'SECRET';
  const tags = ['p', 'div', 'span', 'b', 'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'thead', 'h1', 'h2', 'h3', 'br', 'img', 'nav', 'header', 'footer', 'aside', 'pre', 'o:p', 'font', 'iframe', 'svg', 'caption'];
  const attributes = [
    '',
    ` onclick="${SECRET}()"`,
    ` href="javascript:${SECRET}"`,
    ' href="https://x.ir/a"',
    ` style="mso-list:l0 level2 lfo1"`,
    ` style="mso-list:Ignore"`,
    ' class=MsoHeading2',
    ' colspan="3"',
    ' rowspan="2"',
    ' role="navigation"',
    ` src="logo.png" onerror="${SECRET}"`,
    ` src="javascript:${SECRET}"`,
    ' alt=""',
  ];
  const piece = fc.oneof(
    fc.constantFrom(...tags).chain((tag) => fc.constantFrom(...attributes).map((attribute) => `<${tag}${attribute}>`)),
    fc.constantFrom(...tags).map((tag) => `</${tag}>`),
    fc.constantFrom(
      `<script>${SECRET}</script>`,
      `<style>${SECRET}{}</style>`,
      `<template>${SECRET}</template>`,
      `<noscript>${SECRET}</noscript>`,
      `<!-- ${SECRET} -->`,
      '<![if !supportLists]>·<![endif]>',
      'مقدمه',
      'پیوست',
      'ردیف',
      'عنوان خدمت',
      'متن.',
      '&nbsp;',
      '&amp;',
      '\n',
      ' ',
    ),
    // Without «<»: «<a<script>» is an element named «a<script», and what follows it is text on
    // the page (a browser shows it too); see 'keeps as text what a browser shows as text'.
    fc.string({ maxLength: 8 }).map((text) => text.replace(/SECRET|</g, '')),
  );
  const html = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

  it("never throws, lets no script, style, comment or attribute through (an image's file name names it in a warning), and always gives a valid statement", () => {
    fc.assert(
      fc.property(html, (input) => {
        const warnings: ImportWarning[] = [];
        const lines = readHtml(input, warnings);
        expect(JSON.stringify([lines, warnings])).not.toContain(SECRET);
        const total = input.split(/\r\n|\r|\n/).length;
        for (const line of lines) expect(line.number).toBeGreaterThanOrEqual(1);
        for (const line of lines) expect(line.number).toBeLessThanOrEqual(total);
        const { statement } = importHtml(input);
        expect(validateStatement(structuredClone(statement)).problems).toEqual([]);
        expect(JSON.stringify(statement)).not.toContain(SECRET);
      }),
      { numRuns: 600, seed: 20261126 },
    );
  });
});
