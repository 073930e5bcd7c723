/**
 * The search of a catalog's services (service-catalog.ts): a key per service, made in slices
 * (`prepareInSlices`), then each keystroke is one pass over them, looking for each of the reader's
 * words (search-words.ts). Part of the search module the element fetches apart. Pure, no DOM.
 */
import type { ServiceItem } from '../format/schema.js';
import { sameSort, type Selection, type ServiceQuery } from './service-catalog.js';
import { foundAnywhere, matchesAll, narrows, searchText, searchWords, type SearchText } from './search-words.js';
import { timeSlicer } from '../scheduling/time-slice.js';

/** Separates the searched fields so a query cannot match across the end of one and the start of the next. */
const FIELD_SEPARATOR = '\u0001';

/** Keys made between looks at the clock (see prepareInSlices). */
const BATCH = 256;

export class SearchIndex {
  readonly #keys: SearchText[] = [];
  readonly #items: readonly ServiceItem[];

  constructor(items: readonly ServiceItem[]) {
    this.#items = items;
  }

  /**
   * Makes every key in slices, the first after a pause (not in the task that rendered the
   * statement), so even a reader who types straight away finds them ready; a keystroke before
   * that makes the rest at once (select). Stops when `wanted()` turns false.
   */
  async prepareInSlices(pause: () => Promise<void>, wanted: () => boolean): Promise<void> {
    const slicer = timeSlicer(pause, BATCH);
    await pause();
    while (this.#keys.length < this.#items.length && wanted()) {
      this.#addKey();
      const turn = slicer.step();
      if (turn) await turn;
    }
  }

  #addKey(): void {
    const item = this.#items[this.#keys.length]!;
    this.#keys.push(searchText([item.name, item.unit ?? '', item.id ?? ''].join(FIELD_SEPARATOR)));
  }

  /**
   * The services among `inView()` (the query's unit, in its order) in whose name, unit or id each
   * word of the text is found. Given the selection made for the previous query, a search that
   * only grew (typing forward) looks through that selection alone: every service matching the
   * longer text was among those the shorter one found anywhere.
   */
  select(query: ServiceQuery, inView: () => Uint32Array, previous?: Selection): Selection {
    const words = searchWords(query.text);
    if (words.length === 0) {
      const matches = inView();
      return { query, matches, anywhere: matches };
    }
    const candidates =
      previous && previous.query.unit === query.unit && sameSort(previous.query.sort, query.sort) &&
      narrows(searchWords(previous.query.text), words)
        ? previous.anywhere
        : inView();
    while (this.#keys.length < this.#items.length) this.#addKey();
    const keys = this.#keys;
    const matches = new Uint32Array(candidates.length);
    const anywhere = new Uint32Array(candidates.length);
    let [matched, found] = [0, 0];
    for (const index of candidates) {
      const key = keys[index]!;
      if (!foundAnywhere(key, words)) continue;
      anywhere[found++] = index;
      if (matchesAll(key, words)) matches[matched++] = index;
    }
    return { query, matches: matches.subarray(0, matched), anywhere: anywhere.subarray(0, found) };
  }
}
