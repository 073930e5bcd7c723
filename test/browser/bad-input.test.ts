/**
 * The bad-input corpus (test/fixtures/bad-input/cases.json) through the real element in Chromium:
 * each file is served by the test server and given as `src`; the two generated documents are
 * built here and served from a blob: URL. Whatever the input, the reader gets either the
 * statement (with a notice naming each local problem) or an alert saying what is wrong and where,
 * nothing from the data runs, and no error escapes.
 */
import { expect } from '@open-wc/testing';
import type { SlaErrorDetail, SlaLoadDetail, SlaStatement } from '../../src/sla-statement.js';
import { $, mount, settled, unmountAll } from './helpers.js';
import { generateCase } from '../fixtures/bad-input/generate.js';
import { PWNED, persianNumber, shadowText, unsafeRendering, watchUncaught } from '../fixtures/bad-input/shadow-checks.js';
import type { BadInputCase } from '../fixtures/bad-input/case.js';

type Case = BadInputCase;

const CORPUS = '/test/fixtures/bad-input/';
const cases: Case[] = await (await fetch(`${CORPUS}cases.json`)).json();
/** The alert and the notice list this many problems, then «and N more». */
const LISTED = 5;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function settledWithin(element: HTMLElement, ms: number) {
  const timeout = wait(ms).then(() => {
    throw new Error(`neither sla-load nor sla-error within ${ms} ms`);
  });
  return Promise.race([settled(element), timeout]);
}

/** How the alert or notice names a path: the path itself, or «the whole document». */
const shownPath = (path: string) => (path === '' ? 'کل سند' : path);

describe('bad-input corpus in the element', () => {
  let watcher: ReturnType<typeof watchUncaught>;
  let warn: typeof console.warn;
  const blobs: string[] = [];

  before(() => {
    // The element logs local problems to the console; a hundred cases of that is noise here.
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    console.warn = warn;
    for (const url of blobs) URL.revokeObjectURL(url);
  });
  beforeEach(() => {
    delete (window as unknown as Record<string, unknown>)[PWNED];
    watcher = watchUncaught();
  });
  afterEach(() => {
    watcher.stop();
    unmountAll();
  });

  it('has the corpus', () => {
    expect(cases.length).to.be.greaterThanOrEqual(60);
  });

  for (const entry of cases) {
    const test = it(`${entry.file}: ${entry.outcome}${entry.failure ? ` (${entry.failure})` : ''}`, async () => {
      let src = `${CORPUS}${entry.file}`;
      if (entry.generate) {
        src = URL.createObjectURL(new Blob([generateCase(entry.generate)], { type: 'application/json' }));
        blobs.push(src);
      }
      // The file names and blob: URLs need no escaping in an attribute.
      const element = mount(`<sla-statement lang="fa" src="${src}"></sla-statement>`) as SlaStatement;
      const done = settledWithin(element, entry.generate ? 50_000 : 8_000);
      const event = await done;
      await element.updateComplete;
      await nextFrame();
      // Give any injected image or handler the chance to run before looking for its traces.
      await wait(entry.outcome === 'ok' || entry.outcome === 'local' ? 20 : 0);

      const alert = $(element, '[role="alert"]');
      const title = $(element, '[part="title"]');
      const notice = $(element, '[part="notice"]');

      if (entry.outcome === 'fatal') {
        const failureKind = event.type === 'sla-error' ? (event.detail as SlaErrorDetail).failure.kind : '(none: sla-load)';
        expect(event.type, entry.why).to.equal('sla-error');
        const detail = event.detail as SlaErrorDetail;
        expect(failureKind, entry.why).to.equal(entry.failure);
        expect(alert, 'an alert').to.exist;
        expect(title, 'no statement').to.equal(null);
        const said = alert!.textContent!.replace(/\s+/g, ' ');
        switch (entry.failure) {
          case 'empty':
            expect(said).to.contain('خالی');
            break;
          case 'html':
            expect(said).to.contain('HTML');
            break;
          case 'syntax': {
            const { line, column } = detail.failure as { line: number; column: number };
            expect(line).to.be.greaterThanOrEqual(1);
            expect(column).to.be.greaterThanOrEqual(1);
            expect(said).to.contain(`سطر ${persianNumber(line)}`);
            expect(said).to.contain(`ستون ${persianNumber(column)}`);
            break;
          }
          case 'invalid':
            expect(detail.problems.map((problem) => problem.path)).to.deep.equal(entry.paths);
            for (const path of entry.paths.slice(0, LISTED)) expect(said, path || '(root)').to.contain(shownPath(path));
            if (entry.paths.length > LISTED) expect(said).to.contain(`${persianNumber(entry.paths.length - LISTED)} مورد دیگر`);
            break;
        }
      } else {
        const failure = event.type === 'sla-error' ? JSON.stringify((event.detail as SlaErrorDetail).failure).slice(0, 200) : '';
        expect(event.type, `${entry.why} ${failure}`).to.equal('sla-load');
        const detail = event.detail as SlaLoadDetail;
        expect(alert, 'no alert').to.equal(null);
        expect(title, 'the statement title').to.exist;
        // Text is shown as text: the title's characters are exactly the data's, markup included.
        expect(title!.textContent).to.equal(detail.statement.title);
        expect(detail.problems.map((problem) => problem.path)).to.deep.equal(entry.paths);
        if (entry.outcome === 'ok') {
          expect(notice, 'no notice').to.equal(null);
        } else {
          expect(notice, 'a notice').to.exist;
          expect(notice!.getAttribute('role')).to.equal('status');
          const listed = notice!.textContent!;
          for (const path of entry.paths) expect(listed, `the notice names ${path}`).to.contain(shownPath(path));
        }
        if (entry.paths.includes('provider.url')) {
          // Only the link is dropped: the provider's name is still there, as text.
          const provider = $(element, '[part="provider"]')!;
          expect(provider.querySelector('a')).to.equal(null);
          expect(provider.textContent!.trim()).to.equal(detail.statement.provider.name);
        }
      }

      expect(watcher.errors, 'uncaught errors').to.deep.equal([]);
      expect(shadowText(element).length, 'never an empty box').to.be.greaterThan(10);
      expect(unsafeRendering(element), 'nothing from the data runs; links are http(s), mailto or tel').to.deep.equal([]);
    });
    if (entry.generate) test.timeout(60_000);
  }
});
