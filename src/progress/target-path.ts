import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import type { TargetValue } from '../schema/target.js';
import { assessIndicator } from './assess.js';
import { clean } from './classify.js';
import { normalTarget } from './compare.js';
import { yearlySeries } from './observations.js';
import type { AssessOptions } from './types.js';

export interface PathPoint {
  year: number;
  value: number;
}

/**
 * A target as a chart draws it. `trajectory`: the way from a starting figure to the aim at the target
 * year; `threshold`: a level every year (or the running figure) is compared with; `none`: nothing to
 * draw in the indicator's own units (no target, a relative target, growth rates of a series of levels).
 */
export interface TargetPath {
  kind: 'trajectory' | 'threshold' | 'none';
  /** The commitment; for a range, its low end. */
  points: PathPoint[];
  /** A range ("between", or "about" without a direction, the band the engine reads it as): its high end, at the same years. */
  high?: PathPoint[];
  /** The stretch aim (schema 1.1 `stretch`, or the good end of a one-sided "about"), at the same years. */
  stretch?: PathPoint[];
}

const NONE: TargetPath = Object.freeze({ kind: 'none', points: [] }) as TargetPath;

/**
 * The target of an indicator as a line in its units, the way its kind means it: a level (and a
 * multiple of a base year) from the baseline to the aim, straight or compound as the target's pace
 * says; an average change as the change a year added up from the baseline; an average growth, an
 * annual target, a cumulative or a term-average target as a threshold from the term's second year;
 * a maintained level as a threshold over the whole term. "about" is read as the engine reads it.
 */
export function targetPath(resolution: Resolution, indicator: Indicator, options: AssessOptions = {}): TargetPath {
  const target = indicator.target;
  if (!target || target.kind === 'relative') return NONE;
  const assessment = assessIndicator(resolution, indicator, options);
  const { from, to } = resolution.term;
  const by = assessment?.by ?? to;
  const norm = normalTarget(target);
  const [low, high] = ends(norm.value);
  const stretch = norm.stretch;

  // (three lines at the same years: the low end, the high end of a range, and the stretch)
  const shape = (line: (aim: number) => PathPoint[], kind: TargetPath['kind']): TargetPath => {
    const path: TargetPath = { kind, points: line(low) };
    if (high !== low) path.high = line(high);
    if (stretch !== undefined) path.stretch = line(stretch);
    // (a figure near the largest double can add up to Infinity: nothing is drawn rather than a broken line)
    return [path.points, path.high ?? [], path.stretch ?? []].every((l) => l.every((p) => Number.isFinite(p.value))) ? path : NONE;
  };
  const flat = (start: number) => (aim: number) => [{ year: start, value: aim }, { year: by, value: aim }];

  switch (target.kind) {
    case 'level':
    case 'average-change': {
      const asOf = typeof assessment?.latest?.period === 'number' ? assessment.latest.period : null;
      const first = yearlySeries(indicator, asOf, resolution.sources).find((p) => p.quality !== 'projected');
      const base = indicator.baseline ?? (first ? { period: first.period, value: first.value } : undefined);
      if (!base || base.period >= by) return NONE;
      const years = by - base.period;
      if (target.kind === 'average-change') return shape((aim) => straight(base, by, tidy(base.value + aim * years)), 'trajectory');
      return shape((aim) => (target.pace === 'compound' ? compound(base, by, aim) : straight(base, by, aim)), 'trajectory');
    }
    case 'multiple': {
      // The engine's own reading: a level of value × the base year's level, reached along a compound path.
      const year = target.of ?? from;
      const found = yearlySeries(indicator, null, resolution.sources).find((p) => p.period === year && p.quality !== 'projected');
      const declared = indicator.baseline?.period === year ? indicator.baseline.value : undefined;
      const value = found?.value ?? declared;
      if (value === undefined || !(value > 0) || year >= by) return NONE;
      return shape((aim) => compound({ period: year, value }, by, tidy(aim * value)), 'trajectory');
    }
    case 'average-growth':
    case 'annual':
      // A growth rate aimed at a series of levels is not in the units of the bars.
      return target.series === 'levels' ? NONE : shape(flat(from + 1), 'threshold');
    case 'cumulative':
    case 'term-average':
      return shape(flat(from + 1), 'threshold');
    case 'maintain':
      return shape(flat(from), 'threshold');
  }
}

/** Rounded to nine decimals as the engine rounds (clean), except where that would overflow. */
const tidy = (x: number) => (Math.abs(x) < 1e290 ? clean(x) : x);

function ends(value: TargetValue): [number, number] {
  return Array.isArray(value) ? [Math.min(value[0], value[1]), Math.max(value[0], value[1])] : [value, value];
}

function straight(base: { period: number; value: number }, by: number, aim: number): PathPoint[] {
  return [{ year: base.period, value: base.value }, { year: by, value: aim }];
}

/** A point a year on the way of constant growth from the base to the aim (straight where the ratio is not positive). */
function compound(base: { period: number; value: number }, by: number, aim: number): PathPoint[] {
  const ratio = aim / base.value;
  if (!(ratio > 0) || !Number.isFinite(ratio)) return straight(base, by, aim);
  const years = by - base.period;
  const points: PathPoint[] = [];
  for (let y = base.period; y <= by; y++) points.push({ year: y, value: y === by ? aim : tidy(base.value * Math.pow(ratio, (y - base.period) / years)) });
  return points;
}
