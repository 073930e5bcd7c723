/**
 * Reading an untrusted document into a Statement, with every problem named by its path.
 *
 * Policy: a reader should get as much of the statement as can be shown truthfully.
 * - Structural problems (not an object, unknown version, no title, provider or sections) are
 *   fatal: there is nothing trustworthy to show, so the element shows an error instead.
 * - Local problems (one bad block, section, service row, validity date…) remove only the piece
 *   that is wrong (the rules marked `removable` in schema.ts); the rest is shown with a notice
 *   that lists each problem with its path.
 *
 * One walk over the document checks it against the rules and builds what is shown: new objects
 * and lists, without the removed pieces, so the input is never changed.
 */
import { isRealDate, parseStatementDate } from '../dates/statement-date.js';
import { timeSlicer } from '../scheduling/time-slice.js';
import { formatPath, type PathKey } from './json-path.js';
import type { ExpectedType, Problem, ProblemCode } from './problem.js';
import { serviceItemRule, statementRule, type Rule, type ServiceItem, type Statement } from './schema.js';

export interface Validation {
  /** The document with its bad pieces removed; null when a fatal problem leaves nothing to show. */
  statement: Statement | null;
  problems: Problem[];
}

/**
 * Members an author's own fields may not pass on: copied into what is shown, `__proto__` would
 * set its prototype, and all three can poison code that later walks the statement.
 */
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Returned for a value that is wrong, in place of what would be shown. */
const WRONG = Symbol('wrong');

export function validateStatement(input: unknown): Validation {
  const walk = new Walk();
  const shown = walk.check(statementRule, input);
  if (shown === WRONG) return { statement: null, problems: walk.problems };
  return checkMeaning(shown as Statement, walk.problems, input as { sections: unknown[] }, walk.removed);
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
    const walk = new Walk(['services', 'items', index], 1);
    const item = walk.check(serviceItemRule, items[index]);
    if (item !== WRONG) kept.push(item as ServiceItem);
    itemProblems.push(...walk.problems);
  }
  head.statement.services.items = kept;
  // One pass reports the walk's problems first (the items last among them), then the checks of
  // meaning (dates, duplicate ids): keep that order.
  const meaning = (problem: Problem) => problem.code === 'date-invalid' || problem.code === 'duplicate-id';
  return {
    statement: head.statement,
    problems: [...head.problems.filter((p) => !meaning(p)), ...itemProblems, ...head.problems.filter(meaning)],
  };
}

/** One walk over a value: where it is, what it found wrong, and which input values it removed. */
class Walk {
  readonly problems: Problem[] = [];
  readonly removed = new Set<unknown>();
  /** Where the value walked is in the document. */
  readonly #path: PathKey[];
  /** How many removable values it is inside: a problem there is not fatal. */
  #removableDepth: number;

  constructor(path: PathKey[] = [], removableDepth = 0) {
    this.#path = path;
    this.#removableDepth = removableDepth;
  }

  /** The value as shown, or WRONG after recording why. */
  check(rule: Rule, value: unknown): unknown {
    if (rule.removable) this.#removableDepth++;
    const shown = this.#checkValue(rule, value);
    if (rule.removable) this.#removableDepth--;
    return shown;
  }

  #checkValue(rule: Rule, value: unknown): unknown {
    switch (rule.type) {
      case 'text':
        if (typeof value !== 'string') return this.#problem('type', value, 'text');
        return rule.pattern && !rule.pattern.test(value) ? this.#problem(rule.mismatch!, value) : value;
      case 'count':
        if (typeof value !== 'number') return this.#problem('type', value, 'number');
        return Number.isInteger(value) && value >= 0 ? value : this.#problem('count', value);
      case 'constant':
        if (value === rule.value) return value;
        return rule.mismatch ? this.#problem(rule.mismatch, value) : this.#problem('choice', value, String(rule.value));
      case 'choice':
        return rule.words.includes(value as string) ? value : this.#problem('choice', value, rule.words.join(', '));
      case 'list':
        return Array.isArray(value) ? this.#list(rule.item, value) : this.#problem('type', value, 'list');
      case 'object':
        return isObject(value) ? this.#object(rule.fields, value) : this.#problem('type', value, 'object');
      case 'shapes':
        return rule.shapes.some((shape) => accepts(shape, value)) ? value : this.#problem('type', value, rule.expected);
      case 'kinds': {
        if (!isObject(value)) return this.#problem('type', value, 'object');
        const kind = value[rule.key];
        const shape = rule.shapes.find(({ fields }) => accepts(fields[rule.key]!, kind));
        if (shape) return this.#object(shape.fields, value);
        const words = rule.shapes.flatMap(({ fields }) => {
          const key = fields[rule.key]!;
          return key.type === 'choice' ? key.words : key.type === 'constant' ? [String(key.value)] : [];
        });
        this.#path.push(rule.key);
        this.#problem('choice', kind, words.join(', '));
        this.#path.pop();
        return WRONG;
      }
    }
  }

  #list(item: Rule, values: readonly unknown[]): unknown {
    const shown: unknown[] = [];
    let wrong = false;
    for (let index = 0; index < values.length; index++) {
      const value = this.#member(index, item, values[index]);
      if (value !== WRONG) shown.push(value);
      else if (item.removable) this.removed.add(values[index]);
      else wrong = true;
    }
    return wrong ? WRONG : shown;
  }

  #object(fields: Readonly<Record<string, Rule>>, value: Readonly<Record<string, unknown>>): unknown {
    const shown: Record<string, unknown> = {};
    for (const name in value) {
      if (!UNSAFE_NAMES.has(name) && Object.hasOwn(value, name)) shown[name] = value[name];
    }
    let wrong = false;
    for (const name in fields) {
      const rule = fields[name]!;
      const field = this.#member(name, rule, value[name]);
      if (field === WRONG) {
        if (rule.removable) delete shown[name];
        else wrong = true;
      } else if (field !== undefined) shown[name] = field;
    }
    return wrong ? WRONG : shown;
  }

  /** A member of a list or object: absent is fine if optional, else `missing`. */
  #member(key: PathKey, rule: Rule, value: unknown): unknown {
    if (value === undefined && rule.optional) return value;
    this.#path.push(key);
    const shown = value === undefined ? this.#problem('missing', value) : this.check(rule, value);
    this.#path.pop();
    return shown;
  }

  #problem(code: ProblemCode, value: unknown, expected?: ExpectedType | string): typeof WRONG {
    this.problems.push({
      path: formatPath(this.#path),
      code,
      ...(expected === undefined ? {} : { expected }),
      ...(value === undefined ? {} : { received: preview(value) }),
      fatal: this.#removableDepth === 0,
    });
    return WRONG;
  }
}

/** Whether the value has the rule's shape, without reporting anything. */
const accepts = (rule: Rule, value: unknown): boolean => new Walk().check(rule, value) !== WRONG;

/** A JSON object: not null, not a list. */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** What JSON Schema cannot express: real calendar days and unique section ids. */
function checkMeaning(
  statement: Statement,
  problems: Problem[],
  input: { sections: unknown[] },
  removed: ReadonlySet<unknown>,
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
  // earlier section was removed.
  const seen = new Set<string>();
  input.sections.forEach((section, index) => {
    if (removed.has(section)) return;
    const { id } = section as { id?: unknown };
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      problems.push({ path: `sections[${index}].id`, code: 'duplicate-id', received: preview(id), fatal: false });
    }
    seen.add(id);
  });
  return { statement, problems };
}
