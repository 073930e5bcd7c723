/** The editor's edits and draft: one truth (the JSON), shared structure, warnings that follow their fields. */
import { describe, expect, it } from 'vitest';
import { applyEdit, getAt, mapPath, type Edit } from '../../src/editor/model/edits.js';
import { applyToDraft, draftFromImport, withoutNote, type Draft } from '../../src/editor/model/draft.js';
import { blankStatement } from '../../src/editor/model/template.js';
import { STANDARD_SECTION_KINDS } from '../../src/format/schema.js';
import { validateStatement } from '../../src/format/validate.js';

const doc = () => ({
  title: 'T',
  provider: { name: 'P' },
  sections: [
    { kind: 'introduction', content: ['a'] },
    { kind: 'purpose', content: ['b'] },
    { kind: 'term', content: ['c'] },
  ],
});

describe('applyEdit', () => {
  it('sets a field, copying only the objects on the way', () => {
    const before = doc();
    const after = applyEdit(before, { op: 'set', path: ['provider', 'url'], value: 'https://x.ir' }) as ReturnType<typeof doc>;
    expect(after.provider).toEqual({ name: 'P', url: 'https://x.ir' });
    expect(before.provider).toEqual({ name: 'P' });
    expect(after.sections).toBe(before.sections);
  });

  it('removes a field set to undefined, and makes missing objects and lists', () => {
    const after = applyEdit(doc(), { op: 'set', path: ['provider', 'name'], value: undefined });
    expect(getAt(after, ['provider'])).toEqual({});
    const made = applyEdit({}, { op: 'set', path: ['services', 'items', 0, 'name'], value: 'x' });
    expect(made).toEqual({ services: { items: [{ name: 'x' }] } });
  });

  it('inserts, removes and moves list items', () => {
    const path = ['sections'];
    const kinds = (value: unknown) => (getAt(value, path) as { kind: string }[]).map((section) => section.kind);
    expect(kinds(applyEdit(doc(), { op: 'insert', path, index: 1, value: { kind: 'costs', content: [] } }))).toEqual(['introduction', 'costs', 'purpose', 'term']);
    expect(kinds(applyEdit(doc(), { op: 'remove', path, index: 0 }))).toEqual(['purpose', 'term']);
    expect(kinds(applyEdit(doc(), { op: 'move', path, from: 2, to: 0 }))).toEqual(['term', 'introduction', 'purpose']);
    expect(kinds(applyEdit(doc(), { op: 'move', path, from: 0, to: 3 }))).toEqual(['introduction', 'purpose', 'term']);
  });
});

describe('mapPath', () => {
  const at = (index: number) => ['sections', index, 'kind'];
  it('follows a field when items before it are inserted, removed or moved', () => {
    const insert: Edit = { op: 'insert', path: ['sections'], index: 1, value: {} };
    expect(mapPath(at(0), insert)).toEqual(at(0));
    expect(mapPath(at(1), insert)).toEqual(at(2));
    const remove: Edit = { op: 'remove', path: ['sections'], index: 1 };
    expect(mapPath(at(1), remove)).toBeNull();
    expect(mapPath(at(2), remove)).toEqual(at(1));
    const down: Edit = { op: 'move', path: ['sections'], from: 0, to: 2 };
    expect([0, 1, 2].map((index) => mapPath(at(index), down))).toEqual([at(2), at(0), at(1)]);
    const up: Edit = { op: 'move', path: ['sections'], from: 2, to: 0 };
    expect([0, 1, 2].map((index) => mapPath(at(index), up))).toEqual([at(1), at(2), at(0)]);
  });

  it('leaves fields of other lists alone', () => {
    expect(mapPath(['services', 'items', 3, 'name'], { op: 'remove', path: ['sections'], index: 0 })).toEqual(['services', 'items', 3, 'name']);
    expect(mapPath(['sections', 1, 'content', 2], { op: 'remove', path: ['sections', 0, 'content'], index: 0 })).toEqual(['sections', 1, 'content', 2]);
  });
});

describe('the draft', () => {
  const imported = (): Draft =>
    draftFromImport(
      {
        statement: { version: 1, title: 'T', provider: { name: 'P' }, sections: doc().sections as never },
        warnings: [
          { line: 1, code: 'provider-guessed', text: 'P', value: 'text' },
          { line: 5, code: 'other-heading', text: 'دوره عملکرد' },
          { line: 9, code: 'chrome', text: 'بازگشت به بالا', value: 'navigation' },
        ],
      },
      'text',
    );

  it('moves a warning with its section, and drops it with the section', () => {
    let draft = applyToDraft(imported(), { op: 'set', path: ['sections', 2, 'title'], value: 'دوره عملکرد' });
    draft = { ...draft, notes: draft.notes.map((note) => (note.warning.code === 'other-heading' ? { ...note, field: ['sections', 2, 'kind'] } : note)) };
    const moved = applyToDraft(draft, { op: 'move', path: ['sections'], from: 2, to: 0 });
    expect(moved.notes.find((note) => note.warning.code === 'other-heading')!.field).toEqual(['sections', 0, 'kind']);
    const removed = applyToDraft(moved, { op: 'remove', path: ['sections'], index: 0 });
    expect(removed.notes.map((note) => note.warning.code)).toEqual(['provider-guessed', 'chrome']);
    expect(withoutNote(removed, removed.notes[0]!.id).notes.map((note) => note.warning.code)).toEqual(['chrome']);
  });

  it('places warnings at their fields, and left-out text at none', () => {
    const notes = imported().notes;
    expect(notes.map((note) => note.field)).toEqual([['provider', 'name'], null, null]);
  });
});

describe('the blank statement', () => {
  it('has the national template\'s sections in order, no text, and validates', () => {
    const blank = blankStatement();
    expect(blank.sections.map((section) => section.kind)).toEqual([...STANDARD_SECTION_KINDS]);
    expect(blank.sections.every((section) => section.content.length === 0 && section.title === undefined)).toBe(true);
    expect(validateStatement(blank).problems).toEqual([]);
  });
});
