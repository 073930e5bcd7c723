import type { ParseFailure } from '../format/parse-json.js';
import type { Problem } from '../format/problem.js';

/** Why no statement could be shown. Worded for readers by messages.ts. */
export type LoadFailure =
  | ParseFailure
  | { kind: 'no-source' }
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'invalid'; problems: Problem[] };

/** Failures that may go away by themselves, so a retry button is worth offering. */
export function isRetryable(failure: LoadFailure): boolean {
  return failure.kind === 'http' || failure.kind === 'network' || failure.kind === 'timeout';
}
