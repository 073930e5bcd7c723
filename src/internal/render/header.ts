import { html, nothing, type TemplateResult } from 'lit';
import {
  formatStatementDate,
  hasExpired,
  parseStatementDate,
  type StatementDate,
} from '../../dates/statement-date.js';
import type { Statement } from '../../format/schema.js';
import { safeHref } from '../../text/inline-text.js';
import { getLocale } from '../localization.js';
import { ui } from '../messages.js';

export function renderHeader(statement: Statement, onPrint: () => void): TemplateResult {
  const { provider, service } = statement;
  const providerHref = provider.url ? safeHref(provider.url) : null;
  return html`<header part="header">
    <div class="heading">
      <h2 part="title" class="title">${statement.title}</h2>
      <button type="button" part="print" class="print" @click=${onPrint}>${ui.print()}</button>
    </div>
    <dl class="facts">
      <div>
        <dt>${ui.provider()}</dt>
        <dd part="provider">
          ${providerHref ? html`<a href=${providerHref}>${provider.name}</a>` : provider.name}
        </dd>
      </div>
      ${provider.parent ? fact(ui.parent(), provider.parent) : nothing}
      ${service?.name ? fact(ui.service(), service.name) : nothing}
      ${service?.id ? fact(ui.serviceId(), html`<bdi dir="ltr">${service.id}</bdi>`) : nothing}
      ${statement.validity?.signatory ? fact(ui.signatory(), statement.validity.signatory) : nothing}
    </dl>
    ${statement.validity ? renderValidity(statement.validity) : nothing}
  </header>`;
}

function fact(label: string, value: unknown): TemplateResult {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderValidity(validity: NonNullable<Statement['validity']>): TemplateResult {
  const from = readDate(validity.from);
  const until = readDate(validity.until);
  const locale = getLocale();
  const fromText = from && formatStatementDate(from, locale);
  const untilText = until && formatStatementDate(until, locale);
  const line =
    fromText && untilText ? ui.validFromUntil(fromText, untilText)
    : untilText ? ui.validUntil(untilText)
    : fromText ? ui.validFrom(fromText)
    : ui.openEnded();
  const expired = until !== null && hasExpired(until);
  return html`<p part="validity" class="validity">
    <span>${line}</span>
    ${expired ? html`<strong part="expired" class="expired">${ui.expired()}</strong>` : nothing}
  </p>`;
}

function readDate(written: string | undefined): StatementDate | null {
  return written === undefined ? null : parseStatementDate(written);
}
