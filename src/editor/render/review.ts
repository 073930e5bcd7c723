/**
 * The summary at the top: every problem and every import warning still to check, each a link to
 * its field, and the lines the import left out, with their place in the source.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Note } from '../model/draft.js';
import type { Words } from '../wording.js';

export interface ReviewEntry {
  text: string;
  /** The id of the field it is about, for the link. */
  target: string;
  go: () => void;
}

export interface ReviewView {
  problems: ReviewEntry[];
  warnings: (ReviewEntry & { note: Note })[];
  leftOut: { note: Note; text: string; place: string }[];
}

const link = (entry: ReviewEntry) =>
  html`<a
    href=${`#${entry.target}`}
    @click=${(event: Event) => {
      event.preventDefault();
      entry.go();
    }}
    >${entry.text}</a
  >`;

export function renderReview(words: Words, number: (value: number) => string, view: ReviewView, dismiss: (note: Note) => void): TemplateResult {
  return html`<section class="panel review" aria-labelledby="review-heading">
    <h2 id="review-heading">${words.reviewHeading}</h2>
    <h3 id="problems-heading">${words.problemsHeading}</h3>
    <p id="problems-summary" role="status">${view.problems.length === 0 ? words.noProblems : words.problemCount(number(view.problems.length))}</p>
    ${view.problems.length === 0
      ? nothing
      : html`<ul class="findings" id="problems" aria-labelledby="problems-heading">
          ${view.problems.map((entry) => html`<li>${link(entry)}</li>`)}
        </ul>`}
    ${view.warnings.length === 0
      ? nothing
      : html`<h3 id="warnings-heading">${words.warningsHeading}</h3>
          <p class="help">${words.warningCount(number(view.warnings.length))}</p>
          <ul class="findings" id="warnings" aria-labelledby="warnings-heading">
            ${view.warnings.map(
              (entry) => html`<li>
                ${link(entry)}
                <button type="button" class="small" aria-label=${words.checkedLabel(entry.text)} @click=${() => dismiss(entry.note)}>${words.checked}</button>
              </li>`,
            )}
          </ul>`}
    ${view.leftOut.length === 0
      ? nothing
      : html`<h3 id="left-out-heading">${words.leftOutHeading}</h3>
          <p class="help">${words.leftOutIntro}</p>
          <ul class="findings" id="left-out" aria-labelledby="left-out-heading">
            ${view.leftOut.map(
              (entry) => html`<li>
                <span class="place">${entry.place}:</span> ${entry.text}
                <button type="button" class="small" aria-label=${words.checkedLabel(entry.text)} @click=${() => dismiss(entry.note)}>${words.checked}</button>
              </li>`,
            )}
          </ul>`}
  </section>`;
}
