import { html, type TemplateResult } from 'lit';
import { splitInline } from '../../text/inline-text.js';

/**
 * A plain-text paragraph with its links and Latin runs isolated. Text always goes through Lit
 * bindings, so markup in data is shown as characters, never parsed. Without `links`, an address
 * stays text: the whole paragraph is a link already, and a link cannot hold another.
 */
export function renderInline(text: string, links = true): TemplateResult {
  return html`${splitInline(text).map((run) => {
    switch (run.kind) {
      case 'link':
        return links ? html`<a href=${run.href} dir="ltr" part="link">${run.text}</a>` : html`<bdi dir="ltr">${run.text}</bdi>`;
      case 'ltr':
        return html`<bdi dir="ltr">${run.text}</bdi>`;
      case 'text':
        return run.text;
    }
  })}`;
}
