/**
 * The package as users get it: `npm pack`, installed into a new project, both entries imported
 * by a bundler and run in Chromium, the JSON Schema resolved, and the CLI run through npx.
 * Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let project: string;
let files: string[];
let browser: Browser;

beforeAll(async () => {
  const packed = mkdtempSync(join(tmpdir(), 'sla-pack-'));
  const [{ filename, files: listed }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packed], root));
  files = listed.map((file: { path: string }) => file.path);
  project = mkdtempSync(join(tmpdir(), 'sla-app-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(packed, filename)], project);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Bundles `source` inside the app project, as an app's bundler would, and runs it in a page. */
async function runInBrowser(source: string): Promise<unknown> {
  const entry = join(project, 'entry.js');
  writeFileSync(entry, source);
  const bundled = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, absWorkingDir: project });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent('<!doctype html><html lang="fa"><body></body></html>');
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text, type: 'module' });
  const result = await page.waitForFunction(() => (window as unknown as { result?: unknown }).result, null, { timeout: 10_000 });
  const value = await result.jsonValue();
  await page.close();
  expect(errors).toEqual([]);
  return value;
}

const STATEMENT = JSON.stringify({ version: 1, title: 'آزمون بسته', provider: { name: 'دستگاه' }, sections: [] });

describe('the npm package', () => {
  it('ships what users need and nothing of the repository', () => {
    for (const needed of [
      'dist/sla-statement.js',
      'dist/sla-statement.iife.js',
      'dist/cli.js',
      'dist/esm/sla-statement.js',
      'dist/esm/sla-statement.d.ts',
      'dist/esm/sla-statement.component.js',
      'dist/esm/importer/index.js',
      'schema/sla.schema.json',
      'custom-elements.json',
      'package.json',
      'README.md',
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((file) => /^(src|test|demo|bench|scripts)\//.test(file) || file.endsWith('.map'))).toEqual([]);
  });

  it('ships every module the bundle fetches on demand, beside it', () => {
    const bundle = readFileSync(join(root, 'dist/sla-statement.js'), 'utf8');
    const onDemand = [...bundle.matchAll(/import\(`\.\/([\w.-]+\.js)`\)|import\("\.\/([\w.-]+\.js)"\)/g)].map(([, a, b]) => `dist/${a ?? b}`);
    expect(onDemand.length).toBeGreaterThanOrEqual(4);
    for (const module of onDemand) expect(files, module).toContain(module);
  });

  it('defines the element from the default entry, harmlessly twice, and renders', async () => {
    const result = await runInBrowser(`
      import 'sla-statement';
      import { SlaStatement } from 'sla-statement/element';
      await import('sla-statement');
      const element = document.createElement('sla-statement');
      element.data = ${STATEMENT};
      element.addEventListener('sla-load', () => {
        window.result = { same: customElements.get('sla-statement') === SlaStatement, title: element.shadowRoot.querySelector('[part="title"]').textContent };
      });
      document.body.append(element);
    `);
    expect(result).toEqual({ same: true, title: 'آزمون بسته' });
  });

  it('exports the class without defining it from sla-statement/element', async () => {
    const result = await runInBrowser(`
      import { SlaStatement } from 'sla-statement/element';
      const definedBefore = customElements.get('sla-statement') !== undefined;
      customElements.define('agency-sla', SlaStatement);
      const element = document.createElement('agency-sla');
      element.data = ${STATEMENT};
      element.addEventListener('sla-load', () => { window.result = { definedBefore, rendered: !!element.shadowRoot.querySelector('[part="title"]') }; });
      document.body.append(element);
    `);
    expect(result).toEqual({ definedBefore: false, rendered: true });
  });

  it('exports the JSON Schema and the custom elements manifest', () => {
    const resolved = run('node', ['--input-type=module', '-e', "console.log(import.meta.resolve('sla-statement/schema.json'))"], project);
    const schema = JSON.parse(readFileSync(new URL(resolved.trim()), 'utf8'));
    expect(schema.$id).toContain('sla.schema.json');
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/sla-statement', JSON.parse(readFileSync(join(project, 'node_modules/sla-statement/package.json'), 'utf8')).customElements), 'utf8'));
    expect(manifest.modules.length).toBeGreaterThan(0);
  });

  it('runs the CLI through npx', () => {
    expect(run('npx', ['--no-install', 'sla-statement', '--help'], project)).toMatch(/import[\s\S]*validate/);
    writeFileSync(join(project, 'sla.json'), readFileSync(join(root, 'demo/data/001-hamedan.json')));
    expect(() => run('npx', ['--no-install', 'sla-statement', 'validate', 'sla.json'], project)).not.toThrow();
    writeFileSync(join(project, 'bad.json'), '{"version": 2}');
    expect(() => run('npx', ['--no-install', 'sla-statement', 'validate', 'bad.json'], project)).toThrow();
  });
});
