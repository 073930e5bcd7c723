/**
 * The no-JavaScript fallback (src/fallback/render-fallback.ts): all of the statement, as text,
 * in only the elements and attributes strict sanitizers keep. Read back with parse5, the HTML
 * parser the importer uses, so what is checked is what a browser would build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderFallback } from '../../src/fallback/render-fallback.js';
import type { Statement } from '../../src/format/schema.js';
import { validateStatement } from '../../src/format/validate.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const root = new URL('../../', import.meta.url).pathname;
const seeds = readdirSync(join(root, 'demo/data')).filter((name) => name.endsWith('.json'));
const load = (name: string) => validateStatement(JSON.parse(readFileSync(join(root, 'demo/data', name), 'utf8'))).statement!;

/**
 * Kept by WordPress's wp_kses_post (checked with WordPress 6.1's: the five seeds' fallbacks come
 * out byte for byte) and by HTMLPurifier's defaults. `lang` and `dir` are allowed everywhere.
 */
const ALLOWED: Record<string, string[]> = {
  div: [], h2: [], h3: [], p: [], ul: [], li: [], dl: [], dt: [], dd: [], span: [],
  table: [], thead: [], tbody: [], tr: [], th: ['scope'], td: [], a: ['href'],
};

const elements = (node: Node): Element[] =>
  'childNodes' in node
    ? node.childNodes.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : elements(child)))
    : [];
const text = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const tree = (html: string) => parseFragment(html);

function statement(overrides: Partial<Statement> = {}): Statement {
  return {
    version: 1,
    title: 'توافقنامه سطح خدمت',
    provider: { name: 'استانداری نمونه' },
    sections: [{ kind: 'introduction', content: ['متن'] }],
    ...overrides,
  } as Statement;
}

describe('renderFallback', () => {
  it.each(seeds)('%s: only sanitizer-safe elements and attributes, links http(s), mailto or tel', (name) => {
    for (const lang of ['fa', 'en'] as const) {
      for (const element of elements(tree(renderFallback(load(name), { lang })))) {
        expect(Object.keys(ALLOWED), element.tagName).toContain(element.tagName);
        for (const { name: attribute } of element.attrs) {
          expect([...ALLOWED[element.tagName]!, 'lang', 'dir'], `${element.tagName} ${attribute}`).toContain(attribute);
        }
        if (element.tagName === 'a') expect(attr(element, 'href')).toMatch(/^(https?:\/\/|mailto:|tel:)/i);
      }
    }
  });

  it.each(seeds)('%s: every section, block, term and service is there, in order', (name) => {
    const doc = load(name);
    const html = renderFallback(doc);
    const all = elements(tree(html));
    const headings = all.filter((e) => e.tagName === 'h3').map(text);
    expect(headings.slice(0, doc.sections.length)).toEqual(doc.sections.map((s) => s.title ?? expect.any(String)));
    const words = text(tree(html)).replace(/\s+/g, ' ');
    for (const section of doc.sections) {
      for (const block of section.content) {
        const pieces = typeof block === 'string' ? [block] : 'list' in block ? block.list : block.terms.flatMap((t) => [t.term, t.text]);
        for (const piece of pieces as string[]) expect(words).toContain(piece.replace(/\s+/g, ' ').trim());
      }
    }
    const rows = all.filter((e) => e.tagName === 'tbody').flatMap((body) => body.childNodes.filter((c) => c.nodeName === 'tr'));
    expect(rows).toHaveLength(doc.services?.items.length ?? 0);
    rows.forEach((row, index) => expect(text(row)).toContain(doc.services!.items[index]!.name.trim()));
  });

  it('names the kind of a section without a title by the template heading, in the labels\' language', () => {
    const doc = statement({ sections: [{ kind: 'obligations', content: [] }, { kind: 'other', title: 'سایر موارد', content: [] }] });
    const headings = (lang: 'fa' | 'en') => elements(tree(renderFallback(doc, { lang }))).filter((e) => e.tagName === 'h3');
    expect(headings('fa').map(text)).toEqual(['تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', 'سایر موارد']);
    const english = headings('en');
    expect(english.map(text)).toEqual(['Mutual obligations of the service recipient and the agency', 'سایر موارد']);
    // An English label inside a Persian statement says so; the agency's own title does not.
    expect(english[0]!.attrs).toEqual([{ name: 'lang', value: 'en' }]);
    expect(english[1]!.attrs).toEqual([]);
  });

  it('words the validity in the Jalali calendar, whatever calendar the file used', () => {
    const line = (validity: Statement['validity'], lang: 'fa' | 'en' = 'fa') =>
      elements(tree(renderFallback(statement({ validity }), { lang }))).filter((e) => e.tagName === 'p').map(text)[0];
    expect(line({ from: '1403/01/01', until: '۱۴۰۳/۱۲/۳۰' })).toBe('معتبر از ۱ فروردین ۱۴۰۳ تا ۳۰ اسفند ۱۴۰۳');
    expect(line({ until: '2025-03-20' })).toBe('معتبر تا ۳۰ اسفند ۱۴۰۳');
    expect(line({ from: '1403/01/01' })).toBe('معتبر از ۱ فروردین ۱۴۰۳، بدون تاریخ پایان');
    expect(line({ signatory: 'معاون' })).toBe('بدون تاریخ پایان (دائمی)');
    expect(line({ from: '1403/01/01', until: '1403/12/30' }, 'en')).toBe('Valid from Farvardin 1, 1403 AP until Esfand 30, 1403 AP');
    expect(line(undefined)).toBe('متن');
  });

  it('lists provider, parent, service and signatory, and links the provider only to a web address', () => {
    const doc = statement({
      provider: { name: 'استانداری', url: 'https://example.ir', parent: 'وزارت کشور' },
      service: { id: '14062543000', name: 'صدور مجوز' },
      validity: { signatory: 'معاون' },
    });
    const dl = elements(tree(renderFallback(doc))).find((e) => e.tagName === 'dl')!;
    const pairs = elements(dl).filter((e) => e.tagName === 'dt').map((dt) => text(dt));
    expect(pairs).toEqual(['ارائه‌دهنده', 'دستگاه مادر', 'خدمت', 'شناسه خدمت', 'امضاکننده']);
    expect(attr(elements(dl).find((e) => e.tagName === 'a')!, 'href')).toBe('https://example.ir');
    const unsafe = renderFallback(statement({ provider: { name: 'x', url: 'javascript:alert(1)' } }));
    expect(unsafe).not.toContain('<a');
  });

  it('writes the service table with the columns some service fills, numbers in the labels\' digits', () => {
    const doc = statement({
      services: {
        items: [
          { name: 'خدمت یک', audience: ['G2C', 'G2B'], visits: 2, url: 'https://example.ir/1' },
          { name: 'خدمت دو', channels: ['web'], url: 'javascript:alert(1)' },
        ],
      },
    });
    const table = (lang: 'fa' | 'en') => {
      const all = elements(tree(renderFallback(doc, { lang })));
      return {
        heading: text(all.filter((e) => e.tagName === 'h3').at(-1)!),
        head: all.filter((e) => e.tagName === 'th' && attr(e, 'scope') === 'col').map(text),
        rows: all.filter((e) => e.tagName === 'tr').slice(1).map((row) => elements(row).filter((e) => e.tagName === 'td' || e.tagName === 'th').map(text)),
        links: all.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href')),
      };
    };
    expect(table('fa')).toEqual({
      heading: 'فهرست خدمات',
      head: ['ردیف', 'عنوان خدمت', 'گیرنده خدمت', 'شیوه ارائه', 'مراجعه حضوری', 'پیوند'],
      rows: [
        ['۱', 'خدمت یک', 'شهروندان، کسب‌وکارها', '', '۲', 'مشاهده خدمت'],
        ['۲', 'خدمت دو', '', 'وب', '', ''],
      ],
      links: ['https://example.ir/1'],
    });
    expect(table('en').head).toEqual(['No.', 'Service', 'For', 'Channels', 'In-person visits', 'Link']);
    expect(table('en').rows[0]).toEqual(['1', 'خدمت یک', 'Citizens, Businesses', '', '2', 'Open service']);
  });

  it('makes links and Latin runs of running text as the element does', () => {
    const html = renderFallback(statement({ sections: [{ kind: 'purpose', content: ['پرتال https://example.ir/sla، و SLA یا info@example.ir'] }] }));
    const p = elements(tree(html)).filter((e) => e.tagName === 'p').at(-1)!;
    expect(elements(p).map((e) => [e.tagName, attr(e, 'href') ?? attr(e, 'dir'), text(e)])).toEqual([
      ['a', 'https://example.ir/sla', 'https://example.ir/sla'],
      ['span', 'ltr', 'SLA'],
      ['a', 'mailto:info@example.ir', 'info@example.ir'],
    ]);
    expect(text(p)).toBe('پرتال https://example.ir/sla، و SLA یا info@example.ir');
  });

  it('marks the statement\'s own language and direction on the whole', () => {
    const [div] = elements(tree(renderFallback(statement({ lang: 'en', sections: [] }))));
    expect([div!.tagName, attr(div!, 'lang'), attr(div!, 'dir')]).toEqual(['div', 'en', 'ltr']);
    // With no lang given, the labels follow an English statement.
    expect(renderFallback(statement({ lang: 'en', validity: {} }))).toContain('No end date');
  });

  it('keeps any text as text: markup, quotes and entities in the data never become markup', () => {
    const printable = fc.string({ unit: fc.constantFrom(...'<>&"\'=/ ab;#سلام\u200c'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(printable, printable, printable, (title, paragraph, name) => {
        const html = renderFallback(statement({
          title,
          provider: { name },
          sections: [{ kind: 'introduction', content: [paragraph, { list: [paragraph] }, { terms: [{ term: title, text: paragraph }] }] }],
          services: { items: [{ name, unit: title, cost: paragraph }] },
        }));
        const all = elements(tree(html));
        expect(all.every((e) => e.tagName in ALLOWED)).toBe(true);
        const of = (tag: string) => all.filter((e) => e.tagName === tag).map(text);
        expect(of('h2')).toEqual([title]);
        expect(of('li')).toEqual([paragraph]);
        expect(of('dd').slice(-1)).toEqual([paragraph]);
        expect(of('td').slice(1)).toEqual([title, paragraph]);
      }),
      { numRuns: 300 },
    );
  });
});
