import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { validateStatement } from '../../src/format/validate.js';
import type { ProblemCode } from '../../src/format/problem.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demoData = new URL('../../demo/data/', import.meta.url);
const schemaFile = new URL('../../schema/sla.schema.json', import.meta.url);

describe('schema/sla.schema.json is generated from src/format/schema.ts', () => {
  it('is up to date (write-schema --check exits 0)', () => {
    // execFileSync throws, with the exit status, when the script exits non-zero.
    expect(() =>
      execFileSync(process.execPath, ['scripts/write-schema.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
        timeout: 60_000,
      }),
    ).not.toThrow();
  }, 90_000);

  it('names draft-07 and requires the four structural fields', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect([...schema.required].sort()).toEqual(['provider', 'sections', 'title', 'version']);
  });
});

type Doc = Record<string, any>;

/** A small statement that uses every field of the format. */
function base(): Doc {
  return {
    $schema: '../../schema/sla.schema.json',
    version: 1,
    lang: 'fa',
    dir: 'rtl',
    title: 'توافقنامه سطح خدمت',
    provider: { name: 'استانداری نمونه', url: 'https://example.ir', parent: 'وزارت کشور' },
    service: { id: '14062543000', name: 'خدمت نمونه' },
    validity: { from: '1403/01/01', until: '1403/12/29', signatory: 'معاون' },
    sections: [
      {
        kind: 'introduction',
        title: 'مقدمه',
        id: 'intro',
        content: ['پاراگراف', { list: ['بند یک', 'بند دو'] }, { terms: [{ term: 'خدمت', text: 'تعریف' }] }],
      },
      { kind: 'other', title: 'سایر', content: ['متن'] },
    ],
    services: {
      title: 'پیوست',
      items: [
        {
          name: 'خدمت یک',
          unit: 'دفتر',
          id: '13021187000',
          audience: ['G2C', 'G2B'],
          channels: ['web', 'pishkhan', 'in-person'],
          duration: '۱۵ روز',
          visits: 1,
          cost: 'رایگان',
          url: 'https://my.gov.ir/service',
        },
      ],
    },
  };
}

const mutate =
  (change: (doc: Doc) => void): (() => unknown) =>
  () => {
    const doc = base();
    change(doc);
    return doc;
  };
const set = (path: string, value: unknown) =>
  mutate((doc) => {
    const keys = path.split('.');
    let parent: any = doc;
    for (const key of keys.slice(0, -1)) parent = parent[key];
    parent[keys.at(-1)!] = value;
  });
const remove = (path: string) =>
  mutate((doc) => {
    const keys = path.split('.');
    let parent: any = doc;
    for (const key of keys.slice(0, -1)) parent = parent[key];
    delete parent[keys.at(-1)!];
  });

interface Case {
  name: string;
  make: () => unknown;
  /** The verdict the format (sla-format.md) calls for. */
  valid: boolean;
  /** Problems JSON Schema cannot see: the schema accepts, the element reports exactly these. */
  beyondSchema?: ProblemCode[];
}

const ok = (name: string, make: () => unknown): Case => ({ name, make, valid: true });
const bad = (name: string, make: () => unknown): Case => ({ name, make, valid: false });
const beyond = (name: string, make: () => unknown, codes: ProblemCode[]): Case => ({
  name,
  make,
  valid: false,
  beyondSchema: codes,
});

const demoCases: Case[] = readdirSync(demoData)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ok(`demo ${file}`, () => JSON.parse(readFileSync(new URL(file, demoData), 'utf8'))));

const corpus: Case[] = [
  ...demoCases,
  ok('base document', base),

  // Each required field removed.
  bad('no version', remove('version')),
  bad('no title', remove('title')),
  bad('no provider', remove('provider')),
  bad('no provider.name', remove('provider.name')),
  bad('no sections', remove('sections')),
  bad('no section kind', remove('sections.0.kind')),
  bad('no section content', remove('sections.0.content')),
  bad('no term in a terms entry', remove('sections.0.content.2.terms.0.term')),
  bad('no text in a terms entry', remove('sections.0.content.2.terms.0.text')),
  bad('no services.items', remove('services.items')),
  bad('no service row name', remove('services.items.0.name')),
  bad('"other" without title', remove('sections.1.title')),

  // Optional fields removed.
  ok('no optional fields at all', () => ({
    version: 1,
    title: 'ت',
    provider: { name: 'پ' },
    sections: [{ kind: 'purpose', content: [] }],
  })),
  ok('standard kind without title', remove('sections.0.title')),
  ok('no lang, dir, service, validity, services', mutate((doc) => {
    for (const key of ['lang', 'dir', 'service', 'validity', 'services']) delete doc[key];
  })),

  // Wrong type at every level.
  bad('document is an array', () => [base()]),
  bad('document is a string', () => 'توافقنامه'),
  bad('document is null', () => null),
  bad('document is a number', () => 1),
  bad('version is a string', set('version', '1')),
  bad('version 2', set('version', 2)),
  bad('version 0', set('version', 0)),
  bad('$schema is a number', set('$schema', 5)),
  bad('title is a number', set('title', 5)),
  bad('title is null', set('title', null)),
  bad('provider is text', set('provider', 'استانداری')),
  bad('provider is an array', set('provider', ['استانداری'])),
  bad('provider.name is a number', set('provider.name', 5)),
  bad('provider.url is a number', set('provider.url', 5)),
  bad('provider.parent is a list', set('provider.parent', ['وزارت'])),
  bad('service is text', set('service', 'خدمت')),
  bad('service is an array', set('service', [])),
  bad('service.id is a number', set('service.id', 14062543000)),
  bad('service.name is a number', set('service.name', 5)),
  bad('validity is text', set('validity', '1403/12/29')),
  bad('validity is an array', set('validity', [])),
  bad('validity is null', set('validity', null)),
  bad('validity.from is a number', set('validity.from', 1403)),
  bad('validity.signatory is a number', set('validity.signatory', 5)),
  bad('sections is an object', set('sections', { 0: { kind: 'purpose', content: [] } })),
  bad('sections is text', set('sections', 'مقدمه')),
  bad('a section is a number', set('sections.0', 5)),
  bad('a section is text', set('sections.0', 'مقدمه')),
  bad('a section is an array', set('sections.0', [])),
  bad('section kind is a number', set('sections.0.kind', 1)),
  bad('section title is a number', set('sections.0.title', 5)),
  bad('section title is null', set('sections.0.title', null)),
  bad('section id is a number', set('sections.0.id', 1)),
  bad('section content is text', set('sections.0.content', 'متن')),
  bad('a block is a number', set('sections.0.content.0', 5)),
  bad('a block is null', set('sections.0.content.0', null)),
  bad('a block is an array', set('sections.0.content.0', ['متن'])),
  bad('a block is an unknown object', set('sections.0.content.0', { table: [] })),
  bad('list is text', set('sections.0.content.1.list', 'بند')),
  bad('a list item is a number', set('sections.0.content.1.list.1', 2)),
  bad('a list item is an object', set('sections.0.content.1.list.0', { text: 'بند' })),
  bad('terms is an object', set('sections.0.content.2.terms', { term: 'a', text: 'b' })),
  bad('a terms entry is text', set('sections.0.content.2.terms.0', 'خدمت')),
  bad('term is a number', set('sections.0.content.2.terms.0.term', 1)),
  bad('services is an array', set('services', [])),
  bad('services.title is a number', set('services.title', 5)),
  bad('services.items is an object', set('services.items', {})),
  bad('a service row is text', set('services.items.0', 'خدمت')),
  bad('service row name is a number', set('services.items.0.name', 5)),
  bad('service row unit is a number', set('services.items.0.unit', 5)),
  bad('service row id is a number', set('services.items.0.id', 13021187000)),
  bad('service row audience is text', set('services.items.0.audience', 'G2C')),
  bad('service row channels is text', set('services.items.0.channels', 'web')),
  bad('service row duration is a number', set('services.items.0.duration', 15)),
  bad('service row visits is text', set('services.items.0.visits', '1')),
  bad('service row cost is a number', set('services.items.0.cost', 0)),
  bad('service row url is a number', set('services.items.0.url', 5)),
  bad('lang is a number', set('lang', 5)),

  // Words from closed lists.
  bad('unknown kind', set('sections.0.kind', 'preface')),
  bad('kind in capitals', set('sections.0.kind', 'Introduction')),
  ok('kind other with title', set('sections.0.kind', 'other')),
  ok('every standard kind', set('sections', [
    'introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'costs', 'term',
    'termination', 'confidentiality', 'availability', 'maintenance',
  ].map((kind) => ({ kind, content: [] })))),
  bad('dir up', set('dir', 'up')),
  ok('dir ltr', set('dir', 'ltr')),
  bad('audience X', set('services.items.0.audience', ['X'])),
  bad('audience in lower case', set('services.items.0.audience', ['g2c'])),
  ok('every audience', set('services.items.0.audience', ['G2C', 'G2B', 'G2G', 'G2E'])),
  bad('channel fax', set('services.items.0.channels', ['web', 'fax'])),
  bad('channel Web', set('services.items.0.channels', ['Web'])),
  ok('every channel', set('services.items.0.channels', ['web', 'app', 'sms', 'phone', 'pishkhan', 'post', 'in-person'])),
  ok('empty audience and channels', mutate((doc) => {
    doc.services.items[0].audience = [];
    doc.services.items[0].channels = [];
  })),

  // Counts.
  bad('visits -1', set('services.items.0.visits', -1)),
  bad('visits 1.5', set('services.items.0.visits', 1.5)),
  ok('visits 0', set('services.items.0.visits', 0)),
  ok('visits 12', set('services.items.0.visits', 12)),

  // Links.
  bad('row url javascript:', set('services.items.0.url', 'javascript:alert(1)')),
  bad('row url data:', set('services.items.0.url', 'data:text/html,<script>alert(1)</script>')),
  bad('row url relative', set('services.items.0.url', '/services/1')),
  bad('row url protocol-relative', set('services.items.0.url', '//my.gov.ir/s')),
  bad('row url with a space', set('services.items.0.url', 'https://my.gov.ir/a b')),
  bad('row url with leading space', set('services.items.0.url', ' https://my.gov.ir')),
  bad('row url ftp:', set('services.items.0.url', 'ftp://my.gov.ir')),
  bad('provider url javascript:', set('provider.url', 'javascript:alert(1)')),
  bad('provider url vbscript:', set('provider.url', 'vbscript:msgbox(1)')),
  ok('row url http:', set('services.items.0.url', 'http://my.gov.ir')),
  ok('row url mailto:', set('services.items.0.url', 'mailto:info@my.gov.ir')),
  ok('row url tel:', set('services.items.0.url', 'tel:+982112345678')),

  // Date shapes.
  bad("until '29/12/98'", set('validity.until', '29/12/98')),
  bad("until '1403-12-29x'", set('validity.until', '1403-12-29x')),
  bad("until '98/12/29'", set('validity.until', '98/12/29')),
  bad("until '14031229'", set('validity.until', '14031229')),
  bad("until '2025-3-19'", set('validity.until', '2025-3-19')),
  bad("until ' 1403/12/29' (leading space)", set('validity.until', ' 1403/12/29')),
  bad('from with Persian-digit ISO date', set('validity.from', '۲۰۲۵-۰۳-۱۹')),
  bad('from empty', set('validity.from', '')),
  ok('Persian-digit dates', set('validity', { from: '۱۴۰۳/۰۱/۰۱', until: '۱۴۰۳/۱۲/۲۹' })),
  ok('Arabic-Indic-digit dates', set('validity', { from: '١٤٠٣/٠١/٠١', until: '١٤٠٣/١٢/٢٩' })),
  ok('one-digit month and day', set('validity.until', '1403/1/5')),
  ok('ISO dates', set('validity', { from: '2024-03-20', until: '2025-03-19' })),
  ok('leap day 1403/12/30', set('validity.until', '1403/12/30')),
  ok('empty validity', set('validity', {})),

  // Lang and ids.
  bad("lang 'فارسی'", set('lang', 'فارسی')),
  bad("lang 'f'", set('lang', 'f')),
  bad("lang 'fa_IR'", set('lang', 'fa_IR')),
  ok("lang 'fa-IR'", set('lang', 'fa-IR')),
  ok("lang 'en'", set('lang', 'en')),
  bad('section id with a space', set('sections.0.id', 'two words')),
  bad('section id empty', set('sections.0.id', '')),
  ok('section id in Persian', set('sections.0.id', 'مقدمه')),

  // Allowed variety.
  ok('extra unknown fields everywhere', mutate((doc) => {
    doc.note = 'یادداشت';
    doc.provider.logo = 'https://example.ir/logo.png';
    doc.service.code = 7;
    doc.validity.approved = true;
    doc.sections[0].extra = { a: 1 };
    doc.sections[0].content[1].style = 'numbered';
    doc.sections[0].content[2].terms[0].source = 'قانون';
    doc.services.note = 'x';
    doc.services.items[0].phone = '021';
  })),
  ok('empty sections', set('sections', [])),
  ok('empty content', set('sections.0.content', [])),
  ok('empty services items', set('services.items', [])),
  ok('empty list and terms', set('sections.0.content', [{ list: [] }, { terms: [] }])),
  ok('empty strings', mutate((doc) => {
    doc.title = '';
    doc.sections[0].content = [''];
  })),
  ok('Arabic ي/ك, ZWNJ and NBSP in text', set('title', 'توافقنامه\u00A0سطح خدمات استانداري همدان می\u200Cشود ك')),

  // What JSON Schema cannot express.
  beyond('until 1402/12/30 (common year)', set('validity.until', '1402/12/30'), ['date-invalid']),
  beyond('from 1403/07/31', set('validity.from', '1403/07/31'), ['date-invalid']),
  beyond('until 1403/13/40', set('validity.until', '1403/13/40'), ['date-invalid']),
  beyond('until 2025-02-30', set('validity.until', '2025-02-30'), ['date-invalid']),
  beyond('both dates impossible', set('validity', { from: '1402/12/30', until: '1401/12/30' }), [
    'date-invalid',
    'date-invalid',
  ]),
  beyond('duplicate section ids', set('sections.1.id', 'intro'), ['duplicate-id']),
  beyond('three sections with one id', mutate((doc) => {
    doc.sections[1].id = 'intro';
    doc.sections.push({ kind: 'term', id: 'intro', content: [] });
  }), ['duplicate-id', 'duplicate-id']),
  beyond('impossible date and duplicate id', mutate((doc) => {
    doc.validity.until = '1402/12/30';
    doc.sections[1].id = 'intro';
  }), ['date-invalid', 'duplicate-id']),
];

const ajv = new Ajv({ allErrors: true, strict: false });
const schemaValidate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

describe('JSON Schema and validateStatement agree', () => {
  it('the corpus is large enough', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const doc = testCase.make();
    const schemaAccepts = schemaValidate(doc) === true;
    const { problems } = validateStatement(doc);
    if (testCase.beyondSchema) {
      expect(schemaAccepts).toBe(true);
      expect(problems.map((problem) => problem.code).sort()).toEqual([...testCase.beyondSchema].sort());
      return;
    }
    const elementAccepts = problems.length === 0;
    expect({ schema: schemaAccepts, element: elementAccepts }).toEqual({
      schema: elementAccepts,
      element: elementAccepts,
    });
    expect(elementAccepts).toBe(testCase.valid);
  });
});
