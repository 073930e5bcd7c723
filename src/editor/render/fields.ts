/**
 * What every form field shares: an id made from the JSON path of the value it edits (so a
 * problem's or a warning's path finds its field), a visible label, and the messages about that
 * value under it (problems, the editor's checks, import warnings to check), tied to the control
 * with aria-describedby and aria-invalid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatPath } from '../../format/json-path.js';
import type { Language } from '../../wording/quote.js';
import type { StatementLabels } from '../../wording/statement-labels.js';
import type { Note } from '../model/draft.js';
import type { Path } from '../model/edits.js';
import type { Words } from '../wording.js';

export interface FieldMessages {
  /** Validation problems and the editor's checks, worded. */
  errors: string[];
  notes: Note[];
}

/** What the form's render functions are given: words, messages by field, and what to do on input. */
export interface FormContext {
  lang: Language;
  words: Words;
  labels: StatementLabels;
  /** A number in the interface's digits. */
  number: (value: number) => string;
  messages: (path: Path) => FieldMessages | undefined;
  describeNote: (note: Note) => string;
  set: (path: Path, value: unknown) => void;
  insert: (path: Path, index: number, value: unknown) => void;
  /** `focus`: the data-focus key of the list's buttons, to keep focus in the list after the change. */
  remove: (path: Path, index: number, focus?: string) => void;
  move: (path: Path, from: number, to: number, focus: string) => void;
  dismiss: (note: Note) => void;
}

export const idOf = (path: Path) => `f-${formatPath(path)}`;
export const messagesIdOf = (path: Path) => `m-${formatPath(path)}`;

/** The text of a value that should be text; anything else shows empty (its problem says why). */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Optional text: an empty field is left out of the JSON, not written as "". */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/** aria-describedby for a field: its help and its messages, when it has them. */
export function describedBy(ctx: FormContext, path: Path, ...more: (string | false | undefined)[]): string | undefined {
  const ids = [...more.filter((id): id is string => typeof id === 'string'), ...(ctx.messages(path) ? [messagesIdOf(path)] : [])];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export const invalid = (ctx: FormContext, path: Path) => ((ctx.messages(path)?.errors.length ?? 0) > 0 ? 'true' : undefined);

export function renderMessages(ctx: FormContext, path: Path): TemplateResult | typeof nothing {
  const messages = ctx.messages(path);
  if (!messages) return nothing;
  return html`<ul class="messages" id=${messagesIdOf(path)}>
    ${messages.errors.map((message) => html`<li class="error">${message}</li>`)}
    ${messages.notes.map(
      (note) => html`<li class="note">
        <span>${ctx.describeNote(note)}</span>
        <button type="button" class="small" aria-label=${ctx.words.checkedLabel(ctx.describeNote(note))} @click=${() => ctx.dismiss(note)}>${ctx.words.checked}</button>
      </li>`,
    )}
  </ul>`;
}

export interface TextFieldOptions {
  label: string;
  value: unknown;
  /** Default: optional text, left out when empty. */
  required?: boolean;
  multiline?: boolean;
  placeholder?: string;
  help?: string;
  /** Default `auto`: the statement's text reads in its own direction whatever the interface's. */
  dir?: 'ltr' | 'auto';
  inputmode?: 'url' | 'numeric' | 'text';
  type?: 'url' | 'text';
}

/** A labelled text input (or text area) for the value at `path`. */
export function textField(ctx: FormContext, path: Path, options: TextFieldOptions): TemplateResult {
  const id = idOf(path);
  const helpId = options.help ? `h-${id}` : undefined;
  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    ctx.set(path, options.required ? value : optional(value));
  };
  const control = options.multiline
    ? html`<textarea
        id=${id}
        rows="3"
        dir=${options.dir ?? 'auto'}
        placeholder=${ifDefined(options.placeholder)}
        aria-describedby=${ifDefined(describedBy(ctx, path, helpId))}
        aria-invalid=${ifDefined(invalid(ctx, path))}
        aria-required=${ifDefined(options.required ? 'true' : undefined)}
        .value=${live(text(options.value))}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        type=${options.type ?? 'text'}
        dir=${options.dir ?? 'auto'}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete="off"
        placeholder=${ifDefined(options.placeholder)}
        aria-describedby=${ifDefined(describedBy(ctx, path, helpId))}
        aria-invalid=${ifDefined(invalid(ctx, path))}
        aria-required=${ifDefined(options.required ? 'true' : undefined)}
        .value=${live(text(options.value))}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${options.help ? html`<p class="help" id=${helpId!}>${options.help}</p>` : nothing} ${control} ${renderMessages(ctx, path)}
  </div>`;
}

/** Up, down and remove buttons for an item of a list, each named for the item. */
export function itemTools(
  ctx: FormContext,
  list: Path,
  index: number,
  count: number,
  names: { up: string; down: string; remove: string },
  focusKey: string,
): TemplateResult {
  return html`<div class="tools">
    <button type="button" class="small" data-focus=${`${focusKey}-up-${index}`} aria-label=${names.up} ?disabled=${index === 0} @click=${() => ctx.move(list, index, index - 1, `${focusKey}-up`)}>
      <span aria-hidden="true">▲</span> ${ctx.words.moveUp}
    </button>
    <button type="button" class="small" data-focus=${`${focusKey}-down-${index}`} aria-label=${names.down} ?disabled=${index === count - 1} @click=${() => ctx.move(list, index, index + 1, `${focusKey}-down`)}>
      <span aria-hidden="true">▼</span> ${ctx.words.moveDown}
    </button>
    <button type="button" class="small danger" data-focus=${`${focusKey}-remove-${index}`} aria-label=${names.remove} @click=${() => ctx.remove(list, index, `${focusKey}-remove`)}>
      ${ctx.words.remove}
    </button>
  </div>`;
}
