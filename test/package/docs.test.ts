/**
 * The docs against the real thing: docs/api.md lists exactly what custom-elements.json (built
 * from the element) declares, and every `npx sla-statement` command in the docs runs as written.
 * HTML, CSS and framework samples are run in test/browser/docs.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const DOCS = ['README.md', 'docs/embedding.md', 'docs/frameworks.md', 'docs/theming.md', 'docs/api.md', 'docs/authoring.md', 'docs/accessibility.md', 'docs/browser-support.md'];

const element = (JSON.parse(read('custom-elements.json')) as {
  modules: { declarations: Record<string, { name: string }[]>[] }[];
}).modules[0]!.declarations[0]!;
const api = read('docs/api.md');

/** The first column of the table under a heading of docs/api.md, backticks removed. */
function tableColumn(heading: string): string[] {
  const section = api.split(/^## /m).find((part) => part.startsWith(heading))!;
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map(([, name]) => name!);
}

describe('docs/api.md', () => {
  it('documents every attribute', () => {
    expect(tableColumn('Attributes').sort()).toEqual(element.attributes!.map((a) => a.name).sort());
  });
  it('documents every event', () => {
    expect(tableColumn('Events').sort()).toEqual(element.events!.map((e) => e.name).sort());
  });
  it('documents every CSS part', () => {
    expect(tableColumn('CSS parts').sort()).toEqual(element.cssParts!.map((p) => p.name).sort());
  });
  it('documents every custom property', () => {
    expect(tableColumn('CSS custom properties').sort()).toEqual(element.cssProperties!.map((p) => p.name).sort());
  });
});

describe('shell samples', () => {
  const commands = DOCS.flatMap((file) =>
    [...read(file).matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) =>
      block!.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('npx sla-statement')),
    ),
  );

  it('the docs show the CLI', () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
  });

  it('every npx sla-statement command runs as written (on a seed text)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-docs-'));
    copyFileSync(join(root, 'test/fixtures/statements/seeds/000_9094c80fdb720990.txt'), join(dir, 'statement.txt'));
    for (const command of commands) {
      const args = command.replace(/^npx sla-statement\s+/, '').split(/\s+/);
      expect(() => execFileSync('node', [join(root, 'dist/cli.js'), ...args], { cwd: dir, stdio: 'pipe' }), command).not.toThrow();
    }
    expect(JSON.parse(readFileSync(join(dir, 'sla.json'), 'utf8')).title).toContain('لرستان');
  });
});
