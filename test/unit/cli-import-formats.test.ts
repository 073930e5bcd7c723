/**
 * `sla-statement import` of HTML pages and Word files (issue 10, points 4 and 5): the kind from
 * the file's name or its first bytes, warnings with the place in the file, and errors for what
 * cannot be read. In-process through run(), as test/unit/cli.test.ts does; the built command is
 * run there.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP, inputKind } from '../../src/cli/run.js';
import { runCli as cli } from '../support/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;
const html = (name: string) => join(root, 'test/fixtures/html', name);
const word = (name: string) => join(root, 'test/fixtures/word', name);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sla-cli-formats-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the kind of input', () => {
  it('is taken from the name first, then from the content', () => {
    expect(inputKind('page.html', bytes('متن'))).toBe('html');
    expect(inputKind('PAGE.HTM', bytes('متن'))).toBe('html');
    expect(inputKind('s.docx', bytes('متن'))).toBe('docx');
    expect(inputKind('s.doc', bytes('متن'))).toBe('doc');
    expect(inputKind('s.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('docx');
    expect(inputKind('s', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('doc');
    expect(inputKind('s.txt', bytes('\uFEFF  <!DOCTYPE html><p>x'))).toBe('html');
    expect(inputKind('-', bytes('<html>'))).toBe('html');
    expect(inputKind('s', bytes('<p class=MsoNormal>x</p>'))).toBe('html');
    expect(inputKind('s', bytes('<!--StartFragment--><p>x'))).toBe('html');
  });

  it('is text for a statement that merely starts with a bracket or an autolink', () => {
    expect(inputKind('s.txt', bytes('<https://x.ir> توافقنامه'))).toBe('text');
    expect(inputKind('s', bytes('< مقدمه >'))).toBe('text');
    expect(inputKind('s', bytes('توافقنامه سطح خدمت\n<b>'))).toBe('text');
  });
});

describe('sla-statement import page.html', () => {
  it('imports a saved page and prints each warning at its line of the HTML', async () => {
    const { status, stderr, written } = await cli(['import', html('saved-page.html'), '-o', 'sla.json']);
    expect(status).toBe(0);
    const json = JSON.parse(written.get('sla.json')!);
    expect(json.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
    expect(json.sections.length).toBeGreaterThanOrEqual(6);
    expect(json.services.items).toHaveLength(3);
    expect(stderr).toContain(`${html('saved-page.html')}:17: warning: The site navigation (nav) "صفحه اصلی اخبار دولت الکترونیک" was left out`);
    expect(stderr).toContain(`${html('saved-page.html')}:74: warning: The page footer (footer)`);
    expect(stderr).toMatch(/saved-page\.html: \d+ sections, 3 services, \d+ warnings → sla\.json/);
    expect(written.get('sla.json')).not.toMatch(/alert|javascript|trackPage/);
  });

  it('recognises HTML by its content under another name, and on standard input', async () => {
    const copy = join(work, 'clipboard.txt');
    copyFileSync(html('word-clipboard.html'), copy);
    const named = await cli(['import', copy]);
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout).services.items).toHaveLength(4);
    const piped = await cli(['import', '-'], '<!doctype html><h1>توافقنامه سطح خدمت اداره نمونه</h1><h2>مقدمه</h2><p>متن مقدمه.</p><nav>منو</nav>');
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).sections[0]).toMatchObject({ kind: 'introduction', content: ['متن مقدمه.'] });
    expect(piped.stderr).toContain('<stdin>:1: warning: The site navigation (nav) "منو" was left out');
  });

  it('reads a page in the charset it declares', async () => {
    const page = join(work, 'old.htm');
    // «مقدمه» and «سلام» in windows-1256.
    const encoded = [0xe3, 0xde, 0xcf, 0xe3, 0xe5];
    const hello = [0xd3, 0xe1, 0xc7, 0xe3];
    writeFileSync(page, Buffer.from([...bytes('<meta charset="windows-1256"><h2>'), ...encoded, ...bytes('</h2><p>'), ...hello, ...bytes('.</p>')]));
    const { status, stdout } = await cli(['import', page, '--provider', 'اداره نمونه']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).sections[0]).toMatchObject({ kind: 'introduction', content: ['سلام.'] });
  });
});

describe('sla-statement import statement.docx', () => {
  it('imports a Word file and prints each warning at its paragraph', async () => {
    const { status, stderr, written } = await cli(['import', word('statement.docx'), '-o', 'sla.json']);
    expect(status).toBe(0);
    const json = JSON.parse(written.get('sla.json')!);
    expect(json.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
    expect(json.services.items[0]).toMatchObject({ name: 'صدور مجوز تجمعات', unit: 'دفتر امور سیاسی و انتخابات', channels: ['web', 'in-person'] });
    expect(stderr).toContain(`${word('statement.docx')}: paragraph 1: warning: The image "آرم استانداری لرستان" was left out`);
    expect(stderr).not.toMatch(/statement\.docx:\d+:/);
  });

  it('recognises a Word file by its content under another name', async () => {
    const copy = join(work, 'statement.bin');
    copyFileSync(word('numbered-headings.docx'), copy);
    const { status, stdout, stderr } = await cli(['import', copy]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).services.items).toHaveLength(2);
    expect(stderr).toContain(`${copy}: table 2, row 1: warning: The column "توضيحات" matches no service field`);
  });

  it('exits 1 with a message for a file that is not a readable Word file, an old .doc, or Word on standard input', async () => {
    const broken = join(work, 'broken.docx');
    writeFileSync(broken, 'not a zip at all');
    const notZip = await cli(['import', broken]);
    expect(notZip.status).toBe(1);
    expect(notZip.stderr).toMatch(/broken\.docx: error: not a Word \(\.docx\) file that can be read/);
    const zipWithoutWord = join(work, 'other.docx');
    writeFileSync(zipWithoutWord, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    expect((await cli(['import', zipWithoutWord])).stderr).toContain('not a Word (.docx) file that can be read');
    const old = join(work, 'old.doc');
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const doc = await cli(['import', old]);
    expect(doc.status).toBe(1);
    expect(doc.stderr).toContain('old Word .doc file; open it in Word or LibreOffice and save it as .docx');
    const piped = await cli(['import', '-'], 'PK\u0003\u0004rest');
    expect(piped.status).toBe(1);
    expect(piped.stderr).toContain('<stdin>: error: a Word file cannot be read from standard input; give its path');
  });
});

describe('sla-statement --help', () => {
  it('says that import reads HTML and Word files and how their warnings are placed', () => {
    expect(HELP).toContain('sla-statement import <statement.txt | page.html | statement.docx | ->');
    expect(HELP).toContain('a saved web page (.html, .htm), or a Word file (.docx)');
    expect(HELP).toContain('"file: paragraph N:');
  });
});
