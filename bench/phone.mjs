/**
 * The phone profile of `npm run bench` (issue 11, point 4): how soon a reader on a phone-class
 * CPU and a slow mobile network sees the statement's first sentence, for a 31-service
 * statement, on three pages:
 *
 * - static: the static page of the desktop bench (generate.mjs), the floor;
 * - fallback: the element as the README embeds it, with the whole statement inside it as
 *   `sla-statement render` writes it (the built CLI makes it here);
 * - element: the element with nothing inside, as before the fallback existed.
 *
 * The first sentence is the first paragraph of the first section. On the static and fallback
 * pages it is light-DOM text, and its paint time comes from the Element Timing API; on the
 * element page it is in the shadow tree, shown at the element's finish line (`sla-load`, its
 * update settled, the next frame painted). "Statement shown" is that finish line for the two
 * element pages and the `load` event's next frame for the static page.
 *
 * Conditions, per page load: Chromium's CPU throttled 4× (Emulation.setCPUThrottlingRate), the
 * network at 400 ms round trip and 400 kbit/s each way (Network.emulateNetworkConditions, the
 * "slow 3G" of DevTools' old presets), a 360 × 740 phone viewport at 2× pixels, and the server
 * gzipping every answer, as a real host does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { elementPage, generateStatement, markFirstSentence, staticPage } from './generate.mjs';
import { longestTask } from './trace.mjs';

export const PHONE = {
  services: 31,
  cpuSlowdown: 4,
  latencyMs: 400,
  kbps: 400,
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
};
export const PHONE_VARIANTS = ['static', 'fallback', 'element'];
/** The target of issue 11: the fallback's first sentence within 1.2× of the static page's. */
export const PHONE_TARGET = 1.2;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const PAGE_TIMEOUT = 120_000;

/**
 * The phone profile's pages, by URL path. The fallback is the built command's output, so this
 * measures what an agency would publish.
 */
export function phonePages(root, seed) {
  const statement = generateStatement(PHONE.services, seed);
  const json = JSON.stringify(statement);
  const fallback = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'render', '-', '--lang', 'fa'], { input: json }).toString();
  const jsonUrl = `/phone/statement-${PHONE.services}.json`;
  return new Map([
    [jsonUrl, Buffer.from(json)],
    ['/phone/static.html', Buffer.from(staticPage(statement))],
    ['/phone/fallback.html', Buffer.from(elementPage(jsonUrl, markFirstSentence(fallback, 'h3')))],
    ['/phone/element.html', Buffer.from(elementPage(jsonUrl))],
  ]);
}

/** One load of one page under the phone's conditions, traced. */
export async function measurePhone(browser, origin, variant) {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await cdp.send('Network.enable');
    const bytesPerSecond = (PHONE.kbps * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    let crashed;
    page.on('crash', () => (crashed = new Error(`phone ${variant}: renderer crashed`)));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let done;
    let firstSentence;
    let trace;
    try {
      await page.goto(`${origin}/phone/${variant}.html`, { waitUntil: 'commit', timeout: PAGE_TIMEOUT });
      done = await page.evaluate(() => window.__bench.done);
      firstSentence = variant === 'element'
        ? done.firstRender
        : await page.waitForFunction(() => window.__firstSentence, undefined, { timeout: PAGE_TIMEOUT }).then((handle) => handle.jsonValue());
      await page.waitForTimeout(1_000);
    } finally {
      trace = await browser.stopTracing();
    }
    if (crashed) throw crashed;
    if (done.error) throw new Error(`phone ${variant}: the element failed to load: ${done.error}`);
    return { variant, firstSentenceMs: firstSentence, shownMs: done.firstRender, longestTaskMs: longestTask(trace, origin).longestTaskMs };
  } finally {
    await context.close();
  }
}

/** Medians per variant, and the ratios to the static page. */
export function summarizePhone(raw, median) {
  const of = (variant, field) => median(raw.filter((r) => r.variant === variant).map((r) => r[field]));
  const rows = Object.fromEntries(
    PHONE_VARIANTS.map((variant) => [
      variant,
      { firstSentenceMs: of(variant, 'firstSentenceMs'), shownMs: of(variant, 'shownMs'), longestTaskMs: of(variant, 'longestTaskMs'), runs: raw.filter((r) => r.variant === variant).length },
    ]),
  );
  for (const variant of PHONE_VARIANTS) rows[variant].overStatic = rows[variant].firstSentenceMs / rows.static.firstSentenceMs;
  return rows;
}

export function phoneTable(rows, ms, x) {
  const NAMES = {
    static: 'static page',
    fallback: 'element, with the rendered fallback inside',
    element: 'element, nothing inside',
  };
  return [
    '| page | first sentence (ms) | ÷ static | statement shown (ms) | longest task (ms) | runs |',
    '|---|---:|---:|---:|---:|---:|',
    ...PHONE_VARIANTS.map((v) => `| ${NAMES[v]} | ${ms(rows[v].firstSentenceMs)} | ${x(rows[v].overStatic)} | ${ms(rows[v].shownMs)} | ${ms(rows[v].longestTaskMs)} | ${rows[v].runs} |`),
  ].join('\n');
}

export const PHONE_CONDITIONS = `${PHONE.services} services; CPU ${PHONE.cpuSlowdown}× slower, ${PHONE.latencyMs} ms round trip, ${PHONE.kbps} kbit/s each way, gzip; ${PHONE.viewport.width} × ${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}×`;
