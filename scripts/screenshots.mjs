/**
 * Screenshots of the demo for looking at, phone and desktop, Persian and English:
 * `node scripts/screenshots.mjs [base-url]` (with `npm run demo` running) writes screenshots/*.png.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173/demo/';
const pages = [
  ['fa-lorestan', 'index.html?agency=0'],
  ['fa-hamedan', 'index.html?agency=1'],
  ['fa-iranshahr', 'index.html?agency=3'],
  ['fa-mazandaran', 'index.html?agency=4'],
  ['en-hamedan', 'english.html'],
  ['fa-errors', 'errors.html'],
];
const widths = { phone: 360, desktop: 1280 };

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [name, path] of pages) {
  for (const [device, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(new URL(path, base).href);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('sla-statement')].every((el) => !el.shadowRoot?.querySelector('[aria-busy="true"]')),
    );
    await page.screenshot({ path: `screenshots/${name}-${device}.png`, fullPage: true });
    await page.screenshot({ path: `screenshots/${name}-${device}-first-screen.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(`${name}-${device}.png${overflow > 0 ? `  (page scrolls sideways by ${overflow}px)` : ''}`);
    await page.close();
  }
}
await browser.close();
