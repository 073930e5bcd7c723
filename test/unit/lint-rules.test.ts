/**
 * The project's own lint rules (eslint.config.js) bite where they should: run on small sources
 * as if they were files in the places the rules guard.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function ruleIds(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('lint rules', () => {
  it('keeps msg() in the messages module', async () => {
    const source = "import { msg } from '@lit/localize';\nexport const label = () => msg('برچسب', { id: 'x' });\n";
    expect(await ruleIds(source, 'src/internal/render/header.ts')).toEqual(['no-restricted-imports']);
    expect(await ruleIds(source, 'src/internal/messages.ts')).toEqual([]);
  });

  it('keeps the DOM, Lit and the element out of the pure modules', async () => {
    expect(await ruleIds('export const title = () => document.title;\n', 'src/text/title.ts')).toEqual(['no-restricted-globals']);
    expect(await ruleIds("import { html } from 'lit';\nexport const t = html``;\n", 'src/importer/view.ts')).toEqual(['no-restricted-imports']);
    expect(await ruleIds("import { ui } from '../internal/messages.js';\nexport const u = ui;\n", 'src/wording/u.ts')).toEqual(['no-restricted-imports']);
    expect(await ruleIds('export const title = () => document.title;\n', 'src/internal/title.ts')).toEqual([]);
  });

  it('keeps the controllers out of the render functions, their types allowed', async () => {
    const calling = "import { ServiceView } from '../service-view.js';\nexport const v = (view: ServiceView) => view.search('x');\n";
    expect(await ruleIds(calling, 'src/internal/render/service-table.ts')).toEqual(['@typescript-eslint/no-restricted-imports']);
    const typed = "import type { ServiceTable } from '../service-view.js';\nexport const rows = (table: ServiceTable) => table.matches;\n";
    expect(await ruleIds(typed, 'src/internal/render/service-table.ts')).toEqual([]);
  });

  it('keeps private members #private in what ships to citizens, not in the tools for authors', async () => {
    const source = 'export class A {\n  private count = 0;\n  constructor(private readonly name: string) {}\n}\n';
    expect(await ruleIds(source, 'src/internal/a.ts')).toEqual(['no-restricted-syntax', 'no-restricted-syntax']);
    expect(await ruleIds(source, 'src/editor/a.ts')).toEqual([]);
    expect(await ruleIds('export class A {\n  #count = 0;\n}\n', 'src/internal/a.ts')).toEqual([]);
  });

  it('refuses a committed .only', async () => {
    expect(await ruleIds("it.only('x', () => {});\n", 'test/unit/x.test.ts')).toEqual(['no-restricted-properties']);
  });
});
