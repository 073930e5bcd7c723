/**
 * `<sla-editor>`: a statement as a form with a live preview, for the agency staff who keep it up
 * to date. Data flows one way: the draft controller holds the statement (the JSON is the truth);
 * each update validates it and renders the form, the summary, the JSON tab, the preview (the real
 * `<sla-statement>`) and the export from it; every input becomes an edit of the draft, which is
 * one undo step, kept in the browser, and never sent anywhere.
 *
 * @element sla-editor
 * @attr lang - Interface language, `fa` (default) or `en`.
 * @attr samples - Address of the folder holding the published samples' texts; without it, no sample picker.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import '../sla-statement.js';
import { formatPath } from '../format/json-path.js';
import type { Problem } from '../format/problem.js';
import type { SectionKind, Statement } from '../format/schema.js';
import { validateStatement, type Validation } from '../format/validate.js';
import { locateJsonPath } from '../importer/json-locator.js';
import { readHtml } from '../importer/html.js';
import { describeImportWarning } from '../wording/import-warnings.js';
import { formatNumberIn } from '../wording/numbers.js';
import { describeProblem } from '../wording/problems.js';
import type { Language } from '../wording/quote.js';
import { STATEMENT_LABELS } from '../wording/statement-labels-by-language.js';
import { DraftController } from './draft-controller.js';
import { editorStyles } from './editor.styles.js';
import { checkDraft, type Check } from './model/checks.js';
import { applyMapping, guessMapping, readClipboardTable } from './model/column-mapping.js';
import { readDateInput } from './model/date-input.js';
import type { Draft, Note } from './model/draft.js';
import { getAt, type Path } from './model/edits.js';
import { embedSnippets, fallbackHtml, SCRIPT_SNIPPET, statementJson, suggestedFileName, type Route } from './model/export.js';
import { fieldOfPath } from './model/field-places.js';
import { blankStatement } from './model/template.js';
import { openFile, openHtml, openText, preloadWordReader, type Opened } from './open-source.js';
import { renderColumnMapper, type PendingPaste } from './render/column-mapper.js';
import { renderExport } from './render/export-panel.js';
import { idOf, type FieldMessages, type FormContext } from './render/fields.js';
import { renderHeaderFields } from './render/header-fields.js';
import { renderJsonPanel } from './render/json-panel.js';
import { renderReview, type ReviewView } from './render/review.js';
import { renderSections } from './render/section-fields.js';
import { renderServicesGrid } from './render/services-grid.js';
import { renderStart } from './render/start-panel.js';
import { WORDS, type Words } from './wording.js';

type Tab = 'form' | 'json';
type PreviewWidth = 'phone' | 'desktop';

/** The preview follows the typing after this pause, so the element does not re-render on every key. */
const PREVIEW_DELAY_MS = 250;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export class SlaEditor extends LitElement {
  static override styles = editorStyles;

  static override properties = {
    interfaceLang: { attribute: 'lang', reflect: true },
    samples: {},
    tab: { state: true },
    previewWidth: { state: true },
    previewData: { state: true },
    startStatus: { state: true },
    exportStatus: { state: true },
    pasteReport: { state: true },
    pending: { state: true },
    sectionsStatus: { state: true },
  };

  /** The `lang` attribute: the interface's language. */
  interfaceLang = '';
  samples: string | undefined;
  private tab: Tab = 'form';
  private previewWidth: PreviewWidth = 'desktop';
  private previewData: unknown = null;
  private startStatus = '';
  private exportStatus = '';
  private pasteReport: string[] = [];
  private pending: PendingPaste | null = null;
  private sectionsStatus = '';

  /** What the date fields show while their typing is not (or not yet) a date the JSON takes. */
  private typedDates: { from?: string; until?: string } = {};
  /** «Until a date» chosen while no date is typed yet: not open-ended, though the JSON has no end. */
  private untilChosen = false;
  private previewTimer: number | undefined;
  /** After an update: the element to focus (a field after a link, a list's button after a move). */
  private focusAfterUpdate: (() => HTMLElement | null) | undefined;

  private validation: Validation = { statement: null, problems: [] };
  private checks: Check[] = [];
  private messagesByField = new Map<string, FieldMessages>();

  private readonly drafts = new DraftController(this, (draft, fromOutside) => this.draftChanged(draft, fromOutside), () => this.language);

  private get language(): Language {
    return this.interfaceLang === 'en' ? 'en' : 'fa';
  }

  private get words(): Words {
    return WORDS[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.interfaceLang) this.interfaceLang = this.drafts.restoredLang ?? (document.documentElement.lang === 'en' ? 'en' : 'fa');
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    window.clearTimeout(this.previewTimer);
  }

  protected override firstUpdated(): void {
    // Ready for the author (and for tests, which wait for this mark).
    this.dataset['ready'] = 'true';
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1000));
    idle(() => preloadWordReader());
  }

  // -------------------------------------------------------------------------------------------
  // The draft

  private draftChanged(draft: Draft, fromOutside: boolean): void {
    this.sectionsStatus = '';
    if (fromOutside) {
      this.typedDates = {};
      this.untilChosen = false;
      this.pending = null;
      this.pasteReport = [];
    }
    window.clearTimeout(this.previewTimer);
    if (this.previewData === null || fromOutside) this.previewData = draft.statement;
    else this.previewTimer = window.setTimeout(() => (this.previewData = this.drafts.draft.statement), PREVIEW_DELAY_MS);
  }

  protected override willUpdate(): void {
    const { statement, notes } = this.drafts.draft;
    this.validation = statement === null ? { statement: null, problems: [] } : validateStatement(statement);
    this.checks = statement === null ? [] : checkDraft(statement);
    const lang = this.language;
    const byField = new Map<string, FieldMessages>();
    const at = (field: Path) => {
      const key = formatPath(field);
      let messages = byField.get(key);
      if (!messages) byField.set(key, (messages = { errors: [], notes: [] }));
      return messages;
    };
    for (const problem of this.validation.problems) at(fieldOfPath(problem.path)).errors.push(describeProblem(problem, lang));
    for (const check of this.checks) at(check.field).errors.push(this.words.checks[check.code]);
    for (const note of notes) if (note.field) at(note.field).notes.push(note);
    this.messagesByField = byField;
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    if (target) {
      target.closest('details')?.setAttribute('open', '');
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    }
  }

  private byId(id: string): HTMLElement | null {
    return this.renderRoot instanceof ShadowRoot ? this.renderRoot.getElementById(id) : null;
  }

  private byFocusKey(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-focus="${key}"]`);
  }

  // -------------------------------------------------------------------------------------------
  // Edits from the form

  private setField(path: Path, value: unknown): void {
    this.drafts.edit({ op: 'set', path, value }, formatPath(path));
  }

  private insertItem(path: Path, index: number, value: unknown): void {
    this.drafts.edit({ op: 'insert', path, index, value });
    // The new item's first field takes the focus.
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`[id^="${idOf([...path, index])}"]`);
  }

  private moveItem(path: Path, from: number, to: number, focus: string): void {
    this.drafts.edit({ op: 'move', path, from, to });
    if (path.length === 1) this.sectionsStatus = this.words.sectionMoved(this.number(to + 1));
    // Focus stays on the moved item's button; at the top or bottom, where that button is disabled, on the other.
    this.focusAfterUpdate = () => {
      const same = this.byFocusKey(`${focus}-${to}`) as HTMLButtonElement | null;
      const other = this.byFocusKey(`${focus.endsWith('-up') ? focus.replace(/-up$/, '-down') : focus.replace(/-down$/, '-up')}-${to}`);
      return same && !same.disabled ? same : other;
    };
  }

  private removeItem(path: Path, index: number, focus?: string): void {
    const items = getAt(this.drafts.draft.statement, path);
    const services = formatPath(path) === 'services.items' && Array.isArray(items) && items.length === 1;
    if (services && getAt(this.drafts.draft.statement, ['services', 'title']) === undefined) {
      // The last service gone: no appendix, rather than an empty one.
      this.drafts.edit({ op: 'set', path: ['services'], value: undefined });
    } else this.drafts.edit({ op: 'remove', path, index });
    if (path.length === 1 && path[0] === 'sections') this.sectionsStatus = this.words.sectionRemoved;
    this.focusAfterUpdate = () => (focus && (this.byFocusKey(`${focus}-${index}`) ?? this.byFocusKey(`${focus}-${index - 1}`))) || null;
  }

  private dismiss(note: Note): void {
    this.drafts.dismiss(note);
  }

  private setValidity(field: 'from' | 'until', value: string | undefined): void {
    const validity = getAt(this.drafts.draft.statement, ['validity']);
    const next: Record<string, unknown> = { ...(isObject(validity) ? validity : {}) };
    if (value === undefined) delete next[field];
    else next[field] = value;
    // An empty validity says «open-ended» to readers: it stays only when that was chosen.
    const keep = Object.keys(next).length > 0 || (this.openEnded && field !== 'until');
    this.drafts.edit({ op: 'set', path: ['validity'], value: keep ? next : undefined }, `validity.${field}`);
  }

  private get openEnded(): boolean {
    const validity = getAt(this.drafts.draft.statement, ['validity']);
    return isObject(validity) && validity['until'] === undefined && !this.untilChosen;
  }

  private onDate(field: 'from' | 'until', typed: string, final: boolean): void {
    this.typedDates = { ...this.typedDates, [field]: typed };
    const reading = readDateInput(typed);
    if (reading.state === 'empty') this.setValidity(field, undefined);
    else if (reading.state === 'valid' && (reading.settled || final)) this.setValidity(field, reading.value);
    else this.requestUpdate();
  }

  private onOpenEnded(open: boolean): void {
    const validity = getAt(this.drafts.draft.statement, ['validity']);
    const rest: Record<string, unknown> = { ...(isObject(validity) ? validity : {}) };
    delete rest['until'];
    if (open) {
      this.untilChosen = false;
      this.typedDates = { ...this.typedDates, until: undefined };
      this.drafts.edit({ op: 'set', path: ['validity'], value: rest });
    } else {
      this.untilChosen = true;
      if (Object.keys(rest).length === 0) this.drafts.edit({ op: 'set', path: ['validity'], value: undefined });
      else this.requestUpdate();
      this.focusAfterUpdate = () => this.byId(idOf(['validity', 'until']));
    }
  }

  /** A date as the field shows it: the author's typing, or the JSON's date in the interface's digits. */
  private shownDate(field: 'from' | 'until'): string {
    const typed = this.typedDates[field];
    if (typed !== undefined) return typed;
    const value = getAt(this.drafts.draft.statement, ['validity', field]);
    if (typeof value !== 'string') return '';
    return this.language === 'fa' ? value.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)]!) : value;
  }

  // -------------------------------------------------------------------------------------------
  // Starting a draft

  private start(opened: Opened): void {
    const { words } = this;
    if ('failure' in opened) {
      this.startStatus = { 'old-word': words.oldWord, 'broken-word': words.brokenWord, 'no-word-reader': words.noWordReader, empty: words.emptySource }[opened.failure];
      return;
    }
    if (opened.kind === 'broken-json') {
      this.drafts.replace({ statement: null, notes: [] });
      this.drafts.setJson(opened.text);
      this.tab = 'json';
      this.startStatus = words.started.json;
      return;
    }
    this.drafts.replace(opened.draft);
    this.tab = 'form';
    this.startStatus = words.started[opened.kind];
  }

  private startBlank(): void {
    this.drafts.replace({ statement: blankStatement(), notes: [] });
    this.tab = 'form';
    this.startStatus = this.words.started.blank;
    this.focusAfterUpdate = () => this.byId(idOf(['title']));
  }

  private onSourcePaste(event: ClipboardEvent): void {
    const area = event.target as HTMLTextAreaElement;
    const whole = area.value.trim() === '' || (area.selectionStart === 0 && area.selectionEnd === area.value.length);
    // A paste into the middle of a text is an edit of it; «Import text» reads the whole.
    if (!whole) return;
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (html === '' && text === '') return;
    event.preventDefault();
    if (html) {
      area.value = text || readHtml(html).map((line) => line.text).join('\n');
      this.start(openHtml(html));
    } else {
      area.value = text;
      this.start(openText(text));
    }
  }

  private async onOpenFile(file: File): Promise<void> {
    if (/\.docx$/i.test(file.name)) this.startStatus = this.words.readingWord;
    this.start(await openFile(file));
  }

  private async onLoadSample(name: string): Promise<void> {
    try {
      const response = await fetch(new URL(`${name}.txt`, new URL(this.samples!, document.baseURI)));
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      const source = this.byId('source') as HTMLTextAreaElement | null;
      if (source) source.value = text;
      this.start(openText(text));
    } catch {
      this.startStatus = this.words.noSample;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Rows pasted into the grid

  private onGridPaste(event: ClipboardEvent): void {
    const data = { html: event.clipboardData?.getData('text/html') ?? '', text: event.clipboardData?.getData('text/plain') ?? '' };
    const table = readClipboardTable(data);
    const intoBox = (event.target as HTMLElement).id === 'paste-rows';
    // One cell pasted into a cell is ordinary typing.
    if (!intoBox && (!table || (table.rows.length === 1 && table.rows[0]!.length === 1))) return;
    event.preventDefault();
    if (!table) {
      this.pasteReport = [this.words.notATable];
      return;
    }
    this.pasteReport = [];
    this.pending = { table, mapping: guessMapping(table) };
    this.focusAfterUpdate = () => this.byId('mapper-heading');
  }

  private applyPaste(replace: boolean): void {
    if (!this.pending) return;
    const { items, warnings } = applyMapping(this.pending.table, this.pending.mapping);
    const current = getAt(this.drafts.draft.statement, ['services', 'items']);
    const before = replace || !Array.isArray(current) ? [] : current;
    this.pending = null;
    this.drafts.edit({ op: 'set', path: ['services', 'items'], value: [...before, ...items] });
    const lang = this.language;
    this.pasteReport = [
      this.words.rowsAdded(this.number(items.length)),
      ...(warnings.length > 0 ? [this.words.pasteWarnings, ...warnings.map((warning) => `${this.words.where.text(this.number(warning.line))}: ${describeImportWarning(warning, lang)}`)] : []),
    ];
    this.focusAfterUpdate = () => this.byId(idOf(['services', 'items', before.length, 'name']));
  }

  // -------------------------------------------------------------------------------------------
  // Going to a field

  private goTo(field: Path, jsonPath?: string): void {
    if (field.length === 0) {
      this.tab = 'json';
      this.focusAfterUpdate = () => {
        const area = this.byId('json') as HTMLTextAreaElement | null;
        if (area && jsonPath !== undefined) {
          const location = locateJsonPath(area.value, jsonPath);
          area.setSelectionRange(location.offset, location.end);
        }
        return area;
      };
    } else {
      this.tab = 'form';
      this.focusAfterUpdate = () => this.byId(idOf(field));
    }
    this.requestUpdate();
  }

  private goToJsonError(): void {
    const area = this.byId('json') as HTMLTextAreaElement | null;
    const error = this.drafts.jsonError;
    if (!area || !error) return;
    area.focus();
    area.setSelectionRange(error.offset, error.offset + 1);
  }

  // -------------------------------------------------------------------------------------------
  // Keyboard

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    // The JSON and the source text keep their own undo, as text areas do.
    if (target?.id === 'json' || target?.id === 'source') return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.drafts.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this.drafts.redo();
    else return;
    event.preventDefault();
  };

  // -------------------------------------------------------------------------------------------
  // Export

  private download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.exportStatus = this.words.downloaded(name);
  }

  private downloadJson(): void {
    const statement = this.drafts.draft.statement;
    if (statement === null) return;
    this.download(suggestedFileName(statement), this.drafts.jsonError ? this.drafts.jsonText : statementJson(statement), 'application/json');
    this.drafts.markExported();
  }

  private async copy(route: Route | 'script'): Promise<void> {
    const statement = this.validation.statement;
    const text = route === 'script' ? SCRIPT_SNIPPET : embedSnippets(statement, suggestedFileName(this.drafts.draft.statement))[route];
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = this.byId(`snippet-${route}`) as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      this.exportStatus = this.words.copyFailed;
      return;
    }
    this.exportStatus = this.words.copied;
    // The inline snippet carries the whole statement: copied, it is as good as downloaded.
    if (route === 'inline') this.drafts.markExported();
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private number(value: number): string {
    return formatNumberIn(this.language, value, false);
  }

  private placeOf(note: Note): string {
    const { where } = this.words;
    const table = /^table (\d+), row (\d+)$/.exec(note.warning.where ?? '');
    if (table) return where.table(this.number(Number(table[1])), this.number(Number(table[2])));
    if (note.warning.where === 'the whole document') return where.document;
    if (note.source === 'docx') return where.paragraph(this.number(note.warning.line));
    return (note.source === 'html' ? where.html : where.text)(this.number(note.warning.line));
  }

  private formContext(): FormContext {
    const lang = this.language;
    return {
      lang,
      words: this.words,
      labels: STATEMENT_LABELS[lang],
      number: (value) => this.number(value),
      messages: (path) => this.messagesByField.get(formatPath(path)),
      describeNote: (note) => describeImportWarning(note.warning, lang),
      set: (path, value) => this.setField(path, value),
      insert: (path, index, value) => this.insertItem(path, index, value),
      remove: (path, index, focus) => this.removeItem(path, index, focus),
      move: (path, from, to, focus) => this.moveItem(path, from, to, focus),
      dismiss: (note) => this.dismiss(note),
    };
  }

  /** The label of a field the editor's checks name, for the summary, where the field is not beside it. */
  private fieldName(field: Path): string {
    const { words } = this;
    const [top, second, third, fourth] = field;
    if (top === 'sections' && typeof second === 'number') return words.sectionLegend(this.number(second + 1), words.sectionTitle);
    if (top === 'services' && typeof third === 'number') {
      return words.cellLabel(STATEMENT_LABELS[this.language].columns[fourth as 'name' | 'id'], this.number(third + 1));
    }
    const names: Record<string, string> = {
      title: words.title,
      'provider.name': words.providerName,
      'service.id': words.serviceId,
      'validity.until': words.validUntil,
    };
    return names[formatPath(field)] ?? formatPath(field);
  }

  private reviewView(): ReviewView {
    const lang = this.language;
    const problem = (item: Problem) => {
      const field = fieldOfPath(item.path);
      return { text: describeProblem(item, lang), target: field.length === 0 ? 'json' : idOf(field), go: () => this.goTo(field, item.path) };
    };
    const check = (item: Check) => ({ text: `${this.fieldName(item.field)}: ${this.words.checks[item.code]}`, target: idOf(item.field), go: () => this.goTo(item.field) });
    const notes = this.drafts.draft.notes;
    return {
      problems: [...this.validation.problems.map(problem), ...this.checks.map(check)],
      warnings: notes.flatMap((note) =>
        note.field ? [{ note, text: `${this.placeOf(note)}: ${describeImportWarning(note.warning, lang)}`, target: idOf(note.field), go: () => this.goTo(note.field!) }] : [],
      ),
      leftOut: notes.flatMap((note) => (note.field ? [] : [{ note, text: describeImportWarning(note.warning, lang), place: this.placeOf(note) }])),
    };
  }

  private renderTabs(): TemplateResult {
    const { words } = this;
    const tab = (id: Tab, label: string) => html`<button
      type="button"
      role="tab"
      id=${`tab-${id}`}
      aria-controls=${`panel-${id}`}
      aria-selected=${this.tab === id ? 'true' : 'false'}
      tabindex=${this.tab === id ? '0' : '-1'}
      @click=${() => (this.tab = id)}
    >
      ${label}
    </button>`;
    const onKey = (event: KeyboardEvent) => {
      // Arrow keys move between the tabs, as the ARIA tabs pattern says.
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      this.tab = this.tab === 'form' ? 'json' : 'form';
      this.focusAfterUpdate = () => this.byId(`tab-${this.tab}`);
    };
    return html`<div role="tablist" aria-label=${words.editorTabs} class="tabs" @keydown=${onKey}>${tab('form', words.formTab)} ${tab('json', words.jsonTab)}</div>`;
  }

  private renderForm(): TemplateResult {
    const { words } = this;
    const statement = this.drafts.draft.statement;
    const ctx = this.formContext();
    const locked = this.drafts.jsonError !== null;
    if (statement === null) return html`<p class="help">${words.startIntro}</p>`;
    if (!isObject(statement)) {
      return html`<p class="error">${words.formUnreadable}</p>
        <button type="button" @click=${() => this.goTo([])}>${words.goToJson}</button>`;
    }
    const mapper = this.pending
      ? renderColumnMapper(ctx, this.pending, {
          change: (mapping) => (this.pending = { ...this.pending!, mapping }),
          apply: (replace) => this.applyPaste(replace),
          cancel: () => (this.pending = null),
        })
      : nothing;
    return html`${locked
        ? html`<p class="error" role="alert">${words.formLocked}</p>
            <button type="button" @click=${() => this.goTo([])}>${words.goToJson}</button>`
        : nothing}
      <form class="form" novalidate ?inert=${locked} @submit=${(event: Event) => event.preventDefault()}>
        ${renderHeaderFields(
          ctx,
          { statement, dates: { from: this.shownDate('from'), until: this.shownDate('until') }, openEnded: this.openEnded },
          {
            date: (field, typed, final) => this.onDate(field, typed, final),
            openEnded: (open) => this.onOpenEnded(open),
            perService: (on) => {
              this.drafts.edit({ op: 'set', path: ['service'], value: on ? {} : undefined });
              if (on) this.focusAfterUpdate = () => this.byId(idOf(['service', 'name']));
            },
          },
        )}
        ${renderSections(ctx, statement['sections'], this.sectionsStatus, {
          drop: (from, to) => this.moveItem(['sections'], from, to, 'section-up'),
          add: (kind: SectionKind) => {
            const index = Array.isArray(statement['sections']) ? statement['sections'].length : 0;
            this.drafts.edit({ op: 'insert', path: ['sections'], index, value: kind === 'other' ? { kind, title: '', content: [] } : { kind, content: [] } });
            this.focusAfterUpdate = () => this.byId(idOf(['sections', index, 'kind']));
          },
        })}
        ${renderServicesGrid(ctx, statement['services'], mapper, {
          paste: (event) => this.onGridPaste(event),
          addRow: () => {
            const items = getAt(statement, ['services', 'items']);
            const index = Array.isArray(items) ? items.length : 0;
            this.drafts.edit({ op: 'set', path: ['services', 'items', index], value: { name: '' } });
            this.focusAfterUpdate = () => this.byId(idOf(['services', 'items', index, 'name']));
          },
        })}
        <div role="status">
          ${this.pasteReport.length > 0
            ? html`<ul class="status paste-report">
                ${this.pasteReport.map((line) => html`<li>${line}</li>`)}
              </ul>`
            : nothing}
        </div>
      </form>`;
  }

  private renderPreview(): TemplateResult {
    const { words } = this;
    const widths: [PreviewWidth, string][] = [
      ['phone', words.phone],
      ['desktop', words.desktop],
    ];
    return html`<section class="panel preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${words.previewHeading}</h2>
      <fieldset class="choice">
        <legend>${words.previewWidth}</legend>
        ${widths.map(
          ([width, label]) => html`<label
            ><input type="radio" name="preview-width" value=${width} .checked=${this.previewWidth === width} @change=${() => (this.previewWidth = width)} /> ${label}</label
          >`,
        )}
      </fieldset>
      ${this.previewData === null
        ? html`<p class="help">${words.previewNone}</p>`
        : html`<div class=${`frame ${this.previewWidth}`}>
            <sla-statement id="preview" lang=${this.language} expanded="all" no-structured-data .data=${this.previewData}></sla-statement>
          </div>`}
    </section>`;
  }

  protected override render(): TemplateResult {
    const { words } = this;
    const lang = this.language;
    const statement = this.drafts.draft.statement;
    const shown = this.validation.statement as Statement | null;
    const fileName = suggestedFileName(statement);
    return html`<div class="editor" lang=${lang} dir=${lang === 'fa' ? 'rtl' : 'ltr'}>
      <header class="bar">
        <h1>${words.editorTitle}</h1>
        <div class="tools">
          <button type="button" id="undo" aria-keyshortcuts="Control+Z" ?disabled=${!this.drafts.canUndo} @click=${() => this.drafts.undo()}>${words.undo}</button>
          <button type="button" id="redo" aria-keyshortcuts="Control+Y" ?disabled=${!this.drafts.canRedo} @click=${() => this.drafts.redo()}>${words.redo}</button>
          <button type="button" id="language" lang=${words.otherLanguageCode} @click=${() => (this.interfaceLang = words.otherLanguageCode)}>${words.otherLanguage}</button>
        </div>
        <p class="help saved">${words.draftSaved} ${this.drafts.exported || !this.drafts.hasContent ? nothing : html`<strong>${words.notExported}</strong>`}</p>
      </header>
      ${renderStart(words, this.startStatus, statement === null, this.samples !== undefined, {
        blank: () => this.startBlank(),
        paste: (event) => this.onSourcePaste(event),
        importText: (text) => this.start(openText(text)),
        openFile: (file) => void this.onOpenFile(file),
        loadSample: (name) => void this.onLoadSample(name),
      })}
      ${statement === null && this.drafts.jsonError === null ? nothing : renderReview(words, (value) => this.number(value), this.reviewView(), (note) => this.dismiss(note))}
      <div class="workspace">
        <div class="panel edit">
          ${this.renderTabs()}
          <div role="tabpanel" id="panel-form" aria-labelledby="tab-form" ?hidden=${this.tab !== 'form'}>${this.renderForm()}</div>
          <div role="tabpanel" id="panel-json" aria-labelledby="tab-json" ?hidden=${this.tab !== 'json'}>
            ${renderJsonPanel(
              words,
              {
                text: this.drafts.jsonText,
                error: this.drafts.jsonError && { line: this.number(this.drafts.jsonError.line), column: this.number(this.drafts.jsonError.column), detail: this.drafts.jsonError.detail },
              },
              { input: (text) => this.drafts.setJson(text), goToError: () => this.goToJsonError() },
            )}
          </div>
        </div>
        ${this.renderPreview()}
      </div>
      ${statement === null
        ? nothing
        : renderExport(
            words,
            {
              fileName,
              fallbackName: suggestedFileName(statement, 'html'),
              snippets: embedSnippets(shown, fileName),
              hasProblems: this.validation.problems.length > 0,
              status: this.exportStatus,
            },
            {
              downloadJson: () => this.downloadJson(),
              downloadFallback: () => shown && this.download(suggestedFileName(statement, 'html'), fallbackHtml(shown), 'text/html'),
              copy: (route) => void this.copy(route),
            },
          )}
    </div>`;
  }
}
