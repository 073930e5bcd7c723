/** The time-slicing rule: work runs in slices of SLICE_MS, with the browser's turn between them. */
import { describe, expect, it } from 'vitest';
import { SLICE_MS, timeSlicer } from '../../src/scheduling/time-slice.js';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('timeSlicer', () => {
  it('asks for no pause while the slice has time left', () => {
    const slicer = timeSlicer(async () => {});
    expect(slicer.step()).toBe(undefined);
  });

  it('asks for a pause once the slice is spent, and starts a new slice after it', async () => {
    let pauses = 0;
    const slicer = timeSlicer(async () => void pauses++);
    busy(SLICE_MS + 1);
    const turn = slicer.step();
    expect(turn).toBeInstanceOf(Promise);
    await turn;
    expect(pauses).toBe(1);
    expect(slicer.step()).toBe(undefined);
  });

  it('looks at the clock only every checkEvery steps', () => {
    const slicer = timeSlicer(async () => {}, 3);
    busy(SLICE_MS + 1);
    expect([slicer.step(), slicer.step()]).toEqual([undefined, undefined]);
    expect(slicer.step()).toBeInstanceOf(Promise);
  });
});
