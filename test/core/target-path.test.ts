import { describe, expect, it } from 'vitest';
import { targetPath, type PathPoint } from '../../src/index.js';
import { obs, resolutionWith } from './helpers.js';

const V11 = { schemaVersion: '1.1' };

/** The path of the first indicator of a 2020–2025 document. */
function pathOf(indicator: Record<string, unknown>, extra: Record<string, unknown> = {}, more: unknown[] = []) {
  const doc = resolutionWith([{ id: 'x', title: 'X', unit: '%', ...indicator }, ...more], extra);
  return targetPath(doc, doc.indicators[0]!);
}
const at = (points: PathPoint[] | undefined, year: number) => points?.find((p) => p.year === year)?.value;

describe('targetPath', () => {
  it('level: a trajectory from the baseline to the aim at the target year', () => {
    const p = pathOf({ target: { kind: 'level', op: '<=', value: 0.9, by: 2025 }, baseline: { period: 2020, value: 2 }, observations: [obs(2021, 1.5)] });
    expect(p).toEqual({ kind: 'trajectory', points: [{ year: 2020, value: 2 }, { year: 2025, value: 0.9 }] });
  });

  it('level without a baseline starts from the first figure that is not a projection', () => {
    const p = pathOf({ target: { kind: 'level', op: '>=', value: 80, by: 2024 }, observations: [obs(2020, 50, 'projected'), obs(2021, 60), obs(2022, 65)] });
    expect(p.points).toEqual([{ year: 2021, value: 60 }, { year: 2024, value: 80 }]);
  });

  it('level at a compound pace: a point a year on the way of constant growth', () => {
    const p = pathOf({ target: { kind: 'level', op: '>=', value: 160, by: 2024, pace: 'compound' }, baseline: { period: 2020, value: 10 }, observations: [obs(2021, 20)] });
    expect(p.kind).toBe('trajectory');
    expect(p.points.map((q) => q.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(p.points.map((q) => q.value)).toEqual([10, 20, 40, 80, 160]);
  });

  it('level with nothing to start from, or a baseline at the target year: nothing drawn', () => {
    expect(pathOf({ target: { kind: 'level', op: '>=', value: 80, by: 2025 } }).kind).toBe('none');
    expect(pathOf({ target: { kind: 'level', op: '>=', value: 80, by: 2025 }, baseline: { period: 2025, value: 70 } })).toEqual({ kind: 'none', points: [] });
  });

  it('a range target: the low end and the high end, at the same years', () => {
    const p = pathOf({ target: { kind: 'level', op: 'between', value: [8, 9], by: 2025 }, baseline: { period: 2020, value: 5 }, observations: [obs(2021, 6)] });
    expect(p.points).toEqual([{ year: 2020, value: 5 }, { year: 2025, value: 8 }]);
    expect(p.high).toEqual([{ year: 2020, value: 5 }, { year: 2025, value: 9 }]);
    expect(p.stretch).toBeUndefined();
  });

  it('"about" without a direction is the band the engine reads (5% either side); with a direction, one side and its stretch', () => {
    const band = pathOf({ target: { kind: 'annual', op: 'about', value: 10 }, observations: [obs(2021, 10)] }, V11);
    expect(band.kind).toBe('threshold');
    expect(at(band.points, 2021)).toBeCloseTo(9.5, 9);
    expect(at(band.high, 2021)).toBeCloseTo(10.5, 9);
    const up = pathOf({ target: { kind: 'annual', op: 'about', value: 10, tolerance: 1, direction: 'up' }, observations: [obs(2021, 10)] }, V11);
    expect(at(up.points, 2021)).toBe(9);
    expect(at(up.stretch, 2021)).toBe(11);
    expect(up.high).toBeUndefined();
  });

  it('a stretch aim follows the same kind of line', () => {
    const level = pathOf({ target: { kind: 'level', op: '>=', value: 70, stretch: 75, by: 2025 }, baseline: { period: 2020, value: 50 }, observations: [obs(2021, 55)] }, V11);
    expect(level.stretch).toEqual([{ year: 2020, value: 50 }, { year: 2025, value: 75 }]);
    const growth = pathOf({ target: { kind: 'average-growth', op: '>=', value: 8, stretch: 8.5 }, observations: [obs(2021, 9)] }, V11);
    expect(growth.stretch).toEqual([{ year: 2021, value: 8.5 }, { year: 2025, value: 8.5 }]);
  });

  it('average-growth: a threshold from the term\'s second year to the target year', () => {
    expect(pathOf({ target: { kind: 'average-growth', op: '>', value: 5 }, observations: [obs(2021, 4.2)] })).toEqual({
      kind: 'threshold',
      points: [{ year: 2021, value: 5 }, { year: 2025, value: 5 }],
    });
    expect(pathOf({ target: { kind: 'average-growth', op: '>', value: 5, by: 2024 }, observations: [obs(2021, 4.2)] }).points.at(-1)).toEqual({ year: 2024, value: 5 });
  });

  it('a growth rate aimed at a series of levels is not drawn in the units of the bars', () => {
    expect(pathOf({ target: { kind: 'average-growth', op: '>=', value: 8, series: 'levels' }, observations: [obs(2020, 100), obs(2021, 110)] }, V11).kind).toBe('none');
    expect(pathOf({ target: { kind: 'annual', op: '>=', value: 8, series: 'levels' }, observations: [obs(2020, 100), obs(2021, 110)] }, V11).kind).toBe('none');
  });

  it('annual: a threshold every year from the second year of the term', () => {
    expect(pathOf({ target: { kind: 'annual', op: '>=', value: 10 }, observations: [obs(2021, 12), obs(2022, 8)] })).toEqual({
      kind: 'threshold',
      points: [{ year: 2021, value: 10 }, { year: 2025, value: 10 }],
    });
  });

  it('cumulative and term-average: a threshold for the running figure up to the target year', () => {
    expect(pathOf({ target: { kind: 'cumulative', op: '>=', value: 1000, by: 2024 }, observations: [obs(2021, 200)] }).points).toEqual([
      { year: 2021, value: 1000 },
      { year: 2024, value: 1000 },
    ]);
    const avg = pathOf({ target: { kind: 'term-average', op: '>', value: 55 }, observations: [obs(2021, 50)] }, V11);
    expect(avg).toEqual({ kind: 'threshold', points: [{ year: 2021, value: 55 }, { year: 2025, value: 55 }] });
  });

  it('average-change: the change a year added up from the baseline', () => {
    const p = pathOf({ target: { kind: 'average-change', op: '<=', value: -1, by: 2025 }, baseline: { period: 2020, value: 5 }, observations: [obs(2021, 4.2)] });
    expect(p).toEqual({ kind: 'trajectory', points: [{ year: 2020, value: 5 }, { year: 2025, value: 0 }] });
  });

  it('maintain: a threshold over the whole term, its first year included', () => {
    expect(pathOf({ target: { kind: 'maintain', op: '>=', value: 100 }, observations: [obs(2020, 100), obs(2021, 100)] }, V11)).toEqual({
      kind: 'threshold',
      points: [{ year: 2020, value: 100 }, { year: 2025, value: 100 }],
    });
  });

  it('multiple: a compound way from the base year\'s level to the multiple of it', () => {
    const p = pathOf({ target: { kind: 'multiple', op: '>=', value: 2, of: 2021, by: 2025 }, observations: [obs(2021, 100), obs(2022, 120)] }, V11);
    expect(p.kind).toBe('trajectory');
    expect(p.points[0]).toEqual({ year: 2021, value: 100 });
    expect(p.points.at(-1)).toEqual({ year: 2025, value: 200 });
    expect(at(p.points, 2023)).toBeCloseTo(100 * Math.SQRT2, 6);
    expect(pathOf({ target: { kind: 'multiple', op: '>=', value: 2, of: 2021 }, observations: [obs(2022, 120)] }, V11).kind).toBe('none');
  });

  it('relative, or no target: nothing drawn (a relative target is drawn against its reference series)', () => {
    const ref = { id: 'vn', title: 'VN', unit: '%', observations: [obs(2021, 3)] };
    expect(pathOf({ target: { kind: 'relative', op: '<', reference: 'vn' }, observations: [obs(2021, 2)] }, V11, [ref]).kind).toBe('none');
    expect(pathOf({ observations: [obs(2021, 2)] }).kind).toBe('none');
  });

  it('values near the largest double: never a line through Infinity or NaN', () => {
    const huge = pathOf({ target: { kind: 'average-change', op: '>=', value: 1.7e308, by: 2025 }, baseline: { period: 2020, value: 1.7e308 }, observations: [obs(2021, 1)] });
    expect(huge).toEqual({ kind: 'none', points: [] });
    const tiny = pathOf({ target: { kind: 'level', op: '>=', value: 5e-324, by: 2025, pace: 'compound' }, baseline: { period: 2020, value: 1.7e308 }, observations: [obs(2021, 1)] });
    for (const q of tiny.points) expect(Number.isFinite(q.value)).toBe(true);
    expect(tiny.points.at(-1)).toEqual({ year: 2025, value: 5e-324 });
  });
});
