/**
 * The phone's first sentence, part of the phone profile of `npm run bench` (issue 11, point 4):
 * how soon a reader on a phone-class CPU and a slow mobile network sees the statement's first
 * sentence, for a 31-service statement, on three pages:
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
 * Conditions, per page load: the phone profile of measure.mjs (a 360 × 740 viewport at 2× pixels,
 * Chromium's CPU throttled 4×) plus a slow network, 400 ms round trip and 400 kbit/s each way
 * (Network.emulateNetworkConditions, the "slow 3G" of DevTools' old presets), and the server
 * gzipping every answer, as a real host does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { elementPage, generateStatement, markFirstSentence, staticPage } from './generate.mjs';
import { median, openPage, PROFILES, profileText, tracedLoad } from './measure.mjs';
import { longestTask } from './trace.mjs';

/** The phone profile on a slow mobile network. */
export const FIRST_SENTENCE_PROFILE = { ...PROFILES.phone, network: { latencyMs: 400, kbps: 400 } };
const SERVICES = 31;
export const FIRST_SENTENCE_PAGES = ['static', 'fallback', 'element'];
/** The target of issue 11: the fallback's first sentence within 1.2× of the static page's. */
export const FIRST_SENTENCE_TARGET = 1.2;

/**
 * The pages, by URL path. The fallback is the built command's output, so this measures what an
 * agency would publish.
 */
export function firstSentencePages(root, seed) {
  const statement = generateStatement(SERVICES, seed);
  const json = JSON.stringify(statement);
  const fallback = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'render', '-', '--lang', 'fa'], { input: json }).toString();
  const jsonUrl = `/phone/statement-${SERVICES}.json`;
  return new Map([
    [jsonUrl, Buffer.from(json)],
    ['/phone/static.html', Buffer.from(staticPage(statement))],
    ['/phone/fallback.html', Buffer.from(elementPage(jsonUrl, markFirstSentence(fallback, 'h3')))],
    ['/phone/element.html', Buffer.from(elementPage(jsonUrl))],
  ]);
}

/**
 * One load of one page on the phone on a slow network, traced. `loaded`: the paths of what the
 * page fetched from our server besides the page itself, in order.
 */
export async function measureFirstSentence(browser, origin, variant) {
  const label = `phone first sentence ${variant}`;
  const { context, page, checkCrash } = await openPage(browser, FIRST_SENTENCE_PROFILE, label);
  try {
    const loaded = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && url.pathname !== `/phone/${variant}.html`) loaded.push(url.pathname);
    });
    const { done, during: firstSentence, trace } = await tracedLoad(browser, page, `${origin}/phone/${variant}.html`, {
      waitUntil: 'commit',
      settleMs: 1_000,
      whileTracing: (done) =>
        variant === 'element'
          ? done.firstRender
          : page.waitForFunction(() => window.__firstSentence, undefined, { timeout: 120_000 }).then((handle) => handle.jsonValue()),
    });
    checkCrash();
    if (done.error) throw new Error(`${label}: the element failed to load: ${done.error}`);
    return { variant, firstSentenceMs: firstSentence, shownMs: done.firstRender, longestTaskMs: longestTask(trace, origin).longestTaskMs, loaded };
  } finally {
    await context.close();
  }
}

/** Medians per page, and the ratios to the static page. */
export function summarizeFirstSentence(raw) {
  const of = (variant, field) => median(raw.filter((r) => r.variant === variant).map((r) => r[field]));
  const rows = Object.fromEntries(
    FIRST_SENTENCE_PAGES.map((variant) => [
      variant,
      { firstSentenceMs: of(variant, 'firstSentenceMs'), shownMs: of(variant, 'shownMs'), longestTaskMs: of(variant, 'longestTaskMs'), runs: raw.filter((r) => r.variant === variant).length },
    ]),
  );
  for (const variant of FIRST_SENTENCE_PAGES) rows[variant].overStatic = rows[variant].firstSentenceMs / rows.static.firstSentenceMs;
  return rows;
}

export function firstSentenceTable(rows, ms, x) {
  const NAMES = {
    static: 'static page',
    fallback: 'element, with the rendered fallback inside',
    element: 'element, nothing inside',
  };
  return [
    '| page | first sentence (ms) | ÷ static | statement shown (ms) | longest task (ms) | runs |',
    '|---|---:|---:|---:|---:|---:|',
    ...FIRST_SENTENCE_PAGES.map((v) => `| ${NAMES[v]} | ${ms(rows[v].firstSentenceMs)} | ${x(rows[v].overStatic)} | ${ms(rows[v].shownMs)} | ${ms(rows[v].longestTaskMs)} | ${rows[v].runs} |`),
  ].join('\n');
}

export const FIRST_SENTENCE_CONDITIONS = `${SERVICES} services; ${profileText(FIRST_SENTENCE_PROFILE)}, gzip`;
