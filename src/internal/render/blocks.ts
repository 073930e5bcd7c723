import { html, type TemplateResult } from 'lit';
import type { Block, ListBlock, TermsBlock } from '../../format/schema.js';
import { renderInline } from './inline.js';

export function renderBlock(block: Block): TemplateResult {
  if (typeof block === 'string') return html`<p>${renderInline(block)}</p>`;
  // Both block objects are loose (they may carry extra keys), so `in` cannot narrow them alone.
  if ('list' in block) {
    return html`<ul>${(block as ListBlock).list.map((item) => html`<li>${renderInline(item)}</li>`)}</ul>`;
  }
  return html`<dl>
    ${(block as TermsBlock).terms.map(
      ({ term, text }) => html`<div class="term"><dt>${renderInline(term)}</dt><dd>${renderInline(text)}</dd></div>`,
    )}
  </dl>`;
}
