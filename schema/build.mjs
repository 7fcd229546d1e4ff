// Writes schema/indicator.schema.json and schema/program.schema.json from the schema in code
// (run after the build, from dist/). With --check, fails when the committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { IndicatorSchema, ProgramSchema } from '../dist/data/schema.js';

const check = process.argv.includes('--check');
const files = {
  'indicator.schema.json': {
    schema: IndicatorSchema,
    id: 'https://unpkg.com/indikator/schema/indicator.schema.json',
    title: 'Indikator indicator document',
    description:
      'One indicator: one time series for one area, with its unit, direction, targets, baseline, sources and notes. Numbers are JSON numbers, never locale-formatted strings; human text is a string or a map of language tag to string.',
  },
  'program.schema.json': {
    schema: ProgramSchema,
    id: 'https://unpkg.com/indikator/schema/program.schema.json',
    title: 'Indikator programme document',
    description:
      'A public programme: owner, legal basis, period, budget (null when not published), milestones, links, sources and its indicators (URLs or inline indicator documents).',
  },
};

let stale = false;
for (const [name, { schema, id, title, description }] of Object.entries(files)) {
  // Custom checks (impossible dates, e.g. 2023-02-30) have no JSON Schema form; the pattern stays.
  const json = { $id: id, title, description, ...toJsonSchema(schema, { errorMode: 'ignore' }) };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const url = new URL(name, import.meta.url);
  if (check) {
    let current = '';
    try {
      current = readFileSync(url, 'utf8');
    } catch {}
    if (current !== text) {
      stale = true;
      console.error(`schema/${name} is stale: run \`npm run build\` and commit it.`);
    }
  } else writeFileSync(url, text);
}
if (check && !stale) console.log('schema files are current');
process.exit(stale ? 1 : 0);
