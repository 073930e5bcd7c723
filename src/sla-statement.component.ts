import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Problem } from './format/problem.js';
import type { Statement } from './format/schema.js';
import { sectionAnchors } from './format/section-anchors.js';
import { directionOf } from './text/direction.js';
import { resolveLanguage } from './wording/language.js';
import type { LoadFailure } from './internal/load-failure.js';
import { getLocale, setLocale } from './internal/localization.js';
import { failureMessage, problemMessage, ui } from './internal/messages.js';
import { renderHeader } from './internal/render/header.js';
import { renderSection } from './internal/render/section.js';
import { renderServices } from './internal/render/service-table.js';
import { ServiceView } from './internal/service-view.js';
import { renderFailure, renderLoading, renderNotice } from './internal/render/states.js';
import { SectionDisclosure, type ExpandedDefault } from './internal/section-disclosure.js';
import { PrintSheet } from './internal/print-sheet.js';
import { StatementLoader, type LoadState } from './internal/statement-loader.js';
import { StructuredData } from './internal/structured-data.js';
import { afterNextPaint } from './internal/yield-to-main.js';
import { styles } from './sla-statement.styles.js';

export interface SlaLoadDetail {
  statement: Statement;
  /** Local problems: pieces of the document that were left out, with their paths. */
  problems: Problem[];
  /** The same problems worded in the interface language. */
  messages: string[];
}

export interface SlaErrorDetail {
  failure: LoadFailure;
  problems: Problem[];
  /** What went wrong, in the interface language, as the element shows it. */
  message: string;
  messages: string[];
}

/**
 * Renders an agency's Service Level Agreement statement (توافقنامه سطح خدمت) from one JSON file.
 *
 * @element sla-statement
 *
 * @attr src - URL of the statement JSON (same-origin or CORS-enabled).
 * @attr expanded - Which sections start open: `first` (default), `all` or `none`.
 * @attr timeout - Milliseconds before a request that has not answered fails (default 15000).
 * @attr page-size - Services per page of the table (default 20).
 * @attr no-structured-data - Do not add schema.org JSON-LD for the provider and services to the page.
 * @attr lang - Interface language (`fa` or `en`); else the page's, else the statement's.
 *
 * @fires sla-load - The statement is shown. `detail`: `{ statement, problems, messages }`.
 * @fires sla-error - The statement cannot be shown. `detail`: `{ failure, problems, message, messages }`.
 *
 * @slot - Nothing is slotted: light-DOM children are a `<script type="application/json">` holding the
 *   statement and fallback content (a link to the JSON, a short text) that stays visible until the
 *   element upgrades, and when scripts are blocked.
 *
 * @csspart statement - The whole statement (`<article>`).
 * @csspart header - Title, provider, service and validity.
 * @csspart title - The statement's title.
 * @csspart print - The print button, which prints this statement alone.
 * @csspart provider - The provider's name, linked to its portal.
 * @csspart validity - The validity line.
 * @csspart expired - The «منقضی شده» mark.
 * @csspart notice - The list of local problems left out of the statement.
 * @csspart sections - The group of sections.
 * @csspart toggle-all - The show all / hide all button.
 * @csspart section - One section.
 * @csspart section-heading - A section's heading.
 * @csspart section-button - The button inside a section's heading.
 * @csspart section-body - A section's content panel.
 * @csspart link - A link found in the statement's text.
 * @csspart services - The appendix of services: heading, tools, table and pages.
 * @csspart services-title - The appendix's heading.
 * @csspart service-controls - Search box and unit filter.
 * @csspart search - The search box.
 * @csspart unit-filter - The unit filter.
 * @csspart match-count - How many services match (a polite live region).
 * @csspart table-scroll - The table's scrolling region.
 * @csspart table - The table of services.
 * @csspart no-matches - The message shown when no service matches.
 * @csspart pager - Previous / next page controls.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message (role="alert").
 * @csspart retry - The retry button.
 *
 * @cssprop --sla-font-family - Font of the whole element (default: inherited from the page).
 * @cssprop --sla-font-size - Base font size (default 1rem).
 * @cssprop --sla-color-text - Text colour.
 * @cssprop --sla-color-muted - Secondary text, labels.
 * @cssprop --sla-color-background - Background.
 * @cssprop --sla-color-surface - Table header, placeholders and message boxes.
 * @cssprop --sla-color-border - Rules between sections and rows.
 * @cssprop --sla-color-accent - Links, buttons, icons.
 * @cssprop --sla-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --sla-color-focus - Focus outline.
 * @cssprop --sla-color-danger - Errors and the expired mark.
 * @cssprop --sla-color-notice - Background of the local-problems notice.
 * @cssprop --sla-color-notice-border - Edge of the local-problems notice.
 * @cssprop --sla-space - Base spacing unit (default 1rem).
 * @cssprop --sla-radius - Corner radius (default 0.375rem).
 */
export class SlaStatement extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators, whose helpers cost 0.4 KB gzip in the bundle.
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    expanded: { reflect: true },
    timeout: { type: Number },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /** URL of the statement JSON. */
  src: string | undefined;

  /** The statement as an object; takes precedence over `src` and inline JSON. */
  data: unknown;

  expanded: ExpandedDefault = 'first';

  timeout = 15_000;

  /** Leaves the schema.org JSON-LD out of the page. */
  noStructuredData = false;

  /**
   * Services shown per page of the table. 20 keeps a keystroke's new rows within one frame: laying
   * out fresh Persian text is most of a keystroke's cost. With the benchmark's 9 columns at 20,000
   * services, the worst keystroke took 10-20 ms (median of runs 11) with 20 rows, 12-22 ms (17)
   * with 25, and ~17 ms with 50 before other savings.
   */
  pageSize = 20;

  private readonly loader = new StatementLoader(this, (state) => this.announce(state));
  private readonly disclosure = new SectionDisclosure(this);
  private readonly structuredData = new StructuredData(this);
  private readonly serviceView = new ServiceView(this, () => Math.max(1, Math.floor(this.pageSize) || 20));
  private readonly printSheet = new PrintSheet(this, () => {
    const { state } = this.loader;
    return state.status === 'ready' ? state.statement : undefined;
  });
  private anchors: string[] = [];
  private pendingLocale: Promise<void> | undefined;
  /**
   * How much of the first statement is painted yet. The element's first statement is painted over
   * three frames: the header and sections, then the services' tools and table head, then the
   * rows. Nothing is warm then (templates, fonts, line breaking), laying out fresh Persian text is
   * the dearest part of it, and all of it in one frame made a long task (over 50 ms on the
   * benchmark's machine). A statement that replaces another is painted at once. Undefined until
   * the first statement is shown.
   */
  private paintStage: 'sections' | 'services' | 'rows' | undefined;
  /** Set until the last stage is painted. */
  private painting: Promise<void> | undefined;
  private wantedLocale: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Loads the statement again from its source, past any cached copy, as the retry button does. */
  reload(): void {
    this.loader.load({ retry: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expanded') && this.loader.state.status === 'ready') {
      this.disclosure.reset(this.anchors, this.expanded);
    }
    this.syncLocale();
  }

  /**
   * Sets the page's interface language when this element's own choice changes, and only then:
   * two elements that want different languages must not keep switching it back and forth
   * (each switch re-renders every element).
   */
  private syncLocale(): void {
    const { state } = this.loader;
    const wanted = resolveLanguage(
      this.getAttribute('lang'),
      this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      state.status === 'ready' ? state.statement.lang : undefined,
    );
    if (wanted === this.wantedLocale) return;
    this.wantedLocale = wanted;
    if (wanted !== getLocale()) this.pendingLocale = setLocale(wanted);
  }

  /**
   * Resolves once rendering has caught up, including a change of interface language and the
   * later stages of the first statement's paint.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (;;) {
      const pending = this.pendingLocale ?? this.painting;
      if (!pending) return complete;
      await pending;
      if (this.pendingLocale === pending) this.pendingLocale = undefined;
      if (this.painting === pending) this.painting = undefined;
      complete = await super.getUpdateComplete();
    }
  }

  /** The print button: every row rendered first, then this statement printed without the rest of the page. */
  private async print(): Promise<void> {
    this.serviceView.printing = true;
    this.requestUpdate();
    await this.updateComplete;
    if (this.printSheet.printAlone()) return;
    this.serviceView.printing = false;
    this.requestUpdate();
  }

  /** The later stages of the first statement's paint, each once the one before is painted. */
  private async paintLaterStages(state: LoadState): Promise<void> {
    for (const stage of ['services', 'rows'] as const) {
      await afterNextPaint();
      if (this.loader.state !== state) return;
      this.paintStage = stage;
      this.requestUpdate();
    }
  }

  private announce(state: Exclude<LoadState, { status: 'loading' }>): void {
    // Reset sections before the events fire, so listeners see the rendered statement.
    if (state.status === 'ready') {
      this.anchors = sectionAnchors(state.statement.sections);
      this.disclosure.reset(this.anchors, this.expanded);
      this.serviceView.show(state.statement.services?.items ?? []);
      if (this.paintStage === undefined) {
        this.paintStage = 'sections';
        this.painting = this.paintLaterStages(state);
      }
    }
    this.structuredData.show(state.status === 'ready' && !this.noStructuredData ? state.statement : null);
    void this.updateComplete.then(() => {
      if (state !== this.loader.state) return;
      const messages = state.problems.map(problemMessage);
      if (messages.length > 0) console.warn('<sla-statement>', messages.join('\n'));
      const { problems } = state;
      const event = <T>(detail: T) => ({ detail, bubbles: true, composed: true });
      if (state.status === 'ready') {
        this.dispatchEvent(new CustomEvent<SlaLoadDetail>('sla-load', event({ statement: state.statement, problems, messages })));
      } else {
        const message = failureMessage(state.failure);
        this.dispatchEvent(new CustomEvent<SlaErrorDetail>('sla-error', event({ failure: state.failure, problems, message, messages })));
      }
    });
  }

  protected override render(): TemplateResult {
    const { state } = this.loader;
    const dir = directionOf(getLocale());
    switch (state.status) {
      case 'loading':
        return html`<div class="frame" dir=${dir} aria-busy="true">${renderLoading()}</div>`;
      case 'failed':
        return html`<div class="frame" dir=${dir}>${renderFailure(state.failure, () => this.reload())}</div>`;
      case 'ready':
        return this.renderStatement(state.statement, state.problems);
    }
  }

  private renderStatement(statement: Statement, problems: Problem[]): TemplateResult {
    const lang = statement.lang ?? 'fa';
    const { disclosure } = this;
    return html`<article class="frame statement" part="statement" lang=${lang} dir=${statement.dir ?? directionOf(lang)}>
      ${renderHeader(statement, () => void this.print())}
      ${renderNotice(problems)}
      ${statement.sections.length > 0
        ? html`<div class="sections" part="sections" role="group" aria-label=${ui.sectionsLabel()}>
            <div class="sections-controls">
              <button type="button" part="toggle-all" class="toggle-all" aria-expanded=${disclosure.allOpen ? 'true' : 'false'} @click=${() => disclosure.toggleAll()}>
                ${disclosure.allOpen ? ui.hideAll() : ui.showAll()}
              </button>
            </div>
            ${statement.sections.map((section, index) => {
              const anchor = this.anchors[index]!;
              return renderSection({
                section,
                anchor,
                open: disclosure.isOpen(anchor),
                onToggle: () => disclosure.toggle(anchor),
                onFound: () => disclosure.setOpen(anchor, true),
              });
            })}
          </div>`
        : nothing}
      ${statement.services && statement.services.items.length > 0 && this.paintStage !== 'sections'
        ? renderServices(statement.services, this.serviceView, this.paintStage === 'rows')
        : nothing}
    </article>`;
  }
}
