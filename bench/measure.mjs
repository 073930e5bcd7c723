/**
 * One measurement of one bench page under a device profile: what the desktop and phone tables of
 * `npm run bench` (run.mjs) are made of, and the page set-up and traced load that the phone's
 * first-sentence loads (phone.mjs) and longest-tasks.mjs share with them. See bench/README.md.
 *
 * A profile is { name, viewport, deviceScaleFactor, mobile?, cpuSlowdown?, network? }: the
 * browser context's screen, Chromium's CPU throttling (Emulation.setCPUThrottlingRate: the
 * renderer runs that many times slower) and, if given, the network's round trip and bandwidth
 * (Network.emulateNetworkConditions).
 */
import { longestTask } from './trace.mjs';

export const PROFILES = {
  desktop: { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  /** A mid-range phone: its screen, and a CPU about 4× slower than this machine's cores. */
  phone: { name: 'phone', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, mobile: true, cpuSlowdown: 4 },
};

/** A profile in words, for the output. */
export function profileText(profile) {
  const { viewport, deviceScaleFactor, mobile, cpuSlowdown, network } = profile;
  return [
    `${viewport.width} × ${viewport.height} at ${deviceScaleFactor}×${mobile ? ' (mobile, touch)' : ''}`,
    cpuSlowdown > 1 ? `CPU ${cpuSlowdown}× slower` : 'CPU not throttled',
    network ? `network ${network.latencyMs} ms round trip, ${network.kbps} kbit/s each way` : 'network not throttled',
  ].join(', ');
}

/** Typed one character at a time; matches a subset of services at every size (generate.mjs). */
export const QUERY = 'صدور مجوز';
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const PAGE_TIMEOUT = 300_000;
/** How long the load trace goes on after the finish line. */
const SETTLE_MS = 2_000;
/** The pause between the heap measurement and the first keystroke. */
const READ_BEFORE_TYPING_MS = 1_000;
const MB = 1024 * 1024;
const log = (...args) => console.error(...args); // progress on stderr, results on stdout

export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A fresh context (no cache, no leftover heap, its own renderer) with the profile's screen, CPU
 * and network. Close `context` when done; `checkCrash()` throws if the renderer crashed.
 */
export async function openPage(browser, profile, label) {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: !!profile.mobile,
    hasTouch: !!profile.mobile,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    if (profile.network) {
      const bytesPerSecond = (profile.network.kbps * 1000) / 8;
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.latencyMs,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
    }
    let crashed;
    page.on('crash', () => (crashed = new Error(`${label}: renderer crashed`)));
    page.on('pageerror', (error) => log(`  [${label}] page error: ${error.message}`));
    return {
      context,
      page,
      cdp,
      checkCrash: () => {
        if (crashed) throw crashed;
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Loads `url` traced, from navigation to `settleMs` after the page's own finish line
 * (window.__bench.done, generate.mjs): work put off past the finish line (search index, JSON-LD)
 * is still work the reader's page does, and its tasks count. `whileTracing(done)` runs after the
 * finish line, inside the trace. Returns the finish line, what `whileTracing` returned and the
 * trace.
 */
export async function tracedLoad(browser, page, url, { waitUntil = 'load', settleMs = SETTLE_MS, whileTracing } = {}) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let done;
  let during;
  let trace;
  try {
    await page.goto(url, { waitUntil, timeout: PAGE_TIMEOUT });
    done = await page.evaluate(() => window.__bench.done);
    during = await whileTracing?.(done);
    await page.waitForTimeout(settleMs);
  } finally {
    trace = await browser.stopTracing();
  }
  return { done, during, trace };
}

/**
 * One measurement of `/${variant}-${size}.html` under `profile`: the load traced, then the heap,
 * then (element only) typing.
 */
export async function measure(browser, origin, variant, size, { profile, heap: measureHeap = true }) {
  const label = `${profile.name} ${variant} ${size}`;
  const { context, page, cdp, checkCrash } = await openPage(browser, profile, label);
  try {
    const { done, trace } = await tracedLoad(browser, page, `${origin}/${variant}-${size}.html`);
    checkCrash();
    if (done.error) throw new Error(`${label}: the element failed to load: ${done.error}`);
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
    checkCrash();
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
 * A reader comes to the search box (its focus fetches the search's module, see
 * src/internal/service-view.ts fetchSearch) and reads before typing. Typing at once would time
 * the first keystroke against the page's own after-load work and the heap measurement's forced
 * GC: measured 10-23 ms for it that way at 100 services, against ~8 ms a second later.
 */
export async function comeToSearch(page) {
  await page.evaluate(() => document.querySelector('sla-statement').shadowRoot.querySelector('input[type="search"]').focus());
  await page.waitForTimeout(READ_BEFORE_TYPING_MS);
}

/**
 * Types QUERY into the search box a character per task, a frame between them, as key presses
 * come; each character's latency: from changing the value to the update settled and the table
 * laid out.
 */
export async function typeQuery(page) {
  const latencies = [];
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
  return latencies;
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

  await comeToSearch(page);
  let latencies;
  let trace;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    latencies = await typeQuery(page);
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
