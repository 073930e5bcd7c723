/** A part fetched on demand that cannot be fetched leaves the element without it, and says so. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOnDemand } from '../../src/internal/on-demand.js';

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
