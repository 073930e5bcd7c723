/**
 * Writes schema/sla.schema.json from src/format/schema.ts, the one source of truth.
 * `--check` only compares, and fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/format/schema.ts');

/** JSON Schema (draft-07) for one rule of src/format/schema.ts. */
function toJsonSchema(rule) {
  switch (rule.type) {
    case 'text':
      return rule.pattern ? { type: 'string', pattern: rule.pattern.source } : { type: 'string' };
    case 'count':
      return { type: 'integer', minimum: 0 };
    case 'constant':
      return { const: rule.value };
    case 'choice':
      return { enum: [...rule.words], type: 'string' };
    case 'list':
      return { type: 'array', items: toJsonSchema(rule.item) };
    case 'object': {
      const fields = Object.entries(rule.fields);
      return {
        type: 'object',
        properties: Object.fromEntries(fields.map(([name, field]) => [name, toJsonSchema(field)])),
        required: fields.filter(([, field]) => !field.optional).map(([name]) => name),
      };
    }
    case 'shapes':
      return { anyOf: rule.shapes.map(toJsonSchema) };
    case 'kinds':
      return { oneOf: rule.shapes.map(toJsonSchema) };
    default:
      throw new Error(`write-schema: no JSON Schema for a rule of type ${rule.type}`);
  }
}

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/sla-statement/schema/sla.schema.json',
  title: 'SLA statement (توافقنامه سطح خدمت), format version 1',
  description:
    'One agency\'s Service Level Agreement statement, rendered by <sla-statement>. Calendar validity of Jalali dates (e.g. 1402/12/30 in a common year) and unique section ids are checked by the element, not by this schema.',
  ...toJsonSchema(module.statementRule),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
const file = 'schema/sla.schema.json';

if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is out of date: run npm run build`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
