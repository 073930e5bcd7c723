/**
 * Publishing: the JSON file to download (named after the provider), and the four routes onto a
 * page, each with its snippet, a line saying where it works, and a copy button; the fallback
 * route's HTML can be downloaded as a file too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ROUTES, SCRIPT_SNIPPET, type Route } from '../model/export.js';
import type { Words } from '../wording.js';

export interface ExportView {
  fileName: string;
  fallbackName: string;
  snippets: Record<Route, string | null>;
  hasProblems: boolean;
  status: string;
}

export interface ExportActions {
  downloadJson: () => void;
  downloadFallback: () => void;
  copy: (route: Route | 'script') => void;
}

export function renderExport(words: Words, view: ExportView, actions: ExportActions): TemplateResult {
  return html`<section class="panel export" aria-labelledby="export-heading">
    <h2 id="export-heading">${words.exportHeading}</h2>
    <p class="help">${words.exportIntro}</p>
    ${view.hasProblems ? html`<p class="error">${words.exportHasProblems}</p>` : nothing}
    <div class="actions">
      <button type="button" id="download-json" @click=${actions.downloadJson}>${words.downloadJson(view.fileName)}</button>
    </div>
    <div class="route">
      <h3 id="route-script">${words.scriptHeading}</h3>
      <p class="help" id="route-script-where">${words.scriptWhere}</p>
      <textarea id="snippet-script" class="snippet" dir="ltr" rows="1" readonly spellcheck="false" aria-labelledby="route-script" aria-describedby="route-script-where" .value=${SCRIPT_SNIPPET}></textarea>
      <div class="actions">
        <button type="button" id="copy-script" aria-label=${words.copyRoute(words.scriptHeading)} @click=${() => actions.copy('script')}>${words.copy}</button>
      </div>
    </div>
    <ol class="routes">
      ${ROUTES.map((route) => {
        const snippet = view.snippets[route];
        return html`<li class="route">
          <h3 id=${`route-${route}`}>${words.routes[route]}</h3>
          <p class="help" id=${`route-${route}-where`}>${words.routeWhere[route]}</p>
          ${snippet === null
            ? html`<p class="help">${words.notYet}</p>`
            : html`<textarea
                  id=${`snippet-${route}`}
                  class="snippet"
                  dir="ltr"
                  rows=${Math.min(8, snippet.split('\n').length)}
                  readonly
                  spellcheck="false"
                  aria-labelledby=${`route-${route}`}
                  aria-describedby=${`route-${route}-where`}
                  .value=${snippet}
                ></textarea>
                <div class="actions">
                  <button type="button" id=${`copy-${route}`} aria-label=${words.copyRoute(words.routes[route])} @click=${() => actions.copy(route)}>${words.copy}</button>
                  ${route === 'fallback'
                    ? html`<button type="button" id="download-fallback" class="secondary" @click=${actions.downloadFallback}>${words.downloadFallback(view.fallbackName)}</button>`
                    : nothing}
                </div>`}
        </li>`;
      })}
    </ol>
    <p class="status" id="export-status" role="status">${view.status}</p>
  </section>`;
}
