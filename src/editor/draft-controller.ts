/**
 * The editor's draft: the statement and its import warnings, changed only through edits (so each
 * change is one undo step and the JSON is always the truth), kept in the browser's localStorage
 * and restored on return, and guarded when the page is left before it was exported. It also
 * holds the JSON tab's text, which may not parse while it is being typed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonErrorOffset } from '../format/json-syntax.js';
import { parseStatementJson } from '../format/parse-json.js';
import { applyToDraft, withoutNote, type Draft, type Note } from './model/draft.js';
import { DRAFT_KEY, readDraft, writeDraft } from './model/draft-storage.js';
import type { Edit } from './model/edits.js';
import { statementJson } from './model/export.js';
import { History } from './model/history.js';

export interface JsonError {
  line: number;
  column: number;
  detail: string;
  offset: number;
}

/** The draft is written this long after the last change (and at once when the page is hidden). */
const SAVE_DELAY_MS = 400;

export class DraftController implements ReactiveController {
  private history: History<Draft>;
  /** The JSON tab's text: the draft's JSON, or what is being typed there. */
  jsonText: string;
  jsonError: JsonError | null = null;
  /** This version was downloaded or copied: leaving loses nothing. */
  exported = true;
  /** Set by a restored draft: the interface language it was left in. */
  restoredLang: 'fa' | 'en' | undefined;
  private saveTimer: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (draft: Draft, fromOutside: boolean) => void,
    private readonly language: () => 'fa' | 'en',
  ) {
    host.addController(this);
    this.history = new History<Draft>({ statement: null, notes: [] });
    this.jsonText = '';
  }

  get draft(): Draft {
    return this.history.current;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** True when there is a statement to lose. */
  get hasContent(): boolean {
    return this.draft.statement !== null;
  }

  hostConnected(): void {
    this.restore();
    window.addEventListener('beforeunload', this.beforeUnload);
    window.addEventListener('pagehide', this.saveNow);
    document.addEventListener('visibilitychange', this.saveWhenHidden);
  }

  hostDisconnected(): void {
    this.saveNow();
    window.removeEventListener('beforeunload', this.beforeUnload);
    window.removeEventListener('pagehide', this.saveNow);
    document.removeEventListener('visibilitychange', this.saveWhenHidden);
  }

  /** A change made in the form: `group` (the field's path) merges typing into one undo step. */
  edit(edit: Edit, group?: string): void {
    this.commit(applyToDraft(this.draft, edit), group, false);
  }

  /** A new start (blank, import, file): one undo step back to what was there. */
  replace(draft: Draft): void {
    this.commit(draft, undefined, true);
  }

  dismiss(note: Note): void {
    this.commit(withoutNote(this.draft, note.id), undefined, false);
  }

  /** The JSON tab's text, taken into the draft once it parses. */
  setJson(text: string): void {
    this.jsonText = text;
    const parsed = parseStatementJson(text, jsonErrorOffset);
    if (!parsed.ok) {
      const failure = parsed.failure;
      this.jsonError =
        failure.kind === 'syntax'
          ? { line: failure.line, column: failure.column, detail: failure.detail, offset: Math.max(0, jsonErrorOffset(text.replace(/^\uFEFF/, ''))) }
          : { line: 1, column: 1, detail: failure.kind === 'empty' ? 'empty' : 'HTML', offset: 0 };
      this.host.requestUpdate();
      this.scheduleSave();
      return;
    }
    this.jsonError = null;
    this.history.record({ ...this.draft, statement: parsed.value }, 'json');
    this.changed(false, true);
  }

  undo(): void {
    if (this.history.undo() !== undefined) this.afterTravel();
  }

  redo(): void {
    if (this.history.redo() !== undefined) this.afterTravel();
  }

  markExported(): void {
    this.exported = true;
    this.scheduleSave();
    this.host.requestUpdate();
  }

  private afterTravel(): void {
    this.jsonError = null;
    this.changed(true, false);
  }

  private commit(draft: Draft, group: string | undefined, fromOutside: boolean): void {
    this.history.record(draft, group);
    this.jsonError = null;
    this.changed(fromOutside, false);
  }

  private changed(fromOutside: boolean, fromJson: boolean): void {
    if (!fromJson) this.jsonText = this.draft.statement === null ? '' : statementJson(this.draft.statement);
    this.exported = false;
    this.onChange(this.draft, fromOutside || fromJson);
    this.scheduleSave();
    this.host.requestUpdate();
  }

  private restore(): void {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(DRAFT_KEY);
    } catch {
      // Storage refused (private mode, a sandboxed frame): the editor works without a draft.
    }
    const draft = readDraft(stored);
    if (!draft) return;
    const parsed = parseStatementJson(draft.json, jsonErrorOffset);
    this.history = new History<Draft>({ statement: parsed.ok ? parsed.value : null, notes: draft.notes });
    this.exported = draft.exported;
    this.restoredLang = draft.lang;
    if (parsed.ok) this.jsonText = draft.json;
    else this.setJson(draft.json);
    this.onChange(this.draft, true);
  }

  private scheduleSave(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(this.saveNow, SAVE_DELAY_MS);
  }

  private readonly saveNow = (): void => {
    window.clearTimeout(this.saveTimer);
    if (!this.hasContent && this.jsonText === '') return;
    try {
      localStorage.setItem(DRAFT_KEY, writeDraft({ json: this.jsonText, notes: [...this.draft.notes], lang: this.language(), exported: this.exported }));
    } catch {
      // Storage full or refused: the editor goes on, only without a draft.
    }
  };

  private readonly saveWhenHidden = (): void => {
    if (document.visibilityState === 'hidden') this.saveNow();
  };

  private readonly beforeUnload = (event: BeforeUnloadEvent): void => {
    this.saveNow();
    if (this.exported || !this.hasContent) return;
    // The browser asks the reader whether to leave; the text of the question is its own.
    event.preventDefault();
    event.returnValue = '';
  };
}
