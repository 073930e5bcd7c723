/** Where the editor shows a problem or an import warning: at the field of the value concerned. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldOfPath, placeWarning } from '../../src/editor/model/field-places.js';
import { importStatement } from '../../src/importer/index.js';

const seed = (name: string) => importStatement(readFileSync(new URL(`../fixtures/statements/seeds/${name}.txt`, import.meta.url), 'utf8'));

describe('fieldOfPath', () => {
  it('gives the field of a value, or of the nearest thing the form shows', () => {
    expect(fieldOfPath('title')).toEqual(['title']);
    expect(fieldOfPath('provider')).toEqual(['provider', 'name']);
    expect(fieldOfPath('provider.url')).toEqual(['provider', 'url']);
    expect(fieldOfPath('validity')).toEqual(['validity', 'from']);
    expect(fieldOfPath('validity.until')).toEqual(['validity', 'until']);
    expect(fieldOfPath('sections[2]')).toEqual(['sections', 2, 'kind']);
    expect(fieldOfPath('sections[2].title')).toEqual(['sections', 2, 'title']);
    expect(fieldOfPath('sections[2].content')).toEqual(['sections', 2, 'kind']);
    expect(fieldOfPath('sections[2].content[1]')).toEqual(['sections', 2, 'content', 1]);
    expect(fieldOfPath('sections[2].content[1].list[3]')).toEqual(['sections', 2, 'content', 1, 'list', 3]);
    expect(fieldOfPath('sections[2].content[1].terms[0].text')).toEqual(['sections', 2, 'content', 1, 'terms', 0, 'text']);
    expect(fieldOfPath('sections[2].content[1].terms[0]')).toEqual(['sections', 2, 'content', 1, 'terms', 0, 'term']);
    expect(fieldOfPath('services.items[4].url')).toEqual(['services', 'items', 4, 'url']);
    expect(fieldOfPath('services.items[4]')).toEqual(['services', 'items', 4, 'name']);
    expect(fieldOfPath('services.items')).toEqual(['services']);
  });

  it('sends what the form cannot show to the JSON tab', () => {
    expect(fieldOfPath('')).toEqual([]);
    expect(fieldOfPath('version')).toEqual([]);
  });
});

describe('placeWarning, on the seeds', () => {
  const placed = (name: string) => {
    const { statement, warnings } = seed(name);
    return warnings.map((warning) => [warning.code, placeWarning(warning, statement)]);
  };

  it('puts the Hamedan table\'s warnings at the services grid and a repeated title at the title', () => {
    expect(placed('001_5db03f956a4e731d')).toEqual([
      ['repeated-title', ['title']],
      ['repeated-title', ['title']],
      ['table-column', ['services']],
      ['table-header', ['services']],
      ['table-header', ['services']],
      ['table-header', ['services']],
    ]);
  });

  it('puts Iranshahr\'s term at its block, the repeated section at the later one, and page chrome nowhere', () => {
    const { statement } = seed('003_92babf01b3d070b3');
    const result = placed('003_92babf01b3d070b3');
    expect(result[0]).toEqual(['repeated-title', ['title']]);
    const term = result[1]![1] as (string | number)[];
    expect(term.slice(0, 2)).toEqual(['sections', term[1]]);
    expect(JSON.stringify(statement.sections[term[1] as number]!.content[term[3] as number])).toContain('خدمات تعاملی');
    const later = statement.sections.map((section, index) => [section.kind, index]).filter(([kind]) => kind === 'maintenance').at(-1)![1];
    expect(result[2]).toEqual(['duplicate-section', ['sections', later, 'kind']]);
    expect(result[3]).toEqual(['chrome', null]);
  });

  it('puts a guessed provider at the provider\'s name', () => {
    expect(placed('004_dad72786c95865aa')).toEqual([
      ['repeated-title', ['title']],
      ['provider-guessed', ['provider', 'name']],
    ]);
  });

  it('puts a date warning at the date it is about', () => {
    const { statement, warnings } = importStatement('توافقنامه سطح خدمت اداره نمونه\nمقدمه\nمتن.\nدوره عملکرد\nاین توافقنامه از تاریخ 1403/01/01 تا تاریخ 1402/12/30 معتبر است.');
    const invalid = warnings.find((warning) => warning.code === 'date-invalid');
    expect(invalid && placeWarning(invalid, statement)).toEqual(['validity', 'until']);
  });
});
