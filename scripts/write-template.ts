// Regenerates examples/data/template.xlsx from examples/data/template.json (`npm run template`), by
// the code `tn-indicators export` runs: the workbook data teams start from. test/core/workbook-template.test.ts
// holds the committed file to what the code writes (cell by cell).
import { readFileSync, writeFileSync } from 'node:fs';
import { writeWorkbook } from '../src/cli/workbook-write.js';

const source = new URL('../examples/data/template.json', import.meta.url);
const target = new URL('../examples/data/template.xlsx', import.meta.url);
writeFileSync(target, await writeWorkbook(JSON.parse(readFileSync(source, 'utf8')) as Record<string, unknown>));
console.log(`wrote ${target.pathname}`);
