/**
 * Parsing a large statement without one long task. JSON.parse of a 4 MB file (20,000 services)
 * holds a phone's main thread for ~100 ms; here the text is first scanned in slices for the
 * `services.items` array, then the rest of the document and the items, a batch at a time, are
 * each parsed natively, with `pause()` awaited between slices.
 *
 * Anything unexpected (a syntax error, a second `services` key, escapes in those keys) falls back
 * to one plain parse, which gives the same value or the same error.
 */
import { timeSlicer } from '../scheduling/time-slice.js';
import { parseStatementJson, SLICED_FROM_LENGTH, type ParseResult } from './parse-json.js';
/** The scanner looks at the clock every SCAN_CHECK characters: each look costs. */
const SCAN_CHECK = 4096;
const ITEMS_PER_BATCH = 1000;

interface ItemsSpan {
  /** Offset of the items array's `[` and its `]`. */
  open: number;
  close: number;
  /** [start, end) of each element's text. */
  items: [number, number][];
}

export async function parseStatementJsonInSlices(
  text: string,
  pause: () => Promise<void>,
  splitFromLength = SLICED_FROM_LENGTH,
): Promise<ParseResult> {
  if (text.length < splitFromLength) return parseStatementJson(text);
  // Not in the task that produced the text (reading the body ends with joining its pieces).
  await pause();
  const span = await findItems(text, pause);
  if (!span) return parseStatementJson(text);
  let document: { services: { items: unknown[] } };
  try {
    document = JSON.parse(text.slice(0, span.open + 1) + text.slice(span.close));
  } catch {
    return parseStatementJson(text);
  }
  const items: unknown[] = [];
  for (let first = 0; first < span.items.length; first += ITEMS_PER_BATCH) {
    await pause();
    const batch = span.items.slice(first, first + ITEMS_PER_BATCH);
    try {
      items.push(...(JSON.parse(`[${text.slice(batch[0]![0], batch.at(-1)![1])}]`) as unknown[]));
    } catch {
      return parseStatementJson(text);
    }
  }
  document.services.items = items;
  return { ok: true, value: document };
}

const QUOTE = 34;
const BACKSLASH = 92;

/** Where the root object's `services.items` array and its elements are, or null. */
async function findItems(text: string, pause: () => Promise<void>): Promise<ItemsSpan | null> {
  const keys: (string | undefined)[] = [];
  const kinds: number[] = [];
  let lastString = '';
  let servicesSeen = 0;
  let itemsSeen = 0;
  let span: ItemsSpan | null = null;
  let itemStart = -1;
  // By time, not by length: the first slices run before the scanner is optimized, several times
  // slower than the rest.
  const slicer = timeSlicer(pause, SCAN_CHECK);
  for (let at = 0; at < text.length; at++) {
    const turn = slicer.step();
    if (turn) await turn;
    const code = text.charCodeAt(at);
    if (code <= 32) continue;
    const depth = kinds.length;
    const inItems = span !== null && span.close < 0 && depth === 3;
    if (inItems && itemStart < 0 && code !== 93) itemStart = at;
    if (code === QUOTE) {
      const end = closingQuote(text, at);
      if (end < 0) return null;
      lastString = text.slice(at + 1, end);
      at = end;
    } else if (code === 58 /* : */) {
      keys[depth] = lastString;
      if (depth === 1 && lastString === 'services') servicesSeen++;
      if (depth === 2 && keys[1] === 'services' && lastString === 'items') itemsSeen++;
    } else if (code === 123 /* { */ || code === 91 /* [ */) {
      if (code === 91 && depth === 2 && keys[1] === 'services' && keys[2] === 'items' && !span) {
        span = { open: at, close: -1, items: [] };
      }
      kinds.push(code);
      keys[depth + 1] = undefined;
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      if (inItems && code === 93) {
        if (itemStart >= 0) span!.items.push([itemStart, at]);
        span!.close = at;
      }
      kinds.pop();
    } else if (code === 44 /* , */ && inItems) {
      span!.items.push([itemStart, at]);
      itemStart = -1;
    }
  }
  // A repeated "services" or "items" key makes JSON.parse keep the last one: let it decide.
  return span && span.close > 0 && servicesSeen === 1 && itemsSeen === 1 ? span : null;
}

function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}
