import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { accepts } from '../../src/schema/accepts.js';
import { IndicatorSchema } from '../../src/schema/indicator.js';
import { ResolutionSchema } from '../../src/schema/resolution.js';
import { safeParseResolution, safeParseResolutionInSlices } from '../../src/index.js';
import { validDocument } from './arbitraries.js';

// `accepts` is the quick check that lets a valid document skip zod's parser. It must never pass what
// zod refuses (the document would skip validation), and it should pass what zod accepts (else every
// valid document pays for both). These tests hold it to zod's own answer.

const dataSets = ['tp-thai-nguyen-2020-2025.json', 'template.json'].map((f) => JSON.parse(readFileSync(`examples/data/${f}`, 'utf8')) as Record<string, unknown>);
const zodAccepts = (schema: z.ZodMiniType, v: unknown) => z.safeParse(schema, v).success;

type Json = unknown;
/** Every place in a JSON value: the parent and key of each object member and list item. */
function places(v: Json, out: [Record<string, Json> | Json[], string | number][] = []) {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), places(x, out)));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([v as Record<string, Json>, k]), places(x, out);
  return out;
}

const junk = fc.oneof(
  fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withTypedArray: true }),
  fc.constantFrom('', ' ', 'x', 'vi', '2023', '2023-13', '2020-2025', 'ind-1', 'Ind 1', 'https://a.vn', 'javascript:x', 'level', 'between', '>=', 'actual', 'over', 'projected'),
  fc.constantFrom(0, -0, 1.5, 2020, 1899, 2201, 7, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e308),
  fc.constantFrom([], [1], [1, 2], [2, 1, 0], {}, { vi: '' }, { vi: 'x' }, { VI: 'x' }, { vi: 1 }, null),
);

/** A valid document with one change at a random place: a value replaced, a member removed, or a member added. */
const mutated = fc.tuple(fc.oneof(validDocument, fc.constantFrom(...dataSets)), fc.nat(), fc.nat(2), junk).map(([doc, pick, how, value]) => {
  const copy = structuredClone(doc) as Record<string, Json>;
  const all = places(copy);
  const [parent, key] = all[pick % all.length]!;
  if (how === 0) (parent as Record<string | number, Json>)[key] = value;
  else if (how === 1 && !Array.isArray(parent)) delete parent[key as string];
  else if (how === 1) (parent as Json[]).splice(key as number, 1);
  else {
    const target = (parent as Record<string | number, Json>)[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, Json>).extra = value;
    else (parent as Record<string | number, Json>)[key] = [value];
  }
  return copy;
});

describe('accepts: the quick check before zod', () => {
  it('passes the published data sets and generated valid documents', () => {
    for (const doc of dataSets) expect(accepts(ResolutionSchema, doc)).toBe(true);
    fc.assert(fc.property(validDocument, (doc) => accepts(ResolutionSchema, doc)), { numRuns: 200 });
  });

  it('answers as zod does for documents with one thing changed anywhere', () => {
    fc.assert(
      fc.property(mutated, (doc) => {
        expect(accepts(ResolutionSchema, doc)).toBe(zodAccepts(ResolutionSchema, doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as zod does for any value at all, as a document or as an indicator', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withBigInt: true }), (v) => {
        expect(accepts(ResolutionSchema, v)).toBe(zodAccepts(ResolutionSchema, v));
        expect(accepts(IndicatorSchema, v)).toBe(zodAccepts(IndicatorSchema, v));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a list with a hole in it (a script that deletes an item), as zod does', () => {
    const doc = structuredClone(dataSets[0]!) as { indicators: unknown[] };
    delete doc.indicators[1];
    expect(accepts(ResolutionSchema, doc)).toBe(false);
    expect(zodAccepts(ResolutionSchema, doc)).toBe(false);
    const r = safeParseResolution(doc, { lang: 'en' });
    expect(r.success ? [] : r.issues.map((i) => i.path)).toEqual(['indicators[1]']);
  });

  it('refuses a member named __proto__, which JSON.parse makes an own member', () => {
    const doc = JSON.parse(JSON.stringify(dataSets[0]).replace('{', '{"__proto__":{"x":1},'));
    expect(accepts(ResolutionSchema, doc)).toBe(false);
    expect(safeParseResolution(doc).success).toBe(false);
  });

  it('answers false, leaving the decision to zod, for a schema kind or check it does not know', () => {
    expect(zodAccepts(z.tuple([z.string()]), ['a'])).toBe(true);
    expect(accepts(z.tuple([z.string()]), ['a'])).toBe(false);
    expect(zodAccepts(z.string().check(z.minLength(1)), 'a')).toBe(true);
    expect(accepts(z.string().check(z.minLength(1)), 'a')).toBe(false);
    expect(accepts(z.object({ a: z.string() }), { a: 'x' })).toBe(false); // not strict: zod would drop unknown members
    expect(accepts(z.strictObject({ a: z.string().check(z.regex(/^x$/)) }), { a: 'x' })).toBe(true);
  });
});

describe('validation returns a valid document as it is', () => {
  it('the same object, for the whole document and for documents checked in slices', async () => {
    const doc = dataSets[0]!;
    const r = safeParseResolution(doc);
    expect(r.success && r.data).toBe(doc);
    const big = { ...doc, indicators: Array.from({ length: 2500 }, (_, i) => ({ id: `i-${i}`, title: `I ${i}` })) };
    const sliced = await safeParseResolutionInSlices(big, { slice: 1000 });
    expect(sliced.success && sliced.data.indicators[1234]).toBe(big.indicators[1234]);
  });

  it('and still reports every problem of an invalid one in both languages', () => {
    const doc = structuredClone(dataSets[0]!) as { indicators: { title: unknown; observations: { value: unknown }[] }[] };
    doc.indicators[0]!.title = '';
    doc.indicators[1]!.observations[0]!.value = 'x';
    const vi = safeParseResolution(doc);
    const en = safeParseResolution(doc, { lang: 'en' });
    expect(vi.success ? [] : vi.issues.map((i) => i.path)).toEqual(['indicators[0].title', 'indicators[1].observations[0].value']);
    expect(vi.success ? [] : vi.issues.map((i) => i.code)).toEqual(['text', 'number']);
    expect(en.success ? [] : en.issues.map((i) => i.message)[1]).toBe('Expected a finite number (use a decimal point: 4.2)');
  });
});
