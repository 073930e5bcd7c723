/**
 * The draft as it is kept in the browser (localStorage), so that closing the tab loses nothing:
 * the statement as JSON text (the JSON tab's text when it does not parse yet), the import warnings
 * not yet checked, the interface language, and whether this version has been exported. Nothing is
 * sent anywhere. A draft of the earlier editor (its JSON text and warnings) is read too.
 */
import type { ImportWarning } from '../../importer/warnings.js';
import type { Path } from './edits.js';
import type { Note, SourceKind } from './draft.js';

export const DRAFT_KEY = 'sla-statement-editor:draft';
const FORMAT = 2;

export interface StoredDraft {
  /** The statement's JSON text. */
  json: string;
  notes: Note[];
  lang?: 'fa' | 'en';
  /** True when this version was downloaded or copied: leaving then loses nothing. */
  exported: boolean;
}

export function writeDraft(draft: StoredDraft): string {
  return JSON.stringify({ format: FORMAT, ...draft });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWarning = (value: unknown): value is ImportWarning => isObject(value) && typeof value['code'] === 'string' && typeof value['line'] === 'number';
const isPath = (value: unknown): value is Path => Array.isArray(value) && value.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key)));
const SOURCES: readonly SourceKind[] = ['text', 'html', 'docx'];

function readNote(value: unknown, index: number): Note | null {
  if (!isObject(value) || !isWarning(value['warning'])) return null;
  const field = value['field'];
  return {
    id: typeof value['id'] === 'number' ? value['id'] : index,
    warning: value['warning'],
    source: SOURCES.includes(value['source'] as SourceKind) ? (value['source'] as SourceKind) : 'text',
    field: isPath(field) ? field : null,
  };
}

/** The stored draft, or null when there is none or it cannot be read (it is then ignored). */
export function readDraft(stored: string | null): StoredDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(stored ?? 'null');
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value['json'] !== 'string') return null;
  if (value['format'] !== FORMAT) {
    // The earlier editor's draft: its JSON, and its warnings listed without a field.
    const warnings = Array.isArray(value['warnings']) ? value['warnings'].filter(isWarning) : [];
    const source = SOURCES.includes(value['origin'] as SourceKind) ? (value['origin'] as SourceKind) : 'text';
    return { json: value['json'], notes: warnings.map((warning, id) => ({ id, warning, source, field: null })), exported: false };
  }
  const notes = Array.isArray(value['notes']) ? value['notes'].map(readNote).filter((note): note is Note => note !== null) : [];
  const lang = value['lang'] === 'en' || value['lang'] === 'fa' ? value['lang'] : undefined;
  return { json: value['json'], notes, exported: value['exported'] === true, ...(lang ? { lang } : {}) };
}
