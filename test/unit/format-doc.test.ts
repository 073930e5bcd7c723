/**
 * docs/format.md against the format itself: its field table lists exactly the fields of the JSON
 * Schema (schema/sla.schema.json, generated from src/format/schema.ts), each as required as the
 * schema makes it; its section kinds and headings are the element's; its problem codes are the
 * validation's; its complete example validates, uses every field, and its sample output is what
 * the command prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/format/validate.js';
import { STATEMENT_LABELS } from '../../src/wording/statement-labels-by-language.js';
import { runCli } from '../support/run-cli.js';

const root = new URL('../../', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/format.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(root, 'schema/sla.schema.json'), 'utf8'));

/** The rows of the table under a `## heading`, as cells with backticks removed. */
function table(heading: string): string[][] {
  const section = doc.split(/^## /m).find((part) => part.startsWith(heading))!;
  return [...section.matchAll(/^\|(.+)\|$/gm)]
    .map(([, row]) => row!.split('|').map((cell) => cell.trim()))
    .filter((cells) => !/^-+:?$/.test(cells[0]!) && cells[0] !== 'field' && cells[0] !== 'kind' && cells[0] !== 'code');
}
const unquote = (cell: string) => cell.replace(/`/g, '');

type Schema = { properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };
type Requirement = 'yes' | 'no' | 'some';

/** Every field path of the schema, with whether its object requires it in all, none or some variants. */
function schemaFields(node: Schema, prefix = '', out = new Map<string, Requirement>()): Map<string, Requirement> {
  const variants = node.oneOf ?? node.anyOf ?? [node];
  const objects = variants.filter((variant) => variant.properties);
  const names = new Set(objects.flatMap((variant) => Object.keys(variant.properties!)));
  for (const name of names) {
    const having = objects.filter((variant) => variant.properties![name]);
    const required = having.filter((variant) => variant.required?.includes(name)).length;
    const path = `${prefix}${name}`;
    out.set(path, required === 0 ? 'no' : required === having.length ? 'yes' : 'some');
    for (const variant of having) {
      const child = variant.properties![name]!;
      if (child.items) schemaFields(child.items, `${path}[].`, out);
      else schemaFields(child, `${path}.`, out);
    }
  }
  for (const variant of variants) if (variant.items && !variant.properties) schemaFields(variant.items, prefix, out);
  return out;
}

const example = JSON.parse(/## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!);

/** The field paths a document uses, in the schema's notation. */
function usedFields(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => usedFields(item, prefix.replace(/\.$/, '[].'), out));
  else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      out.add(`${prefix}${name}`);
      usedFields(child, Array.isArray(child) ? `${prefix}${name}.` : `${prefix}${name}.`, out);
    }
  }
  return out;
}

describe('docs/format.md', () => {
  const fields = schemaFields(schema);
  const rows = table('Fields');

  it('lists every field of the schema, and no other', () => {
    expect(rows.map(([path]) => unquote(path!)).sort()).toEqual([...fields.keys()].sort());
  });

  it('says of each field whether it is required, as the schema does', () => {
    const said = Object.fromEntries(rows.map(([path, , required]) => [unquote(path!), required === 'yes' ? 'yes' : required === 'no' ? 'no' : 'some']));
    expect(said).toEqual(Object.fromEntries(fields));
  });

  it('names every section kind with the headings the element shows', () => {
    const kinds = table('Section kinds').map(([kind, fa, en]) => [unquote(kind!), fa, en]);
    const sectionKinds = schema.properties.sections.items.oneOf.flatMap((variant: { properties: { kind: { enum?: string[]; const?: string } } }) => variant.properties.kind.enum ?? [variant.properties.kind.const]);
    expect(kinds.map(([kind]) => kind)).toEqual(sectionKinds);
    expect(kinds).toEqual(sectionKinds.map((kind: keyof typeof STATEMENT_LABELS.fa.kinds) => [kind, STATEMENT_LABELS.fa.kinds[kind], STATEMENT_LABELS.en.kinds[kind]]));
  });

  it('lists every problem code', () => {
    const source = readFileSync(join(root, 'src/format/problem.ts'), 'utf8');
    const codes = [.../export type ProblemCode =([\s\S]*?)\nexport /.exec(source)![1]!.matchAll(/\| '([a-z-]+)'/g)].map(([, code]) => code);
    expect(table('What is checked').map(([code]) => unquote(code!))).toEqual(codes);
  });

  it('has a complete example that validates and uses every field', () => {
    expect(validateStatement(example).problems).toEqual([]);
    const ajv = new Ajv({ allErrors: true, strict: false });
    expect(ajv.validate(schema, example), JSON.stringify(ajv.errors)).toBe(true);
    expect([...fields.keys()].filter((path) => !usedFields(example).has(path))).toEqual([]);
  });

  it('shows what validate prints for a date that does not exist, in the example', async () => {
    const [, command, printed] = /`(sla-statement validate --lang en sla\.json)` prints\n\n```text\n(.*)\n```/.exec(doc)!;
    const json = /```json\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## A complete example')))![1]!.replace('"until": "1403/12/30"', '"until": "1402/12/30"');
    const { stderr } = await runCli([...command!.split(' ').slice(1, -1), '-'], json);
    expect(stderr.trim().replace(/^<stdin>/, 'sla.json')).toBe(printed);
  });
});
