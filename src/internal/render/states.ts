import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../format/problem.js';
import { isRetryable, type LoadFailure } from '../load-failure.js';
import { formatNumber } from '../localization.js';
import { failureMessage, problemMessage, ui } from '../messages.js';

/** How many problems are listed before «and N more»: enough to fix, few enough to read. */
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

export function renderFailure(failure: LoadFailure, onRetry: () => void): TemplateResult {
  const problems = failure.kind === 'invalid' ? failure.problems : [];
  return html`<div class="failure" part="error" role="alert">
    <p class="failure-title"><strong>${ui.errorTitle()}</strong></p>
    <p>${failureMessage(failure)}</p>
    ${renderProblemList(problems)}
    ${isRetryable(failure)
      ? html`<button type="button" part="retry" class="retry" @click=${onRetry}>${ui.retry()}</button>`
      : nothing}
  </div>`;
}

/** Local problems: the statement is shown, and this says what was left out and where. */
export function renderNotice(problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div class="notice" part="notice" role="status">
    <p>${ui.noticeTitle()}</p>
    ${renderProblemList(problems)}
  </div>`;
}

function renderProblemList(problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const rest = problems.length - LISTED_PROBLEMS;
  return html`<ul class="problems">
    ${problems.slice(0, LISTED_PROBLEMS).map((problem) => html`<li>${problemMessage(problem)}</li>`)}
    ${rest > 0 ? html`<li>${ui.moreProblems(formatNumber(rest))}</li>` : nothing}
  </ul>`;
}
