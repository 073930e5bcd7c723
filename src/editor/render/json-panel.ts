/**
 * The advanced tab: the statement as JSON text, editable. Edits flow back into the form once the
 * text parses; until then the place of the syntax error is named and can be gone to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Words } from '../wording.js';

export interface JsonView {
  text: string;
  /** The syntax error of the text, when it does not parse. */
  error: { line: string; column: string; detail: string } | null;
}

export interface JsonActions {
  input: (text: string) => void;
  goToError: () => void;
}

export function renderJsonPanel(words: Words, view: JsonView, actions: JsonActions): TemplateResult {
  return html`<div class="field json">
    <label for="json">${words.jsonLabel}</label>
    <p class="help" id="json-help">${words.jsonHelp}</p>
    <textarea
      id="json"
      dir="ltr"
      rows="28"
      spellcheck="false"
      autocomplete="off"
      aria-describedby="json-help json-status"
      aria-invalid=${view.error ? 'true' : 'false'}
      .value=${live(view.text)}
      @input=${(event: Event) => actions.input((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p id="json-status" class=${view.error ? 'error' : 'status'} role="status">
      ${view.error ? words.jsonSyntax(view.error.line, view.error.column, view.error.detail) : words.jsonOk}
    </p>
    ${view.error ? html`<button type="button" class="small" id="json-go-to-error" @click=${actions.goToError}>${words.goToError}</button>` : nothing}
  </div>`;
}
