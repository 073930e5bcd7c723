/**
 * Marks where the reader's search words are in the rows on screen (their names, units and ids,
 * what the search looks in), with the CSS Custom Highlight API: painted over the text, without
 * changing the DOM. With <mark> elements, every keystroke changed every row's name and laid it out
 * again (2-8 ms a keystroke). Where the API is missing (Firefox before 140, Safari before 17.2)
 * nothing is marked; the search works the same.
 */
import type { ReactiveController } from 'lit';
import { markRanges } from '../services/search-words.js';
import { css, styleSheet } from './style-sheet.js';
import type { TableHost } from './table-fit.js';
import { afterNextPaint } from './yield-to-main.js';

/** The highlight's name, which MARKS styles. */
const NAME = 'sla-statement-match';

/** The marks' look, in the system's own colours for marked text; adopted by each element that searches. */
const MARKS = css`
  ::highlight(sla-statement-match) {
    background-color: Mark;
    color: MarkText;
  }
`;
let marks: CSSStyleSheet | undefined;

/** One highlight for every element on the page: the registry holds one entry per name. */
let shared: Highlight | undefined;

export class MatchHighlight implements ReactiveController {
  #ranges: StaticRange[] = [];
  #tbody: Element | null = null;
  /** Counts marks begun, so that marks for rows no longer on screen are not made. */
  #made = 0;
  /** What the marks were made for: the words and the rows' cells, compared by identity. */
  #madeFor: unknown[] = [];
  #words: readonly string[] = [];
  #rows: readonly unknown[] = [];
  readonly #host: TableHost;

  /** One for each element, made when it first searches (ServiceView). */
  constructor(host: TableHost) {
    this.#host = host;
    host.addController(this);
    const root = host.renderRoot;
    marks ??= styleSheet(MARKS);
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, marks];
  }

  /** The search words, and what decides the rows on screen (any change means other rows): marked after the update. */
  show(words: readonly string[], rows: readonly unknown[]): void {
    this.#words = words;
    this.#rows = rows;
  }

  hostUpdated(): void {
    if (typeof Highlight === 'undefined') return;
    const words = this.#words;
    const rows = this.#rows;
    if (!this.#tbody?.isConnected) this.#tbody = this.#host.renderRoot.querySelector('tbody');
    // The first row, too: the first statement's rows come a frame after its table.
    const madeFor = [words.join(' '), ...rows, this.#tbody?.firstElementChild];
    if (madeFor.length === this.#madeFor.length && madeFor.every((value, index) => value === this.#madeFor[index])) return;
    this.#madeFor = madeFor;
    this.#clear();
    if (words.length === 0) return;
    // After the rows are painted: the reader sees the matching rows first, their marks a frame
    // later, and a keystroke's own work stays as short as it was before there were marks.
    const made = ++this.#made;
    void afterNextPaint().then(() => {
      if (made !== this.#made || !this.#host.renderRoot.isConnected) return;
      for (const cell of this.#tbody?.querySelectorAll('tr:not([hidden]) > .searched') ?? []) {
        this.#ranges.push(...rangesOf(cell, markRanges(cell.textContent ?? '', words)));
      }
      if (!shared) {
        shared = new Highlight();
        CSS.highlights.set(NAME, shared);
      }
      for (const range of this.#ranges) shared.add(range);
    });
  }

  hostDisconnected(): void {
    this.#clear();
    this.#madeFor = [];
  }

  #clear(): void {
    this.#made++;
    for (const range of this.#ranges) shared?.delete(range);
    this.#ranges = [];
  }
}

/**
 * Ranges over a cell's text nodes for [start, end) offsets into its text. Static: live ranges
 * cost more to make, and slow every later change of the DOM, which must move them; these are
 * made again after each update anyway.
 */
function rangesOf(cell: Element, offsets: [number, number][]): StaticRange[] {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  // The text node and offset in it of `offset` into the cell's text; an end goes at the end of the node before.
  const place = (offset: number, end: boolean): [Text, number] => {
    for (const text of texts) {
      if (offset < text.length || (end && offset === text.length)) return [text, offset];
      offset -= text.length;
    }
    return [texts.at(-1)!, texts.at(-1)!.length];
  };
  return offsets.map(([start, end]) => {
    const [startContainer, startOffset] = place(start, false);
    const [endContainer, endOffset] = place(end, true);
    return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
  });
}
