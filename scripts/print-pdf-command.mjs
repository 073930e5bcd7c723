/**
 * A web-test-runner command, `print-pdf`: prints the test page to PDF in Chromium (as a reader
 * pressing Print would) and returns the PDF's text, extracted with pdf.js.
 *
 * Chromium writes Persian as shaped glyphs (Arabic presentation forms) in visual order, one
 * glyph per text item, while a Latin word or a number is one item in reading order. To read it
 * back, items are grouped into lines by their baseline and read right to left; runs of
 * left-to-right items (Latin words, numbers and what joins them) are put back in their own
 * order; presentation forms are folded to plain letters with NFKC.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const LEFT_TO_RIGHT = /[A-Za-z0-9۰-۹٠-٩]/;
const NEUTRAL = /^[\s./:@_-]*$/;

/** Items further apart than this (in PDF points) are in different table cells: keep a space between. */
const CELL_GAP = 6;

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

async function pdfText(data) {
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const lines = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    const byBaseline = new Map();
    for (const item of items) {
      if (!item.str) continue;
      const baseline = Math.round(item.transform[5]);
      byBaseline.set(baseline, [...(byBaseline.get(baseline) ?? []), item]);
    }
    // PDF y grows upwards: the top line has the largest baseline.
    for (const baseline of [...byBaseline.keys()].sort((a, b) => b - a)) lines.push(readLine(byBaseline.get(baseline)));
  }
  return { pages: pdf.numPages, text: lines.join('\n') };
}

export function printPdfCommand() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      return pdfText(new Uint8Array(pdf));
    },
  };
}
