/**
 * The editor's state that undo and the stored draft cover: the statement as JSON (possibly not
 * yet valid: a form being filled in) and the import warnings still to be checked, each pinned to
 * the field it is about. An edit moves the pins with the fields, and a warning whose field is
 * removed goes with it.
 */
import type { Statement } from '../../format/schema.js';
import type { ImportResult } from '../../importer/import-statement.js';
import type { ImportWarning } from '../../importer/warnings.js';
import { applyEdit, mapPath, type Edit, type Path } from './edits.js';
import { placeWarning } from './field-places.js';

/** What an import read: its warnings' lines are the text's, the HTML's or the Word file's paragraphs. */
export type SourceKind = 'text' | 'html' | 'docx';

export interface Note {
  id: number;
  warning: ImportWarning;
  source: SourceKind;
  /** The field it is about; null for text the statement does not hold. */
  field: Path | null;
}

export interface Draft {
  statement: unknown;
  notes: readonly Note[];
}

export function applyToDraft(draft: Draft, edit: Edit): Draft {
  const notes: Note[] = [];
  for (const note of draft.notes) {
    if (note.field === null) notes.push(note);
    else {
      const field = mapPath(note.field, edit);
      if (field !== null) notes.push(field === note.field ? note : { ...note, field });
    }
  }
  return { statement: applyEdit(draft.statement, edit), notes };
}

/** An import's statement with its warnings placed. */
export function draftFromImport(result: ImportResult, source: SourceKind): Draft {
  return {
    statement: result.statement,
    notes: result.warnings.map((warning, id) => ({ id, warning, source, field: placeWarning(warning, result.statement as Statement) })),
  };
}

export function withoutNote(draft: Draft, id: number): Draft {
  return { ...draft, notes: draft.notes.filter((note) => note.id !== id) };
}
