/**
 * A statement file's bytes as text without one long task: decoding a whole large body at once
 * (what `response.text()` does) took 45–70 ms for a 20,000-service statement (7 MB) and ~140 ms
 * for 50,000 on the benchmark's machine (bench/README.md). Here it is decoded a piece at a time,
 * with `pause()` awaited whenever a slice of work has used its time. Pure, no DOM.
 */
import { timeSlicer } from '../scheduling/time-slice.js';

/** Decoded between looks at the clock. */
const PIECE_BYTES = 256 * 1024;

export async function decodeInSlices(bytes: Uint8Array, pause: () => Promise<void>): Promise<string> {
  // UTF-8 whatever the Content-Type says, and a leading BOM dropped: what response.text() does.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const slicer = timeSlicer(pause);
  for (let offset = 0; offset < bytes.length; offset += PIECE_BYTES) {
    // A piece may end inside a character: `stream` keeps its first bytes for the next piece.
    parts.push(decoder.decode(bytes.subarray(offset, offset + PIECE_BYTES), { stream: true }));
    const turn = slicer.step();
    if (turn) await turn;
  }
  parts.push(decoder.decode());
  return parts.join('');
}
