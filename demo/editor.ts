/**
 * The authoring page: a published text statement (pasted, opened or a sample) is imported into
 * JSON; the JSON is edited with a live <sla-statement> preview and the list of problems beside
 * it; clicking a problem puts the cursor on its value. The draft lives in localStorage.
 *
 * Offline: everything this page runs is loaded with it (static imports only, no fonts or
 * images from elsewhere); after load the only request it can make is fetching a sample seed.
 */
import '../src/sla-statement.js';
import type { SlaStatement } from '../src/sla-statement.js';
import { jsonErrorOffset } from '../src/format/json-syntax.js';
import { parseStatementJson } from '../src/format/parse-json.js';
import { validateStatement } from '../src/format/validate.js';
import { describeImportWarning, importStatement, locateJsonPath, type ImportWarning } from '../src/importer/index.js';
import { failureMessage, problemMessage } from '../src/internal/messages.js';

export const DRAFT_KEY = 'sla-statement-editor:draft';
const UPDATE_DELAY_MS = 250;

interface Draft {
  json: string;
  source: string;
  embed: EmbedMode;
  warnings: ImportWarning[];
}

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
let timer: number | undefined;

// ---------------------------------------------------------------------------------------------
// Draft

function embedMode(): EmbedMode {
  return document.querySelector<HTMLInputElement>('input[name="embed"]:checked')?.value === 'inline' ? 'inline' : 'src';
}

function saveDraft(): void {
  const draft: Draft = { json: json.value, source: source.value, embed: embedMode(), warnings };
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
  if (Array.isArray(draft.warnings)) showWarnings(draft.warnings);
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

function showWarnings(list: ImportWarning[]): void {
  warnings = list;
  importReport.hidden = false;
  warningsSummary.textContent =
    list.length === 0 ? 'همه متن جای خود را پیدا کرد؛ هشداری نیست.' : `${number(list.length)} هشدار: روی هر کدام بزنید تا سطر آن در متن انتخاب شود.`;
  warningsList.replaceChildren(
    ...list.map((warning) =>
      findingButton(describeImportWarning(warning, 'fa'), `سطر ${number(warning.line)}:`, () => select(source, ...lineRange(source.value, warning.line))),
    ),
  );
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
  const text = await file.text();
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
