/**
 * `sla-statement render`: the statement as its no-JavaScript fallback (src/fallback/), in-process
 * through run(); the built command is tested in test/package/fallback-build.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFallback } from '../../src/fallback/render-fallback.js';
import { validateStatement } from '../../src/format/validate.js';
import { runCli as cli } from '../support/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;
const data = (name: string) => join(root, 'demo/data', name);
const statementOf = (name: string) => validateStatement(JSON.parse(readFileSync(data(name), 'utf8'))).statement!;

describe('sla-statement render', () => {
  it('writes the fallback to -o, labels in the statement\'s language by default', async () => {
    const { status, stdout, stderr, written } = await cli(['render', data('000-lorestan.json'), '-o', 'fallback.html']);
    expect([status, stdout, stderr]).toEqual([0, '', '']);
    expect(written.get('fallback.html')).toBe(renderFallback(statementOf('000-lorestan.json')));
  });

  it('writes to standard output, labels in the --lang language', async () => {
    const { status, stdout } = await cli(['render', data('001-hamedan.json'), '--lang', 'en']);
    expect(status).toBe(0);
    expect(stdout).toBe(renderFallback(statementOf('001-hamedan.json'), { lang: 'en' }));
    expect(stdout).toContain('<th scope="col" lang="en">Service</th>');
  });

  it('reads standard input with "-"', async () => {
    const { status, stdout } = await cli(['render', '-'], readFileSync(data('004-mazandaran-tvto.json'), 'utf8'));
    expect(status).toBe(0);
    expect(stdout).toBe(renderFallback(statementOf('004-mazandaran-tvto.json')));
  });

  it('leaves out a piece with a problem, as the element does, names it and exits 1', async () => {
    const doc = JSON.parse(readFileSync(data('000-lorestan.json'), 'utf8'));
    doc.sections[1].content.push(42);
    const { status, stdout, stderr } = await cli(['render', '-'], JSON.stringify(doc, null, 2));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^<stdin>:\d+:\d+: error: sections\[1\]\.content\[\d+\]: must be a block/);
    expect(stdout).toBe(renderFallback(validateStatement(doc).statement!));
  });

  it('writes nothing for a file that cannot be shown', async () => {
    const noTitle = await cli(['render', '-', '-o', 'out.html'], '{"version": 1, "provider": {"name": "x"}, "sections": []}');
    expect(noTitle.status).toBe(1);
    expect(noTitle.written.size).toBe(0);
    expect(noTitle.stderr).toContain('<stdin>:1:1: error: title: this is required and missing.');
    const broken = await cli(['render', '-'], '{"version": 1,');
    expect([broken.status, broken.stdout]).toEqual([1, '']);
    expect(broken.stderr).toMatch(/^<stdin>:1:\d+: error: not valid JSON/);
    const missing = await cli(['render', join(root, 'no-such.json')]);
    expect(missing.stderr).toContain('error: cannot read the file (ENOENT)');
  });

  it('takes one file, and no import options', async () => {
    expect((await cli(['render'])).status).toBe(2);
    expect((await cli(['render', 'a.json', 'b.json'])).status).toBe(2);
    expect((await cli(['render', 'a.json', '--title', 'x'])).status).toBe(2);
    expect((await cli(['render', 'a.json', '--lang', 'de'])).status).toBe(2);
    expect((await cli(['validate', 'a.json', '-o', 'x'])).status).toBe(2);
    expect((await cli(['--help'])).stdout).toContain('sla-statement render <sla.json | -> [-o <fallback.html>] [--lang fa|en]');
  });
});
