/**
 * Browser tests: everything that renders is tested in the system Chromium, never in a DOM
 * imitation. The fault routes below are a real local server for the network cases.
 */
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * /__fault/status/500          answers with that status
 * /__fault/hang                never answers (until the browser gives up)
 * /__fault/slow/<ms>/<path>    serves a project file after a delay
 * /__fault/html                a 200 HTML page where JSON was expected
 * /__fault/text/<path>         a project JSON file served as text/plain
 */
async function faults(context, next) {
  const [, root, kind, ...rest] = context.path.split('/');
  if (root !== '__fault') return next();
  if (kind === 'status') {
    context.status = Number(rest[0]);
    context.body = `status ${rest[0]}`;
  } else if (kind === 'hang') {
    await new Promise((resolve) => context.req.once('close', resolve));
  } else if (kind === 'slow') {
    await delay(Number(rest[0]));
    context.type = 'application/json';
    context.body = await readFile(rest.slice(1).join('/'), 'utf8');
  } else if (kind === 'html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>Page not found</p>';
  } else if (kind === 'text') {
    context.type = 'text/plain';
    context.body = await readFile(rest.join('/'), 'utf8');
  }
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  rootDir: '.',
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  middleware: [faults],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } })],
  reporters: [defaultReporter(), countingReporter('test-results/browser.json')],
};
