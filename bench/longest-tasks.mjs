/**
 * `node bench/longest-tasks.mjs [services] [runs]`: what is inside the element's longest tasks,
 * for when `npm run bench` says a task is too long. Loads the bench's element page (default 1,000
 * services, 3 runs after one warm-up) with the bench's tracing plus V8's sampling profiler, and
 * prints each run's three longest tasks on the page's main thread: the trace events inside them
 * (layout, script evaluation, idle callbacks…) and the JavaScript they ran, by source function
 * through dist/sla-statement.js.map. Run `npm run build` first. BENCH_PROFILE=phone loads it as the
 * bench's phone does (measure.mjs: 360 × 740 at 2×, CPU 4× slower); BENCH_WHILE=typing looks at
 * the tasks while the bench's query is typed instead of those of the load.
 *
 * Profiling slows script down, so durations here are longer than the bench's; read where the time
 * goes, not how much there is.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { elementPage, generateStatement } from './generate.mjs';
import { comeToSearch, openPage, PROFILES, TRACE_CATEGORIES, typeQuery } from './measure.mjs';
import { startServer } from './server.mjs';
import { pageTasks } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SIZE = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 3);
const PROFILE = PROFILES[process.env.BENCH_PROFILE ?? 'desktop'] ?? PROFILES.desktop;
const SETTLE_MS = 2000;
const TYPING = process.env.BENCH_WHILE === 'typing';
/** Trace events worth naming inside a task: the browser's big steps, not their sub-steps. */
const STEPS = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'FireIdleCallback', 'FireAnimationFrame', 'TimerFire', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'MajorGC', 'MinorGC', 'ResponseBodyLoader::DidFinishLoadingBody']);

const sourceMap = new SourceMapConsumer(JSON.parse(readFileSync(join(ROOT, 'dist/sla-statement.js.map'), 'utf8')));
const sourceName = (frame) => {
  if (!frame.url.endsWith('/dist/sla-statement.js')) return frame.functionName || frame.url || '(native)';
  const original = sourceMap.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  const file = original.source?.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
  return `${file}:${original.line} ${original.name ?? frame.functionName}`;
};

/** Inclusive milliseconds per source function, over the profile's samples inside [from, to]. */
function jsInside(profile, from, to) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inclusive = new Map();
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index];
    if (time < from || time > to) return;
    const weight = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let node = id; node !== undefined; node = parents.get(node)) {
      const name = sourceName(nodes.get(node).callFrame);
      if (seen.has(name) || name === '(root)') continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
    }
  });
  return [...inclusive].sort((a, b) => b[1] - a[1]);
}

const statement = generateStatement(SIZE, 2024);
const server = await startServer(ROOT, new Map([
  [`/statement-${SIZE}.json`, Buffer.from(JSON.stringify(statement))],
  [`/element-${SIZE}.html`, Buffer.from(elementPage(`/statement-${SIZE}.json`))],
]));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (let run = 0; run <= RUNS; run++) {
    const { context, page, cdp } = await openPage(browser, PROFILE, `${PROFILE.name} element ${SIZE}`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const load = async () => {
      await page.goto(`${server.origin}/element-${SIZE}.html`);
      await page.evaluate(() => window.__bench.done);
      await page.waitForTimeout(SETTLE_MS);
    };
    if (TYPING) {
      await load();
      await comeToSearch(page);
    }
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await cdp.send('Profiler.start');
    if (TYPING) console.log(`  keystrokes: ${(await typeQuery(page)).map((ms) => ms.toFixed(0)).join(' ')} ms`);
    else await load();
    const { profile } = await cdp.send('Profiler.stop');
    const { events, tasks } = pageTasks(await browser.stopTracing(), server.origin);
    await context.close();
    if (run === 0) continue; // warm-up: the first page of a fresh browser pays one-off costs
    const start = Math.min(...tasks.map((task) => task.ts));
    console.log(`\n${SIZE.toLocaleString('en')} services, ${PROFILE.name}, run ${run}`);
    for (const task of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 3)) {
      console.log(`  task of ${(task.dur / 1000).toFixed(1)} ms at ${((task.ts - start) / 1000).toFixed(0)} ms`);
      for (const event of events) {
        if (event.pid !== task.pid || event.tid !== task.tid || event.ph !== 'X' || !STEPS.has(event.name)) continue;
        if (event.ts < task.ts || event.ts + event.dur > task.ts + task.dur || event.dur < 1000) continue;
        console.log(`    ${(event.dur / 1000).toFixed(1).padStart(6)} ms ${event.name}`);
      }
      for (const [name, ms] of jsInside(profile, task.ts, task.ts + task.dur).slice(0, 8)) {
        console.log(`    ${ms.toFixed(1).padStart(6)} ms js ${name}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
