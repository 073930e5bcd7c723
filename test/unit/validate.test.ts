import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateStatement, type Validation } from '../../src/format/validate.js';
import { formatPath } from '../../src/format/json-path.js';
import { sectionAnchors } from '../../src/format/section-anchors.js';
import type { Problem } from '../../src/format/problem.js';

const demoData = new URL('../../demo/data/', import.meta.url);
const demoFiles = readdirSync(demoData).filter((name) => name.endsWith('.json')).sort();

function readDemo(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, demoData), 'utf8'));
}

/** A small valid statement; each test mutates its own copy. */
function base(): Record<string, any> {
  return {
    version: 1,
    lang: 'fa',
    title: 'توافقنامه سطح خدمت',
    provider: { name: 'استانداری نمونه', url: 'https://example.ir' },
    validity: { from: '1403/01/01', until: '1403/12/29', signatory: 'معاون' },
    sections: [
      {
        kind: 'introduction',
        content: ['پاراگراف اول', { list: ['بند یک', 'بند دو'] }, 'پاراگراف سوم'],
      },
      {
        kind: 'definitions',
        title: 'تعاریف',
        content: [{ terms: [{ term: 'خدمت دهنده', text: 'استانداری' }] }],
      },
      { kind: 'maintenance', content: ['نگهداری'] },
    ],
    services: {
      items: [
        { name: 'خدمت یک', visits: 0, audience: ['G2C'], channels: ['web'], url: 'https://a.ir' },
        { name: 'خدمت دو', visits: 2 },
        { name: 'خدمت سه', channels: ['pishkhan', 'in-person'] },
      ],
    },
  };
}

const summary = (problems: Problem[]) =>
  problems.map(({ path, code, fatal }) => ({ path, code, fatal }));

/** Validates and checks the input was left exactly as it was. */
function validate(input: unknown): Validation {
  const before = structuredClone(input);
  const result = validateStatement(input);
  expect(input).toEqual(before);
  return result;
}

describe('validateStatement: the demo statements', () => {
  it('finds the five demo files', () => {
    expect(demoFiles).toHaveLength(5);
  });

  it.each(demoFiles)('%s validates with no problems', (name) => {
    const document = readDemo(name);
    const result = validate(document);
    expect(result.problems).toEqual([]);
    expect(result.statement).not.toBeNull();
    expect(result.statement).toEqual(document);
  });

  it('the small base document is valid and kept whole', () => {
    const result = validate(base());
    expect(result.problems).toEqual([]);
    expect(result.statement).toEqual(base());
  });

  it('keeps unknown extra fields (loose objects)', () => {
    const document = base();
    document.note = 'یادداشت';
    document.sections[0].x = 1;
    document.services.items[0].extra = { a: 1 };
    const result = validate(document);
    expect(result.problems).toEqual([]);
    expect(result.statement).toEqual(document);
  });
});

describe('validateStatement: fatal problems', () => {
  it.each([[null], ['text'], [42], [true]])('%j is not an object: path ""', (input) => {
    const result = validate(input);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual([{ path: '', code: 'type', fatal: true }]);
    expect(result.problems[0]?.expected).toBe('object');
  });

  it('a JSON array is not an object either: one problem at path ""', () => {
    const result = validate([base()]);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual([{ path: '', code: 'type', fatal: true }]);
    expect(result.problems[0]?.expected).toBe('object');
  });

  it('version 2 is refused with code version at path version', () => {
    const document = base();
    document.version = 2;
    const result = validate(document);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual([{ path: 'version', code: 'version', fatal: true }]);
    expect(result.problems[0]?.received).toBe('2');
  });

  it('a missing version is fatal', () => {
    const document = base();
    delete document.version;
    const result = validate(document);
    expect(result.statement).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'version', fatal: true });
  });

  it.each([['title'], ['provider'], ['sections']])('a missing %s is fatal with code missing', (field) => {
    const document = base();
    delete document[field];
    const result = validate(document);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual([{ path: field, code: 'missing', fatal: true }]);
  });

  it('sections that are not a list are fatal', () => {
    const document = base();
    document.sections = 'مقدمه';
    const result = validate(document);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual([{ path: 'sections', code: 'type', fatal: true }]);
    expect(result.problems[0]?.expected).toBe('list');
  });

  it('a title that is not text is fatal', () => {
    const document = base();
    document.title = 5;
    const result = validate(document);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual([{ path: 'title', code: 'type', fatal: true }]);
  });

  it('a fatal problem is reported together with the local ones', () => {
    const document = base();
    delete document.title;
    document.services.items[1].visits = -1;
    const result = validate(document);
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual(
      expect.arrayContaining([
        { path: 'title', code: 'missing', fatal: true },
        { path: 'services.items[1].visits', code: 'count', fatal: false },
      ]),
    );
    expect(result.problems).toHaveLength(2);
  });

  it('demo errors/invalid.json: no title, provider, and sections not a list', () => {
    const result = validate(readDemo('errors/invalid.json'));
    expect(result.statement).toBeNull();
    expect(summary(result.problems)).toEqual(
      expect.arrayContaining([
        { path: 'title', code: 'missing', fatal: true },
        { path: 'provider', code: 'missing', fatal: true },
        { path: 'sections', code: 'type', fatal: true },
      ]),
    );
    expect(result.problems).toHaveLength(3);
  });
});

describe('validateStatement: local problems keep the rest', () => {
  it('a bad block is removed, the other blocks kept', () => {
    const document = base();
    document.sections[0].content[1] = 42;
    const result = validate(document);
    expect(summary(result.problems)).toEqual([
      { path: 'sections[0].content[1]', code: 'type', fatal: false },
    ]);
    expect(result.problems[0]?.expected).toBe('block');
    expect(result.statement?.sections[0]?.content).toEqual(['پاراگراف اول', 'پاراگراف سوم']);
    expect(result.statement?.sections).toHaveLength(3);
    expect(result.statement?.services?.items).toHaveLength(3);
  });

  it('two bad blocks in one section are both removed', () => {
    const document = base();
    document.sections[0].content[0] = null;
    document.sections[0].content[2] = { list: 'not a list' };
    const result = validate(document);
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      'sections[0].content[0]',
      'sections[0].content[2]',
    ]);
    expect(result.problems.every((p) => !p.fatal)).toBe(true);
    expect(result.statement?.sections[0]?.content).toEqual([{ list: ['بند یک', 'بند دو'] }]);
  });

  it('an unknown kind removes that section only', () => {
    const document = base();
    document.sections[1].kind = 'preface';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[1].kind', code: 'choice', fatal: false }]);
    expect(result.problems[0]?.expected).toContain('introduction');
    expect(result.problems[0]?.expected).toContain('other');
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['introduction', 'maintenance']);
  });

  it('a section without kind is removed', () => {
    const document = base();
    delete document.sections[2].kind;
    const result = validate(document);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'sections[2].kind', fatal: false });
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['introduction', 'definitions']);
  });

  it('"other" without a title is missing sections[0].title', () => {
    const document = base();
    document.sections[0] = { kind: 'other', content: ['متن'] };
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[0].title', code: 'missing', fatal: false }]);
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['definitions', 'maintenance']);
  });

  it('"other" with a title is fine', () => {
    const document = base();
    document.sections[0] = { kind: 'other', title: 'سایر موارد', content: ['متن'] };
    expect(validate(document).problems).toEqual([]);
  });

  it('a section id with spaces is a format problem and removes the section', () => {
    const document = base();
    document.sections[1].id = 'two words';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[1].id', code: 'format', fatal: false }]);
    expect(result.statement?.sections).toHaveLength(2);
  });

  it.each([
    ['visits', -1, 'count'],
    ['visits', 1.5, 'count'],
    ['visits', '1', 'type'],
    ['url', 'javascript:x', 'link'],
    ['url', 'data:text/html,x', 'link'],
    ['url', '/relative', 'link'],
    ['audience', ['X'], 'choice'],
    ['channels', ['fax'], 'choice'],
    ['name', 5, 'type'],
  ])('a service row with %s = %j is removed (code %s)', (field, value, code) => {
    const document = base();
    document.services.items[1][field] = value;
    const result = validate(document);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.code).toBe(code);
    expect(problem?.fatal).toBe(false);
    expect(problem?.path.startsWith(`services.items[1].${field}`)).toBe(true);
    expect(result.statement?.services?.items.map((item) => item.name)).toEqual(['خدمت یک', 'خدمت سه']);
    expect(result.statement?.sections).toHaveLength(3);
  });

  it('a service row without a name is missing and removed', () => {
    const document = base();
    delete document.services.items[0].name;
    const result = validate(document);
    expect(summary(result.problems)).toEqual([
      { path: 'services.items[0].name', code: 'missing', fatal: false },
    ]);
    expect(result.statement?.services?.items.map((item) => item.name)).toEqual(['خدمت دو', 'خدمت سه']);
  });

  it('the bad audience value is named by its own index', () => {
    const document = base();
    document.services.items[0].audience = ['G2C', 'X'];
    const result = validate(document);
    expect(summary(result.problems)).toEqual([
      { path: 'services.items[0].audience[1]', code: 'choice', fatal: false },
    ]);
    expect(result.problems[0]?.expected).toBe('G2C, G2B, G2G, G2E');
  });

  it('a bad provider url is a local link problem: only the url is dropped', () => {
    const document = base();
    document.provider.url = 'javascript:alert(1)';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'provider.url', code: 'link', fatal: false }]);
    expect(result.statement?.provider).toEqual({ name: 'استانداری نمونه' });
    expect(result.statement?.sections).toHaveLength(3);
  });

  it('a provider parent that is not text is local: only the parent is dropped', () => {
    const document = base();
    document.provider.parent = 5;
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'provider.parent', code: 'type', fatal: false }]);
    expect(result.statement?.provider).toEqual({ name: 'استانداری نمونه', url: 'https://example.ir' });
  });

  it('a bad service id drops only that id', () => {
    const document = base();
    document.service = { id: 14062543000, name: 'خدمت' };
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'service.id', code: 'type', fatal: false }]);
    expect(result.statement?.service).toEqual({ name: 'خدمت' });
    expect(result.statement?.title).toBe(document.title);
  });

  it('a section that is not an object is a type problem and is removed', () => {
    const document = base();
    document.sections[1] = 5;
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[1]', code: 'type', fatal: false }]);
    expect(result.problems[0]?.expected).toBe('object');
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['introduction', 'maintenance']);
  });

  it('content that is not a list removes its section', () => {
    const document = base();
    document.sections[2].content = 'نگهداری';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[2].content', code: 'type', fatal: false }]);
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['introduction', 'definitions']);
  });

  it('a terms entry without text removes that block', () => {
    const document = base();
    document.sections[1].content = [{ terms: [{ term: 'بدون متن' }] }, 'بعدی'];
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[1].content[0]', code: 'type', fatal: false }]);
    expect(result.statement?.sections[1]?.content).toEqual(['بعدی']);
  });

  it('an invalid calendar date 1402/12/30 is date-invalid and the validity is dropped', () => {
    const document = base();
    document.validity = { until: '1402/12/30' };
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'validity.until', code: 'date-invalid', fatal: false }]);
    expect(result.statement).not.toBeNull();
    expect(result.statement?.validity).toBeUndefined();
    expect(result.statement?.sections).toHaveLength(3);
  });

  it('an invalid from date is reported at validity.from', () => {
    const document = base();
    document.validity.from = '1403/07/31';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'validity.from', code: 'date-invalid', fatal: false }]);
    expect(result.statement?.validity).toBeUndefined();
  });

  it('both dates invalid: both reported', () => {
    const document = base();
    document.validity = { from: '1402/12/30', until: '1403/13/01' };
    const result = validate(document);
    expect(summary(result.problems)).toEqual([
      { path: 'validity.from', code: 'date-invalid', fatal: false },
      { path: 'validity.until', code: 'date-invalid', fatal: false },
    ]);
    expect(result.statement?.validity).toBeUndefined();
  });

  it('the leap day 1403/12/30 and Persian-digit dates are valid', () => {
    const document = base();
    document.validity = { from: '۱۴۰۳/۰۱/۰۱', until: '1403/12/30' };
    const result = validate(document);
    expect(result.problems).toEqual([]);
    expect(result.statement?.validity).toEqual(document.validity);
  });

  it("a date written '29/12/98' is date-format", () => {
    const document = base();
    document.validity.until = '29/12/98';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'validity.until', code: 'date-format', fatal: false }]);
    expect(result.statement).not.toBeNull();
    expect(result.statement?.validity).toBeUndefined();
  });

  it('duplicate section ids: duplicate-id at the later section, both kept', () => {
    const document = base();
    document.sections[0].id = 'same';
    document.sections[1].id = 'same';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'sections[1].id', code: 'duplicate-id', fatal: false }]);
    expect(result.statement?.sections).toHaveLength(3);
  });

  it('a bad services title removes only the title', () => {
    const document = base();
    document.services.title = ['x'];
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'services.title', code: 'type', fatal: false }]);
    expect(result.statement?.services?.title).toBeUndefined();
    expect(result.statement?.services?.items).toHaveLength(3);
  });

  it('services without items drop the services appendix only', () => {
    const document = base();
    document.services = { title: 'پیوست' };
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'services.items', code: 'missing', fatal: false }]);
    expect(result.statement?.services).toBeUndefined();
    expect(result.statement?.sections).toHaveLength(3);
  });

  it('a bad lang is a local format problem and the lang is dropped', () => {
    const document = base();
    document.lang = 'فارسی';
    const result = validate(document);
    expect(summary(result.problems)).toEqual([{ path: 'lang', code: 'format', fatal: false }]);
    expect(result.statement?.lang).toBeUndefined();
  });

  it('demo errors/partial.json: every local problem found, the rest kept', () => {
    const result = validate(readDemo('errors/partial.json'));
    expect(result.statement).not.toBeNull();
    expect(summary(result.problems)).toEqual(
      expect.arrayContaining([
        { path: 'sections[0].content[1]', code: 'type', fatal: false },
        { path: 'sections[1].kind', code: 'choice', fatal: false },
        { path: 'services.items[1].visits', code: 'count', fatal: false },
        { path: 'services.items[2].url', code: 'link', fatal: false },
        { path: 'validity.until', code: 'date-invalid', fatal: false },
      ]),
    );
    expect(result.problems).toHaveLength(5);
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['introduction', 'purpose']);
    expect(result.statement?.sections[0]?.content).toEqual(['این بخش سالم است و نمایش داده می‌شود.']);
    expect(result.statement?.services?.items.map((i) => i.name)).toEqual(['خدمت سالم']);
    expect(result.statement?.validity).toBeUndefined();
  });

  it('many problems at once: every fatal flag is false and the input is untouched', () => {
    const document = base();
    document.sections[0].content[0] = 1;
    document.sections[2].kind = 'nope';
    document.services.items[0].visits = -3;
    document.services.items[2].audience = ['G2X'];
    document.validity.until = '1402/12/30';
    const result = validate(document);
    expect(result.problems).toHaveLength(5);
    expect(result.problems.every((problem) => problem.fatal === false)).toBe(true);
    expect(result.statement?.sections.map((s) => s.kind)).toEqual(['introduction', 'definitions']);
    expect(result.statement?.services?.items.map((i) => i.name)).toEqual(['خدمت دو']);
  });
});

describe('validateStatement never mutates its input', () => {
  const cases: [string, () => unknown][] = [
    ['valid', base],
    ['bad block', () => { const d = base(); d.sections[0].content[1] = 42; return d; }],
    ['bad section', () => { const d = base(); d.sections[1].kind = 'x'; return d; }],
    ['bad row', () => { const d = base(); d.services.items[0].url = 'javascript:x'; return d; }],
    ['invalid date', () => { const d = base(); d.validity.until = '1402/12/30'; return d; }],
    ['duplicate id', () => { const d = base(); d.sections[0].id = d.sections[2].id = 'a'; return d; }],
    ['fatal', () => { const d = base(); delete d.title; return d; }],
  ];
  it.each(cases)('%s', (_name, make) => {
    const input = make();
    const before = structuredClone(input);
    const result = validateStatement(input);
    expect(input).toEqual(before);
    // The returned statement is not the input object either, where pieces were removed.
    if (result.problems.length > 0 && result.statement) expect(result.statement).not.toBe(input);
  });

  it('changing the returned statement does not change the input (invalid date case)', () => {
    const input = base();
    input.validity.until = '1402/12/30';
    const result = validateStatement(input);
    expect(result.statement?.validity).toBeUndefined();
    expect(input.validity).toEqual({ from: '1403/01/01', until: '1402/12/30', signatory: 'معاون' });
  });
});

describe('sectionAnchors', () => {
  it('uses each kind as its anchor', () => {
    expect(
      sectionAnchors([{ kind: 'introduction' }, { kind: 'definitions' }, { kind: 'maintenance' }]),
    ).toEqual(['introduction', 'definitions', 'maintenance']);
  });

  it('an explicit id wins over the kind', () => {
    expect(sectionAnchors([{ kind: 'introduction', id: 'intro' }, { kind: 'other', id: 'extra' }])).toEqual([
      'intro',
      'extra',
    ]);
  });

  it('duplicates get -2, -3', () => {
    expect(
      sectionAnchors([{ kind: 'maintenance' }, { kind: 'maintenance' }, { kind: 'purpose' }, { kind: 'maintenance' }]),
    ).toEqual(['maintenance', 'maintenance-2', 'purpose', 'maintenance-3']);
  });

  it('two "other" sections get other and other-2', () => {
    expect(sectionAnchors([{ kind: 'other' }, { kind: 'other' }])).toEqual(['other', 'other-2']);
  });

  it('an explicit id that repeats a kind does not collide with it', () => {
    const anchors = sectionAnchors([{ kind: 'purpose' }, { kind: 'costs', id: 'purpose' }, { kind: 'purpose' }]);
    expect(anchors).toEqual(['purpose', 'purpose-2', 'purpose-3']);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('a generated suffix does not collide with an explicit id', () => {
    const anchors = sectionAnchors([{ kind: 'term', id: 'term-2' }, { kind: 'term' }, { kind: 'term' }]);
    expect(anchors).toEqual(['term-2', 'term', 'term-3']);
  });

  it('duplicate explicit ids are made unique', () => {
    expect(sectionAnchors([{ kind: 'term', id: 'x' }, { kind: 'costs', id: 'x' }])).toEqual(['x', 'x-2']);
  });

  it('anchors for every demo statement are unique', () => {
    for (const name of demoFiles) {
      const { sections } = readDemo(name) as { sections: { kind: 'other'; id?: string }[] };
      const anchors = sectionAnchors(sections);
      expect(new Set(anchors).size).toBe(sections.length);
    }
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(formatPath(['sections', 2, 'content', 0])).toBe('sections[2].content[0]');
    expect(formatPath(['sections', 2, 'content', 0, 'list', 1])).toBe('sections[2].content[0].list[1]');
    expect(formatPath(['services', 'items', 3, 'url'])).toBe('services.items[3].url');
  });

  it('the empty path is the document itself', () => {
    expect(formatPath([])).toBe('');
  });

  it('a single key or index', () => {
    expect(formatPath(['version'])).toBe('version');
    expect(formatPath([0])).toBe('[0]');
  });
});
