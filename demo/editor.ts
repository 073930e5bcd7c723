/**
 * The authoring page: a published text statement (pasted, opened or a sample) is imported into
 * JSON; the JSON is edited with a live <sla-statement> preview and the list of problems beside
 * it; clicking a problem puts the cursor on its value. The draft lives in localStorage.
 *
 * Offline: everything this page runs is loaded with it (static imports only, no fonts or
 * images from elsewhere); after load the only requests it can make are fetching a sample seed
 * and, the first time a Word file is opened, the Word reader (mammoth, a chunk of its own).
 *
 * HTML and Word: a paste that carries text/html (from a browser or Word) is imported from its
 * HTML, and .html and .docx files are opened too; their warnings point at the text, which is
 * selected in the source box when found.
 */
import '../src/sla-statement.js';
import type { SlaStatement } from '../src/sla-statement.js';
import { jsonErrorOffset } from '../src/format/json-syntax.js';
import { parseStatementJson } from '../src/format/parse-json.js';
import { validateStatement } from '../src/format/validate.js';
import {
  decodeHtml,
  describeImportWarning,
  importHtml,
  importStatement,
  importWordLines,
  inputKind,
  locateJsonPath,
  readDocx,
  readHtml,
  type ImportResult,
  type ImportWarning,
} from '../src/importer/index.js';
import { failureMessage, problemMessage } from '../src/internal/messages.js';

export const DRAFT_KEY = 'sla-statement-editor:draft';
const UPDATE_DELAY_MS = 250;

interface Draft {
  json: string;
  source: string;
  embed: EmbedMode;
  warnings: ImportWarning[];
  origin?: Origin;
}

/** What the source box's text came from: its warnings' lines are the text's, or HTML's or Word's. */
type Origin = 'text' | 'html' | 'docx';

type EmbedMode = 'src' | 'inline';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const source = $<HTMLTextAreaElement>('#source');
const json = $<HTMLTextAreaElement>('#json');
const fileInput = $<HTMLInputElement>('#file');
const sample = $<HTMLSelectElement>('#sample');
const importReport = $<HTMLElement>('#import-report');
const warningsList = $<HTMLOListElement>('#warnings');
const warningsSummary = $<HTMLElement>('#warnings-summary');
const problemsList = $<HTMLOListElement>('#problems');
const problemsSummary = $<HTMLElement>('#problems-summary');
const preview = $<SlaStatement>('#preview');
const previewNote = $<HTMLElement>('#preview-note');
const snippet = $<HTMLTextAreaElement>('#snippet');
const publishStatus = $<HTMLElement>('#publish-status');

const persian = new Intl.NumberFormat('fa', { useGrouping: false });
const number = (value: number) => persian.format(value);

let warnings: ImportWarning[] = [];
let origin: Origin = 'text';
let timer: number | undefined;

// ---------------------------------------------------------------------------------------------
// Draft

function embedMode(): EmbedMode {
  return document.querySelector<HTMLInputElement>('input[name="embed"]:checked')?.value === 'inline' ? 'inline' : 'src';
}

function saveDraft(): void {
  const draft: Draft = { json: json.value, source: source.value, embed: embedMode(), warnings, origin };
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the editor still works, only without a draft.
  }
}

function restoreDraft(): void {
  let draft: Partial<Draft> | null = null;
  try {
    draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<Draft> | null;
  } catch {
    draft = null;
  }
  if (!draft || typeof draft !== 'object') return;
  if (typeof draft.json === 'string') json.value = draft.json;
  if (typeof draft.source === 'string') source.value = draft.source;
  if (draft.embed === 'inline') document.querySelector<HTMLInputElement>('input[name="embed"][value="inline"]')!.checked = true;
  if (Array.isArray(draft.warnings)) showWarnings(draft.warnings, draft.origin === 'html' || draft.origin === 'docx' ? draft.origin : 'text');
}

// ---------------------------------------------------------------------------------------------
// Moving the cursor to a place in a textarea

/** Selects [start, end) in a textarea and scrolls it so the selection is in view. */
function select(area: HTMLTextAreaElement, start: number, end = start): void {
  area.focus();
  area.setSelectionRange(start, end);
  const line = area.value.slice(0, start).split('\n').length;
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (line - 1) * lineHeight - area.clientHeight / 3);
}

function lineRange(text: string, line: number): [number, number] {
  const lines = text.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, item) => sum + item.length + 1, 0);
  return [start, start + (lines[line - 1]?.length ?? 0)];
}

function findingButton(label: string, where: string, onClick: () => void): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'finding';
  const place = document.createElement('span');
  place.className = 'place';
  place.textContent = where;
  const message = document.createElement('span');
  message.textContent = label;
  button.append(place, ' ', message);
  button.addEventListener('click', onClick);
  item.append(button);
  return item;
}

// ---------------------------------------------------------------------------------------------
// Importing text

/** Where a warning is: a line of the text, a line of the HTML, or a Word paragraph, table row. */
function placeOf(warning: ImportWarning): string {
  if (origin === 'html') return `سطر ${number(warning.line)} HTML:`;
  if (origin === 'docx') {
    const table = /^table (\d+), row (\d+)$/.exec(warning.where ?? '');
    if (table) return `جدول ${number(Number(table[1]))}، ردیف ${number(Number(table[2]))}:`;
    if (warning.where === 'the whole document') return 'کل سند:';
    return `بند ${number(warning.line)}:`;
  }
  return `سطر ${number(warning.line)}:`;
}

/** Selects the warning's line of the text, or for HTML and Word its text where the box shows it. */
function selectWarning(warning: ImportWarning): void {
  if (origin === 'text') return select(source, ...lineRange(source.value, warning.line));
  const at = warning.text ? source.value.indexOf(warning.text) : -1;
  if (at >= 0) select(source, at, at + warning.text!.length);
  else source.focus();
}

function showWarnings(list: ImportWarning[], from: Origin = 'text'): void {
  warnings = list;
  origin = from;
  importReport.hidden = false;
  warningsSummary.textContent =
    list.length === 0 ? 'همه متن جای خود را پیدا کرد؛ هشداری نیست.' : `${number(list.length)} هشدار: روی هر کدام بزنید تا سطر آن در متن انتخاب شود.`;
  warningsList.replaceChildren(
    ...list.map((warning) =>
      findingButton(describeImportWarning(warning, 'fa'), placeOf(warning), () => selectWarning(warning)),
    ),
  );
}

/** An import's JSON and warnings into the page. */
function showResult(result: ImportResult, from: Origin): void {
  json.value = `${JSON.stringify(result.statement, null, 2)}\n`;
  showWarnings(result.warnings, from);
  update();
}

/** Text → JSON through the importer; a JSON file or JSON text goes to the JSON editor as it is. */
function convert(text: string): void {
  if (/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))) {
    json.value = text.replace(/^\uFEFF/, '');
    showWarnings([]);
  } else {
    const result = importStatement(text);
    json.value = `${JSON.stringify(result.statement, null, 2)}\n`;
    showWarnings(result.warnings);
  }
  update();
}

source.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html');
  const whole = source.selectionStart === 0 && source.selectionEnd === source.value.length;
  if (html && (source.value.trim() === '' || whole)) {
    // From a browser or Word: the HTML gives the structure; the box shows the plain text.
    event.preventDefault();
    const plain = event.clipboardData?.getData('text/plain') || readHtml(html).map((line) => line.text).join('\n');
    source.value = plain;
    showResult(importHtml(html), 'html');
    return;
  }
  const text = event.clipboardData?.getData('text/plain');
  if (text === undefined || text === '') return;
  event.preventDefault();
  // insertText keeps the browser's undo history; setRangeText is the fallback.
  source.focus();
  if (!document.execCommand('insertText', false, text)) {
    source.setRangeText(text, source.selectionStart, source.selectionEnd, 'end');
  }
  convert(source.value);
});

let draftTimer: number | undefined;
source.addEventListener('input', () => {
  window.clearTimeout(draftTimer);
  draftTimer = window.setTimeout(saveDraft, UPDATE_DELAY_MS);
});
$('#convert').addEventListener('click', () => convert(source.value));

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = /\.json$/i.test(file.name) ? 'text' : inputKind(file.name, bytes);
  if (kind === 'doc') {
    importReport.hidden = false;
    warningsSummary.textContent = 'این فایل Word قدیمی (.doc) است؛ آن را در Word یا LibreOffice با قالب .docx ذخیره کنید و دوباره باز کنید.';
    return;
  }
  if (kind === 'docx') {
    importReport.hidden = false;
    warningsSummary.textContent = 'فایل Word خوانده می‌شود…';
    try {
      const read = await readDocx(bytes);
      source.value = read.lines.map((line) => line.text).join('\n');
      showResult(importWordLines(read), 'docx');
    } catch (error) {
      warningsList.replaceChildren();
      warningsSummary.textContent =
        error instanceof Error && error.name === 'DocxError'
          ? 'این فایل Word (.docx) خوانده نشد؛ شاید آسیب دیده یا فایل دیگری با پسوند .docx است.'
          : 'خواننده فایل Word بارگیری نشد (شاید اتصال شبکه برقرار نیست)؛ دوباره امتحان کنید.';
    }
    return;
  }
  if (kind === 'html') {
    const html = decodeHtml(bytes);
    source.value = readHtml(html).map((line) => line.text).join('\n');
    showResult(importHtml(html), 'html');
    return;
  }
  const text = new TextDecoder().decode(bytes);
  if (/\.json$/i.test(file.name) || /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))) convert(text);
  else {
    source.value = text;
    convert(text);
  }
});

$('#load-sample').addEventListener('click', async () => {
  const url = new URL(`../test/fixtures/statements/seeds/${sample.value}.txt`, location.href);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    source.value = await response.text();
    convert(source.value);
  } catch {
    warningsSummary.textContent = 'نمونه بارگیری نشد (شاید اتصال شبکه برقرار نیست). متن را بچسبانید یا فایلی باز کنید.';
    importReport.hidden = false;
  }
});

// ---------------------------------------------------------------------------------------------
// JSON: problems, preview, snippet

json.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(update, UPDATE_DELAY_MS);
});

/** Re-reads the JSON: problems, preview, embed snippet, draft. */
function update(): void {
  window.clearTimeout(timer);
  const text = json.value;
  saveDraft();
  updateSnippet();
  if (text.trim() === '') {
    problemsList.replaceChildren();
    problemsSummary.textContent = 'هنوز JSON ای وارد نشده است.';
    preview.hidden = true;
    previewNote.textContent = 'پیش‌نمایش پس از وارد کردن JSON اینجا دیده می‌شود.';
    return;
  }
  const parsed = parseStatementJson(text);
  if (!parsed.ok) {
    const offset = parsed.failure.kind === 'syntax' ? Math.max(0, jsonErrorOffset(text.replace(/^\uFEFF/, ''))) : 0;
    const where = parsed.failure.kind === 'syntax' ? `سطر ${number(parsed.failure.line)}، ستون ${number(parsed.failure.column)}:` : '';
    problemsList.replaceChildren(findingButton(failureMessage(parsed.failure), where, () => select(json, offset, offset + 1)));
    problemsSummary.textContent = 'JSON خطای نگارشی دارد؛ پیش‌نمایش آخرین JSON درست را نشان می‌دهد.';
    previewNote.textContent = preview.hidden ? 'پیش‌نمایش پس از درست شدن JSON دیده می‌شود.' : 'این پیش‌نمایش آخرین JSON درست است.';
    return;
  }
  const { problems } = validateStatement(parsed.value);
  problemsList.replaceChildren(
    ...problems.map((problem) => {
      const location = locateJsonPath(text, problem.path);
      const where = `سطر ${number(location.line)}، ستون ${number(location.column)}:`;
      return findingButton(problemMessage(problem), where, () => select(json, location.offset, location.end));
    }),
  );
  problemsSummary.textContent =
    problems.length === 0
      ? 'JSON با قالب توافقنامه مطابقت دارد؛ مشکلی پیدا نشد.'
      : `${number(problems.length)} مشکل: روی هر کدام بزنید تا مکان آن در JSON انتخاب شود.`;
  preview.hidden = false;
  previewNote.textContent = 'پیش‌نمایش هم‌زمان با ویرایش به‌روز می‌شود.';
  preview.data = parsed.value;
}

/** JSON inside a <script> element must not contain «</script» or «<!--»: \u003c is the same text to JSON. */
function inlineJson(text: string): string {
  const parsed = parseStatementJson(text);
  const body = parsed.ok ? JSON.stringify(parsed.value, null, 2) : text.trim();
  return body.replace(/</g, '\\u003c');
}

function updateSnippet(): void {
  const script = '<script type="module" src="sla-statement.js"></script>';
  snippet.value =
    embedMode() === 'src'
      ? `${script}\n<sla-statement src="sla.json"></sla-statement>\n`
      : `${script}\n<sla-statement>\n  <script type="application/json">\n${inlineJson(json.value)}\n  </script>\n</sla-statement>\n`;
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="embed"]')) {
  radio.addEventListener('change', () => {
    updateSnippet();
    saveDraft();
  });
}

$('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
  } catch {
    snippet.focus();
    snippet.select();
    if (!document.execCommand('copy')) {
      publishStatus.textContent = 'کپی خودکار ممکن نشد؛ کد انتخاب شده است، آن را با Ctrl+C کپی کنید.';
      return;
    }
  }
  publishStatus.textContent = 'کد جاسازی کپی شد.';
});

$('#download').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([json.value], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'sla.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  publishStatus.textContent = 'فایل sla.json دریافت شد.';
});

restoreDraft();
update();
document.documentElement.dataset.editorReady = 'true';
