/**
 * The fallback as built: `dist/cli.js render` writes what renderFallback does, and the element's
 * bundle has none of it (the fallback is for the CLI and the editor; citizens download the
 * element alone). Reads what `npm run build` wrote.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFallback } from '../../src/fallback/render-fallback.js';
import { validateStatement } from '../../src/format/validate.js';

const root = new URL('../../', import.meta.url).pathname;
const lorestan = readFileSync(join(root, 'demo/data/000-lorestan.json'));

describe('the built fallback', () => {
  it('dist/cli.js render writes what renderFallback writes', () => {
    const html = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'render', '-', '--lang', 'en'], { input: lorestan }).toString();
    expect(html).toBe(renderFallback(validateStatement(JSON.parse(lorestan.toString())).statement!, { lang: 'en' }));
  });

  it('is not in the element\'s bundles', () => {
    for (const file of ['dist/sla-statement.js', 'dist/sla-statement.iife.js']) {
      const code = readFileSync(join(root, file), 'utf8');
      // Strings only the fallback writes: the element marks Latin runs with <bdi>, and never escapes by hand.
      for (const marker of ['<span dir="ltr">', '&#39;', '<th scope="col"${']) expect(code, `${file}: ${marker}`).not.toContain(marker);
    }
  });
});
