import { html, type TemplateResult } from 'lit';
import { splitInline } from '../../text/inline-text.js';

/**
 * A plain-text paragraph with its links and Latin runs isolated. Text always goes through Lit
 * bindings, so markup in data is shown as characters, never parsed.
 */
export function renderInline(text: string): TemplateResult {
  return html`${splitInline(text).map((run) => {
    switch (run.kind) {
      case 'link':
        return html`<a href=${run.href} dir="ltr" part="link">${run.text}</a>`;
      case 'ltr':
        return html`<bdi dir="ltr">${run.text}</bdi>`;
      case 'text':
        return run.text;
    }
  })}`;
}
