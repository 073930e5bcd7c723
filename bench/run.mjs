/**
 * `npm run bench`: measures <sla-statement> against a static page (the floor) and GOV.UK
 * Frontend's accordion (a peer) on generated statements of growing size, in headless system
 * Chromium, as a desktop and as a phone (4× slower CPU), and checks the project's performance
 * targets. See bench/README.md.
 *
 * Env: BENCH_RUNS (desktop runs per variant × size, default 5); BENCH_PHONE_RUNS (phone runs
 * per variant × size, default 3 or BENCH_RUNS if lower); BENCH_SIZES (comma-separated, for quick
 * iterations; the target checks need the default sizes; the phone runs those up to 2,000);
 * BENCH_PROFILE=desktop or phone to run only the desktop table or only the phone's (its table and
 * its first sentence, phone.mjs); BENCH_FULL=1 to give the desktop's static and GOV.UK pages as
 * many runs as the element at every size (see desktopRuns: by default they get fewer at ≥ 10,000
 * services, where one of their loads takes 7–75 s here); BENCH_PAGE_FONT=default to leave the
 * pages' Persian font out (generate.mjs).
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
import { measure, median, PROFILES, profileText, QUERY, TRACE_CATEGORIES } from './measure.mjs';
import {
  FIRST_SENTENCE_CONDITIONS,
  FIRST_SENTENCE_PAGES,
  FIRST_SENTENCE_TARGET,
  firstSentencePages,
  firstSentenceTable,
  measureFirstSentence,
  summarizeFirstSentence,
} from './phone.mjs';
import { startServer } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/sla-statement.js');
const RESULTS = join(import.meta.dirname, 'results.json');

const positiveInt = (value, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
const PHONE_RUNS = positiveInt(process.env.BENCH_PHONE_RUNS, Math.min(RUNS, 3));
const FULL = process.env.BENCH_FULL === '1';
const PROFILE = process.env.BENCH_PROFILE ?? 'all';
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map((s) => positiveInt(s.replace(/[_\s]/g, ''), NaN)).filter(Number.isFinite)
  : [100, 1_000, 2_000, 10_000, 20_000, 50_000];
/** The phone's largest size: its aim is no task over 50 ms up to 2,000 services. */
const PHONE_MAX_SIZE = 2_000;
const DESKTOP_ON = PROFILE !== 'phone';
const PHONE_ON = PROFILE !== 'desktop';

const VARIANTS = ['element', 'static', 'govuk'];
const SEED = 2024;
const PAGE_FONT_NOTE = process.env.BENCH_PAGE_FONT === 'default' ? "the browser's default (BENCH_PAGE_FONT=default)" : 'Tahoma, "DejaVu Sans", sans-serif, as portals set';
const HEAP_NOTE = 'static and GOV.UK heaps from their first run (they do not vary; a forced GC of their DOM takes seconds)';
const log = (...args) => console.error(...args); // progress on stderr, results on stdout

/**
 * Desktop runs per variant and size. The element is cheap at every size (it pages its table), so
 * it always gets RUNS. A static or GOV.UK page lays out every row, which on 2 busy cores takes
 * 7–10 s at 10,000 services, 10–25 s at 20,000 and 35–75 s at 50,000: giving them RUNS
 * everywhere takes about 20 minutes, so by default they get 2 runs at 10,000 and 1 at 20,000
 * and 50,000.
 */
function desktopRuns(variant, size) {
  if (variant === 'element' || FULL || size <= 2_000) return RUNS;
  return Math.min(RUNS, size <= 10_000 ? 2 : 1);
}

/**
 * Phone runs: fewer than the desktop's (every load is 4× slower, and the whole bench should stay
 * near 10 minutes), for the element and the static page, whose ratio the targets read. GOV.UK
 * is left out there to save the time.
 */
function phoneRuns(variant) {
  return variant === 'govuk' ? 0 : PHONE_RUNS;
}

/** What each profile runs: its sizes and runs per variant and size. */
const PLANS = [
  { profile: PROFILES.desktop, sizes: DESKTOP_ON ? SIZES : [], runs: desktopRuns },
  { profile: PROFILES.phone, sizes: PHONE_ON ? SIZES.filter((size) => size <= PHONE_MAX_SIZE) : [], runs: phoneRuns },
].filter((plan) => plan.sizes.length > 0);

/** A plan's runs in words, for the log and the printed results. */
function planText({ sizes, runs }) {
  const perVariant = VARIANTS.map((variant) => {
    const counts = sizes.map((size) => runs(variant, size));
    if (counts.every((c) => c === 0)) return `${variant} not run`;
    if (counts.every((c) => c === counts[0])) return `${variant} ${counts[0]} per size`;
    const same = counts.findIndex((c) => c !== counts[0]); // the first sizes share a count
    const rest = sizes.slice(same).map((size, i) => `${counts[same + i]} at ${n(size)}`);
    return `${variant} ${counts[0]} up to ${n(sizes[same - 1])}, then ${rest.join(', ')}`;
  });
  return `${perVariant.join('; ')}; ${HEAP_NOTE}`;
}

/**
 * Runs `runsOf(variant)` measurements of each variant, interleaved, their order rotated per run,
 * so machine noise and GC spread over all of them and no variant always goes first.
 */
async function interleaved(variants, runsOf, measureOne) {
  const runs = Math.max(0, ...variants.map(runsOf));
  for (let run = 0; run < runs; run++) {
    for (const variant of variants.map((_, i) => variants[(i + run) % variants.length])) {
      if (run < runsOf(variant)) await measureOne(variant, run);
    }
  }
}

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

/** Medians per size of one profile's runs. */
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

/** One profile's table; the same columns for every profile ("—": the variant was not run). */
function table(rows) {
  const lines = [
    '| size | element first render (ms) | static (ms) | GOV.UK (ms) | element÷static | element÷GOV.UK | longest task load, ms (element/static/GOV.UK) | keystroke median/max (ms) | longest task typing (ms) | JS heap MB (element/static/GOV.UK) | Blink heap MB (element/static/GOV.UK) | runs (element/static/GOV.UK) |',
    '|---:|---:|---:|---:|---:|---:|---|---|---:|---|---|---|',
  ];
  for (const r of rows) {
    const k = r.keystroke;
    const each = (format, values) => VARIANTS.map((v) => (r.runsByVariant[v] === 0 ? '—' : format(values[v])));
    const [elementMs, staticMs, govukMs] = each(ms, r.firstRenderMs);
    lines.push(
      `| ${n(r.size)} | ${elementMs} | ${staticMs} | ${govukMs} | ${x(r.elementOverStatic)} | ${r.runsByVariant.govuk === 0 ? '—' : x(r.elementOverGovuk)} | ${each(ms, r.longestTaskMs).join(' / ')} | ${k ? `${ms(k.medianMs)} / ${ms(k.maxMs)}` : 'n/a'} | ${k ? ms(k.longestTaskMs) : 'n/a'} | ${each(mb, r.heapMB).join(' / ')} | ${each(mb, r.embedderHeapMB).join(' / ')} | ${VARIANTS.map((v) => r.runsByVariant[v]).join(' / ')} |`,
    );
  }
  return lines.join('\n');
}

function targets(rowsByProfile, firstSentence) {
  const desktop = rowsByProfile.desktop ?? [];
  const phone = rowsByProfile.phone ?? [];
  const at = (size) => desktop.find((r) => r.size === size);
  const checks = [];
  const add = (name, measured, pass, { aim = false } = {}) =>
    checks.push({ name, measured, aim, status: pass === null ? 'NOT MEASURED' : pass ? 'PASS' : aim ? 'MISS' : 'FAIL' });

  const r1k = at(1_000);
  add(
    'desktop: first render at 1,000 services ≤ 1.5× static',
    r1k ? `${x(r1k.elementOverStatic)} (${ms(r1k.firstRenderMs.element)} ms vs ${ms(r1k.firstRenderMs.static)} ms)` : 'size not run',
    r1k ? r1k.elementOverStatic <= 1.5 : null,
  );

  const small = desktop.filter((r) => r.size <= 20_000);
  const typed = small.filter((r) => r.keystroke);
  add(
    'desktop: keystroke ≤ 16 ms at ≤ 20,000 services (worst keystroke of the query, median over runs)',
    typed.length > 0
      ? typed.map((r) => `${n(r.size)}: max ${ms(r.keystroke.maxMs)} ms, median ${ms(r.keystroke.medianMs)} ms`).join('; ')
      : small.length > 0 ? 'n/a (no search box in the element)' : 'sizes not run',
    typed.length > 0 && typed.length === small.length ? typed.every((r) => r.keystroke.maxMs <= 16) : null,
  );

  const worst = (r) => Math.max(r.longestTaskMs.element, r.keystroke?.longestTaskMs ?? 0);
  // The static page's own longest task is the floor: what first layout costs with no script.
  const taskText = (r) =>
    `${n(r.size)}: load ${ms(r.longestTaskMs.element)}${r.keystroke ? `, typing ${ms(r.keystroke.longestTaskMs)}` : ''} ms (static page: ${ms(r.longestTaskMs.static)} ms)`;
  const noTaskOver = (name, rows, limit, options) =>
    add(name, rows.length > 0 ? rows.map(taskText).join('; ') : 'sizes not run', rows.length > 0 ? rows.every((r) => worst(r) <= limit) : null, options);
  noTaskOver('desktop: element longest task ≤ 50 ms up to 20,000 services (load and typing)', small, 50);
  noTaskOver('desktop: element longest task ≤ 200 ms at 50,000 services (load and typing)', desktop.filter((r) => r.size === 50_000), 200);
  noTaskOver(
    `phone (aim): no task over 50 ms up to ${n(PHONE_MAX_SIZE)} services (element, load and typing)`,
    phone.filter((r) => r.size <= PHONE_MAX_SIZE),
    50,
    { aim: true },
  );

  add(
    `phone: first sentence with the rendered fallback ≤ ${FIRST_SENTENCE_TARGET}× the static page's`,
    firstSentence
      ? `${x(firstSentence.fallback.overStatic)} (${ms(firstSentence.fallback.firstSentenceMs)} ms vs ${ms(firstSentence.static.firstSentenceMs)} ms; without a fallback ${x(firstSentence.element.overStatic)})`
      : 'profile not run',
    firstSentence ? firstSentence.fallback.overStatic <= FIRST_SENTENCE_TARGET : null,
  );
  return checks;
}

/**
 * What the first-sentence element page fetched from our server to show its 31-service Persian
 * statement (the code from dist/ and the statement), each gzipped at level 9.
 */
function loadedSizes(paths, pages) {
  return [...new Set(paths)].map((path) => {
    const bytes = pages.get(path) ?? (path.startsWith('/dist/') ? readFileSync(join(ROOT, path)) : undefined);
    return { path, gzip: bytes ? gzipSync(bytes, { level: 9 }).length : null };
  });
}

/** One profile's section of the output: its runs, its table, and notes on rows and keystrokes. */
function profileSection(plan, rows, services) {
  const { profile } = plan;
  const out = [`### ${profile.name === 'desktop' ? 'Desktop' : 'Phone'}: ${profileText(profile)}`, ''];
  out.push(`Runs: ${planText(plan)}. Page font: ${PAGE_FONT_NOTE}.`, '');
  out.push(table(rows), '');
  out.push(
    `Rows in the DOM after load (element/static/GOV.UK): ${rows.map((r) => `${n(r.size)} → ${VARIANTS.map((v) => (r.rowsInDom[v] == null ? '—' : n(r.rowsInDom[v]))).join('/')}`).join(', ')}.`,
  );
  if (rows.some((r) => r.keystroke)) {
    out.push(
      `Keystrokes: query «${QUERY}» typed one character at a time into the element's search box; median and worst of its ${[...QUERY].length} keystrokes, each the median over runs. Services matching the whole query: ${rows.map((r) => `${n(r.size)} → ${n(services[r.size].matching)}`).join(', ')}; rows shown by the element after it: ${rows.map((r) => `${n(r.size)} → ${r.keystroke ? n(r.keystroke.rowsShown) : 'n/a'}`).join(', ')}.`,
      `First keystroke vs worst of the others (ms): ${rows.map((r) => `${n(r.size)} → ${r.keystroke ? `${ms(r.keystroke.firstMs)} / ${ms(r.keystroke.maxAfterFirstMs)}` : 'n/a'}`).join(', ')}.`,
    );
  } else {
    out.push(`Keystrokes: n/a — the element has no input[type="search"] yet.`);
  }
  if (rows.some((r) => r.keystroke?.settledLater)) {
    out.push('WARNING: the table changed after the keystroke had settled (debounced or asynchronous search): the keystroke latency does not include the filtering.');
  }
  out.push('');
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm run bench does).`);
  if (!chromiumPath) throw new Error('No Chromium found (set CHROME_PATH).');
  const started = Date.now();

  // Generate every page up front, into memory, so generation never overlaps a measurement.
  const pages = new Map();
  const services = {};
  for (const size of new Set(PLANS.flatMap((plan) => plan.sizes))) {
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
  // The first sentence's own server: its network is slow, so it gzips as real hosts do.
  const phonePages = PHONE_ON ? firstSentencePages(ROOT, SEED) : undefined;
  const phoneServer = phonePages ? await startServer(ROOT, phonePages, { gzip: true }) : undefined;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const chromiumVersion = browser.version();
  const raw = [];
  const firstSentenceRaw = [];
  const phaseS = {}; // how long each part took, for the output and the README's times
  const timed = async (name, part) => {
    const t0 = Date.now();
    await part();
    phaseS[name] = (Date.now() - t0) / 1000;
  };
  try {
    log(
      `bench: Chromium ${chromiumVersion}, ${cpus().length} CPUs; ${PLANS.map((plan) => `${plan.profile.name} sizes ${plan.sizes.join(', ')}: ${planText(plan)}`).join('; ') || 'no sizes'}${PHONE_ON ? `; phone first sentence ${RUNS} runs per page` : ''}`,
    );
    // Warm-up loads, discarded: the first pages of a fresh browser pay one-off costs (process
    // start, font configuration, the OS file cache for the bundle and GOV.UK's files).
    if (PLANS.length > 0) for (const variant of VARIANTS) await measure(browser, server.origin, variant, PLANS[0].sizes[0], { profile: PLANS[0].profile });
    for (const plan of PLANS) {
      await timed(plan.profile.name, async () => {
        for (const size of plan.sizes) {
          await interleaved(VARIANTS, (variant) => plan.runs(variant, size), async (variant, run) => {
            // A page without script has the same heap on every run, and forcing a GC of its
            // huge DOM takes seconds: the static and GOV.UK heaps are measured on run 1 only.
            const result = await measure(browser, server.origin, variant, size, { profile: plan.profile, heap: variant === 'element' || run === 0 });
            raw.push({ ...result, profile: plan.profile.name, run });
            log(
              `  ${plan.profile.name.padEnd(7)} ${n(size).padStart(6)} ${variant.padEnd(7)} run ${run + 1}: first render ${ms(result.firstRenderMs)} ms, longest task ${ms(result.longestTaskMs)} ms, heap ${result.heapMB === undefined ? '-' : `${mb(result.heapMB)} MB`}` +
                (result.typing?.available ? `, keystroke median ${ms(result.typing.medianMs)} / max ${ms(result.typing.maxMs)} ms, typing task ${ms(result.typing.longestTaskMs)} ms` : ''),
            );
          });
        }
      });
    }
    if (phoneServer) {
      await timed('phone first sentence', async () => {
        for (const variant of FIRST_SENTENCE_PAGES) await measureFirstSentence(browser, phoneServer.origin, variant);
        await interleaved(FIRST_SENTENCE_PAGES, () => RUNS, async (variant, run) => {
          const result = await measureFirstSentence(browser, phoneServer.origin, variant);
          firstSentenceRaw.push({ ...result, run });
          log(`  phone first sentence ${variant.padEnd(8)} run ${run + 1}: first sentence ${ms(result.firstSentenceMs)} ms, shown ${ms(result.shownMs)} ms, longest task ${ms(result.longestTaskMs)} ms`);
        });
      });
    }
  } finally {
    await browser.close();
    await server.close();
    await phoneServer?.close();
  }

  const rowsByProfile = Object.fromEntries(PLANS.map((plan) => [plan.profile.name, summarize(raw.filter((r) => r.profile === plan.profile.name), plan.sizes)]));
  const firstSentence = firstSentenceRaw.length > 0 ? summarizeFirstSentence(firstSentenceRaw) : undefined;
  const loaded = firstSentenceRaw.length > 0 ? loadedSizes(firstSentenceRaw.find((r) => r.variant === 'element').loaded, phonePages) : undefined;
  const checks = targets(rowsByProfile, firstSentence);
  const out = [];
  out.push(`## <sla-statement> benchmark — medians over runs (Chromium ${chromiumVersion}, ${cpus().length} CPUs)`);
  out.push('');
  for (const plan of PLANS) out.push(...profileSection(plan, rowsByProfile[plan.profile.name], services));
  if (firstSentence) {
    out.push(`### Phone: first sentence on screen (${FIRST_SENTENCE_CONDITIONS}; medians of ${RUNS})`);
    out.push('');
    out.push(firstSentenceTable(firstSentence, ms, x));
    out.push('');
  }
  out.push(
    `Bundle: dist/sla-statement.js ${(bundle.elementGzip / 1024).toFixed(1)} KB gzip (${n(bundle.elementBytes)} B minified) vs Lit runtime alone ${(bundle.litGzip / 1024).toFixed(1)} KB gzip (${n(bundle.litBytes)} B) — ${bundle.ratio.toFixed(2)}× Lit. Its budget is checked by npm test (test/package/bundle-budget.test.ts), not here.`,
  );
  if (loaded) {
    const code = loaded.filter((f) => f.path.startsWith('/dist/'));
    const codeGzip = code.reduce((sum, f) => sum + f.gzip, 0);
    out.push(
      `Loaded by the phone's element page to show its 31-service Persian statement (gzip -9): code ${(codeGzip / 1024).toFixed(1)} KB (${code.map((f) => `${f.path.slice(1)} ${n(f.gzip)} B`).join(', ')}); also ${loaded
        .filter((f) => !f.path.startsWith('/dist/'))
        .map((f) => `${f.path.slice(1)} ${f.gzip == null ? '?' : `${n(f.gzip)} B`}`)
        .join(', ') || 'nothing else'}.`,
    );
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  for (const c of checks) out.push(`- ${c.status}: ${c.name} — ${c.measured}`);
  out.push('');
  out.push(
    `(${Math.round((Date.now() - started) / 1000)} s: ${Object.entries(phaseS).map(([name, s]) => `${name} ${Math.round(s)} s`).join(', ')}; raw runs in bench/results.json)`,
  );
  console.log(out.join('\n'));

  const cpuList = cpus();
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        durationS: (Date.now() - started) / 1000,
        phaseS,
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
          phoneRuns: PHONE_RUNS,
          full: FULL,
          profiles: Object.fromEntries(
            PLANS.map((plan) => [
              plan.profile.name,
              { ...plan.profile, sizes: plan.sizes, runPlan: Object.fromEntries(plan.sizes.map((size) => [size, Object.fromEntries(VARIANTS.map((v) => [v, plan.runs(v, size)]))])) },
            ]),
          ),
          query: QUERY,
          seed: SEED,
          traceCategories: TRACE_CATEGORIES,
        },
        inputs: services,
        bundle,
        loadedForPhoneStatement: loaded,
        medians: rowsByProfile,
        phoneFirstSentence: firstSentence && { conditions: FIRST_SENTENCE_CONDITIONS, medians: firstSentence, raw: firstSentenceRaw },
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
