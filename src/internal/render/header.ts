import { html, nothing, type TemplateResult } from 'lit';
import { hasExpired, parseStatementDate } from '../../dates/statement-date.js';
import type { Statement } from '../../format/schema.js';
import { safeHref } from '../../text/inline-text.js';
import type { Language } from '../../wording/quote.js';
import { validityLine } from '../../wording/statement-labels.js';
import { getLocale } from '../localization.js';
import { labels, ui } from '../messages.js';
import { report } from './reader-action.js';

export function renderHeader(statement: Statement): TemplateResult {
  const { provider, service } = statement;
  const providerHref = provider.url ? safeHref(provider.url) : null;
  const words = labels();
  return html`<header part="header">
    <div class="heading">
      <h2 part="title" class="title">${statement.title}</h2>
      <button type="button" part="print" class="print" @click=${report({ type: 'print' })}>${ui.print()}</button>
    </div>
    <dl class="facts">
      <div>
        <dt>${words.provider}</dt>
        <dd part="provider">
          ${providerHref ? html`<a href=${providerHref}>${provider.name}</a>` : provider.name}
        </dd>
      </div>
      ${provider.parent ? fact(words.parent, provider.parent) : nothing}
      ${service?.name ? fact(words.service, service.name) : nothing}
      ${service?.id ? fact(words.serviceId, html`<bdi dir="ltr">${service.id}</bdi>`) : nothing}
      ${statement.validity?.signatory ? fact(words.signatory, statement.validity.signatory) : nothing}
    </dl>
    ${statement.validity ? renderValidity(statement.validity) : nothing}
  </header>`;
}

function fact(label: string, value: unknown): TemplateResult {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderValidity(validity: NonNullable<Statement['validity']>): TemplateResult {
  const until = validity.until === undefined ? null : parseStatementDate(validity.until);
  const expired = until !== null && hasExpired(until);
  return html`<p part="validity" class="validity">
    <span>${validityLine(validity, labels(), getLocale() as Language)}</span>
    ${expired ? html`<strong part="expired" class="expired">${ui.expired()}</strong>` : nothing}
  </p>`;
}
