/**
 * `npm run bench`: measures <sla-statement> against a static page (the floor) and GOV.UK
 * Frontend's accordion (a peer) on generated statements of growing size, in headless system
 * Chromium, and checks the project's performance targets. See bench/README.md.
 *
 * Env: BENCH_RUNS (runs per variant × size, default 5); BENCH_PAGE_FONT=default to leave the
 * pages' Persian font out (generate.mjs); BENCH_FULL=1 to give the static and
 * GOV.UK pages as many runs as the element at every size (see runPlan: by default they get fewer
 * at ≥ 10,000 services, where one of their loads takes 7–75 s here); BENCH_SIZES
 * (comma-separated, for quick iterations; the target checks need the default sizes);
 * BENCH_PROFILE=desktop or phone to run only the sizes or only the phone profile (phone.mjs).
 *
 * Exit code: 0 when the measurement completed, whatever the targets say; 1 on a crash.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { elementPage, generateStatement, govukPage, staticPage } from './generate.mjs';
import { measurePhone, PHONE_CONDITIONS, PHONE_TARGET, PHONE_VARIANTS, phonePages, phoneTable, summarizePhone } from './phone.mjs';
import { startServer } from './server.mjs';
import { longestTask } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/sla-statement.js');
const RESULTS = join(import.meta.dirname, 'results.json');

const positiveInt = (value, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
const FULL = process.env.BENCH_FULL === '1';
const PROFILE = process.env.BENCH_PROFILE ?? 'all';
const SIZES = PROFILE === 'phone'
  ? []
  : process.env.BENCH_SIZES
    ? process.env.BENCH_SIZES.split(',').map((s) => positiveInt(s.replace(/[_\s]/g, ''), NaN)).filter(Number.isFinite)
    : [100, 1_000, 10_000, 20_000, 50_000];
const PHONE_ON = PROFILE !== 'desktop';

/**
 * Runs per variant and size. The element is cheap at every size (it pages its table), so it
 * always gets RUNS. A static or GOV.UK page lays out every row, which on 2 busy cores takes
 * 7–10 s at 10,000 services, 10–25 s at 20,000 and 35–75 s at 50,000: giving them RUNS
 * everywhere takes about 20 minutes, so by default they get 2 runs at 10,000 and 1 at 20,000
 * and 50,000, and the bench stays near 6 minutes.
 */
function runPlan(variant, size) {
  if (variant === 'element' || FULL || size <= 1_000) return RUNS;
  return Math.min(RUNS, size <= 10_000 ? 2 : 1);
}

const VARIANTS = ['element', 'static', 'govuk'];
/** Typed one character at a time; matches a subset of services at every size (generate.mjs). */
const QUERY = 'صدور مجوز';
const SEED = 2024;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const PAGE_TIMEOUT = 300_000;
/** The pause between the heap measurement and the first keystroke. */
const READ_BEFORE_TYPING_MS = 1_000;
/** How long the load trace goes on after the finish line. */
const SETTLE_MS = 2_000;
const PAGE_FONT_NOTE = process.env.BENCH_PAGE_FONT === 'default' ? "the browser's default (BENCH_PAGE_FONT=default)" : 'Tahoma, "DejaVu Sans", sans-serif, as portals set';

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const MB = 1024 * 1024;
const log = (...args) => console.error(...args); // progress on stderr, results on stdout

// ---------------------------------------------------------------------------------------------
// Bundle size: what a portal ships, against what Lit alone costs (the part no Lit element avoids).

async function bundleSizes() {
  const element = readFileSync(BUNDLE);
  const lit = await build({
    stdin: { contents: "export * from 'lit';", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const litCode = lit.outputFiles[0].contents;
  const elementGzip = gzipSync(element, { level: 9 }).length;
  const litGzip = gzipSync(litCode, { level: 9 }).length;
  return { elementBytes: element.length, elementGzip, litBytes: litCode.length, litGzip, ratio: elementGzip / litGzip };
}

// ---------------------------------------------------------------------------------------------
// One measurement: a fresh context (no cache, no leftover heap), one page load traced from
// navigation to 2 s after the page's own finish line, then the heap, then (element only) typing.

async function measure(browser, origin, variant, size, { heap: measureHeap = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let crashed;
    page.on('crash', () => (crashed = new Error(`${variant} ${size}: renderer crashed`)));
    page.on('pageerror', (error) => log(`  [${variant} ${size}] page error: ${error.message}`));

    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let done;
    let trace;
    try {
      await page.goto(`${origin}/${variant}-${size}.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
      // Each page resolves window.__bench.done at its finish line (generate.mjs).
      done = await page.evaluate(() => window.__bench.done);
      // Keep tracing a while: work put off past the finish line (search index, JSON-LD) is still
      // work the reader's page does, and its tasks count.
      await page.waitForTimeout(SETTLE_MS);
    } finally {
      trace = await browser.stopTracing();
    }
    if (crashed) throw crashed;
    if (done.error) throw new Error(`${variant} ${size}: the element failed to load: ${done.error}`);
    const load = longestTask(trace, origin);
    // The element may page its table; say how many rows each variant actually put in the DOM.
    const rowsInDom = await page.evaluate(
      () => (document.querySelector('sla-statement')?.shadowRoot ?? document).querySelectorAll('tbody tr').length,
    );

    // After tracing stops, so the forced collection is not counted as a long task.
    let heap;
    if (measureHeap) {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = await cdp.send('Runtime.getHeapUsage');
    }

    const typing = variant === 'element' ? await measureTyping(browser, page, origin) : null;
    return {
      variant,
      size,
      firstRenderMs: done.firstRender,
      longestTaskMs: load.longestTaskMs,
      longTasks: load.over50,
      rowsInDom,
      heapMB: heap ? heap.usedSize / MB : undefined,
      embedderHeapMB: typeof heap?.embedderHeapUsedSize === 'number' ? heap.embedderHeapUsedSize / MB : undefined,
      typing,
    };
  } finally {
    await context.close();
  }
}

/**
 * Keystroke latency in the element's search box: per character, the time from changing the
 * value to the element's update settled and the table laid out. Each character is its own
 * task (one page.evaluate each) with a frame in between, as with real key presses, so the
 * trace's longest task is the longest single keystroke's work, not the whole query's.
 */
async function measureTyping(browser, page, origin) {
  const available = await page.evaluate(
    () => !!document.querySelector('sla-statement').shadowRoot.querySelector('input[type="search"]'),
  );
  if (!available) return { available: false };

  // A reader reads before typing. Typing at once would time the first keystroke against the
  // page's own after-load work and the heap measurement's forced GC: measured 10-23 ms for it
  // that way at 100 services, against ~8 ms a second later.
  await page.waitForTimeout(READ_BEFORE_TYPING_MS);
  const latencies = [];
  let trace;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    for (const ch of QUERY) {
      latencies.push(
        await page.evaluate(async (ch) => {
          const el = document.querySelector('sla-statement');
          const input = el.shadowRoot.querySelector('input[type="search"]');
          const t0 = performance.now();
          input.value += ch;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          el.shadowRoot.querySelector('table')?.offsetHeight;
          return performance.now() - t0;
        }, ch),
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
  } finally {
    trace = await browser.stopTracing();
  }
  const rowsNow = () => page.evaluate(() => document.querySelector('sla-statement').shadowRoot.querySelectorAll('tbody tr').length);
  const rows = await rowsNow();
  // A search that filters later (debounced, in a worker…) would make the latency above
  // meaningless; notice it instead of reporting a flattering number.
  await page.waitForTimeout(300);
  const rowsLater = await rowsNow();
  return {
    available: true,
    latenciesMs: latencies,
    medianMs: median(latencies),
    maxMs: Math.max(...latencies),
    // Separately, because a search that builds its index lazily pays for it on the first key.
    firstMs: latencies[0],
    maxAfterFirstMs: Math.max(...latencies.slice(1)),
    longestTaskMs: longestTask(trace, origin).longestTaskMs,
    rowsShown: rows,
    settledLater: rowsLater !== rows,
  };
}

// ---------------------------------------------------------------------------------------------

/** The run plan in words, for the log and the printed results. */
function planText() {
  const heapNote = 'static and GOV.UK heaps from their first run (they do not vary; a forced GC of their DOM takes seconds)';
  const reduced = SIZES.filter((size) => runPlan('static', size) < RUNS);
  if (reduced.length === 0) return `${RUNS} per variant and size; ${heapNote}`;
  const full = SIZES.filter((size) => !reduced.includes(size));
  return `element ${RUNS} at every size; static and GOV.UK ${full.length > 0 ? `${RUNS} up to ${n(Math.max(...full))}, then ` : ''}${reduced
    .map((size) => `${runPlan('static', size)} at ${n(size)}`)
    .join(', ')} (each of their loads takes 7–75 s there; BENCH_FULL=1 gives them ${RUNS} everywhere); ${heapNote}`;
}

function summarize(raw, sizes) {
  return sizes.map((size) => {
    const of = (variant) => raw.filter((r) => r.size === size && r.variant === variant);
    const pick = (variant, f) => median(of(variant).map(f));
    const el = of('element');
    const typingAvailable = el.length > 0 && el.every((r) => r.typing?.available);
    const row = {
      size,
      firstRenderMs: Object.fromEntries(VARIANTS.map((v) => [v, pick(v, (r) => r.firstRenderMs)])),
      longestTaskMs: Object.fromEntries(VARIANTS.map((v) => [v, pick(v, (r) => r.longestTaskMs)])),
      heapMB: Object.fromEntries(VARIANTS.map((v) => [v, pick(v, (r) => r.heapMB)])),
      // Blink's own heap (DOM, layout objects): where a static page's cost lives, not in V8.
      embedderHeapMB: Object.fromEntries(VARIANTS.map((v) => [v, pick(v, (r) => r.embedderHeapMB)])),
      rowsInDom: Object.fromEntries(VARIANTS.map((v) => [v, pick(v, (r) => r.rowsInDom)])),
      runsByVariant: Object.fromEntries(VARIANTS.map((v) => [v, of(v).length])),
      keystroke: typingAvailable
        ? {
            medianMs: median(el.map((r) => r.typing.medianMs)),
            maxMs: median(el.map((r) => r.typing.maxMs)),
            longestTaskMs: median(el.map((r) => r.typing.longestTaskMs)),
            firstMs: median(el.map((r) => r.typing.firstMs)),
            maxAfterFirstMs: median(el.map((r) => r.typing.maxAfterFirstMs)),
            rowsShown: el[0].typing.rowsShown,
            settledLater: el.some((r) => r.typing.settledLater),
          }
        : null,
    };
    row.elementOverStatic = row.firstRenderMs.element / row.firstRenderMs.static;
    row.elementOverGovuk = row.firstRenderMs.element / row.firstRenderMs.govuk;
    return row;
  });
}

const ms = (v) => (v == null ? 'n/a' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
const x = (v) => (v == null || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(2)}×`);
const mb = (v) => (v == null ? 'n/a' : v.toFixed(1));
const n = (v) => v.toLocaleString('en');

function table(rows) {
  const lines = [
    '| size | element first render (ms) | static (ms) | GOV.UK (ms) | element÷static | element÷GOV.UK | longest task load, ms (element/static/GOV.UK) | keystroke median/max (ms) | longest task typing (ms) | JS heap MB (element/static/GOV.UK) | Blink heap MB (element/static/GOV.UK) | runs (element/static/GOV.UK) |',
    '|---:|---:|---:|---:|---:|---:|---|---|---:|---|---|---|',
  ];
  for (const r of rows) {
    const k = r.keystroke;
    lines.push(
      `| ${n(r.size)} | ${ms(r.firstRenderMs.element)} | ${ms(r.firstRenderMs.static)} | ${ms(r.firstRenderMs.govuk)} | ${x(r.elementOverStatic)} | ${x(r.elementOverGovuk)} | ${VARIANTS.map((v) => ms(r.longestTaskMs[v])).join(' / ')} | ${k ? `${ms(k.medianMs)} / ${ms(k.maxMs)}` : 'n/a'} | ${k ? ms(k.longestTaskMs) : 'n/a'} | ${VARIANTS.map((v) => mb(r.heapMB[v])).join(' / ')} | ${VARIANTS.map((v) => mb(r.embedderHeapMB[v])).join(' / ')} | ${VARIANTS.map((v) => r.runsByVariant[v]).join(' / ')} |`,
    );
  }
  return lines.join('\n');
}

function targets(rows, bundle, phone) {
  const at = (size) => rows.find((r) => r.size === size);
  const checks = [];
  const add = (name, measured, pass) =>
    checks.push({ name, measured, status: pass === null ? 'NOT MEASURED' : pass ? 'PASS' : 'FAIL' });

  const r1k = at(1_000);
  add(
    'first render at 1,000 services ≤ 1.5× static',
    r1k ? `${x(r1k.elementOverStatic)} (${ms(r1k.firstRenderMs.element)} ms vs ${ms(r1k.firstRenderMs.static)} ms)` : 'size not run',
    r1k ? r1k.elementOverStatic <= 1.5 : null,
  );

  const small = rows.filter((r) => r.size <= 20_000);
  const typed = small.filter((r) => r.keystroke);
  add(
    'keystroke ≤ 16 ms at ≤ 20,000 services (worst keystroke of the query, median over runs)',
    typed.length > 0
      ? typed.map((r) => `${n(r.size)}: max ${ms(r.keystroke.maxMs)} ms, median ${ms(r.keystroke.medianMs)} ms`).join('; ')
      : 'n/a (no search box in the element)',
    typed.length > 0 && typed.length === small.length ? typed.every((r) => r.keystroke.maxMs <= 16) : null,
  );

  const worst = (r) => Math.max(r.longestTaskMs.element, r.keystroke?.longestTaskMs ?? 0);
  // The static page's own longest task is the floor: what first layout costs with no script.
  const taskText = (r) =>
    `${n(r.size)}: load ${ms(r.longestTaskMs.element)}${r.keystroke ? `, typing ${ms(r.keystroke.longestTaskMs)}` : ''} ms (static page: ${ms(r.longestTaskMs.static)} ms)`;
  add(
    'element longest task ≤ 50 ms up to 20,000 services (load and typing)',
    small.length > 0 ? small.map(taskText).join('; ') : 'sizes not run',
    small.length > 0 ? small.every((r) => worst(r) <= 50) : null,
  );
  const r50k = at(50_000);
  add(
    'element longest task ≤ 200 ms at 50,000 services (load and typing)',
    r50k ? taskText(r50k) : 'size not run',
    r50k ? worst(r50k) <= 200 : null,
  );

  add(
    `phone profile: first sentence with the rendered fallback ≤ ${PHONE_TARGET}× the static page's`,
    phone ? `${x(phone.fallback.overStatic)} (${ms(phone.fallback.firstSentenceMs)} ms vs ${ms(phone.static.firstSentenceMs)} ms; without a fallback ${x(phone.element.overStatic)})` : 'profile not run',
    phone ? phone.fallback.overStatic <= PHONE_TARGET : null,
  );

  add(
    'bundle ≤ 16 KB gzip (KB = 1,024 B)',
    `${(bundle.elementGzip / 1024).toFixed(1)} KB (${n(bundle.elementGzip)} B)`,
    bundle.elementGzip <= 16 * 1024,
  );
  return checks;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm run bench does).`);
  if (!chromiumPath) throw new Error('No Chromium found (set CHROME_PATH).');
  const started = Date.now();

  // Generate every page up front, into memory, so generation never overlaps a measurement.
  const pages = new Map();
  const services = {};
  for (const size of SIZES) {
    const statement = generateStatement(size, SEED);
    services[size] = {
      matching: statement.services.items.filter((item) => item.name.includes(QUERY)).length,
    };
    pages.set(`/statement-${size}.json`, Buffer.from(JSON.stringify(statement)));
    pages.set(`/element-${size}.html`, Buffer.from(elementPage(`/statement-${size}.json`)));
    pages.set(`/static-${size}.html`, Buffer.from(staticPage(statement)));
    pages.set(`/govuk-${size}.html`, Buffer.from(govukPage(statement)));
    services[size].bytes = Object.fromEntries(
      ['statement', 'element', 'static', 'govuk'].map((k) => [k, pages.get(k === 'statement' ? `/statement-${size}.json` : `/${k}-${size}.html`).length]),
    );
  }

  const bundle = await bundleSizes();
  const server = await startServer(ROOT, pages);
  // The phone profile's own server: its network is slow, so it gzips as real hosts do.
  const phoneServer = PHONE_ON ? await startServer(ROOT, phonePages(ROOT, SEED), { gzip: true }) : undefined;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const chromiumVersion = browser.version();
  const raw = [];
  const phoneRaw = [];
  try {
    log(`bench: Chromium ${chromiumVersion}, ${cpus().length} CPUs, sizes ${SIZES.join(', ') || 'none'}, ${planText()}${PHONE_ON ? `; phone profile ${RUNS} runs per page` : ''}`);
    // Warm-up loads, discarded: the first pages of a fresh browser pay one-off costs (process
    // start, font configuration, the OS file cache for the bundle and GOV.UK's files).
    if (SIZES.length > 0) for (const variant of VARIANTS) await measure(browser, server.origin, variant, SIZES[0]);
    for (const size of SIZES) {
      const runs = Math.max(...VARIANTS.map((v) => runPlan(v, size)));
      for (let run = 0; run < runs; run++) {
        // Interleave variants and rotate their order per run, so machine noise and GC spread
        // over all of them and no variant always goes first.
        const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]).filter((v) => run < runPlan(v, size));
        for (const variant of order) {
          // A page without script has the same heap on every run, and forcing a GC of its
          // huge DOM takes seconds: the static and GOV.UK heaps are measured on run 1 only.
          const result = await measure(browser, server.origin, variant, size, { heap: variant === 'element' || run === 0 });
          raw.push({ ...result, run });
          log(
            `  ${n(size).padStart(6)} ${variant.padEnd(7)} run ${run + 1}: first render ${ms(result.firstRenderMs)} ms, longest task ${ms(result.longestTaskMs)} ms, heap ${result.heapMB === undefined ? '-' : `${mb(result.heapMB)} MB`}` +
              (result.typing?.available ? `, keystroke median ${ms(result.typing.medianMs)} / max ${ms(result.typing.maxMs)} ms` : ''),
          );
        }
      }
    }
    if (phoneServer) {
      for (const variant of PHONE_VARIANTS) await measurePhone(browser, phoneServer.origin, variant);
      for (let run = 0; run < RUNS; run++) {
        for (const variant of PHONE_VARIANTS.map((_, i) => PHONE_VARIANTS[(i + run) % PHONE_VARIANTS.length])) {
          const result = await measurePhone(browser, phoneServer.origin, variant);
          phoneRaw.push({ ...result, run });
          log(`  phone ${variant.padEnd(8)} run ${run + 1}: first sentence ${ms(result.firstSentenceMs)} ms, shown ${ms(result.shownMs)} ms, longest task ${ms(result.longestTaskMs)} ms`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await phoneServer?.close();
  }

  const rows = summarize(raw, SIZES);
  const phone = phoneRaw.length > 0 ? summarizePhone(phoneRaw, median) : undefined;
  const checks = targets(rows, bundle, phone);
  const out = [];
  out.push(`## <sla-statement> benchmark — medians over runs (Chromium ${chromiumVersion}, ${cpus().length} CPUs)`);
  out.push('');
  if (rows.length > 0) {
    out.push(`Runs: ${planText()}. Page font: ${PAGE_FONT_NOTE}.`);
    out.push('');
    out.push(table(rows));
    out.push('');
    out.push(
      `Rows in the DOM after load (element/static/GOV.UK): ${rows.map((r) => `${n(r.size)} → ${VARIANTS.map((v) => (r.rowsInDom[v] == null ? 'n/a' : n(r.rowsInDom[v]))).join('/')}`).join(', ')}.`,
    );
    out.push(
      rows.some((r) => r.keystroke)
        ? `Keystrokes: query «${QUERY}» typed one character at a time into the element's search box; median and worst of its ${[...QUERY].length} keystrokes, each the median over runs. Services matching the whole query: ${rows.map((r) => `${n(r.size)} → ${n(services[r.size].matching)}`).join(', ')}; rows shown by the element after it: ${rows.map((r) => `${n(r.size)} → ${r.keystroke ? n(r.keystroke.rowsShown) : 'n/a'}`).join(', ')}.`
        : `Keystrokes: n/a — the element has no input[type="search"] yet.`,
    );
    if (rows.some((r) => r.keystroke)) {
      out.push(
        `First keystroke vs worst of the others (ms): ${rows.map((r) => `${n(r.size)} → ${r.keystroke ? `${ms(r.keystroke.firstMs)} / ${ms(r.keystroke.maxAfterFirstMs)}` : 'n/a'}`).join(', ')}.`,
      );
    }
    if (rows.some((r) => r.keystroke?.settledLater)) {
      out.push('WARNING: the table changed after the keystroke had settled (debounced or asynchronous search): the keystroke latency does not include the filtering.');
    }
    out.push('');
  }
  if (phone) {
    out.push(`### Phone profile: first sentence on screen (${PHONE_CONDITIONS}; medians of ${RUNS})`);
    out.push('');
    out.push(phoneTable(phone, ms, x));
    out.push('');
  }
  out.push(
    `Bundle: dist/sla-statement.js ${(bundle.elementGzip / 1024).toFixed(1)} KB gzip (${n(bundle.elementBytes)} B minified) vs Lit runtime alone ${(bundle.litGzip / 1024).toFixed(1)} KB gzip (${n(bundle.litBytes)} B) — ${bundle.ratio.toFixed(2)}× Lit.`,
  );
  out.push('');
  out.push('### Targets');
  out.push('');
  for (const c of checks) out.push(`- ${c.status}: ${c.name} — ${c.measured}`);
  out.push('');
  out.push(`(${Math.round((Date.now() - started) / 1000)} s; raw runs in bench/results.json)`);
  console.log(out.join('\n'));

  const cpuList = cpus();
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        durationS: (Date.now() - started) / 1000,
        machine: {
          chromium: chromiumVersion,
          cpus: cpuList.length,
          cpuModel: cpuList[0]?.model,
          memoryGB: totalmem() / 1024 ** 3,
          node: process.version,
          platform: `${process.platform} ${process.arch}`,
        },
        config: {
          pageFont: PAGE_FONT_NOTE,
          runs: RUNS,
          full: FULL,
          runPlan: Object.fromEntries(SIZES.map((size) => [size, Object.fromEntries(VARIANTS.map((v) => [v, runPlan(v, size)]))])),
          sizes: SIZES,
          query: QUERY,
          seed: SEED,
          traceCategories: TRACE_CATEGORIES,
        },
        inputs: services,
        bundle,
        medians: rows,
        phone: phone && { conditions: PHONE_CONDITIONS, medians: phone, raw: phoneRaw },
        targets: checks,
        raw,
      },
      null,
      2,
    ) + '\n',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
