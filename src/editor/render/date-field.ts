/**
 * A Jalali date field: typed in any digits, said back in words («۲۹ اسفند ۱۴۰۳») as it is typed,
 * and an impossible date refused at once with the reason (Esfand 1402 has 29 days). What the
 * field shows is the author's typing; the JSON gets a date only once it is a real one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatStatementDate, toUtcMillis, type StatementDate } from '../../dates/statement-date.js';
import { daysInMonth, readDateInput, type DateReading } from '../model/date-input.js';
import type { Path } from '../model/edits.js';
import { describedBy, idOf, invalid, renderMessages, type FormContext } from './fields.js';

export interface DateFieldOptions {
  label: string;
  /** What the field shows: the author's typing, or the JSON's date in the interface's digits. */
  shown: string;
  /** `final`: the field was left (change), so a day of one digit is taken as typed. */
  onInput: (typed: string, final: boolean) => void;
  disabled?: boolean;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** «اسفند ۱۴۰۲»: the month of a date that may not exist, named through its first day. */
function monthName(date: StatementDate, lang: string): string {
  const locale = `${lang}-u-ca-${date.calendar === 'jalali' ? 'persian' : 'gregory'}`;
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' });
    monthFormats.set(locale, format);
  }
  const parts = format.formatToParts(toUtcMillis({ ...date, day: 1 }));
  // Month first, in both languages: Persian's own pattern puts the year first («۱۴۰۲ اسفند»).
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('month')} ${part('year')}`;
}

/** What the field says under itself about the typing: the date in words, or why it is refused. */
function saying(ctx: FormContext, reading: DateReading): { text: string; refused: boolean } | null {
  const { words } = ctx;
  switch (reading.state) {
    case 'empty':
    case 'incomplete':
      return null;
    case 'valid':
      return { text: formatStatementDate(reading.date, ctx.lang), refused: false };
    case 'impossible':
      if (reading.reason === 'shape') return { text: words.dateShape, refused: true };
      if (reading.reason === 'month') return { text: words.dateMonth, refused: true };
      return reading.date
        ? { text: words.dateDayIn(monthName(reading.date, ctx.lang), ctx.number(daysInMonth(reading.date))), refused: true }
        : { text: words.dateDay, refused: true };
  }
}

export function dateField(ctx: FormContext, path: Path, options: DateFieldOptions): TemplateResult {
  const id = idOf(path);
  const reading = readDateInput(options.shown);
  const said = saying(ctx, reading);
  const helpId = `h-${id}`;
  const saidId = `w-${id}`;
  return html`<div class="field date">
    <label for=${id}>${options.label}</label>
    <p class="help" id=${helpId}>${ctx.words.dateHelp}</p>
    <input
      id=${id}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      ?disabled=${options.disabled === true}
      aria-describedby=${ifDefined(describedBy(ctx, path, helpId, saidId))}
      aria-invalid=${ifDefined(said?.refused ? 'true' : invalid(ctx, path))}
      .value=${live(options.shown)}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value, false)}
      @change=${(event: Event) => options.onInput((event.target as HTMLInputElement).value, true)}
    />
    <p id=${saidId} class=${said?.refused ? 'date-words refused' : 'date-words'} aria-live="polite">${said ? said.text : nothing}</p>
    ${renderMessages(ctx, path)}
  </div>`;
}
