// Regenerates, from the zod source (`npm run schema`):
// - schemas/resolution.schema.json, the published JSON Schema;
// - src/schema/resolution.tree.ts, the same rules as plain data for validating without zod.
import { writeFileSync } from 'node:fs';
import { resolutionJsonSchema } from '../src/schema/json-schema.js';
import { treeSource } from './tree-source.js';

for (const [path, text] of [
  ['../schemas/resolution.schema.json', `${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`],
  ['../src/schema/resolution.tree.ts', treeSource()],
] as const) {
  const file = new URL(path, import.meta.url);
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname}`);
}
