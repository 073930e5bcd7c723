/**
 * Reading an untrusted document into a Statement, with every problem named by its path.
 *
 * Policy: a reader should get as much of the statement as can be shown truthfully.
 * - Structural problems (not an object, unknown version, no title, provider or sections) are
 *   fatal: there is nothing trustworthy to show, so the element shows an error instead.
 * - Local problems (one bad block, section, service row, validity date…) remove only the piece
 *   that is wrong; the rest is shown with a notice that lists each problem with its path.
 */
import * as v from 'valibot';
import { isRealDate, parseStatementDate } from '../dates/statement-date.js';
import { formatPath, type PathKey } from './json-path.js';
import type { Problem, ProblemCode } from './problem.js';
import { statementSchema, type Statement } from './schema.js';

export interface Validation {
  /** The document with its bad pieces removed; null when a fatal problem leaves nothing to show. */
  statement: Statement | null;
  problems: Problem[];
}

/** Fields without which there is no statement to show. */
const STRUCTURAL_PATHS = new Set(['version', 'title', 'provider', 'provider.name', 'sections']);

type Issue = v.InferIssue<typeof statementSchema>;

export function validateStatement(input: unknown): Validation {
  // Valibot's object schemas accept arrays as objects; a statement is never an array.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { statement: null, problems: [{ path: '', code: 'type', expected: 'object', received: preview(input), fatal: true }] };
  }
  const first = v.safeParse(statementSchema, input, { abortEarly: false });
  if (first.success) return checkMeaning(first.output, []);

  const problems = first.issues.map(toProblem);
  if (problems.some((problem) => problem.fatal)) return { statement: null, problems };

  const pruned = v.safeParse(statementSchema, prune(input as Record<string, unknown>, first.issues));
  if (!pruned.success) {
    // Pruning removes every piece an issue points into, so this means the pruning rules missed a
    // case: say so rather than show something half-checked.
    return { statement: null, problems: problems.map((problem) => ({ ...problem, fatal: true })) };
  }
  return checkMeaning(pruned.output, problems);
}

function issueKeys(issue: Issue): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const EXPECTED_TYPES: Record<string, string> = {
  string: 'text',
  number: 'number',
  array: 'list',
  loose_object: 'object',
  union: 'block',
};

function toProblem(issue: Issue): Problem {
  const keys = issueKeys(issue);
  const path = formatPath(keys);
  const fatal = keys.length === 0 || STRUCTURAL_PATHS.has(path);
  const received = issue.input === undefined ? undefined : preview(issue.input);
  const problem = (code: ProblemCode, expected?: string): Problem => ({
    path,
    code,
    ...(expected === undefined ? {} : { expected }),
    ...(received === undefined ? {} : { received }),
    fatal,
  });

  if (issue.input === undefined && issue.type === 'loose_object') return problem('missing');
  if (path === 'version') return problem('version');
  if (issue.type === 'variant' && keys.at(-1) !== 'kind') return problem('type', 'object');
  if (issue.type === 'picklist' || issue.type === 'variant' || issue.type === 'literal') {
    return problem('choice', (issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join(', '));
  }
  if (issue.type === 'regex') {
    const field = String(keys.at(-1));
    if (field === 'url') return problem('link');
    if (field === 'from' || field === 'until') return problem('date-format');
    return problem('format');
  }
  if (issue.type === 'integer' || issue.type === 'min_value') return problem('count');
  if (issue.type === 'check') return problem('type', 'object');
  return problem('type', EXPECTED_TYPES[issue.type] ?? issue.type);
}

/**
 * The piece of the document each local issue condemns: a block, a service row, a whole section
 * (its kind, title or id is wrong), one optional field of the provider or service, the whole
 * validity (a half-removed validity would state a false period), or an optional top-level member.
 */
function prunePath(keys: PathKey[]): PathKey[] {
  const [top, index, field, blockIndex] = keys;
  if (top === 'sections') return field === 'content' && blockIndex !== undefined
    ? keys.slice(0, 4)
    : keys.slice(0, 2);
  if (top === 'services' && index === 'items' && field !== undefined) return keys.slice(0, 3);
  if (top === 'services' && index === 'title') return keys.slice(0, 2);
  if (top === 'provider' || top === 'service') return keys.slice(0, 2);
  return keys.slice(0, 1);
}

function prune(document: Record<string, unknown>, issues: readonly Issue[]): unknown {
  const copy = structuredClone(document);
  const doomed = issues.map((issue) => prunePath(issueKeys(issue)));
  // Remove array items from the highest index down so the earlier indexes stay valid.
  doomed.sort((a, b) => comparePaths(b, a));
  let previous = '';
  for (const keys of doomed) {
    const id = formatPath(keys);
    if (id === previous) continue;
    previous = id;
    removeAt(copy, keys);
  }
  return copy;
}

function comparePaths(a: PathKey[], b: PathKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function removeAt(root: unknown, keys: PathKey[]): void {
  let parent = root as Record<PathKey, unknown>;
  for (const key of keys.slice(0, -1)) {
    parent = parent?.[key] as Record<PathKey, unknown>;
    if (parent === null || typeof parent !== 'object') return;
  }
  const last = keys.at(-1)!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
}

/** What JSON Schema cannot express: real calendar days and unique section ids. */
function checkMeaning(statement: Statement, problems: Problem[]): Validation {
  const { validity } = statement;
  if (validity) {
    for (const field of ['from', 'until'] as const) {
      const written = validity[field];
      const date = written === undefined ? null : parseStatementDate(written);
      if (date && !isRealDate(date)) {
        problems.push({ path: `validity.${field}`, code: 'date-invalid', received: preview(written), fatal: false });
        // A validity line with a day that does not exist would state something false; drop it.
        delete statement.validity;
      }
    }
  }
  const seen = new Set<string>();
  statement.sections.forEach((section, index) => {
    if (section.id === undefined) return;
    if (seen.has(section.id)) {
      problems.push({ path: `sections[${index}].id`, code: 'duplicate-id', received: preview(section.id), fatal: false });
    }
    seen.add(section.id);
  });
  return { statement, problems };
}
