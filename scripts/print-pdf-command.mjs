/**
 * A web-test-runner command, `print-pdf`: prints the test page to PDF in Chromium as a reader
 * pressing Print would (A4 portrait, Chromium's default margins of 1 cm: no margins are given)
 * and returns the PDF's text, extracted with pdf.js, page by page, and any text that lies
 * outside its page. `{ save: 'name' }` also keeps the PDF, as test-results/print/name.pdf, to look at.
 *
 * Chromium writes Persian as shaped glyphs (Arabic presentation forms) in visual order, one
 * glyph per text item, while a Latin word or a number is one item in reading order. To read it
 * back, items are grouped into lines by their baseline and read right to left; runs of
 * left-to-right items (Latin words, numbers and what joins them) are put back in their own
 * order; presentation forms are folded to plain letters with NFKC.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const SAVED = 'test-results/print';
const LEFT_TO_RIGHT = /[A-Za-z0-9۰-۹٠-٩]/;
const NEUTRAL = /^[\s./:@_-]*$/;

/**
 * Items further apart than this (in PDF points) are in different table cells, whose text is about
 * 5 pt apart in the print layout: keep a space between. Glyphs of a word touch.
 */
const CELL_GAP = 3;

function readLine(items) {
  const sorted = items.sort((a, b) => b.transform[4] - a.transform[4]);
  const rightToLeft = sorted.map((item, index) => {
    const next = sorted[index + 1];
    const gap = next ? item.transform[4] - (next.transform[4] + next.width) : 0;
    return gap > CELL_GAP ? [item.str, ' '] : [item.str];
  }).flat();
  const logical = [];
  let run = [];
  const flush = () => {
    // Neutral items at the run's edges belong to the surrounding right-to-left text.
    let end = run.length;
    while (end > 0 && NEUTRAL.test(run[end - 1])) end--;
    logical.push(...run.slice(0, end).reverse(), ...run.slice(end));
    run = [];
  };
  for (const text of rightToLeft) {
    if (LEFT_TO_RIGHT.test(text) || (run.length > 0 && NEUTRAL.test(text))) run.push(text);
    else {
      flush();
      logical.push(text);
    }
  }
  flush();
  return logical.join('').normalize('NFKC');
}

export async function pdfText(data) {
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const pageTexts = [];
  const outside = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [left, bottom, right, top] = page.view;
    const { items } = await page.getTextContent();
    const byBaseline = new Map();
    for (const item of items) {
      if (!item.str) continue;
      const [x, y] = [item.transform[4], item.transform[5]];
      // Half a point of slack for rounding; a glyph cut by the page edge starts or ends past it.
      if (item.str.trim() && (x < left - 0.5 || x + item.width > right + 0.5 || y < bottom || y > top)) {
        outside.push(`page ${number}: ${item.str}`);
      }
      const baseline = Math.round(y);
      byBaseline.set(baseline, [...(byBaseline.get(baseline) ?? []), item]);
    }
    // PDF y grows upwards: the top line has the largest baseline.
    const lines = [...byBaseline.keys()].sort((a, b) => b - a).map((baseline) => readLine(byBaseline.get(baseline)));
    pageTexts.push(lines.join('\n'));
  }
  return { pages: pdf.numPages, text: pageTexts.join('\n'), pageTexts, outside };
}

export function printPdfCommand() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // A4 in inches; margins left to Chromium's defaults.
        const { data } = await cdp.send('Page.printToPDF', { paperWidth: 8.27, paperHeight: 11.69, printBackground: true });
        const pdf = Buffer.from(data, 'base64');
        if (payload?.save) {
          await mkdir(SAVED, { recursive: true });
          await writeFile(join(SAVED, `${basename(payload.save)}.pdf`), pdf);
        }
        return pdfText(new Uint8Array(pdf));
      } finally {
        await cdp.detach();
      }
    },
  };
}
