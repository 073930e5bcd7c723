/**
 * The Word reader as browsers get it: the editor built by Vite (mammoth bundled from its
 * CommonJS source through its `browser` field) puts mammoth in a chunk of its own, loaded only
 * when a .docx is opened, and reads a real Word file in Chromium. The element's bundle has none
 * of the importer's readers. Needs `npm run build` first for the last check (npm test does it).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
let out: string;
let server: Server;
let origin: string;
let browser: Browser;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'sla-editor-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: join(root, 'demo/editor.html') } },
  });
  server = createServer((request, response) => {
    const path = normalize(join(out, decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
    if (!path.startsWith(out) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

const chunks = () => readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js'));
const isMammoth = (code: string) => code.includes('word/document.xml') && code.includes('mammoth');

describe('the editor as Vite builds it', () => {
  it('has mammoth in a chunk of its own, not in the editor\'s', () => {
    const code = Object.fromEntries(chunks().map((file) => [file, readFileSync(join(out, 'assets', file), 'utf8')]));
    const withMammoth = Object.keys(code).filter((file) => isMammoth(code[file]!));
    expect(withMammoth).toHaveLength(1);
    const page = readFileSync(join(out, 'demo/editor.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/assets\/([^"]+)"/.exec(page)![1]!;
    expect(withMammoth).not.toContain(entry);
  });

  it('reads a Word file in Chromium, fetching the Word reader only then', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/demo/editor.html`);
    await page.waitForFunction(() => document.documentElement.dataset['editorReady'] === 'true');
    const mammothChunk = chunks().find((file) => isMammoth(readFileSync(join(out, 'assets', file), 'utf8')))!;
    expect(requests).not.toContain(`/assets/${mammothChunk}`);

    await page.setInputFiles('#file', join(root, 'test/fixtures/word/statement.docx'));
    await page.waitForFunction(() => (document.querySelector('#json') as HTMLTextAreaElement).value.includes('صدور مجوز تجمعات'), null, { timeout: 15_000 });
    const statement = JSON.parse(await page.$eval('#json', (element) => (element as HTMLTextAreaElement).value));
    expect(statement.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
    expect(statement.services.items).toHaveLength(3);
    expect(requests).toContain(`/assets/${mammothChunk}`);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the element\'s bundle', () => {
  it('has none of the importer\'s HTML and Word readers', () => {
    const bundle = join(root, 'dist/sla-statement.js');
    if (!existsSync(bundle)) return;
    const code = readFileSync(bundle, 'utf8');
    for (const marker of ['mso-list', 'html-left-out', 'word/document.xml', 'sourceCodeLocation', 'supportLists']) expect(code, marker).not.toContain(marker);
  });
});
