import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { interpolate as realInterpolate, interpolateNumber as realNumber, interpolateRound as realRound } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound } from '../../components/shared/embed-d3/interpolate.js';
import { format } from '../../components/shared/embed-d3/format.js';
import { utcFormat } from '../../components/shared/embed-d3/time-format.js';
import { InternMap, InternSet } from '../../components/shared/embed-d3/internmap.js';
import { InternMap as RealInternMap, InternSet as RealInternSet } from 'internmap';

// The embed replaces four d3 modules with number-only stand-ins (tsup.config.ts). They must give
// exactly what the real ones give for what the elements ask of them.

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

describe('the embed\'s d3 stand-ins', () => {
  it('InternMap and InternSet keep numbers and strings (years, ids) exactly as internmap does', () => {
    const key = fc.oneof(fc.double(), fc.integer({ min: 1900, max: 2100 }), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer())), fc.array(key), (entries, probes) => {
        const ours = new InternMap(entries);
        const real = new RealInternMap(entries);
        expect([...ours]).toEqual([...real]);
        for (const k of probes) expect([ours.has(k), ours.get(k)]).toEqual([real.has(k), real.get(k)]);
        expect([...new InternSet(entries.map(([k]) => k))]).toEqual([...new RealInternSet(entries.map(([k]) => k))]);
      }),
    );
  });

  it('interpolate numbers exactly as d3-interpolate does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.double({ min: -1, max: 2, noNaN: true }), (a, b, t) => {
        expect(Object.is(interpolate(a, b)(t), realInterpolate(a, b)(t) as number)).toBe(true);
        expect(Object.is(interpolateNumber(a, b)(t), realNumber(a, b)(t))).toBe(true);
        expect(Object.is(interpolateRound(a, b)(t), realRound(a, b)(t))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a linear scale with the stand-in maps and inverts as the real one', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (d0, d1, x) => {
        const real = scaleLinear().domain([d0, d1]).range([0, 300]);
        const ours = scaleLinear().domain([d0, d1]).range([0, 300]).interpolate(interpolate);
        expect(ours(x)).toBe(real(x));
      }),
    );
  });

  it('no element asks d3 for a tick format or a colour: every label comes from the core', () => {
    for (const file of files('components')) {
      if (file.includes('embed-d3')) continue;
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\.tickFormat\(|from 'd3-(format|time-format|interpolate|color)'|scaleSequential|scaleDiverging|interpolateRgb/);
    }
  });

  it('say so if asked for what they leave out', () => {
    expect(() => format(',')).toThrow(/not included/);
    expect(utcFormat('%Y')(new Date(Date.UTC(2023, 7, 1)))).toBe('2023-08-01T00:00:00.000Z');
  });
});
