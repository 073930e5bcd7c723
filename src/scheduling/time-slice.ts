/**
 * The one rule for long work on the main thread: it runs in slices of at most SLICE_MS, and
 * between slices the browser gets a turn, so input and painting never wait behind one long task
 * (https://web.dev/articles/optimize-long-tasks). A frame is 16 ms; a slice of half of it leaves
 * the other half for the browser's own style, layout and paint.
 */
export const SLICE_MS = 8;

export interface TimeSlicer {
  /**
   * Call after each step of work. Every `checkEvery` steps it looks at the clock; once the
   * slice's time is spent it returns the pause to await (the browser's turn), and the next slice
   * starts after it. Otherwise it returns undefined, so a step costs no promise.
   */
  step(): Promise<void> | undefined;
}

/** A slicer for one run of work; `pause` gives the browser its turn (yieldToMain in the element). */
export function timeSlicer(pause: () => Promise<void>, checkEvery = 1): TimeSlicer {
  let sliceEnd = performance.now() + SLICE_MS;
  let steps = 0;
  return {
    step() {
      if (++steps % checkEvery !== 0 || performance.now() <= sliceEnd) return undefined;
      return pause().then(() => {
        sliceEnd = performance.now() + SLICE_MS;
      });
    },
  };
}
