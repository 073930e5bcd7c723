/**
 * The SLA statement format, version 1: the one source of truth.
 *
 * The TypeScript types below are inferred from this schema, the runtime validation runs it, and
 * `schema/sla.schema.json` is generated from it (scripts/write-schema.mjs), so the three cannot drift.
 * The public contract is ../shared/design/sla-format.md: names and shapes must not change, and
 * nothing here may be stricter than it. Objects are "loose" so that newer optional fields and an
 * author's own annotations pass through instead of failing a published page.
 */
import * as v from 'valibot';
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

const text = v.string();

/**
 * An object whose fields are all optional. Valibot's object schemas let an array through (and
 * output `{}` for it), JSON Schema's `"type": "object"` does not: refusing arrays first keeps the
 * two in agreement. Objects with a required field need no guard, an array never has that field.
 */
const optionalFields = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(
    v.unknown(),
    v.check((value) => !Array.isArray(value)),
    v.looseObject(entries),
  );
const link = v.pipe(v.string(), v.regex(LINK_PATTERN));
const date = v.pipe(v.string(), v.regex(DATE_PATTERN));

const paragraph = text;
const list = v.looseObject({ list: v.array(text) });
const terms = v.looseObject({ terms: v.array(v.looseObject({ term: text, text })) });
export const blockSchema = v.union([paragraph, list, terms]);

const sectionFields = {
  id: v.optional(v.pipe(v.string(), v.regex(/^\S+$/))),
  content: v.array(blockSchema),
};
export const sectionSchema = v.variant('kind', [
  v.looseObject({ kind: v.picklist(STANDARD_SECTION_KINDS), title: v.optional(text), ...sectionFields }),
  v.looseObject({ kind: v.literal('other'), title: text, ...sectionFields }),
]);

export const serviceItemSchema = v.looseObject({
  name: text,
  unit: v.optional(text),
  id: v.optional(text),
  audience: v.optional(v.array(v.picklist(AUDIENCES))),
  channels: v.optional(v.array(v.picklist(CHANNELS))),
  duration: v.optional(text),
  visits: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  cost: v.optional(text),
  url: v.optional(link),
});

export const statementSchema = v.looseObject({
  $schema: v.optional(v.string()),
  version: v.literal(FORMAT_VERSION),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/))),
  dir: v.optional(v.picklist(['rtl', 'ltr'])),
  title: text,
  provider: v.looseObject({ name: text, url: v.optional(link), parent: v.optional(text) }),
  service: v.optional(optionalFields({ id: v.optional(text), name: v.optional(text) })),
  validity: v.optional(
    optionalFields({ from: v.optional(date), until: v.optional(date), signatory: v.optional(text) }),
  ),
  sections: v.array(sectionSchema),
  services: v.optional(v.looseObject({ title: v.optional(text), items: v.array(serviceItemSchema) })),
});

export type Statement = v.InferOutput<typeof statementSchema>;
export type Section = v.InferOutput<typeof sectionSchema>;
export type SectionKind = Section['kind'];
export type Block = v.InferOutput<typeof blockSchema>;
export type ListBlock = v.InferOutput<typeof list>;
export type TermsBlock = v.InferOutput<typeof terms>;
export type ServiceItem = v.InferOutput<typeof serviceItemSchema>;
export type Audience = (typeof AUDIENCES)[number];
export type Channel = (typeof CHANNELS)[number];
