/**
 * Every code sample in README.md and docs/*.md, run as a reader would use it: HTML snippets in a
 * page (CDN addresses pointed at this build), CSS applied to a real element, framework samples
 * bundled and mounted. `/sla.json` is served by the test server.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { unmountAll } from './helpers.js';

const DOCS = ['README.md', 'docs/embedding.md', 'docs/frameworks.md', 'docs/theming.md', 'docs/api.md', 'docs/authoring.md'];

interface Sample {
  file: string;
  lang: string;
  code: string;
}

const samples: Sample[] = (
  await Promise.all(
    DOCS.map(async (file) => {
      const text = await (await fetch(`/${file}`)).text();
      return [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({ file, lang: lang!, code: code! }));
    }),
  )
).flat();

/** The pinned CDN address in the docs, served from this build instead. */
const fromThisBuild = (html: string) => html.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/sla-statement@[\d.]+\//g, '/');

async function statementsIn(root: ParentNode, count: number): Promise<Element[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = [...root.querySelectorAll('*')].filter((element) => element.shadowRoot?.querySelector('[part="title"]'));
    if (shown.length >= count || Date.now() > deadline) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const manifestParts = async () => {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations)[0];
  return {
    parts: new Set<string>(element.cssParts.map((p: { name: string }) => p.name)),
    properties: new Set<string>(element.cssProperties.map((p: { name: string }) => p.name)),
  };
};

describe('code samples in the docs', () => {
  afterEach(unmountAll);

  it('finds the samples', () => {
    const langs = new Set(samples.map((sample) => sample.lang));
    for (const lang of ['html', 'css', 'jsx', 'js', 'ts', 'sh']) expect(langs, lang).to.include(lang);
  });

  for (const sample of samples.filter((s) => s.lang === 'html')) {
    it(`${sample.file}: HTML sample renders a statement\n${sample.code.slice(0, 80)}`, async () => {
      // A sample without the script is content for a page whose template loads it (docs/embedding.md).
      const template = /<script[^>]+sla-statement/.test(sample.code) ? '' : '<script type="module" src="/assets/sla-statement.js"></script>';
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="fa" dir="rtl"><head>${template}</head><body>${fromThisBuild(sample.code)}</body></html>`;
      const loaded = new Promise((resolve) => (frame.onload = resolve));
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      // Each element, and each link the script turns into one.
      const expected = (sample.code.match(/<sla-statement[\s>]|#sla-statement"/g) ?? []).length;
      if (expected === 0) {
        // The template's script alone: it defines the element.
        expect(sample.code.trim()).to.match(/^<script [^>]+><\/script>$/);
        expect(frame.contentWindow!.customElements.get('sla-statement')).not.to.equal(undefined);
      }
      const shown = await statementsIn(doc, expected);
      expect(shown.length).to.equal(expected);
      frame.remove();
    });
  }

  for (const sample of samples.filter((s) => s.lang === 'css')) {
    it(`${sample.file}: CSS sample names real parts and properties, and applies\n${sample.code.slice(0, 60)}`, async () => {
      const { parts, properties } = await manifestParts();
      for (const [, part] of sample.code.matchAll(/::part\(([\w-]+)\)/g)) expect(parts, part).to.include(part);
      for (const [, property] of sample.code.matchAll(/(--sla-[\w-]+)\s*:/g)) expect(properties, property).to.include(property);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(sample.code);
      expect(sheet.cssRules.length).to.be.greaterThan(0);
      const host = document.createElement('div');
      document.documentElement.classList.add('dark');
      host.innerHTML = '<sla-statement src="/sla.json"></sla-statement>';
      document.body.append(host);
      document.adoptedStyleSheets = [sheet];
      try {
        const [element] = await statementsIn(host, 1);
        const declared = [...sample.code.matchAll(/(--sla-[\w-]+)\s*:\s*([^;]+);/g)];
        for (const [, property, value] of declared) {
          expect(getComputedStyle(element!).getPropertyValue(property!).trim(), property).to.equal(value!.trim());
        }
      } finally {
        document.adoptedStyleSheets = [];
        document.documentElement.classList.remove('dark');
        host.remove();
      }
    });
  }

  const frameworks: Record<string, { container: string; prelude?: string }> = {
    jsx: { container: '<div id="app"></div>' },
    js: { container: '<div id="app"></div>' },
    // An Angular CLI app compiles ahead of time; run as-is, the sample needs the JIT compiler.
    ts: { container: '<app-root></app-root>', prelude: "import '@angular/compiler';" },
  };
  for (const sample of samples.filter((s) => s.lang in frameworks)) {
    it(`${sample.file}: ${sample.lang} framework sample mounts and renders the statement`, async () => {
      const { container, prelude } = frameworks[sample.lang]!;
      const host = document.createElement('div');
      host.innerHTML = container;
      document.body.append(host);
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const code = (await executeServerCommand('bundle-sample', { code: sample.code, lang: sample.lang, prelude })) as string;
        const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        await import(url);
        const shown = await statementsIn(host, 1);
        expect(shown.length).to.equal(1);
        expect(shown[0]!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('لرستان');
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        host.remove();
      }
    });
  }
});
