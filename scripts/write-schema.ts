// Regenerates schemas/resolution.schema.json from the zod source: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { resolutionJsonSchema } from '../src/schema/json-schema.js';

const file = new URL('../schemas/resolution.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
