/**
 * The classic script citizens download, guarded against growth. `npm test` builds dist/ first.
 * It carries every part in one file, for CMSs that strip `type="module"`; what a page really loads
 * with the ES bundle is measured in test/browser/bytes-loaded.test.ts. The history of both, and
 * what the bytes are, is in bench/README.md ("Bytes").
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const CLASSIC_BUDGET_BYTES = 31.25 * 1024;

describe('the classic script', () => {
  const bundle = readFileSync(new URL('../../dist/sla-statement.iife.js', import.meta.url));

  it(`stays within ${CLASSIC_BUDGET_BYTES / 1024} KB gzip`, () => {
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(CLASSIC_BUDGET_BYTES);
  });

  it('is one file: it fetches no module', () => {
    expect(bundle.toString('utf8')).not.toMatch(/\bimport\(/);
  });
});
