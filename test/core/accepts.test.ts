import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { accepts } from '../../src/schema/accepts.js';
import { IndicatorSchema } from '../../src/schema/indicator.js';
import { ResolutionSchema } from '../../src/schema/resolution.js';
import { IndicatorTree, ResolutionTree } from '../../src/schema/resolution.tree.js';
import { safeParseResolution, safeParseResolutionInSlices, type SafeParseResult } from '../../src/index.js';
import { treeSource } from '../../scripts/tree-source.js';
import { validDocument } from './arbitraries.js';
import { mutatedDocument } from './mutations.js';
import { fromZodIssue, zodSafeParseResolution } from './zod-oracle.js';
import { explain } from '../../src/schema/explain.js';
import { isPair, isYear } from '../../src/schema/checks.js';
import { formatPath } from '../../src/schema/path.js';
import type { Tree } from '../../src/schema/tree.js';

// Validation runs without zod: `accepts` (the quick check) and `explain` (the problems of a value)
// walk the schema tree generated from the zod schemas. These tests hold both to zod's own parser:
// `accepts` must never pass what zod refuses, nor refuse what it accepts; and the problems reported
// must be exactly those that zod's issues gave (zod-oracle.ts), in both languages.

// (every data set of examples/data, the 1.1 ones included, and the 1.1 fixture)
const dataSets = [...readdirSync('examples/data').filter((f) => f.endsWith('.json')).map((f) => `examples/data/${f}`), 'test/fixtures/v11.json'].map(
  (f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>,
);
const zodAccepts = (schema: z.ZodMiniType, v: unknown) => z.safeParse(schema, v).success;

const junk = fc.oneof(
  fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withTypedArray: true }),
  fc.constantFrom('', ' ', 'x', 'vi', '2023', '2023-13', '2020-2025', 'ind-1', 'Ind 1', 'https://a.vn', 'javascript:x', 'level', 'between', '>=', 'actual', 'over', 'projected'),
  fc.constantFrom(0, -0, 1.5, 2020, 1899, 2201, 7, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e308),
  fc.constantFrom([], [1], [1, 2], [2, 1, 0], {}, { vi: '' }, { vi: 'x' }, { VI: 'x' }, { vi: 1 }, null),
);

const mutated = mutatedDocument(dataSets, junk);

/** The result without the document itself (a valid one is returned as given, zod gave a copy). */
const outcome = (r: SafeParseResult) => (r.success ? 'valid' : r.issues);

describe('accepts: the quick check', () => {
  it('passes the published data sets and generated valid documents', () => {
    for (const doc of dataSets) expect(accepts(ResolutionTree, doc)).toBe(true);
    fc.assert(fc.property(validDocument, (doc) => accepts(ResolutionTree, doc)), { numRuns: 200 });
  });

  it('answers as zod does for documents with one thing changed anywhere', () => {
    fc.assert(
      fc.property(mutated, (doc) => {
        expect(accepts(ResolutionTree, doc)).toBe(zodAccepts(ResolutionSchema, doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as zod does for any value at all, as a document or as an indicator', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withBigInt: true }), (v) => {
        expect(accepts(ResolutionTree, v)).toBe(zodAccepts(ResolutionSchema, v));
        expect(accepts(IndicatorTree, v)).toBe(zodAccepts(IndicatorSchema, v));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a list with a hole in it (a script that deletes an item), as zod does', () => {
    const doc = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as { indicators: unknown[] };
    delete doc.indicators[1];
    expect(accepts(ResolutionTree, doc)).toBe(false);
    expect(zodAccepts(ResolutionSchema, doc)).toBe(false);
    const r = safeParseResolution(doc, { lang: 'en' });
    expect(r.success ? [] : r.issues.map((i) => i.path)).toEqual(['indicators[1]']);
  });

  it('refuses a member named __proto__, which JSON.parse makes an own member', () => {
    const doc = JSON.parse(JSON.stringify(dataSets[0]).replace('{', '{"__proto__":{"x":1},'));
    expect(accepts(ResolutionTree, doc)).toBe(false);
    expect(safeParseResolution(doc).success).toBe(false);
  });

});

describe('explain: the problems of an invalid document, as zod reported them', () => {
  it('the same issues, codes and messages as zod, in Vietnamese and English, for one thing changed anywhere', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom('vi' as const, 'en' as const), (doc, lang) => {
        expect(outcome(safeParseResolution(doc, { lang }))).toEqual(outcome(zodSafeParseResolution(doc, lang)));
      }),
      { numRuns: 3000 },
    );
  });

  it('the same for several things changed at once, and for any value at all', () => {
    const several = fc.array(mutated, { minLength: 2, maxLength: 4 }).map((docs) => {
      // the first document, with the indicators and milestones of the others put in
      const [first, ...rest] = docs as Record<string, unknown>[];
      const pick = (d: Record<string, unknown>, k: string) => (Array.isArray(d[k]) ? (d[k] as unknown[]) : [d[k]]);
      return { ...first, indicators: [...pick(first!, 'indicators'), ...rest.flatMap((d) => pick(d, 'indicators'))], milestones: rest.flatMap((d) => pick(d, 'milestones')) };
    });
    fc.assert(
      fc.property(several, (doc) => {
        expect(outcome(safeParseResolution(doc))).toEqual(outcome(zodSafeParseResolution(doc)));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withBigInt: true }), (v) => {
        expect(outcome(safeParseResolution(v, { lang: 'en' }))).toEqual(outcome(zodSafeParseResolution(v, 'en')));
      }),
      { numRuns: 500 },
    );
  });

  it('targets: the problems of the kind named, or that the kind is unknown or missing', () => {
    const doc = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as { indicators: { target?: unknown }[] };
    const cases: unknown[] = [
      { kind: 'level', op: '>=', value: 5, by: 1899 },
      { kind: 'level', op: 'x', value: [1, 'a'] },
      { kind: 'average-growth', op: '>=', value: [1, 2, 3], extra: 1 },
      { kind: 'levels', op: '>=', value: 5 },
      { op: '>=', value: 5 },
      [],
      'level',
    ];
    for (const target of cases) {
      doc.indicators[0]!.target = target;
      const r = safeParseResolution(doc, { lang: 'en' });
      expect(r.success).toBe(false);
      expect(outcome(r)).toEqual(outcome(zodSafeParseResolution(doc, 'en')));
    }
  });
});

describe('explain, on schemas smaller than a resolution', () => {
  it('runs a list\'s checks only when its items are of the right type, as zod does', () => {
    const schema = z.array(z.number({ error: 'number' })).check(z.refine(isPair, { error: 'range' }));
    const tree: Tree = { type: 'array', element: { type: 'number', code: 'number' }, checks: [[isPair, 'range']] };
    for (const value of [[1, 'x', 3], [1, 2, 3], [1], ['x'], [], 'x']) {
      const zodIssues = z.safeParse(schema, value, { reportInput: true }).error?.issues.flatMap((i) => fromZodIssue(i, 'en')) ?? [];
      expect(explain(tree, value).map((p) => [formatPath(p.path), p.code])).toEqual(zodIssues.map((i) => [i.path, i.code]));
    }
    expect(explain(tree, [1, 'x', 3]).map((p) => p.code)).toEqual(['number']);
    expect(explain(tree, [1, 2, 3]).map((p) => p.code)).toEqual(['range']);
  });
});

describe('the schema tree, generated from the zod schemas', () => {
  it('refuses to carry over what it cannot say exactly', () => {
    expect(() => treeSource({ ResolutionTree: z.tuple([z.string()]) })).toThrow(/cannot carry over the schema kind tuple/);
    expect(() => treeSource({ ResolutionTree: z.string().check(z.minLength(1)) })).toThrow(/cannot carry over/);
    expect(() => treeSource({ ResolutionTree: z.object({ a: z.string() }) })).toThrow(/not strict/);
    expect(() => treeSource({ ResolutionTree: z.strictObject({ a: z.string().check(z.regex(/^x$/, { error: 'slug' })) }) })).toThrow(/not exported from src\/schema\/checks.ts/);
    expect(() => treeSource({ ResolutionTree: z.number().check(z.refine((x) => x > 1, { error: 'year' })) })).toThrow(/not exported/);
  });

  it('refuses formats, coercion, exclusive or discriminated unions, exact optionals, symbol members, check options and issue-dependent errors', () => {
    const member = (schema: unknown) => ({ ResolutionTree: z.strictObject({ a: schema as z.ZodMiniType }) });
    const refused = [
      z.email(),
      z.int(),
      z.coerce.string(),
      z.xor([z.string(), z.string()]),
      z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') }), z.strictObject({ k: z.literal('b') })]),
      z.exactOptional(z.string()),
      z.number({ error: 'year' }).check(z.refine(isYear, { error: 'year', path: ['x'] })),
      z.number({ error: 'year' }).check(z.refine(isYear, { error: 'year', when: () => true })),
      z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'year') }),
    ];
    for (const schema of refused) expect(() => treeSource(member(schema)), String(schema._zod.def.type)).toThrow(/cannot carry over/);
    expect(() => treeSource({ ResolutionTree: z.strictObject({ [Symbol('a')]: z.string() } as never) })).toThrow(/symbols/);
    // and carries over what it knows
    expect(treeSource(member(z.number({ error: 'year' }).check(z.refine(isYear, { error: 'year' }))))).toContain("checks: [[isYear, 'year']]");
  });
});

describe('documents a script has tampered with', () => {
  it('a page that adds to Object.prototype: the problems are still found, as zod finds them, and nothing throws', () => {
    const doc = { ...structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!), stray: 1 };
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      const r = safeParseResolution(doc, { lang: 'en' });
      expect(r.success).toBe(false);
      expect(outcome(r)).toEqual(outcome(zodSafeParseResolution(doc, 'en')));
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it('lists are read by index, as zod reads them, not through their iterator; a list without Array\'s methods is refused, not thrown on', () => {
    const bare = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as { indicators: unknown[] };
    Object.setPrototypeOf(bare.indicators, null);
    // (zod accepts it, and would hand back a copy; a valid document is handed back as it is, and the
    // rules and the engine need its lists to be lists)
    expect(outcome(safeParseResolution(bare, { lang: 'en' }))).toEqual([{ path: '', code: 'invalid', message: 'Invalid value' }]);
    const inner = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as { indicators: { observations?: unknown[] }[] };
    Object.setPrototypeOf(inner.indicators.find((i) => i.observations)!.observations!, null);
    expect(outcome(safeParseResolution(inner, { lang: 'en' }))).toEqual([{ path: '', code: 'invalid', message: 'Invalid value' }]);
    const hidden = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as { indicators: unknown[] };
    hidden.indicators.push({ title: 'no id' });
    const good = hidden.indicators.slice(0, -1);
    Object.defineProperty(hidden.indicators, Symbol.iterator, { value: () => good[Symbol.iterator]() });
    expect(accepts(ResolutionTree, hidden)).toBe(false);
    expect(outcome(safeParseResolution(hidden))).toEqual(outcome(zodSafeParseResolution(hidden)));
  });

  it('a member read through a getter that adds an unknown member is refused, as zod refuses it (members are read before unknown ones are looked for)', () => {
    const make = () => {
      const doc = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as Record<string, unknown>;
      const title = doc.title;
      Object.defineProperty(doc, 'title', { enumerable: true, get: () => ((doc.sneaky = 1), title) });
      return doc;
    };
    expect(accepts(ResolutionTree, make())).toBe(false);
    expect(zodSafeParseResolution(make(), 'en').success).toBe(false);
  });

  it('a large document with an inherited member is refused in slices as it is whole', async () => {
    const big = { ...dataSets[0]!, indicators: Array.from({ length: 2500 }, (_, i) => ({ id: `i-${i}`, title: `I ${i}` })) };
    const doc = Object.assign(Object.create({ evil: 1 }), big);
    const whole = safeParseResolution(doc);
    expect(whole.success).toBe(false);
    expect(outcome(await safeParseResolutionInSlices(doc, { slice: 1000 }))).toEqual(outcome(whole));
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
    const doc = structuredClone(dataSets.find((d) => d.id === 'tp-thai-nguyen-2020-2025')!) as { indicators: { title: unknown; observations: { value: unknown }[] }[] };
    doc.indicators[0]!.title = '';
    doc.indicators[1]!.observations[0]!.value = 'x';
    const vi = safeParseResolution(doc);
    const en = safeParseResolution(doc, { lang: 'en' });
    expect(vi.success ? [] : vi.issues.map((i) => i.path)).toEqual(['indicators[0].title', 'indicators[1].observations[0].value']);
    expect(vi.success ? [] : vi.issues.map((i) => i.code)).toEqual(['text', 'number']);
    expect(en.success ? [] : en.issues.map((i) => i.message)[1]).toBe('Expected a finite number (use a decimal point: 4.2)');
  });
});
