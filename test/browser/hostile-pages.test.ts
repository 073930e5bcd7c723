/**
 * The element sits on portals nobody here controls: strict CSP with Trusted Types, themes that
 * restyle everything, left-to-right pages, dozens of instances, zoom.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, SEEDS, dataUrl, loadJson, mount, render, sectionButtons, settled, unmountAll } from './helpers.js';

interface CspReport {
  jsonLd: number;
  results: { id: string; type: string }[];
  rendered: { id: string; rows: number; sections: number; styled: string; showAll?: string; notice?: string }[];
  violations: string[];
}

describe('hostile and unusual pages', () => {
  afterEach(async () => {
    unmountAll();
    document.documentElement.removeAttribute('dir');
    document.querySelector('link[data-hostile]')?.remove();
    await setViewport({ width: 1280, height: 800 });
  });

  async function underPolicy(page: string): Promise<CspReport> {
    const frame = document.createElement('iframe');
    const report = new Promise<CspReport>((resolve) =>
      window.addEventListener('message', (event) => resolve(event.data as CspReport), { once: true }),
    );
    frame.src = `/test/fixtures/pages/${page}`;
    document.body.append(frame);
    const result = await report;
    frame.remove();
    return result;
  }

  for (const [page, jsonLd] of [
    ['csp.html', 3],
    ['csp-strictest.html', 0],
  ] as const) {
    it(`works under a strict CSP with Trusted Types enforced (${page}), with no violation`, async () => {
      const { results, rendered, violations, jsonLd: scripts } = await underPolicy(page);
      expect(violations).to.deep.equal([]);
      expect(results).to.deep.equal([
        { id: 'from-src', type: 'sla-load' },
        { id: 'inline', type: 'sla-load' },
        { id: 'english', type: 'sla-load' },
      ]);
      expect(rendered[0]).to.deep.include({ rows: 23, sections: 7, styled: '700' });
      expect(rendered[1]).to.deep.include({ sections: 1 });
      // The English interface and the problem's wording, each a module of its own, arrived under the policy.
      expect(rendered[2]).to.deep.include({ sections: 1, showAll: 'Hide all sections' });
      expect(rendered[2]!.notice).to.equal('\u2068sections[0].content[1]\u2069: must be a block: text, {"list": […]} or {"terms": […]}, but is \u20685\u2069.');
      expect(scripts, 'JSON-LD scripts').to.equal(jsonLd);
    });
  }

  it('keeps its layout under an aggressive host theme', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/test/fixtures/pages/hostile.css';
    link.dataset.hostile = '';
    const loaded = new Promise((resolve) => (link.onload = resolve));
    document.head.append(link);
    await loaded;
    await setViewport({ width: 360, height: 800 });
    const element = await render(await loadJson('001-hamedan'));
    // A table, or at 200% type, where its columns do not fit, stacked rows: as the element decides, not the theme.
    const table = $(element, 'table')!;
    expect(getComputedStyle(table).display).to.equal(table.classList.contains('stacked') ? 'block' : 'table');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    const button = sectionButtons(element)[0]!;
    expect(getComputedStyle(button).display).to.not.equal('none');
    expect(button.getBoundingClientRect().width).to.be.greaterThan(100);
    expect($(element, 'input[type="search"]')!.getBoundingClientRect().height).to.be.greaterThan(20);
    // The element's own box stays within the phone's width even with a 200% root font size.
    expect(element.getBoundingClientRect().right).to.be.at.most(360 + 1);
    expect($(element, '[part="table-scroll"]')!.getBoundingClientRect().width).to.be.at.most(360);
  });

  it('lays a Persian statement out right to left on a left-to-right page', async () => {
    document.documentElement.dir = 'ltr';
    const element = await render(await loadJson('000-lorestan'));
    const button = sectionButtons(element)[0]!;
    expect(getComputedStyle(button).direction).to.equal('rtl');
    const chevron = button.querySelector('.chevron')!.getBoundingClientRect();
    const title = button.querySelector('.section-title')!.getBoundingClientRect();
    expect(chevron.left, 'chevron sits at the right, before the title').to.be.greaterThan(title.left);
  });

  it('runs 50 instances on one page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const elements = Array.from({ length: 50 }, (_, index) =>
      mount(`<sla-statement src="${dataUrl(SEEDS[index % SEEDS.length]!.file)}" expanded="none"></sla-statement>`),
    );
    const events = await Promise.all(elements.map(settled));
    window.removeEventListener('error', onError);
    expect(events.every((event) => event.type === 'sla-load')).to.equal(true);
    expect(errors).to.deep.equal([]);
    const ids = elements.map((element) => sectionButtons(element)[0]!.id);
    expect(new Set(ids).size, 'ids are scoped per shadow root').to.equal(1);
  });

  it('reflows at 200% and 400% zoom (640 and 320 CSS pixels) without sideways page scroll', async () => {
    for (const width of [640, 320]) {
      await setViewport({ width, height: 800 });
      const element = await render(await loadJson('001-hamedan'), 'expanded="all"');
      expect(document.documentElement.scrollWidth, `${width}px`).to.be.at.most(width);
      expect($$(element, '.section-heading button').every((b) => b.getBoundingClientRect().right <= width)).to.equal(true);
      unmountAll();
    }
  });
});
