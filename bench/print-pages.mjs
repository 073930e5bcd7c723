/**
 * `node bench/print-pages.mjs [repository root] [out dir]`: prints statements of every size to
 * PDF as a reader would (A4 portrait, Chromium's default margins, Persian and English interface)
 * and tells how many pages each takes, how many of them hold the services table, and whether any
 * text lies outside its page. The PDFs go to
 * the out dir (default bench/print/, git-ignored) to be looked at, e.g. with
 * `pdftoppm -png -r 60 bench/print/31-fa.pdf bench/print/31-fa`.
 *
 * The root (default: this repository) is where dist/ is served from, so the same script measures
 * an older build checked out elsewhere: `node bench/print-pages.mjs /tmp/before`. PRINT_ONLY
 * (comma-separated names, e.g. `31-services`) prints only those statements.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { pdfText } from '../scripts/print-pdf-command.mjs';
import { generateStatement } from './generate.mjs';
import { startServer } from './server.mjs';

const HERE = import.meta.dirname;
const root = resolve(process.argv[2] ?? join(HERE, '..'));
const out = resolve(process.argv[3] ?? join(HERE, 'print'));

/** Every service column the element has, the link included. */
function withEveryColumn(statement) {
  statement.services.items.forEach((item, index) => {
    item.url = `https://example.ir/services/${index + 1}`;
  });
  return statement;
}

const seeds = ['000-lorestan', '001-hamedan', '002-south-kerman-electricity', '003-iranshahr-medical-sciences', '004-mazandaran-tvto'];
const only = process.env.PRINT_ONLY?.split(',');
const statements = [
  ...seeds.map((name) => [name, JSON.parse(readFileSync(join(HERE, '../demo/data', `${name}.json`), 'utf8'))]),
  ['31-services', withEveryColumn(generateStatement(31))],
  ['1000-services', withEveryColumn(generateStatement(1000))],
].filter(([name]) => !only || only.includes(name));

const page = (lang) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<title>print</title>
<style>body { font-family: Tahoma, "DejaVu Sans", sans-serif; }</style>
<script type="module" src="/dist/sla-statement.js"></script>
</head><body>
<sla-statement></sla-statement>
</body></html>`;

const files = new Map([
  ['/fa.html', Buffer.from(page('fa'))],
  ['/en.html', Buffer.from(page('en'))],
  ...statements.map(([name, statement]) => [`/${name}.json`, Buffer.from(JSON.stringify(statement))]),
]);

mkdirSync(out, { recursive: true });
const server = await startServer(root, files);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows = [];
try {
  for (const [name, statement] of statements) {
    // A service's name is not read back whole from a table cell; its row number and unit are not unique.
    const ids = statement.services?.items.map((item) => item.id).filter(Boolean) ?? [];
    const row = { name };
    for (const lang of ['fa', 'en']) {
      const tab = await browser.newPage();
      await tab.goto(`${server.origin}/${lang}.html`);
      await tab.evaluate(async (src) => {
        const element = document.querySelector('sla-statement');
        const loaded = new Promise((done) => element.addEventListener('sla-load', done, { once: true }));
        element.setAttribute('src', src);
        await loaded;
        await element.updateComplete;
      }, `/${name}.json`);
      // Chromium's own print path with no margins given: its default margins, as a reader gets them.
      const cdp = await tab.context().newCDPSession(tab);
      const { data } = await cdp.send('Page.printToPDF', { paperWidth: 8.27, paperHeight: 11.69, printBackground: true });
      const pdf = Buffer.from(data, 'base64');
      writeFileSync(join(out, `${name}-${lang}.pdf`), pdf);
      const { pages, pageTexts, outside } = await pdfText(new Uint8Array(pdf));
      row[lang] = pages;
      row[`${lang} table`] = ids.length ? pageTexts.filter((text) => ids.some((id) => text.includes(id))).length : '—';
      row[`${lang} outside`] = outside.length;
      if (outside.length) console.error(`${name} ${lang}: ${outside.length} text items outside the page, e.g. ${outside.slice(0, 3).join(' | ')}`);
      await tab.close();
    }
    rows.push(row);
    console.error(name, JSON.stringify(row));
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('| statement | pages (fa) | pages (en) | of them with services (fa / en) | text outside the page (fa / en) |');
console.log('|---|---:|---:|---|---|');
for (const row of rows) {
  console.log(`| ${row.name} | ${row.fa} | ${row.en} | ${row['fa table']} / ${row['en table']} | ${row['fa outside']} / ${row['en outside']} |`);
}
