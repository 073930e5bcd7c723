/**
 * The SLA statement format, version 1: the one source of truth.
 *
 * The format is written here as data, a few kinds of rule. The runtime validation walks these
 * rules (validate.ts), the TypeScript types are inferred from them (`Infer` below), and
 * `schema/sla.schema.json` is generated from them (scripts/write-schema.mjs), so the three cannot
 * drift. The public contract is ../shared/design/sla-format.md: names and shapes must not change,
 * and nothing here may be stricter than it. Objects are "loose" so that newer optional fields and
 * an author's own annotations pass through instead of failing a published page.
 *
 * Why not a validation library: the format needs eight kinds of rule, and one walk that both
 * checks and removes the wrong pieces (validate.ts). valibot, the smallest library tried, with
 * the code that mapped its issues onto that policy, cost readers twice the bytes of these two
 * files (2 KB gzip more; bench/README.md, "Bytes").
 */
import { DIGIT } from '../text/patterns.js';

export const FORMAT_VERSION = 1;

export const STANDARD_SECTION_KINDS = [
  'introduction',
  'purpose',
  'definitions',
  'responsibility',
  'obligations',
  'costs',
  'term',
  'termination',
  'confidentiality',
  'availability',
  'maintenance',
] as const;

export const AUDIENCES = ['G2C', 'G2B', 'G2G', 'G2E'] as const;
export const CHANNELS = ['web', 'app', 'sms', 'phone', 'pishkhan', 'post', 'in-person'] as const;

/** Jalali YYYY/MM/DD in ASCII, Persian or Arabic-Indic digits, or ISO Gregorian YYYY-MM-DD. */
export const DATE_PATTERN = new RegExp(
  `^(?:${DIGIT}{4}/${DIGIT}{1,2}/${DIGIT}{1,2}|[0-9]{4}-[0-9]{2}-[0-9]{2})$`,
);

/**
 * Only these schemes may become links; `javascript:`, `data:` and the rest are refused. Schemes
 * are case-insensitive (RFC 3986 §3.1), spelled out letter by letter because JSON Schema
 * patterns take no flags.
 */
export const LINK_PATTERN = /^(?:[hH][tT][tT][pP][sS]?:\/\/|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\s/]\S*$/;

/** How a value may be marked where it sits: absent allowed, or removed alone when wrong. */
interface Place {
  /** The field may be absent. */
  readonly optional?: true;
  /**
   * When the value is wrong, only it is removed (a block, a service row, one optional field), and
   * the rest is shown with a notice. A problem outside every removable value is fatal: there is
   * nothing trustworthy to show (no title, no provider, sections not a list…).
   */
  readonly removable?: true;
}

/** Text; with a pattern, the problem its mismatch is (a link, a date, any other format). */
export interface TextRule extends Place {
  readonly type: 'text';
  readonly pattern?: RegExp;
  readonly mismatch?: 'link' | 'date-format' | 'format';
}
/** A whole number ≥ 0. */
export interface CountRule extends Place {
  readonly type: 'count';
}
/** One value; if it is another, the problem is `mismatch` (a `version`), else a `choice`. */
export interface ConstantRule<Value extends string | number = string | number> extends Place {
  readonly type: 'constant';
  readonly value: Value;
  readonly mismatch?: 'version';
}
export interface ChoiceRule<Word extends string = string> extends Place {
  readonly type: 'choice';
  readonly words: readonly Word[];
}
export interface ListRule<Item extends Rule = Rule> extends Place {
  readonly type: 'list';
  readonly item: Item;
}
/** An object; fields not named here pass through. */
export interface ObjectRule<Fields extends Record<string, Rule> = Record<string, Rule>> extends Place {
  readonly type: 'object';
  readonly fields: Fields;
}
/** The first of the shapes the value has; if none, a problem naming what was `expected`. */
export interface ShapesRule<Shape extends Rule = Rule> extends Place {
  readonly type: 'shapes';
  readonly shapes: readonly Shape[];
  readonly expected: 'block';
}
/** Objects told apart by one field (a section's `kind`), each with its own fields. */
export interface KindsRule<Shape extends ObjectRule = ObjectRule> extends Place {
  readonly type: 'kinds';
  readonly key: string;
  readonly shapes: readonly Shape[];
}

export type Rule = TextRule | CountRule | ConstantRule | ChoiceRule | ListRule | ObjectRule | ShapesRule | KindsRule;

/** The type of a value a rule accepts. */
export type Infer<R> = R extends TextRule
  ? string
  : R extends CountRule
    ? number
    : R extends ConstantRule<infer Value>
      ? Value
      : R extends ChoiceRule<infer Word>
        ? Word
        : R extends ListRule<infer Item>
          ? Infer<Item>[]
          : R extends ObjectRule<infer Fields>
            ? InferObject<Fields>
            : R extends ShapesRule<infer Shape>
              ? Infer<Shape>
              : R extends KindsRule<infer Shape>
                ? Infer<Shape>
                : never;

type InferObject<Fields> = {
  -readonly [Name in keyof Fields as Fields[Name] extends { optional: true } ? never : Name]: Infer<Fields[Name]>;
} & {
  -readonly [Name in keyof Fields as Fields[Name] extends { optional: true } ? Name : never]?: Infer<Fields[Name]>;
} & { [field: string]: unknown };

const text = { type: 'text' } as const;
const pattern = <const Mismatch extends TextRule['mismatch']>(pattern: RegExp, mismatch: Mismatch) =>
  ({ type: 'text', pattern, mismatch }) as const;
const choice = <const Word extends string>(words: readonly Word[]): ChoiceRule<Word> => ({ type: 'choice', words });
const list = <const Item extends Rule>(item: Item) => ({ type: 'list', item }) as const;
const object = <const Fields extends Record<string, Rule>>(fields: Fields) => ({ type: 'object', fields }) as const;
const optional = <const R extends Rule>(rule: R) => ({ ...rule, optional: true }) as const;
const removable = <const R extends Rule>(rule: R) => ({ ...rule, removable: true }) as const;

const link = pattern(LINK_PATTERN, 'link');
const date = pattern(DATE_PATTERN, 'date-format');

const listBlock = object({ list: list(text) });
const termsBlock = object({ terms: list(object({ term: text, text })) });
export const blockRule = { type: 'shapes', shapes: [text, listBlock, termsBlock], expected: 'block' } as const;

const sectionFields = {
  id: optional(pattern(/^\S+$/, 'format')),
  content: list(removable(blockRule)),
};
export const sectionRule = {
  type: 'kinds',
  key: 'kind',
  shapes: [
    object({ kind: choice(STANDARD_SECTION_KINDS), title: optional(text), ...sectionFields }),
    object({ kind: { type: 'constant', value: 'other' }, title: text, ...sectionFields }),
  ],
} as const;

export const serviceItemRule = object({
  name: text,
  unit: optional(text),
  id: optional(text),
  audience: optional(list(choice(AUDIENCES))),
  channels: optional(list(choice(CHANNELS))),
  duration: optional(text),
  visits: optional({ type: 'count' }),
  cost: optional(text),
  url: optional(link),
});

/** The member names in this order are also the order problems are reported in. */
export const statementRule = object({
  $schema: removable(optional(text)),
  version: { type: 'constant', value: FORMAT_VERSION, mismatch: 'version' },
  lang: removable(optional(pattern(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'format'))),
  dir: removable(optional(choice(['rtl', 'ltr']))),
  title: text,
  provider: object({ name: text, url: removable(optional(link)), parent: removable(optional(text)) }),
  service: removable(optional(object({ id: removable(optional(text)), name: removable(optional(text)) }))),
  // A half-removed validity would state a false period: any wrong date removes all of it.
  validity: removable(optional(object({ from: optional(date), until: optional(date), signatory: optional(text) }))),
  sections: list(removable(sectionRule)),
  services: removable(optional(object({ title: removable(optional(text)), items: list(removable(serviceItemRule)) }))),
});

export type Statement = Infer<typeof statementRule>;
export type Section = Infer<typeof sectionRule>;
export type SectionKind = Section['kind'];
export type Block = Infer<typeof blockRule>;
export type ListBlock = Infer<typeof listBlock>;
export type TermsBlock = Infer<typeof termsBlock>;
export type ServiceItem = Infer<typeof serviceItemRule>;
export type Audience = (typeof AUDIENCES)[number];
export type Channel = (typeof CHANNELS)[number];
