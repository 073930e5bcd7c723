/**
 * Marks where the reader's search words are in the rows on screen (their names, units and ids,
 * what the search looks in), with the CSS Custom Highlight API: painted over the text, without
 * changing the DOM. With <mark> elements, every keystroke changed every row's name and laid it out
 * again (2-8 ms a keystroke). Where the API is missing (Firefox before 140, Safari before 17.2)
 * nothing is marked; the search works the same.
 */
import type { ReactiveController } from 'lit';
import { markRanges } from '../services/search-words.js';
import type { TableHost } from './table-fit.js';

/** Styled as ::highlight(sla-statement-match) in the element's stylesheet. */
const NAME = 'sla-statement-match';

/** One highlight for every element on the page: the registry holds one entry per name. */
let shared: Highlight | undefined;

export class MatchHighlight implements ReactiveController {
  private ranges: Range[] = [];
  private tbody: Element | null = null;
  /** What the marks were made for: the words and the rows' cells, compared by identity. */
  private madeFor: unknown[] = [];

  constructor(
    private readonly host: TableHost,
    /** The search words, and what decides the rows on screen (any change means other rows). */
    private readonly state: () => { words: readonly string[]; rows: readonly unknown[] },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (typeof Highlight === 'undefined') return;
    const { words, rows } = this.state();
    if (!this.tbody?.isConnected) this.tbody = this.host.renderRoot.querySelector('tbody');
    // The first row, too: the first statement's rows come a frame after its table.
    const madeFor = [words.join(' '), ...rows, this.tbody?.firstElementChild];
    if (madeFor.length === this.madeFor.length && madeFor.every((value, index) => value === this.madeFor[index])) return;
    this.madeFor = madeFor;
    this.clear();
    if (words.length === 0) return;
    for (const cell of this.tbody?.querySelectorAll('.searched') ?? []) {
      this.ranges.push(...rangesOf(cell, markRanges(cell.textContent ?? '', words)));
    }
    if (!shared) {
      shared = new Highlight();
      CSS.highlights.set(NAME, shared);
    }
    for (const range of this.ranges) shared.add(range);
  }

  hostDisconnected(): void {
    this.clear();
    this.madeFor = [];
  }

  private clear(): void {
    for (const range of this.ranges) shared?.delete(range);
    this.ranges = [];
  }
}

/** DOM ranges over a cell's text nodes for [start, end) offsets into its text. */
function rangesOf(cell: Element, offsets: [number, number][]): Range[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  // Puts a boundary at `offset` of the cell's text; an end goes at the end of the node before.
  const place = (range: Range, offset: number, end: boolean) => {
    for (const text of texts) {
      if (offset < text.length || (end && offset === text.length)) return end ? range.setEnd(text, offset) : range.setStart(text, offset);
      offset -= text.length;
    }
  };
  return offsets.map(([start, end]) => {
    const range = new Range();
    place(range, start, false);
    place(range, end, true);
    return range;
  });
}
