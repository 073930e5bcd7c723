/**
 * The phone layout (issue 13, point 5): a table whose columns do not fit becomes stacked rows,
 * still a table to screen readers, and nothing scrolls sideways at 360px with every column, in
 * Persian and English, on a right-to-left and a left-to-right page.
 */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { SlaStatement } from '../../src/sla-statement.js';
import { $, $$, render, unmountAll } from './helpers.js';
import { until } from '../support/until.js';

declare const axe: { run: (context: Element) => Promise<{ violations: { id: string }[] }> };

const everyColumn = async () => (await (await fetch('/test/fixtures/print/every-column.json')).json()) as Record<string, unknown>;

const LABELS = {
  fa: ['واحد', 'شناسه خدمت', 'گیرنده خدمت', 'شیوه ارائه', 'مدت انجام', 'مراجعه حضوری', 'هزینه', 'پیوند'],
  en: ['Unit', 'Service ID', 'For', 'Channels', 'Processing time', 'In-person visits', 'Cost', 'Link'],
};


const stacked = (element: SlaStatement) => $(element, 'table')!.classList.contains('stacked');

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}

function findRole(node: AXNode, role: string): AXNode | undefined {
  if (node.role === role) return node;
  for (const child of node.children ?? []) {
    const found = findRole(child, role);
    if (found) return found;
  }
  return undefined;
}

describe('the service table on a phone', () => {
  afterEach(async () => {
    unmountAll();
    document.documentElement.removeAttribute('dir');
    await setViewport({ width: 1280, height: 800 });
  });

  for (const [lang, dir] of [['fa', 'rtl'], ['en', 'ltr']] as const) {
    it(`${lang}: at 360px every column stacks into rows of «label: value», and nothing scrolls sideways`, async () => {
      document.documentElement.dir = dir;
      await setViewport({ width: 360, height: 800 });
      const element = await render(await everyColumn(), `lang="${lang}"`);
      await until(() => stacked(element), 'the table is stacked');
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));

      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(innerWidth);
      const region = $(element, '[part="table-scroll"]')!;
      expect(region.scrollWidth, 'the table').to.be.at.most(region.clientWidth);
      // A block per service: its name on the first line, each other field a line below it.
      const row = $$(element, 'tbody tr')[0]!;
      expect(getComputedStyle(row).display).to.equal('grid');
      const name = row.querySelector('th')!.getBoundingClientRect();
      const cells = [...row.querySelectorAll('td:not(.number)')];
      expect(cells).to.have.length(8);
      for (const cell of cells) expect(cell.getBoundingClientRect().top).to.be.at.least(name.bottom - 1);
      expect(cells.map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal(
        LABELS[lang].map((label) => `"${label}:" / ""`),
      );
      // No tab stop for a box that does not scroll.
      expect(region.hasAttribute('tabindex')).to.equal(false);
      expect(await axe.run(element).then((result) => result.violations.map((violation) => violation.id))).to.deep.equal([]);
    });
  }

  it('is still a table to screen readers when stacked: rows of a row header and cells, under column headers', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await render(await everyColumn());
    await until(() => stacked(element), 'the table is stacked');
    const snapshot = (await executeServerCommand('ax-tree')) as AXNode;
    const table = findRole(snapshot, 'table')!;
    expect(table, 'a table').to.not.equal(undefined);
    const rows: AXNode[] = [];
    const collect = (node: AXNode) => {
      if (node.role === 'row') rows.push(node);
      else node.children?.forEach(collect);
    };
    collect(table);
    expect(rows).to.have.length(32);
    expect(rows[0]!.children!.map((cell) => cell.role)).to.deep.equal(Array(10).fill('columnheader'));
    expect(rows[1]!.children!.map((cell) => cell.role)).to.deep.equal(['cell', 'rowheader', ...Array(8).fill('cell')]);
    expect(rows[1]!.children![1]!.name).to.equal('انتقال مجوز حمل و نقل عمومی ۱');
  });

  it('a search hides the rows it does not match, stacked or not: unseen, out of the accessibility tree, the rest numbered from 2', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await render(await everyColumn());
    await until(() => stacked(element), 'the table is stacked');
    const input = $(element, 'input[type="search"]') as HTMLInputElement;
    input.value = 'مجوز ۱';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    for (const layout of ['stacked', 'table']) {
      const rows = $$(element, 'tbody tr');
      const shown = rows.filter((row) => !row.hidden);
      expect(rows, `${layout}: a row for every service`).to.have.length(31);
      expect(shown.length, layout).to.be.within(1, 30);
      expect(rows.filter((row) => row.hidden).map((row) => getComputedStyle(row).display), layout).to.deep.equal(Array(31 - shown.length).fill('none'));
      expect(shown.map((row) => row.getAttribute('aria-rowindex')), layout).to.deep.equal(shown.map((_, index) => String(index + 2)));
      expect($(element, 'table')!.getAttribute('aria-rowcount'), layout).to.equal(String(shown.length + 1));
      const snapshot = (await executeServerCommand('ax-tree')) as AXNode;
      const rowsRead: AXNode[] = [];
      const collect = (node: AXNode) => (node.role === 'row' ? rowsRead.push(node) : node.children?.forEach(collect));
      collect(findRole(snapshot, 'table')!);
      expect(rowsRead.length, `${layout}: rows a screen reader meets`).to.equal(shown.length + 1);
      await setViewport({ width: 1280, height: 800 });
      await until(() => !stacked(element), 'the table is a table again');
    }
  });

  it('goes back to the table when the room grows, and stays a table where it fits', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await render(await everyColumn());
    await until(() => stacked(element), 'the table is stacked');
    await setViewport({ width: 1280, height: 800 });
    await until(() => !stacked(element), 'the table is a table again');
    expect(getComputedStyle($(element, 'table')!).display).to.equal('table');
    const region = $(element, '[part="table-scroll"]')!;
    expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    expect(region.getAttribute('tabindex')).to.equal('0');
  });

  it('fits a table of two columns at 360px as a table', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await render(await (await fetch('/demo/data/001-hamedan.json')).json());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stacked(element)).to.equal(false);
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
  });
});
