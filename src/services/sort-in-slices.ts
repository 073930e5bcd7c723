/**
 * A merge sort that gives the browser a turn whenever it has worked for `budgetMs`: sorting
 * 50,000 Persian names with Intl.Collator takes a few hundred milliseconds on a phone, too long
 * for one task. Stable; returns a new sorted array.
 */
export async function sortInSlices(
  values: Uint32Array,
  compare: (a: number, b: number) => number,
  pause: () => Promise<void>,
  budgetMs = 25,
): Promise<Uint32Array> {
  let source = Uint32Array.from(values);
  let target = new Uint32Array(source.length);
  const length = source.length;
  let deadline = performance.now() + budgetMs;
  let steps = 0;
  /** Cheap to call often: looks at the clock every 512 comparisons only. */
  const breathe = async () => {
    if ((++steps & 511) !== 0 || performance.now() < deadline) return;
    await pause();
    deadline = performance.now() + budgetMs;
  };

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
    await breathe();
  }
  for (let width = RUN; width < length; width *= 2) {
    for (let left = 0; left < length; left += 2 * width) {
      const middle = Math.min(left + width, length);
      const right = Math.min(left + 2 * width, length);
      let [i, j, k] = [left, middle, left];
      while (i < middle && j < right) {
        target[k++] = compare(source[i]!, source[j]!) <= 0 ? source[i++]! : source[j++]!;
        await breathe();
      }
      while (i < middle) target[k++] = source[i++]!;
      while (j < right) target[k++] = source[j++]!;
    }
    [source, target] = [target, source];
  }
  return source;
}
