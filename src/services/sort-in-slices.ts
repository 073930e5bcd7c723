/**
 * A merge sort cut into time slices (src/scheduling/time-slice.ts): sorting 50,000 Persian names
 * with Intl.Collator takes a few hundred milliseconds on a phone, too long for one task. Stable;
 * returns a new sorted array.
 */
import { timeSlicer } from '../scheduling/time-slice.js';

/** The sort looks at the clock every CLOCK_CHECK comparisons only. */
const CLOCK_CHECK = 512;

export async function sortInSlices(values: Uint32Array, compare: (a: number, b: number) => number, pause: () => Promise<void>): Promise<Uint32Array> {
  let source = Uint32Array.from(values);
  let target = new Uint32Array(source.length);
  const length = source.length;
  const slicer = timeSlicer(pause, CLOCK_CHECK);

  const RUN = 16;
  for (let start = 0; start < length; start += RUN) {
    const end = Math.min(start + RUN, length);
    for (let i = start + 1; i < end; i++) {
      const value = source[i]!;
      let j = i - 1;
      while (j >= start && compare(source[j]!, value) > 0) {
        source[j + 1] = source[j]!;
        j--;
      }
      source[j + 1] = value;
    }
    const turn = slicer.step();
    if (turn) await turn;
  }
  for (let width = RUN; width < length; width *= 2) {
    for (let left = 0; left < length; left += 2 * width) {
      const middle = Math.min(left + width, length);
      const right = Math.min(left + 2 * width, length);
      let [i, j, k] = [left, middle, left];
      while (i < middle && j < right) {
        target[k++] = compare(source[i]!, source[j]!) <= 0 ? source[i++]! : source[j++]!;
        const turn = slicer.step();
        if (turn) await turn;
      }
      while (i < middle) target[k++] = source[i++]!;
      while (j < right) target[k++] = source[j++]!;
    }
    [source, target] = [target, source];
  }
  return source;
}
