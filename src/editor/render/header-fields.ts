/**
 * The statement's header as a form: title; provider (name, portal, parent body); the one service
 * of a per-service statement; validity (from, until or open-ended, signatory); and, folded away,
 * the statement's language and direction.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, type Path } from '../model/edits.js';
import { dateField } from './date-field.js';
import { idOf, optional, renderMessages, text, textField, type FormContext } from './fields.js';

export interface HeaderView {
  statement: unknown;
  /** The dates' fields as shown (typing not yet taken, or the JSON's dates). */
  dates: { from: string; until: string };
  openEnded: boolean;
}

export interface HeaderActions {
  date: (field: 'from' | 'until', typed: string, final: boolean) => void;
  openEnded: (open: boolean) => void;
  perService: (on: boolean) => void;
}

const LANGUAGES = ['fa', 'en', 'ar'];

export function renderHeaderFields(ctx: FormContext, view: HeaderView, actions: HeaderActions): TemplateResult {
  const { words } = ctx;
  const at = (...path: Path) => getAt(view.statement, path);
  const service = at('service');
  const lang = text(at('lang'));
  const dir = text(at('dir'));
  return html`<fieldset class="group">
    <legend>${words.headerGroup}</legend>
    ${textField(ctx, ['title'], { label: words.title, value: at('title'), required: true, placeholder: words.titlePlaceholder })}
    <fieldset class="subgroup">
      <legend>${words.providerGroup}</legend>
      ${textField(ctx, ['provider', 'name'], { label: words.providerName, value: at('provider', 'name'), required: true })}
      ${textField(ctx, ['provider', 'url'], { label: words.providerUrl, value: at('provider', 'url'), dir: 'ltr', type: 'url', inputmode: 'url', placeholder: 'https://' })}
      ${textField(ctx, ['provider', 'parent'], { label: words.providerParent, value: at('provider', 'parent') })}
    </fieldset>
    <label class="check">
      <input type="checkbox" id="per-service" .checked=${service !== undefined} @change=${(event: Event) => actions.perService((event.target as HTMLInputElement).checked)} />
      ${words.perService}
    </label>
    ${service === undefined
      ? nothing
      : html`<fieldset class="subgroup">
          <legend>${words.perService}</legend>
          ${textField(ctx, ['service', 'name'], { label: words.serviceName, value: at('service', 'name') })}
          ${textField(ctx, ['service', 'id'], { label: words.serviceId, value: at('service', 'id'), dir: 'ltr', inputmode: 'numeric', placeholder: '۱۴۰۶۲۵۴۳۰۰۰' })}
        </fieldset>`}
    <fieldset class="subgroup">
      <legend>${words.validityGroup}</legend>
      ${dateField(ctx, ['validity', 'from'], { label: words.validFrom, shown: view.dates.from, onInput: (typed, final) => actions.date('from', typed, final) })}
      <fieldset class="choice">
        <legend>${words.endChoice}</legend>
        <label><input type="radio" name="end" .checked=${!view.openEnded} @change=${() => actions.openEnded(false)} /> ${words.untilDate}</label>
        <label><input type="radio" name="end" id="open-ended" .checked=${view.openEnded} @change=${() => actions.openEnded(true)} /> ${words.openEnded}</label>
      </fieldset>
      ${dateField(ctx, ['validity', 'until'], { label: words.validUntil, shown: view.dates.until, disabled: view.openEnded, onInput: (typed, final) => actions.date('until', typed, final) })}
      ${textField(ctx, ['validity', 'signatory'], { label: words.signatory, value: at('validity', 'signatory') })}
    </fieldset>
    <details class="more">
      <summary>${words.moreFields}</summary>
      <div class="field">
        <label for=${idOf(['lang'])}>${words.statementLang}</label>
        <select id=${idOf(['lang'])} @change=${(event: Event) => ctx.set(['lang'], optional((event.target as HTMLSelectElement).value))}>
          ${[...LANGUAGES, ...(lang && !LANGUAGES.includes(lang) ? [lang] : [])].map(
            (code) => html`<option value=${code} ?selected=${(lang || 'fa') === code}>${words.languageNames[code] ?? code}</option>`,
          )}
        </select>
        ${renderMessages(ctx, ['lang'])}
      </div>
      <div class="field">
        <label for=${idOf(['dir'])}>${words.statementDir}</label>
        <select id=${idOf(['dir'])} @change=${(event: Event) => ctx.set(['dir'], optional((event.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${dir === ''}>${words.dirAuto}</option>
          <option value="rtl" ?selected=${dir === 'rtl'}>rtl</option>
          <option value="ltr" ?selected=${dir === 'ltr'}>ltr</option>
        </select>
        ${renderMessages(ctx, ['dir'])}
      </div>
    </details>
  </fieldset>`;
}
