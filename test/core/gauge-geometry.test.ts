import { arc } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcPath, arcTick, gaugeLayout, niceTop } from '../../components/gauge/gauge.geometry.js';

// Numbers in path strings are compared after parsing, never as exact float text.
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
const inside = (f: number | undefined, zone: readonly [number, number] | undefined) => f !== undefined && !!zone && f >= zone[0] && f <= zone[1];

describe('gauge layout: the good side is visible and the fill reaches it only when the target is met', () => {
  it('at least: the zone is right of the target, the fill grows from the left', () => {
    const g = gaugeLayout(4.25, { op: '>', value: 5 });
    expect([g.left, g.right]).toEqual([0, 6]);
    expect(g.zone![0]).toBeCloseTo(5 / 6, 9);
    expect(g.fill).toBeCloseTo(4.25 / 6, 9);
    expect(inside(g.fill, g.zone)).toBe(false);
    expect(inside(gaugeLayout(5.5, { op: '>', value: 5 }).fill, gaugeLayout(5.5, { op: '>', value: 5 }).zone)).toBe(true);
  });

  it('at most (the seed poverty rate 0,54% against ≤ 0,9%; 2,9% against ≤ 2%): a reversed scale, so the fill reaches the zone only when met', () => {
    const met = gaugeLayout(0.54, { op: '<=', value: 0.9 });
    expect(met.reversed).toBe(true);
    expect(met.right).toBe(0);
    expect(met.left).toBeGreaterThan(0.9);
    expect(inside(met.fill, met.zone)).toBe(true);
    const missed = gaugeLayout(2.9, { op: '<=', value: 2 });
    expect(inside(missed.fill, missed.zone)).toBe(false);
    expect(missed.fill).toBeLessThan(missed.zone![0]);
  });

  it('a rank (1 = best of 34, target top 10): the best rank at the right end', () => {
    const g = gaugeLayout(5, { op: '<=', value: 10 }, 1, 34);
    expect([g.left, g.right]).toEqual([34, 1]);
    expect(inside(g.fill, g.zone)).toBe(true);
    expect(inside(gaugeLayout(20, { op: '<=', value: 10 }, 1, 34).fill, gaugeLayout(20, { op: '<=', value: 10 }, 1, 34).zone)).toBe(false);
  });

  it('a band (about, between): no fill, a marker inside or outside the shaded band', () => {
    const g = gaugeLayout(10.2, { op: 'between', value: [9.5, 11] });
    expect(g.fill).toBeUndefined();
    expect(inside(g.marker, g.zone)).toBe(true);
    expect(g.ticks).toHaveLength(2);
    const off = gaugeLayout(12, { op: 'between', value: [9.5, 11] });
    expect(inside(off.marker, off.zone)).toBe(false);
  });

  it('a stretch aim gets its own tick beyond the target, and a value past it is beyond both', () => {
    const g = gaugeLayout(10.6, { op: '>=', value: 10, stretch: 10.5 });
    expect(g.ticks).toHaveLength(2);
    expect(g.ticks[1]!).toBeGreaterThan(g.ticks[0]!);
    expect(g.fill!).toBeGreaterThan(g.ticks[1]!);
  });

  it('without a goal, a plain meter from the left', () => {
    const g = gaugeLayout(3, undefined, 0, 10);
    expect(g.fill).toBeCloseTo(0.3, 9);
    expect(g.zone).toBeUndefined();
    expect(g.ticks).toEqual([]);
  });

  it('extreme and broken values never freeze, never give NaN, and stay on the scale', () => {
    const cases: [number, number][] = [[1.7e308, 1], [-1.7e308, 0], [5e-324, 0], [0, 0], [1e-320, 1e-320], [Number.MAX_VALUE, Number.MAX_VALUE], [-Number.MAX_VALUE, Number.MAX_VALUE]];
    for (const [v, t] of cases) {
      for (const op of ['>=', '<=', 'between'] as const) {
        const g = gaugeLayout(v, { op, value: op === 'between' ? [t, t] : t });
        for (const f of [g.fill, g.marker, ...g.ticks, ...(g.zone ?? [])]) {
          if (f === undefined) continue;
          expect(Number.isFinite(f), `${v} ${op} ${t}`).toBe(true);
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
        }
        expect(Number.isFinite(g.left) && Number.isFinite(g.right), `${v} ${op} ${t}`).toBe(true);
        expect(g.left).not.toBe(g.right);
      }
    }
    expect(gaugeLayout(Number.NaN, { op: '>=', value: Number.NaN }).fill).toBe(0);
    // (found by the hardening property test: a minimum near the largest number, and no maximum)
    for (const min of [1.7976931330646228e308, Number.MAX_VALUE]) {
      const g = gaugeLayout(0, undefined, min, 0);
      expect(Number.isFinite(g.left) && Number.isFinite(g.right) && g.right > g.left, String(min)).toBe(true);
    }
  });

  it('niceTop is a round number above the values, with headroom', () => {
    expect(niceTop([4.25, 5], 0)).toBe(6);
    expect(niceTop([14800, 15000], 0)).toBe(20000);
    expect(niceTop([0.54, 0.9], 0)).toBe(1.2);
    expect(niceTop([0, 0], 0)).toBe(1);
    expect(niceTop([1.7e308], 0)).toBe(1.7e308);
    expect(niceTop([-5, -2], -10)).toBeCloseTo(0, 9);
  });
});

describe('arc paths (d3-shape arc, rounded ends)', () => {
  it('the track spans the half circle from (−90, 0) to (90, 0) around the centre', () => {
    const n = numbers(arcPath(0, 1));
    const xs = n.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-90.01);
    expect(Math.max(...xs)).toBeLessThanOrEqual(90.01);
    expect(arcPath(0.5, 0.5)).toBe('');
    expect(arcPath(Number.NaN, 1)).toBe('');
  });

  it('writes every number with at most two decimals, within 0.005 of the exact sector (d3 unrounded), for any fractions and radii', () => {
    const exact = arc<{ a: number; b: number; r0: number; r1: number }>()
      .innerRadius((d) => d.r0).outerRadius((d) => d.r1)
      .startAngle((d) => Math.PI * (d.a - 0.5)).endAngle((d) => Math.PI * (d.b - 0.5))
      .cornerRadius(3).digits(null);
    const fraction = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fraction, fraction, fc.constantFrom([62, 90], [92, 97], [56, 96]), (f0, f1, [r0, r1]) => {
        const d = arcPath(f0, f1, r0, r1);
        const [a, b] = [Math.min(f0, f1), Math.max(f0, f1)];
        if (!(b - a > 0)) {
          expect(d).toBe('');
          return;
        }
        expect(d).not.toMatch(/\.\d{3}|e[+-]/);
        const want = numbers(exact({ a, b, r0: r0!, r1: r1! })!);
        const got = numbers(d);
        expect(got.length).toBe(want.length);
        got.forEach((x, i) => expect(Math.abs(x - want[i]!)).toBeLessThanOrEqual(0.005 + 1e-9));
      }),
    );
  });

  it('the tick crosses the band radially: at the top for one half', () => {
    const t = arcTick(0.5);
    expect(t.x1).toBeCloseTo(0, 5);
    expect(t.x2).toBeCloseTo(0, 5);
    expect(t.y1).toBeCloseTo(-58, 5);
    expect(t.y2).toBeCloseTo(-94, 5);
  });
});
