/**
 * The appendix of services as a grid: one row per service, a field per cell, the audiences and
 * channels as checkboxes; rows added, moved and removed; and a paste box (or a paste into any
 * cell) that takes rows from a spreadsheet or a Word table through the column mapper.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { AUDIENCES, CHANNELS } from '../../format/schema.js';
import { toAsciiDigits } from '../../text/digits.js';
import type { Path } from '../model/edits.js';
import { describedBy, idOf, invalid, itemTools, optional, renderMessages, text, type FormContext } from './fields.js';

export interface GridActions {
  /** A paste that may hold a table; the handler decides, and prevents the default when it takes it. */
  paste: (event: ClipboardEvent) => void;
  addRow: () => void;
}

type TextColumn = 'name' | 'unit' | 'id' | 'duration' | 'visits' | 'cost' | 'url';
const COLUMNS = ['name', 'unit', 'id', 'audience', 'channels', 'duration', 'visits', 'cost', 'url'] as const;
const LTR: readonly TextColumn[] = ['id', 'url'];

const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);

/** A visits cell: a whole number in any digits becomes a number; anything else is kept for its problem to name. */
function visitsValue(typed: string): unknown {
  const trimmed = toAsciiDigits(typed.trim());
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : typed;
}

export function renderServicesGrid(ctx: FormContext, services: unknown, mapper: TemplateResult | typeof nothing, actions: GridActions): TemplateResult {
  const { words, labels } = ctx;
  const items = Array.isArray(field(services, 'items')) ? (field(services, 'items') as unknown[]) : [];
  return html`<section class="group" aria-labelledby="services-heading">
    <h3 id="services-heading">${words.servicesGroup}</h3>
    ${textField(ctx, ['services', 'title'], field(services, 'title'), words.servicesTitle, labels.servicesTitle)}
    ${renderMessages(ctx, ['services'])}
    ${items.length === 0
      ? html`<p class="help">${words.noServices}</p>`
      : html`<div class="grid-scroll" id=${idOf(['services'])} role="region" tabindex="0" aria-label=${words.gridScroll} @paste=${actions.paste}>
          <table class="grid">
            <caption>${words.servicesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${labels.columns.number}</th>
                ${COLUMNS.map((column) => html`<th scope="col" class=${`col-${column}`}>${labels.columns[column]}</th>`)}
                <th scope="col">${words.actions}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map((item, index) => renderRow(ctx, item, index, items.length))}
            </tbody>
          </table>
        </div>`}
    <button type="button" id="add-row" @click=${actions.addRow}>+ ${words.addRow}</button>
    <div class="field paste">
      <label for="paste-rows">${words.pasteLabel}</label>
      <p class="help" id="paste-help">${words.pasteHelp}</p>
      <textarea id="paste-rows" rows="2" aria-describedby="paste-help" .value=${live('')} @paste=${actions.paste}></textarea>
    </div>
    ${mapper}
  </section>`;
}

function textField(ctx: FormContext, path: Path, value: unknown, label: string, placeholder: string): TemplateResult {
  const id = idOf(path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" dir="auto" placeholder=${placeholder} .value=${live(text(value))} @input=${(event: Event) => ctx.set(path, optional((event.target as HTMLInputElement).value))} />
    ${renderMessages(ctx, path)}
  </div>`;
}

function renderRow(ctx: FormContext, item: unknown, index: number, count: number): TemplateResult {
  const { words, labels } = ctx;
  const row = ctx.number(index + 1);
  const base: Path = ['services', 'items', index];
  const cell = (column: TextColumn) => {
    const path: Path = [...base, column];
    const value = field(item, column);
    return html`<td class=${`col-${column}`}>
      ${column === 'name'
        ? html`<textarea
            id=${idOf(path)}
            rows="2"
            dir="auto"
            aria-label=${words.cellLabel(labels.columns.name, row)}
            aria-describedby=${ifDefined(describedBy(ctx, path))}
            aria-invalid=${ifDefined(invalid(ctx, path))}
            aria-required="true"
            .value=${live(text(value))}
            @input=${(event: Event) => ctx.set(path, (event.target as HTMLTextAreaElement).value)}
          ></textarea>`
        : html`<input
            id=${idOf(path)}
            type="text"
            dir=${LTR.includes(column) ? 'ltr' : 'auto'}
            inputmode=${ifDefined(column === 'visits' || column === 'id' ? 'numeric' : column === 'url' ? 'url' : undefined)}
            autocomplete="off"
            aria-label=${words.cellLabel(labels.columns[column], row)}
            aria-describedby=${ifDefined(describedBy(ctx, path))}
            aria-invalid=${ifDefined(invalid(ctx, path))}
            .value=${live(column === 'visits' && typeof value === 'number' ? ctx.number(value) : value === undefined ? '' : String(value))}
            @input=${(event: Event) => {
              const typed = (event.target as HTMLInputElement).value;
              ctx.set(path, column === 'visits' ? visitsValue(typed) : optional(typed));
            }}
          />`}
      ${renderMessages(ctx, path)}
    </td>`;
  };
  const choices = <T extends string>(column: 'audience' | 'channels', values: readonly T[], names: Record<T, string>) => {
    const path: Path = [...base, column];
    const chosen = Array.isArray(field(item, column)) ? (field(item, column) as unknown[]) : [];
    const toggle = (value: T, on: boolean) => {
      const next = values.filter((option) => (option === value ? on : chosen.includes(option)));
      ctx.set(path, next.length > 0 ? next : undefined);
    };
    return html`<td class=${`col-${column}`}>
      <fieldset class="checks" aria-describedby=${ifDefined(describedBy(ctx, path))}>
        <legend class="visually-hidden">${words.cellLabel(labels.columns[column], row)}</legend>
        ${values.map(
          (value, i) => html`<label
            ><input type="checkbox" id=${ifDefined(i === 0 ? idOf(path) : undefined)} .checked=${live(chosen.includes(value))} @change=${(event: Event) => toggle(value, (event.target as HTMLInputElement).checked)} />
            ${names[value]}</label
          >`,
        )}
      </fieldset>
      ${renderMessages(ctx, path)}
    </td>`;
  };
  return html`<tr>
    <th scope="row">${row}</th>
    ${cell('name')} ${cell('unit')} ${cell('id')} ${choices('audience', AUDIENCES, labels.audiences)} ${choices('channels', CHANNELS, labels.channels)} ${cell('duration')}
    ${cell('visits')} ${cell('cost')} ${cell('url')}
    <td class="col-actions">${itemTools(ctx, ['services', 'items'], index, count, { up: words.moveRowUp(row), down: words.moveRowDown(row), remove: words.removeRow(row) }, 'row')}</td>
  </tr>`;
}
