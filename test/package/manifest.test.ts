/**
 * custom-elements.json (built by `npm run build` with @custom-elements-manifest/analyzer from the
 * element's JSDoc) must list what the element really has: every event, CSS part and custom
 * property found in the source, and nothing that is not there. Attributes are checked against the
 * live element's observedAttributes in test/browser/manifest.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const source = sourceFiles('src').map(read).join('\n');
const unique = (values: Iterable<string>) => [...new Set(values)].sort();

interface Named {
  name: string;
}
const manifest = JSON.parse(read('custom-elements.json')) as {
  modules: { declarations: { tagName?: string; attributes?: Named[]; events?: Named[]; cssParts?: Named[]; cssProperties?: Named[] }[] }[];
};
const element = manifest.modules.flatMap((module) => module.declarations).find((d) => d.tagName === 'sla-statement')!;
const names = (list: Named[] | undefined) => unique((list ?? []).map((item) => item.name));

describe('custom elements manifest', () => {
  it('declares <sla-statement> and package.json points at it', () => {
    expect(element).toBeDefined();
    expect(JSON.parse(read('package.json')).customElements).toBe('custom-elements.json');
  });

  it('lists every event the element fires', () => {
    const fired = [...source.matchAll(/new CustomEvent(?:<\w+>)?\('([\w-]+)'/g)].map(([, name]) => name!);
    expect(names(element.events)).toEqual(unique(fired));
  });

  it('lists every CSS part the element renders', () => {
    const parts = [...source.matchAll(/part="([\w-]+)"/g)].map(([, name]) => name!);
    expect(names(element.cssParts)).toEqual(unique(parts));
  });

  it('lists every custom property the styles read', () => {
    const properties = [...read('src/sla-statement.styles.ts').matchAll(/var\((--sla-[\w-]+)/g)].map(([, name]) => name!);
    expect(names(element.cssProperties)).toEqual(unique(properties));
  });
});
