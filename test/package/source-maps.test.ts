/**
 * The published bundles' source maps still lead from the minified code back to the sources,
 * through both minifiers (rolldown's, then terser's: vite.config.ts). Each probe is a string that
 * appears once in the bundle, and the source it must map to. `npm test` builds dist/ first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);
const printRules = readdirSync(dist).find((name) => /^sla-statement-print-pages-.*\.js$/.test(name))!;

const PROBES: Record<string, [string, string][]> = {
  'sla-statement.js': [
    ['lit-localize-status', '@lit/localize/internal/locale-status-event.js'],
    ['counter(page,', 'src/internal/print-sheet.ts'],
    ['"sorting"', 'src/internal/service-view.ts'],
  ],
  'sla-statement.iife.js': [
    ['counter(page,', 'src/internal/print-sheet.ts'],
    ['print-alone', 'src/internal/print-pages.ts'],
    ['sla-q', 'src/internal/url-view.ts'],
  ],
  [printRules]: [['print-alone', 'src/internal/print-pages.ts']],
};

describe('source maps', () => {
  for (const [file, probes] of Object.entries(PROBES)) {
    it(`${file}: strings in the minified code map back to their source files`, () => {
      const code = readFileSync(new URL(file, dist), 'utf8');
      expect(code).toMatch(new RegExp(`//# sourceMappingURL=${file.replace(/\./g, '\\.')}\\.map\\s*$`));
      const map = new SourceMapConsumer(JSON.parse(readFileSync(new URL(`${file}.map`, dist), 'utf8')));
      for (const [probe, source] of probes) {
        const at = code.indexOf(probe);
        expect(at, probe).toBeGreaterThan(-1);
        const before = code.slice(0, at).split('\n');
        const original = map.originalPositionFor({ line: before.length, column: before.at(-1)!.length });
        expect(original.source, probe).toMatch(new RegExp(`${source.replace(/\./g, '\\.')}$`));
      }
    });
  }
});
