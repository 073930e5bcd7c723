/**
 * A large statement file decoded in slices (src/format/decode-in-slices.ts) reads as the whole
 * body decoded at once would, characters cut between pieces included.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeInSlices } from '../../src/format/decode-in-slices.js';

describe('decodeInSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the text of the whole body, with its BOM dropped and the characters pieces cut through whole', async () => {
    // Two-, three- and four-byte characters, at every offset from a piece's end in turn.
    const text = Array.from({ length: 60_000 }, (_, index) => `خدمت ${index} «الف» ‌ 🙂\n`).join('');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(bytes.length).toBeGreaterThan(3 * 256 * 1024);
    // A clock that runs 10 ms a look: every piece uses up its slice, so the browser gets a turn after each.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    let pauses = 0;
    const decoded = await decodeInSlices(bytes, async () => void pauses++);
    expect(decoded).toBe(text);
    expect(decoded).toBe(new TextDecoder().decode(bytes));
    expect(pauses).toBe(Math.ceil(bytes.length / (256 * 1024)));
  });

  it('decodes an empty body', async () => {
    expect(await decodeInSlices(new Uint8Array(), async () => {})).toBe('');
  });
});
