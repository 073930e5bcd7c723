import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Problem } from './format/problem.js';
import type { Statement } from './format/schema.js';
import { sectionAnchors } from './format/section-anchors.js';
import { directionOf } from './text/direction.js';
import { resolveLanguage } from './wording/language.js';
import type { LoadFailure } from './internal/load-failure.js';
import { getLocale, setLocale } from './internal/localization.js';
import { failureMessage, labels, problemMessage, ui } from './internal/messages.js';
import { renderHeader } from './internal/render/header.js';
import { renderSection } from './internal/render/section.js';
import { renderServices } from './internal/render/service-table.js';
import { paging } from './internal/paging.js';
import { ServiceView } from './internal/service-view.js';
import { renderFailure, renderLoading, renderNotice } from './internal/render/states.js';
import { READER_ACTION, report, type ReaderActionEvent } from './internal/render/reader-action.js';
import { SectionDisclosure, type ExpandedDefault } from './internal/section-disclosure.js';
import { preparePrinting, PrintSheet } from './internal/print-sheet.js';
import { StagedPaint } from './internal/staged-paint.js';
import { requestIdle } from './internal/idle.js';
import { StatementLoader, type LoadState } from './internal/statement-loader.js';
import { StructuredData } from './internal/structured-data.js';
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

/** Where the element is: getting the statement, showing it, or showing why it cannot. */
export type SlaState = 'loading' | 'ready' | 'failed';

/** What `whenReady()` rejects with: the error's message is the one the element shows. */
export interface SlaError extends Error {
  detail: SlaErrorDetail;
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
 * @slot - The fallback: what the page put inside the element (a link to the JSON, or the whole
 *   statement as `sla-statement render` writes it) stays on screen until the statement is shown,
 *   then the statement takes its place; it stays beside the error when loading fails. A
 *   `<script type="application/json">` child holding the statement is data, not fallback.
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
 * @csspart find-note - Above 2,000 matches: find-in-page sees only the page on screen, and the search box is the way to search all.
 * @csspart pager - Previous / next page controls.
 * @csspart show-all - Shows every page at once, or page by page again (up to 2,000 matches).
 * @csspart loading - The loading placeholder, shown while loading when there is no fallback.
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

  readonly #loader = new StatementLoader(this);
  readonly #paint = new StagedPaint(this);
  readonly #disclosure = new SectionDisclosure(this);
  readonly #structuredData = new StructuredData(this);
  readonly #serviceView = new ServiceView(this, () => Math.max(1, Math.floor(this.pageSize) || 20));
  readonly #printSheet = new PrintSheet(this);
  /** The loader's state that `anchors` and the controllers were last given (see derive). */
  #derivedFrom: LoadState | undefined;
  #anchors: string[] = [];
  #pendingLocale: Promise<void> | undefined;
  /** Whether the page put content to show inside the element (see onSlotChange). */
  #hasFallback = false;
  /** The outcome announced last: the loader's state it was of, and the event's detail. */
  #outcome: { of: LoadState; detail: SlaLoadDetail | SlaErrorDetail } | undefined;
  /** Wakes the `whenReady()` calls made while loading. */
  #waiting: (() => void)[] = [];
  #wantedLocale: string | undefined;

  /**
   * `lang` is observed but not declared as a property: HTMLElement's own `lang` stays, so
   * `element.lang = 'en'` and `setAttribute('lang', 'en')` both reach the attribute, and a change
   * on a shown element re-renders it in the new language.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Loads the statement again from its source, past any cached copy, as the retry button does. */
  reload(): void {
    this.#loader.load({ retry: true });
  }

  /**
   * `loading` until the statement is shown (`ready`, when `sla-load` fires) or cannot be
   * (`failed`, when `sla-error` fires); `loading` again while a new `src` or `data` loads.
   */
  get state(): SlaState {
    const outcome = this.#outcome;
    return outcome?.of === this.#loader.state ? outcome.of.status as SlaState : 'loading';
  }

  /**
   * Settles with the outcome of the current load, or at once with the last one when nothing is
   * loading: resolves with `sla-load`'s detail once the statement is shown, rejects with an
   * `SlaError` carrying `sla-error`'s detail when it cannot be. A script that runs after an
   * inline statement was shown still learns of it, where it would have missed the event.
   */
  async whenReady(): Promise<SlaLoadDetail> {
    // A `src` or `data` set just before starts its load at the next update: wait for that load.
    await this.updateComplete;
    if (this.state === 'loading') await new Promise<void>((settle) => this.#waiting.push(settle));
    const { detail } = this.#outcome!;
    if ('statement' in detail) return detail;
    throw Object.assign(new Error(detail.message), { detail });
  }

  /** The reader's actions, reported by the render functions (render/reader-action.ts), each to its controller. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener(READER_ACTION, (event) => this.#act(event as ReaderActionEvent));
    return root;
  }

  /** The inputs decide the loader's state; a new state decides what follows from it (README: Data flow). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loader.follow();
    const { state } = this.#loader;
    if (state !== this.#derivedFrom) this.#derive(state);
    else if (changed.has('expanded') && state.status === 'ready') this.#disclosure.reset(this.#anchors, this.expanded);
    this.#syncLocale();
  }

  /** What follows from a new state, once per state: anchors, open sections, services, print names. */
  #derive(state: LoadState): void {
    this.#derivedFrom = state;
    const statement = state.status === 'ready' ? state.statement : undefined;
    if (statement) {
      this.#anchors = sectionAnchors(statement.sections);
      this.#disclosure.reset(this.#anchors, this.expanded);
      this.#serviceView.show(statement.services?.items ?? []);
      this.#paint.begin();
    }
    this.#printSheet.statement = statement;
    this.#structuredData.show(null);
  }

  /** Once the DOM shows an outcome (the whole statement, or the failure), it is announced. */
  protected override updated(): void {
    const { state } = this.#loader;
    if (state.status === 'loading' || this.#outcome?.of === state || this.#pendingLocale) return;
    if (state.status === 'ready' && !this.#paint.shown) return;
    this.#announce(state);
  }

  /**
   * Sets the page's interface language when this element's own choice changes, and only then:
   * two elements that want different languages must not keep switching it back and forth
   * (each switch re-renders every element).
   */
  #syncLocale(): void {
    // An element taken out of the page may still finish an update; it must not set the page's language.
    if (!this.isConnected) return;
    const { state } = this.#loader;
    const wanted = resolveLanguage(
      this.getAttribute('lang'),
      this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      state.status === 'ready' ? state.statement.lang : undefined,
    );
    if (wanted === this.#wantedLocale) return;
    this.#wantedLocale = wanted;
    if (wanted === getLocale()) return;
    // A language that cannot be loaded leaves the one shown (see localization.ts).
    const pending = setLocale(wanted).catch(() => undefined).finally(() => {
      if (this.#pendingLocale !== pending) return;
      this.#pendingLocale = undefined;
      this.requestUpdate();
    });
    this.#pendingLocale = pending;
  }

  /**
   * Resolves once rendering has caught up, including a change of interface language, the later
   * stages of the first statement's paint, a search waiting for its module and a sort being made.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (;;) {
      const pending = this.#pendingLocale ?? this.#paint.painting ?? this.#serviceView.pending;
      if (!pending) return complete;
      await pending;
      complete = await super.getUpdateComplete();
    }
  }

  /** The print button: every row rendered first, then this statement printed without the rest of the page. */
  async #print(): Promise<void> {
    this.#serviceView.printEveryRow(true);
    this.requestUpdate();
    await this.updateComplete;
    if (await this.#printSheet.printAlone()) return;
    this.#serviceView.printEveryRow(false);
    this.requestUpdate();
  }

  /** The one place where a reader's action reaches the controller it concerns. */
  #act({ action }: ReaderActionEvent): void {
    const disclosure = this.#disclosure;
    const serviceView = this.#serviceView;
    switch (action.type) {
      case 'print': return void this.#print();
      case 'retry': return this.reload();
      case 'toggle-all': return disclosure.toggleAll();
      case 'toggle-section': return disclosure.toggle(action.anchor);
      case 'section-found': return disclosure.setOpen(action.anchor, true);
      case 'search-focus': return serviceView.fetchSearch();
      case 'search': return serviceView.search(action.text);
      case 'unit': return serviceView.filterUnit(action.unit);
      case 'sort': return serviceView.sortBy(action.column);
      case 'page': return serviceView.goToPage(action.page);
      case 'show-all': return serviceView.showAll(action.all);
      case 'service-found': return serviceView.found(action.position);
    }
  }

  /**
   * Tells the page: `sla-load` or `sla-error`, and wakes `whenReady()`. Then what a shown
   * statement does not need to be seen starts when the browser is idle: its JSON-LD, the print
   * rules, and for a long list of services the search's module (fetched on demand, see
   * on-demand.ts).
   */
  #announce(state: Exclude<LoadState, { status: 'loading' }>): void {
    const messages = state.problems.map(problemMessage);
    if (messages.length > 0) console.warn('<sla-statement>', messages.join('\n'));
    const { problems } = state;
    const init = { bubbles: true, composed: true };
    const event = state.status === 'ready'
      ? new CustomEvent<SlaLoadDetail>('sla-load', { ...init, detail: { statement: state.statement, problems, messages } })
      : new CustomEvent<SlaErrorDetail>('sla-error', { ...init, detail: { failure: state.failure, problems, message: failureMessage(state.failure), messages } });
    this.#outcome = { of: state, detail: event.detail };
    this.dispatchEvent(event);
    for (const settle of this.#waiting.splice(0)) settle();
    if (state.status !== 'ready') return;
    if (!this.noStructuredData) this.#structuredData.show(state.statement);
    requestIdle(() => void preparePrinting());
    this.#serviceView.fetchSearchWhenIdle();
  }

  /**
   * One template for every state, so the fallback's slot stays the same node from the first
   * render until the statement is shown: moving it would lay the page's fallback out again.
   */
  protected override render(): TemplateResult {
    const { state } = this.#loader;
    const dir = directionOf(getLocale());
    const shown = state.status === 'ready' && this.#paint.shown;
    return html`${state.status === 'failed'
        ? html`<div class="frame" dir=${dir}>${renderFailure(state.failure)}</div>`
        : nothing}
      ${shown ? nothing : html`<slot @slotchange=${this.#onSlotChange}></slot>`}
      ${shown || this.#hasFallback || state.status === 'failed'
        ? nothing
        : html`<div class="frame" dir=${dir} aria-busy="true">${renderLoading()}</div>`}
      <div class=${shown ? '' : 'staged'}>${state.status === 'ready' ? this.#renderStatement(state.statement, state.problems) : nothing}</div>`;
  }

  /**
   * The fallback counts when it has something to read: text, or an element other than the
   * inline JSON's script (whitespace and a lone script leave the placeholder in its place).
   */
  #onSlotChange(event: Event): void {
    const hasFallback = (event.target as HTMLSlotElement).assignedNodes().some((node) =>
      node instanceof Element ? !node.matches('script,style,template,link') : !!node.textContent?.trim(),
    );
    if (hasFallback !== this.#hasFallback) {
      this.#hasFallback = hasFallback;
      this.requestUpdate();
    }
  }

  #renderStatement(statement: Statement, problems: Problem[]): TemplateResult {
    const lang = statement.lang ?? 'fa';
    const disclosure = this.#disclosure;
    return html`<article class="frame statement" part="statement" lang=${lang} dir=${statement.dir ?? directionOf(lang)}>
      ${renderHeader(statement)}
      ${renderNotice(problems)}
      ${statement.sections.length > 0
        ? html`<div class="sections" part="sections" role="group" aria-label=${ui.sectionsLabel()}>
            <div class="sections-controls">
              <button type="button" part="toggle-all" class="toggle-all" aria-expanded=${disclosure.allOpen ? 'true' : 'false'} @click=${report({ type: 'toggle-all' })}>
                ${disclosure.allOpen ? ui.hideAll() : ui.showAll()}
              </button>
            </div>
            ${statement.sections.map((section, index) => {
              const anchor = this.#anchors[index]!;
              return renderSection({ section, anchor, open: disclosure.isOpen(anchor) });
            })}
          </div>`
        : nothing}
      ${statement.services && this.#paint.stage !== 'sections' ? this.#renderServices(statement.services.title ?? labels().servicesTitle) : nothing}
    </article>`;
  }

  /** The appendix, and for a table of pages the parts the paging module renders. */
  #renderServices(title: string): TemplateResult | typeof nothing {
    const { table } = this.#serviceView;
    if (!table || table.items.length === 0) return nothing;
    const withRows = this.#paint.shown;
    const pageParts = table.pages && paging.loaded?.renderPageParts(table, table.pages, withRows);
    return renderServices(title, table, withRows, pageParts);
  }
}
