import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../format/problem.js';
import { isRetryable, type LoadFailure } from '../load-failure.js';
import { formatNumber } from '../localization.js';
import { failureMessage, problemMessage, reportUi, ui } from '../messages.js';
import { report } from './reader-action.js';

/** Problems listed before «and N more», which opens the rest: enough to act on, few enough to read. */
const LISTED_PROBLEMS = 5;

/** Skeleton lines of fixed height, so the box does not jump while it waits. */
export function renderLoading(): TemplateResult {
  return html`<div class="loading" part="loading">
    <p class="loading-text">${ui.loading()}</p>
    <div class="skeleton" aria-hidden="true">
      <span></span><span></span><span></span><span></span><span></span>
    </div>
  </div>`;
}

export function renderFailure(failure: LoadFailure): TemplateResult {
  const problems = failure.kind === 'invalid' ? failure.problems : [];
  return html`<div class="failure" part="error" role="alert">
    <p class="failure-title"><strong>${ui.errorTitle()}</strong></p>
    <p>${failureMessage(failure)}</p>
    ${renderProblemList(problems)}
    ${isRetryable(failure)
      ? html`<button type="button" part="retry" class="retry" @click=${report({ type: 'retry' })}>${ui.retry()}</button>`
      : nothing}
  </div>`;
}

/** Local problems: the statement is shown, and this says what was left out and where. */
export function renderNotice(problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const title = reportUi()?.noticeTitle();
  return html`<div class="notice" part="notice" role="status">
    ${title ? html`<p>${title}</p>` : nothing}
    ${renderProblemList(problems)}
  </div>`;
}

function renderProblemList(problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const item = (problem: Problem) => html`<li>${problemMessage(problem)}</li>`;
  const rest = problems.slice(LISTED_PROBLEMS);
  return html`<ul class="problems">${problems.slice(0, LISTED_PROBLEMS).map(item)}</ul>
    ${rest.length > 0
      ? html`<details class="more-problems">
          <summary>${reportUi()?.moreProblems(formatNumber(rest.length)) ?? `+${formatNumber(rest.length)}`}</summary>
          <ul class="problems">${rest.map(item)}</ul>
        </details>`
      : nothing}`;
}
