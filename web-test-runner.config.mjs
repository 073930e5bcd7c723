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
import { printPdfCommand } from './scripts/print-pdf-command.mjs';
import { bundleSampleCommand } from './scripts/bundle-sample-command.mjs';
import { axTreeCommand } from './scripts/ax-tree-command.mjs';
import { findTextCommand } from './scripts/find-text-command.mjs';
import { gzipSizeCommand } from './scripts/gzip-size-command.mjs';
import { mammothBrowserBuild } from './scripts/mammoth-browser-build.mjs';
import { portalRoutes } from './scripts/portal-routes.mjs';
import { wordpressBundle } from './scripts/wordpress-bundle.mjs';
import { wpKsesCommand } from './scripts/wp-kses-command.mjs';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * /__fault/status/500          answers with that status
 * /__fault/hang                never answers (until the browser gives up)
 * /__fault/slow/<ms>/<path>    serves a project file after a delay
 * /__fault/html                a 200 HTML page where JSON was expected
 * /__fault/text/<path>         a project JSON file served as text/plain
 * /__fault/flaky/<key>/<path>  fails with 503 the first time for a key, then serves the file
 * /__fault/trickle/<n>/<path>  serves a project file n bytes at a time, cutting through characters
 * /__fault/without/<part>/<file>  serves dist/<file>, but 404 for the on-demand module named <part>
 * /sla.json                    the statement the docs' samples point at (Lorestan's)
 */
const flakyKeys = new Set();
async function faults(context, next) {
  if (context.path === '/sla.json') {
    context.type = 'application/json';
    context.body = await readFile('demo/data/000-lorestan.json', 'utf8');
    return;
  }
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
  } else if (kind === 'flaky') {
    const [key, ...path] = rest;
    if (flakyKeys.has(key)) {
      context.type = 'application/json';
      context.body = await readFile(path.join('/'), 'utf8');
    } else {
      flakyKeys.add(key);
      context.status = 503;
      context.body = 'try later';
    }
  } else if (kind === 'trickle') {
    const [size, ...path] = rest;
    const bytes = await readFile(path.join('/'));
    // Written past Koa (and the dev server's plugins, which would buffer the body whole).
    context.respond = false;
    context.res.writeHead(200, { 'Content-Type': 'application/json' });
    for (let start = 0; start < bytes.length; start += Number(size)) {
      context.res.write(bytes.subarray(start, start + Number(size)));
      await delay(5);
    }
    context.res.end();
  } else if (kind === 'text') {
    context.type = 'text/plain';
    context.body = await readFile(rest.join('/'), 'utf8');
  } else if (kind === 'without') {
    const [part, file] = rest;
    if (file.startsWith(`sla-statement-${part}-`)) {
      context.status = 404;
      context.body = 'not here';
    } else {
      context.type = 'text/javascript';
      context.body = await readFile(`dist/${file}`, 'utf8');
    }
  }
}

/**
 * The strictest policy a portal might send, with Trusted Types enforced. Lit's policy is named
 * lit-html; the element's own (for its JSON-LD) is sla-statement. csp-strictest.html lists only
 * lit-html: the element must still work, without JSON-LD and without a violation.
 */
const CSP = (policies) =>
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  `require-trusted-types-for 'script'; trusted-types ${policies}`;
const CSP_PAGES = {
  '/test/fixtures/pages/csp.html': CSP('lit-html sla-statement'),
  '/test/fixtures/pages/csp-strictest.html': CSP('lit-html'),
};

async function strictPolicy(context, next) {
  await next();
  const policy = CSP_PAGES[context.path];
  if (policy) context.set('Content-Security-Policy', policy);
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  rootDir: '.',
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  middleware: [faults, strictPolicy],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), printPdfCommand(), bundleSampleCommand(), findTextCommand(), gzipSizeCommand(), axTreeCommand(), mammothBrowserBuild(),
    // The CMS editor tests (test/browser/cms/): a portal's files, WordPress's editor and sanitizer.
    portalRoutes(), wordpressBundle(), wpKsesCommand()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        // gc() and exact heap sizes for the memory test.
        args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('test-results/browser.json')],
};
