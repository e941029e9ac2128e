import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accepts } from '../../src/schema/accepts.js';
import { ResolutionTree } from '../../src/schema/resolution.tree.js';
import { safeParseResolution } from '../../src/index.js';
import { mutatedDocument } from './mutations.js';

// The published JSON Schema, read by an independent validator (Ajv, JSON Schema 2020-12, with the
// "date" format), against the project's own validator, on real files with one thing changed. A data
// team's editor must never be told "valid" where we refuse the structure, nor "invalid" where we accept.
const schema = JSON.parse(readFileSync('schemas/resolution.schema.json', 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: true });
addFormats(ajv, ['date']);
const schemaAccepts = ajv.compile(schema);

const dataSets = [
  ...readdirSync('examples/data').filter((f) => f.endsWith('.json')).map((f) => `examples/data/${f}`),
  'test/fixtures/v11.json',
].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>);

const head = 'https://ví-dụ.vn/';
const junk = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', 'x', '2023', '2023-13', '2023-02-30', '2100-02-29', '2024-02-29', '2025-06-30', '2020-2025', '2026-2030', 'a-b', 'A b'),
  fc.constantFrom('https://a.vn', 'http://a.vn/x y', 'https://a.vn/\u00a0', 'ftp://a.vn', 'https://', 'https://\nx', head + 'đ'.repeat(2048 - [...head].length), head + 'đ'.repeat(2049 - [...head].length), head + '🙂'.repeat(2040)),
  fc.constantFrom('level', 'maintain', 'term-average', 'relative', 'multiple', 'between', 'about', '>=', '<', 'levels', 'rates', 'up', 'down', 'constant', 'current', 'exceeded', 'basically-achieved'),
  fc.constantFrom(0, -0, 0.5, 2, 10.5, 2020, 2025, 2030, 1899, 2201, 7, -1, 1e308, -1e308),
  fc.constantFrom([], [1], [1, 2], [2, 1], [10, 10.5], {}, { vi: '' }, { vi: 'x' }, { vi: 'x', en: 'y' }, null, { of: 34 }, { year: 2025 }),
);

const mutated = mutatedDocument(dataSets, junk);

describe('the published JSON Schema against the validator', () => {
  it('accepts every example data set and fixture', () => {
    for (const d of dataSets) expect(schemaAccepts(d), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it('never refuses a document the validator accepts, and accepts none whose structure it refuses (mutated documents)', () => {
    fc.assert(
      fc.property(mutated, (doc) => {
        const bySchema = schemaAccepts(doc);
        if (!bySchema) expect(safeParseResolution(doc).success, JSON.stringify(schemaAccepts.errors)).toBe(false);
        if (!accepts(ResolutionTree, doc)) expect(bySchema).toBe(false);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});
