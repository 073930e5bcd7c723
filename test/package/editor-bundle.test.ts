/**
 * The editor as it is built (vite.editor.config.ts, issue 12 point 8): its own bundle in its own
 * folder, with a page that runs it; the Word reader (mammoth) in a chunk of its own, fetched after
 * the editor is ready (so a Word file opens offline later) and read in Chromium; the element's
 * bundle with none of the editor, the importer's readers or the editor's words. Needs
 * `npm run build` first for the last check (npm test does it).
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

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'sla-editor-'));
  await build({ root, configFile: join(root, 'vite.editor.config.ts'), logLevel: 'silent', build: { outDir: out, sourcemap: false } });
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

const chunks = () => readdirSync(join(out, 'chunks')).filter((file) => file.endsWith('.js'));
const isMammoth = (code: string) => code.includes('word/document.xml');

describe('the editor as built', () => {
  it('is sla-editor.js with a page to run it, and mammoth in a chunk of its own', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<script type="module" src="./sla-editor.js"></script>');
    expect(isMammoth(readFileSync(join(out, 'sla-editor.js'), 'utf8'))).toBe(false);
    expect(chunks().filter((file) => isMammoth(readFileSync(join(out, 'chunks', file), 'utf8')))).toEqual([expect.stringMatching(/^mammoth-/)]);
  });

  it('runs, fetches the Word reader once ready, and reads a Word file in Chromium', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.querySelector('sla-editor')?.dataset['ready'] === 'true');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /mammoth-/.test(entry.name)), null, { timeout: 10_000 });
    expect(requests.filter((path) => path.includes('mammoth-'))).toHaveLength(1);

    await page.setInputFiles('sla-editor >> #file', join(root, 'test/fixtures/word/statement.docx'));
    await page.waitForFunction(() => (document.querySelector('sla-editor')!.shadowRoot!.getElementById('json') as HTMLTextAreaElement).value.includes('صدور مجوز تجمعات'), null, { timeout: 15_000 });
    const statement = JSON.parse(await page.evaluate(() => (document.querySelector('sla-editor')!.shadowRoot!.getElementById('json') as HTMLTextAreaElement).value));
    expect(statement.title).toBe('توافقنامه سطح خدمت استانداری لرستان');
    expect(statement.services.items).toHaveLength(3);
    expect(requests.filter((path) => path.includes('mammoth-'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the element\'s bundle', () => {
  it('has none of the editor, the importer\'s HTML and Word readers, or the editor\'s words', () => {
    const bundle = join(root, 'dist/sla-statement.js');
    if (!existsSync(bundle)) return;
    const code = readFileSync(bundle, 'utf8');
    for (const marker of ['sla-editor', 'mso-list', 'html-left-out', 'word/document.xml', 'sourceCodeLocation', 'supportLists', 'ویرایشگر توافقنامه', 'sla-statement-editor:draft']) {
      expect(code, marker).not.toContain(marker);
    }
  });
});
