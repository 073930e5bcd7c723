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
import { timeSlicer } from '../scheduling/time-slice.js';
import { formatPath, type PathKey } from './json-path.js';
import type { Problem, ProblemCode } from './problem.js';
import { serviceItemSchema, statementSchema, type ServiceItem, type Statement } from './schema.js';

export interface Validation {
  /** The document with its bad pieces removed; null when a fatal problem leaves nothing to show. */
  statement: Statement | null;
  problems: Problem[];
}

/** Fields without which there is no statement to show. */
const STRUCTURAL_PATHS = new Set(['version', 'title', 'provider', 'provider.name', 'sections']);

type Issue = v.BaseIssue<unknown>;

export function validateStatement(input: unknown): Validation {
  // Valibot's object schemas accept arrays as objects; a statement is never an array.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { statement: null, problems: [{ path: '', code: 'type', expected: 'object', received: preview(input), fatal: true }] };
  }
  const first = v.safeParse(statementSchema, input, { abortEarly: false });
  if (first.success) return checkMeaning(first.output, [], input, new Set());

  const problems = first.issues.map((issue) => toProblem(issue));
  if (problems.some((problem) => problem.fatal)) return { statement: null, problems };

  const pruned = v.safeParse(statementSchema, prune(input as Record<string, unknown>, first.issues));
  if (!pruned.success) {
    // Pruning removes every piece an issue points into, so this means the pruning rules missed a
    // case: say so rather than show something half-checked.
    return { statement: null, problems: problems.map((problem) => ({ ...problem, fatal: true })) };
  }
  const droppedSections = new Set(
    first.issues
      .map((issue) => prunePath(issueKeys(issue)))
      .filter((keys) => keys[0] === 'sections' && keys.length === 2)
      .map((keys) => keys[1]),
  );
  return checkMeaning(pruned.output, problems, input, droppedSections);
}

/**
 * The same validation, with the appendix checked in time slices (src/scheduling/time-slice.ts)
 * and `pause()` awaited between them, so 50,000 services never block the page in one long task.
 * By time, not by a count of services: what one service's check costs varies with the row, the
 * machine and whether the engine has optimized the check yet. The result equals
 * `validateStatement`'s (test/unit/validate-in-slices.test.ts), the problems in the same order.
 */
export async function validateStatementInSlices(input: unknown, pause: () => Promise<void>): Promise<Validation> {
  const slicer = timeSlicer(pause);
  const services = (input as { services?: { items?: unknown } } | null)?.services;
  const items = services?.items;
  if (!Array.isArray(items) || items.length === 0) return validateStatement(input);

  const head = validateStatement({ ...(input as object), services: { ...services, items: [] } });
  // Nothing to show anyway: the whole list of problems is worth the one long pass.
  if (!head.statement?.services) return validateStatement(input);
  const kept: ServiceItem[] = [];
  const itemProblems: Problem[] = [];
  for (let index = 0; index < items.length; index++) {
    const turn = slicer.step();
    if (turn) await turn;
    const result = v.safeParse(serviceItemSchema, items[index], { abortEarly: false });
    if (result.success) kept.push(result.output);
    else itemProblems.push(...result.issues.map((issue) => toProblem(issue, ['services', 'items', index])));
  }
  head.statement.services.items = kept;
  // One pass reports the schema's problems first (the items last among them), then the checks of
  // meaning (dates, duplicate ids): keep that order.
  const meaning = (problem: Problem) => problem.code === 'date-invalid' || problem.code === 'duplicate-id';
  return {
    statement: head.statement,
    problems: [...head.problems.filter((p) => !meaning(p)), ...itemProblems, ...head.problems.filter(meaning)],
  };
}

function issueKeys(issue: Issue, prefix: readonly PathKey[] = []): PathKey[] {
  return [...prefix, ...(issue.path ?? []).map((item) => item.key as PathKey)];
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = String(JSON.stringify(value));
  } catch {
    // Nested deeper than the call stack allows: name the kind of value instead.
    text = Array.isArray(value) ? 'Array' : 'Object';
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const EXPECTED_TYPES: Record<string, string> = {
  string: 'text',
  number: 'number',
  array: 'list',
  loose_object: 'object',
  union: 'block',
};

function toProblem(issue: Issue, prefix: readonly PathKey[] = []): Problem {
  const keys = issueKeys(issue, prefix);
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

/**
 * The document without the condemned pieces. Only the objects on the way to a removed piece are
 * copied, never the whole document: the input stays untouched, and a value nested deeper than
 * the call stack (which structuredClone would choke on) is simply dropped with its piece.
 */
function prune(document: Record<string, unknown>, issues: readonly Issue[]): unknown {
  const copies = new WeakSet<object>();
  const copy = (value: object): Record<PathKey, unknown> => {
    const made = (Array.isArray(value) ? [...value] : { ...value }) as Record<PathKey, unknown>;
    copies.add(made);
    return made;
  };
  const root = copy(document);
  const doomed = issues.map((issue) => prunePath(issueKeys(issue)));
  // Remove array items from the highest index down so the earlier indexes stay valid.
  doomed.sort((a, b) => comparePaths(b, a));
  let previous = '';
  for (const keys of doomed) {
    const id = formatPath(keys);
    if (id === previous) continue;
    previous = id;
    removeAt(root, keys, copy, copies);
  }
  return root;
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

function removeAt(
  root: Record<PathKey, unknown>,
  keys: PathKey[],
  copy: (value: object) => Record<PathKey, unknown>,
  copies: WeakSet<object>,
): void {
  let parent = root;
  for (const key of keys.slice(0, -1)) {
    const child = parent[key];
    if (child === null || typeof child !== 'object') return;
    parent = copies.has(child) ? (child as Record<PathKey, unknown>) : (parent[key] = copy(child));
  }
  const last = keys.at(-1)!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
}

/** What JSON Schema cannot express: real calendar days and unique section ids. */
function checkMeaning(
  statement: Statement,
  problems: Problem[],
  input: object,
  droppedSections: ReadonlySet<PathKey | undefined>,
): Validation {
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
  // Counted in the input, so a path names the section as the author wrote it, even after an
  // earlier section was dropped.
  const seen = new Set<string>();
  const sections = (input as { sections: unknown[] }).sections;
  sections.forEach((section, index) => {
    if (droppedSections.has(index)) return;
    const { id } = section as { id?: unknown };
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      problems.push({ path: `sections[${index}].id`, code: 'duplicate-id', received: preview(id), fatal: false });
    }
    seen.add(id);
  });
  return { statement, problems };
}
