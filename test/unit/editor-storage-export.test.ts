/** The stored draft, the editor's checks beyond the schema, and what it exports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/editor/model/checks.js';
import { readDraft, writeDraft, type StoredDraft } from '../../src/editor/model/draft-storage.js';
import { embedSnippets, fallbackHtml, SCRIPT_SNIPPET, statementJson, suggestedFileName } from '../../src/editor/model/export.js';
import { renderFallback } from '../../src/fallback/render-fallback.js';
import { blankStatement } from '../../src/editor/model/template.js';
import type { Statement } from '../../src/format/schema.js';

const lorestan = JSON.parse(readFileSync(new URL('../../demo/data/000-lorestan.json', import.meta.url), 'utf8')) as Statement;

describe('the stored draft', () => {
  it('reads back what it wrote', () => {
    const draft: StoredDraft = {
      json: '{"version": 1',
      notes: [{ id: 3, warning: { line: 2, code: 'chrome', text: 'x', value: 'navigation' }, source: 'html', field: null }, { id: 4, warning: { line: 9, code: 'no-title' }, source: 'text', field: ['title'] }],
      lang: 'en',
      exported: true,
    };
    expect(readDraft(writeDraft(draft))).toEqual(draft);
  });

  it('reads the earlier editor\'s draft: its JSON, and its warnings without a field', () => {
    const old = JSON.stringify({ json: '{}', source: 'text', embed: 'src', warnings: [{ line: 1, code: 'no-title' }], origin: 'docx' });
    expect(readDraft(old)).toEqual({ json: '{}', notes: [{ id: 0, warning: { line: 1, code: 'no-title' }, source: 'docx', field: null }], exported: false });
  });

  it('ignores what it cannot read', () => {
    for (const stored of [null, '', 'not json', '[]', '{"json": 3}']) expect(readDraft(stored), String(stored)).toBeNull();
    const odd = readDraft(JSON.stringify({ format: 2, json: '{}', notes: [{ warning: 'x' }, { id: 1, warning: { line: 1, code: 'no-title' }, field: ['a', {}] }], lang: 'de' }));
    expect(odd).toEqual({ json: '{}', notes: [{ id: 1, warning: { line: 1, code: 'no-title' }, source: 'text', field: null }], exported: false });
  });
});

describe('checks beyond the schema', () => {
  it('asks for a title and a provider in a blank statement', () => {
    expect(checkDraft(blankStatement())).toEqual([
      { field: ['title'], code: 'required' },
      { field: ['provider', 'name'], code: 'required' },
    ]);
    expect(checkDraft(lorestan)).toEqual([]);
  });

  it('asks for 11-digit service ids in any digits, an «other» section\'s title, a name per service, and dates in order', () => {
    const statement = {
      ...lorestan,
      service: { name: 'x', id: '۱۴۰۶۲۵۴۳۰۰۰' },
      sections: [{ kind: 'other', title: ' ', content: [] }],
      services: { items: [{ name: '', id: '123' }] },
      validity: { from: '1403/01/01', until: '1402/12/29' },
    };
    expect(checkDraft(statement)).toEqual([
      { field: ['sections', 0, 'title'], code: 'required' },
      { field: ['services', 'items', 0, 'name'], code: 'required' },
      { field: ['services', 'items', 0, 'id'], code: 'service-id' },
      { field: ['validity', 'until'], code: 'date-order' },
    ]);
  });
});

describe('export', () => {
  it('suggests the file name from the provider\'s portal, else its name', () => {
    expect(suggestedFileName(lorestan)).toBe('sla-ostan-lr.json');
    expect(suggestedFileName({ provider: { name: 'استانداری لرستان' } })).toBe('sla-استانداری-لرستان.json');
    expect(suggestedFileName({ provider: { name: 'اداره/کل: «فنی»' } }, 'html')).toBe('sla-اداره-کل-«فنی».html');
    expect(suggestedFileName({ provider: { name: ' ', url: 'not a url' } })).toBe('sla.json');
    expect(suggestedFileName(null)).toBe('sla.json');
  });

  it('writes the script once per site, and the four routes for a page', () => {
    expect(SCRIPT_SNIPPET).toBe('<script type="module" src="/assets/sla-statement.js"></script>\n');
    const snippets = embedSnippets(lorestan, 'sla-ostan-lr.json');
    expect(snippets.link).toBe(`<p><a href="/files/sla-ostan-lr.json#sla-statement">${lorestan.title}</a></p>\n`);
    expect(snippets.element).toBe(`<sla-statement src="/files/sla-ostan-lr.json">\n  <p><a href="/files/sla-ostan-lr.json">${lorestan.title}</a></p>\n</sla-statement>\n`);
    expect(JSON.parse(/<script type="application\/json">([\s\S]*)<\/script>/.exec(snippets.inline!)![1]!)).toEqual(lorestan);
    expect(snippets.fallback).toBe(`<sla-statement src="/files/sla-ostan-lr.json">\n${fallbackHtml(lorestan)}</sla-statement>\n`);
    expect(fallbackHtml(lorestan).trim()).toBe(renderFallback(lorestan).trim());
    expect(fallbackHtml(lorestan)).toContain('<h2>توافقنامه سطح خدمت استانداری لرستان</h2>');
  });

  it('keeps the statement\'s text from breaking out of the snippets', () => {
    const hostile = { ...lorestan, title: 'x </script><script>alert(1)</script> "y"' };
    const snippets = embedSnippets(hostile, 'sla.json');
    expect(snippets.link).not.toContain('<script');
    expect(snippets.inline!.match(/<\/script>/g)).toHaveLength(1);
    expect(snippets.fallback).not.toContain('<script>alert');
    expect(embedSnippets(null, 'sla.json')).toMatchObject({ inline: null, fallback: null, link: '<p><a href="/files/sla.json#sla-statement">توافقنامه سطح خدمت</a></p>\n' });
    expect(statementJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});
