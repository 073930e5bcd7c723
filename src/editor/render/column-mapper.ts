/**
 * The mapping of pasted columns to a service's fields, shown before the rows land in the grid:
 * one choice per column (prefilled from its header), a sample of its cells, whether the first row
 * is the header, and add or replace.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { COLUMN_FIELDS, mappingFault, type Column, type ColumnMapping, type PastedTable } from '../model/column-mapping.js';
import { quote } from '../../wording/quote.js';
import type { FormContext } from './fields.js';

export interface PendingPaste {
  table: PastedTable;
  mapping: ColumnMapping;
}

export interface MapperActions {
  change: (mapping: ColumnMapping) => void;
  apply: (replace: boolean) => void;
  cancel: () => void;
}

/** How many cells of a column are shown as its sample. */
const SAMPLE_CELLS = 2;

export function renderColumnMapper(ctx: FormContext, pending: PendingPaste, actions: MapperActions): TemplateResult {
  const { words, labels } = ctx;
  const { table, mapping } = pending;
  const body = mapping.header ? table.rows.slice(1) : table.rows;
  const fault = mappingFault(mapping);
  const fieldName = (column: Column) => (column === 'number' ? words.columnFields.number! : labels.columns[column]);
  const choose = (index: number, value: string) =>
    actions.change({ ...mapping, columns: mapping.columns.map((column, i) => (i === index ? ((value || null) as Column | null) : column)) });
  return html`<section class="mapper" aria-labelledby="mapper-heading">
    <h4 id="mapper-heading" tabindex="-1">${words.mappingHeading(ctx.number(body.length))}</h4>
    <p class="help">${words.mappingIntro}</p>
    <label class="check">
      <input type="checkbox" id="mapper-header" .checked=${mapping.header} @change=${(event: Event) => actions.change({ ...mapping, header: (event.target as HTMLInputElement).checked })} />
      ${words.firstRowHeader}
    </label>
    <ol class="mapping">
      ${mapping.columns.map((column, index) => {
        const header = mapping.header ? table.rows[0]![index] || words.columnN(ctx.number(index + 1)) : words.columnN(ctx.number(index + 1));
        const sample = body.slice(0, SAMPLE_CELLS).map((row) => row[index] ?? '').filter((cell) => cell !== '');
        return html`<li class="field">
          <label for=${`map-${index}`}>${words.columnOf(header)}</label>
          <select id=${`map-${index}`} aria-describedby=${`map-sample-${index}`} @change=${(event: Event) => choose(index, (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${column === null}>${words.leaveOut}</option>
            ${COLUMN_FIELDS.map((option) => html`<option value=${option} ?selected=${option === column}>${fieldName(option)}</option>`)}
          </select>
          <span class="help" id=${`map-sample-${index}`}
            >${words.sample}:
            ${sample.length === 0 ? '—' : sample.map((cell, i) => html`${i > 0 ? labels.listSeparator : ''}<bdi>${quote(cell, ctx.lang)}</bdi>`)}</span
          >
        </li>`;
      })}
    </ol>
    ${fault ? html`<p class="error" role="alert">${words.mappingFault[fault]}</p>` : nothing}
    <div class="actions">
      <button type="button" id="mapper-append" ?disabled=${fault !== null} @click=${() => actions.apply(false)}>${words.appendRows}</button>
      <button type="button" id="mapper-replace" class="secondary" ?disabled=${fault !== null} @click=${() => actions.apply(true)}>${words.replaceRows}</button>
      <button type="button" id="mapper-cancel" class="secondary" @click=${actions.cancel}>${words.cancel}</button>
    </div>
  </section>`;
}
