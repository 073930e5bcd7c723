/** A part fetched on demand that cannot be fetched leaves the element without it, and says so. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOnDemand, OnDemand } from '../../src/internal/on-demand.js';

describe('loadOnDemand', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the module when it loads, without a word', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(loadOnDemand('English', async () => ({ templates: {} }))).resolves.toEqual({ templates: {} });
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives undefined when it cannot, and names the part in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failure = new TypeError('Failed to fetch dynamically imported module');
    await expect(loadOnDemand('English', () => Promise.reject(failure))).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('<sla-statement> could not load its English module; going on without it.', failure);
  });
});

describe('OnDemand', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fetches once however many ask meanwhile, says a failure once, and tries again when asked after it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fetches = 0;
    let fails = true;
    const part = new OnDemand('paging', async () => {
      fetches++;
      if (fails) throw new TypeError('Failed to fetch dynamically imported module');
      return { pages: true };
    });
    expect(await Promise.all([part.prepare(), part.prepare()])).toEqual([undefined, undefined]);
    expect([fetches, warn.mock.calls.length, part.loaded]).toEqual([1, 1, undefined]);
    fails = false;
    expect(await Promise.all([part.prepare(), part.prepare()])).toEqual([{ pages: true }, { pages: true }]);
    expect(await part.prepare()).toBe(part.loaded);
    expect([fetches, warn.mock.calls.length]).toEqual([2, 1]);
  });
});
