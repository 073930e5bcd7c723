/**
 * Writes schema/sla.schema.json from src/format/schema.ts, the one source of truth.
 * `--check` only compares, and fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/format/schema.ts');
const { toJsonSchema } = await import('@valibot/to-json-schema');

const generated = toJsonSchema(module.statementSchema, { errorMode: 'ignore' });
const schema = {
  $schema: generated.$schema,
  $id: 'https://unpkg.com/sla-statement/schema/sla.schema.json',
  title: 'SLA statement (توافقنامه سطح خدمت), format version 1',
  description:
    'One agency\'s Service Level Agreement statement, rendered by <sla-statement>. Calendar validity of Jalali dates (e.g. 1402/12/30 in a common year) and unique section ids are checked by the element, not by this schema.',
  ...generated,
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
