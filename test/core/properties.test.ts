import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, parseResolution, safeParseResolution } from '../../src/index.js';
import { validDocument } from './arbitraries.js';
import { deepFreeze } from './helpers.js';

const numbersIn = (value: unknown, out: number[] = []): number[] => {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
};

describe('properties', () => {
  it('safeParseResolution never throws, for any input', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withTypedArray: true }), (input) => {
        const r = safeParseResolution(input);
        expect(r.success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('safeParseResolution never throws for mangled valid documents, and every issue has a path and message', () => {
    fc.assert(
      fc.property(validDocument, fc.anything(), fc.nat(), (doc, junk, pick) => {
        const keys = Object.keys(doc.indicators[0]!);
        const mangled = { ...doc, indicators: [{ ...doc.indicators[0], [keys[pick % keys.length]!]: junk }, ...doc.indicators.slice(1)] };
        const r = safeParseResolution(mangled, { lang: 'en' });
        if (!r.success) for (const issue of r.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('generated documents are valid', () => {
    fc.assert(fc.property(validDocument, (doc) => {
      const r = safeParseResolution(doc, { lang: 'en' });
      expect(r.success ? [] : r.issues).toEqual([]);
    }), { numRuns: 200 });
  });

  it('assess never throws, never returns NaN or Infinity, never mutates its input', () => {
    fc.assert(
      fc.property(validDocument, fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: undefined }), (doc, asOf) => {
        const parsed = deepFreeze(parseResolution(doc));
        const before = JSON.stringify(parsed);
        const result = assess(parsed, asOf === undefined ? {} : { asOf });
        for (const n of numbersIn(result)) expect(Number.isFinite(n)).toBe(true);
        expect(JSON.stringify(parsed)).toBe(before);
        expect(result.indicators).toHaveLength(doc.indicators.length);
        expect(result.summary.total).toBe(doc.indicators.length);
      }),
      { numRuns: 1000 },
    );
  });
});
