/**
 * The `sla-statement` command: in-process through run() for every case, and as the built
 * dist-style bundle under plain `node` (built here into a temporary folder with
 * vite.cli.config.ts, so this test does not depend on `npm run build` having run).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as cli } from '../support/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;
const seed = (name: string) => join(root, 'test/fixtures/statements/seeds', `${name}.txt`);
const data = (name: string) => join(root, 'demo/data', name);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sla-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sla-statement --help', () => {
  it('documents both commands and the exit status', async () => {
    const { status, stdout } = await cli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('sla-statement import <statement.txt');
    expect(stdout).toContain('[-o <sla.json>]');
    expect(stdout).toContain('sla-statement validate <file.json>...');
    expect(stdout).toContain('Exit status');
  });

  it('refuses unknown commands and options with status 2', async () => {
    expect((await cli([])).status).toBe(2);
    expect((await cli(['convert', 'x'])).status).toBe(2);
    const unknown = await cli(['validate', '--strict', 'x.json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--help');
    expect((await cli(['import'])).status).toBe(2);
    expect((await cli(['validate', '-o', 'x', 'a.json'])).status).toBe(2);
  });
});

describe('sla-statement import', () => {
  it('writes the JSON to -o and the warnings, with line numbers, to stderr', async () => {
    const { status, stdout, stderr, written } = await cli(['import', seed('001_5db03f956a4e731d'), '-o', 'sla.json']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const json = JSON.parse(written.get('sla.json')!);
    expect(json.services.items).toHaveLength(23);
    expect(stderr).toMatch(/001_5db03f956a4e731d\.txt:70: warning: The column header "دفتراموراتباع و مهاجرين خارجي"/);
    expect(stderr).toContain('7 sections, 23 services, 6 warnings → sla.json');
  });

  it('words the warnings in Persian with --lang fa', async () => {
    const { status, stderr } = await cli(['import', seed('001_5db03f956a4e731d'), '-o', 'sla.json', '--lang', 'fa']);
    expect(status).toBe(0);
    expect(stderr).toMatch(/001_5db03f956a4e731d\.txt:70: warning: سرستون «دفتراموراتباع و مهاجرين خارجي» شناخته نشد/);
  });

  it('still writes the file, but exits 1 with one line saying what to fix, when there is no provider or no section', async () => {
    const { status, stderr, written } = await cli(['import', '-', '-o', 'sla.json'], 'توافقنامه سطح خدمت');
    expect(status).toBe(1);
    expect(JSON.parse(written.get('sla.json')!).sections).toEqual([]);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      "<stdin>: error: the statement is not ready to publish: give the provider's name with --provider or fill in provider.name; add the statement's text (no section was imported).",
    );
  });

  it('refuses a --lang it does not speak', async () => {
    const { status, stderr } = await cli(['import', '-', '--lang', 'de'], 'متن');
    expect(status).toBe(2);
    expect(stderr).toContain('--lang takes fa or en');
  });

  it('prints the JSON to stdout without -o', async () => {
    const { status, stdout } = await cli(['import', seed('000_9094c80fdb720990')]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ version: 1, provider: { name: 'استانداری لرستان' }, validity: { until: '1403/12/29' } });
  });

  it('reads standard input for "-" and applies --provider, --url, --title and --schema', async () => {
    const text = 'مقدمه\nمتن.\nهدف\nیک سطر بی نقطه\nمتن هدف.';
    const { status, stdout, stderr } = await cli(
      ['import', '-', '--provider', 'دستگاه', '--url', 'https://d.ir', '--title', 'عنوان', '--schema', 'https://d.ir/sla.schema.json'],
      text,
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ $schema: 'https://d.ir/sla.schema.json', title: 'عنوان', provider: { name: 'دستگاه', url: 'https://d.ir' } });
    expect(stderr).toContain('<stdin>:4: warning: The short line');
  });

  it('exits 1 and says where when the result does not validate', async () => {
    const { status, stderr } = await cli(['import', '-', '--url', 'ftp://x'], 'مقدمه\nمتن.');
    expect(status).toBe(1);
    expect(stderr).toMatch(/<stdout>:\d+:\d+: error: provider\.url: the link "ftp:\/\/x"/);
  });

  it('exits 1 when the file cannot be read', async () => {
    const { status, stderr } = await cli(['import', join(work, 'missing.txt')]);
    expect(status).toBe(1);
    expect(stderr).toContain('cannot read the file (ENOENT)');
  });
});

describe('sla-statement validate', () => {
  it('exits 0 when every file is valid', async () => {
    const { status, stdout } = await cli(['validate', data('000-lorestan.json'), data('001-hamedan.json')]);
    expect(status).toBe(0);
    expect(stdout).toBe(`${data('000-lorestan.json')}: valid\n${data('001-hamedan.json')}: valid\n`);
  });

  it('prints each problem with its JSON path and the line:column of the value, and exits 1', async () => {
    const file = data('errors/partial.json');
    const { status, stderr } = await cli(['validate', data('000-lorestan.json'), file]);
    expect(status).toBe(1);
    const lines = readFileSync(file, 'utf8').split('\n');
    const reported = [...stderr.matchAll(/^(.+):(\d+):(\d+): error: (\S+): /gm)];
    expect(reported.length).toBeGreaterThan(2);
    for (const [, name, line, column, path] of reported) {
      expect(name).toBe(file);
      // The column points at the value, whose member name is just before it.
      const before = lines[Number(line) - 1]!.slice(0, Number(column) - 1);
      const member = path!.replace(/\[\d+\]$/, '').split('.').at(-1)!;
      if (!/\]$/.test(path!)) expect(before, path).toMatch(new RegExp(`"${member}"\\s*:\\s*$`));
    }
    expect(stderr).toContain(`${file}:15:47: error: services.items[2].url: the link "javascript:alert(1)"`);
    expect(stderr).toContain('1 of 2 files valid');
  });

  it('gives the line and column of a JSON syntax error, and says when a file is HTML or empty', async () => {
    const broken = await cli(['validate', data('errors/broken.json')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json:\d+:\d+: error: not valid JSON/);
    writeFileSync(join(work, 'page.json'), '<!doctype html><p>not found');
    writeFileSync(join(work, 'empty.json'), '  ');
    const other = await cli(['validate', join(work, 'page.json'), join(work, 'empty.json')]);
    expect(other.stderr).toContain('page.json:1:1: error: this is an HTML page, not JSON');
    expect(other.stderr).toContain('empty.json: error: the file is empty');
  });

  it('names a missing required member at its parent', async () => {
    const file = join(work, 'no-title.json');
    writeFileSync(file, '{\n  "version": 1,\n  "provider": { "name": "x" },\n  "sections": []\n}\n');
    const { status, stderr } = await cli(['validate', file]);
    expect(status).toBe(1);
    expect(stderr).toBe(`${file}:1:1: error: title: this is required and missing. The statement cannot be shown.\n`);
  });
});

describe('the built command under plain node', () => {
  const exec = promisify(execFile);
  let bin: string;

  beforeAll(async () => {
    const out = join(work, 'dist');
    await exec(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--outDir', out], { cwd: root });
    bin = join(out, 'cli.js');
  }, 60_000);

  it('is one file with a node shebang that imports only Node built-ins', () => {
    const code = readFileSync(bin, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map(([, source]) => source);
    expect(imports.length).toBeGreaterThan(0);
    for (const source of imports) expect(source).toMatch(/^node:/);
  });

  it('runs --help, import and validate', async () => {
    const help = await exec(process.execPath, [bin, '--help']);
    expect(help.stdout).toContain('sla-statement validate');
    const output = join(work, 'lorestan.json');
    const imported = await exec(process.execPath, [bin, 'import', seed('000_9094c80fdb720990'), '-o', output]);
    expect(imported.stderr).toContain('0 warnings');
    const validated = await exec(process.execPath, [bin, 'validate', output]);
    expect(validated.stdout).toBe(`${output}: valid\n`);
    await expect(exec(process.execPath, [bin, 'validate', data('errors/invalid.json')])).rejects.toMatchObject({ code: 1 });
  });

  it('imports HTML and Word files, the Word reader bundled in', async () => {
    const page = await exec(process.execPath, [bin, 'import', join(root, 'test/fixtures/html/saved-page.html')]);
    expect(JSON.parse(page.stdout).services.items).toHaveLength(3);
    const docx = await exec(process.execPath, [bin, 'import', join(root, 'test/fixtures/word/statement.docx')]);
    expect(JSON.parse(docx.stdout).services.items).toHaveLength(3);
    expect(docx.stderr).toContain('statement.docx: paragraph 1: warning: The image');
  });

  it('is what package.json\'s bin points at', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ 'sla-statement': 'dist/cli.js' });
    expect(manifest.scripts.build).toContain('vite build -c vite.cli.config.ts');
  });
});
