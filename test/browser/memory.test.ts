/** Replacing the statement must release the old one: portals that refresh data must not leak. */
import { expect } from '@open-wc/testing';
import { loadJson, render, settled, unmountAll } from './helpers.js';

declare const gc: () => void;
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/**
 * The heap once garbage collection has nothing left to take: collect until two readings agree,
 * since a busy machine may leave work (lazy sweeping, pending callbacks) for later cycles.
 */
async function settle(): Promise<number> {
  let previous = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = heap();
    if (Math.abs(now - previous) < 64 * 1024) return now;
    previous = now;
  }
  return heap();
}

describe('memory', () => {
  afterEach(unmountAll);

  it('assigning data 1,000 times leaves the heap where it started', async () => {
    const seeds = await Promise.all(['001-hamedan', '003-iranshahr-medical-sciences'].map(loadJson));
    const element = await render(seeds[0]);
    const assign = async (times: number) => {
      for (let i = 0; i < times; i++) {
        const done = settled(element);
        element.data = structuredClone(seeds[i % 2]);
        await done;
      }
      await element.updateComplete;
    };
    // Warm up: first renders fill caches (templates, formatters) that are kept on purpose.
    await assign(50);
    const before = await settle();
    await assign(1000);
    const after = await settle();
    const grown = after - before;
    // One statement with its DOM weighs ~0.5 MB; 1,000 leaked ones would weigh hundreds of MB.
    expect(grown, `heap grew by ${(grown / 1024).toFixed(0)} KB`).to.be.lessThan(1024 * 1024);
  });
});
