/**
 * Mangled statements set as `data` on one element in Chromium, fixed seed: whatever it is given,
 * the element settles with sla-load or sla-error, shows the statement or an alert (never an empty
 * box), names every problem by its path, runs nothing from the data, and lets no error escape.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SlaErrorDetail, SlaLoadDetail, SlaStatement } from '../../src/sla-statement.js';
import { $, $$, loadJson, mount, SEEDS, settled, unmountAll } from './helpers.js';
import { mangledArbitrary, minimalDocument, SEED, type Json } from '../fixtures/bad-input/mangle.js';
import { PWNED, shadowText, unsafeRendering, watchUncaught } from '../fixtures/bad-input/shadow-checks.js';

const RUNS = { mangled: 300, json: 100 };

const documents: Json[] = [...(await Promise.all(SEEDS.map(({ file }) => loadJson(file)))) as Json[], minimalDocument()];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** fast-check's report, with the failed assertion itself (the test reporter drops `cause`). */
async function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number) {
  try {
    await fc.assert(fc.asyncProperty(arbitrary, predicate), { seed: SEED, numRuns });
  } catch (error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    const report = (error as Error).message.replace(/Counterexample: (.{600}).*/s, 'Counterexample: $1…');
    throw new Error(`${report}\nCaused by: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

describe('fuzz: mangled statements in the element', () => {
  let element: SlaStatement;
  let previous: unknown;
  let warn: typeof console.warn;
  let counts: Record<string, number>;

  before(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    console.warn = warn;
  });
  /** A new element; given nothing yet, it first settles with «no source», awaited here. */
  async function fresh(): Promise<SlaStatement> {
    const created = mount('<sla-statement lang="fa" expanded="all"></sla-statement>') as SlaStatement;
    await settled(created);
    return created;
  }

  beforeEach(async () => {
    element = await fresh();
    previous = undefined;
    counts = { 'sla-load': 0, 'sla-error': 0 };
  });
  afterEach(unmountAll);

  /** Shows `data` on the element and checks what the reader gets. */
  async function show(data: unknown): Promise<void> {
    delete (window as unknown as Record<string, unknown>)[PWNED];
    // Setting the same primitive twice is no change, so no new load: use a fresh element then.
    if (Object.is(data, previous) || typeof data !== 'object' || data === null) {
      element = await fresh();
    }
    previous = data;
    const watcher = watchUncaught();
    try {
      const done = Promise.race([
        settled(element),
        wait(5000).then(() => {
          throw new Error('neither sla-load nor sla-error within 5 s');
        }),
      ]);
      element.data = data;
      const event = await done;
      await element.updateComplete;
      counts[event.type]!++;

      expect(shadowText(element).length, 'never an empty box').to.be.greaterThan(10);
      const alert = $(element, '[role="alert"]');
      const title = $(element, '[part="title"]');
      if (event.type === 'sla-error') {
        expect(alert, 'an alert').to.exist;
        expect(title).to.equal(null);
      } else {
        expect(title, 'the statement').to.exist;
        expect(alert).to.equal(null);
        expect(title!.textContent).to.equal((event.detail as SlaLoadDetail).statement.title);
      }

      const { problems, messages } = event.detail as SlaLoadDetail | SlaErrorDetail;
      expect(messages).to.have.length(problems.length);
      const where = (path: string) => (path === '' ? 'کل سند' : path);
      problems.forEach((problem, index) => expect(messages[index], 'the message names its path').to.contain(where(problem.path)));
      const listed = $$(element, '.problems li').map((item) => item.textContent!);
      // Every problem is listed: the first few in view, the rest behind «and N more».
      expect(listed.length).to.equal(problems.length);
      problems.forEach((problem, index) => expect(listed[index]).to.contain(where(problem.path)));
      if (event.type === 'sla-load') expect($(element, '[part="notice"]') !== null).to.equal(problems.length > 0);

      await wait(0);
      expect(unsafeRendering(element)).to.deep.equal([]);
      expect(watcher.errors, 'uncaught errors').to.deep.equal([]);
    } finally {
      watcher.stop();
    }
  }

  it(`mangled demo statements (${RUNS.mangled} runs)`, async () => {
    await check(mangledArbitrary(documents), show, RUNS.mangled);
    expect(counts['sla-load']! + counts['sla-error']!).to.be.greaterThanOrEqual(RUNS.mangled);
    // The mutations are meant to hit both ways out; a seed that never reached one would say little.
    expect(counts['sla-load']).to.be.greaterThan(0);
    expect(counts['sla-error']).to.be.greaterThan(0);
  }).timeout(120_000);

  it(`arbitrary JSON values (${RUNS.json} runs)`, async () => {
    await check(fc.jsonValue(), show, RUNS.json);
  }).timeout(60_000);
});
