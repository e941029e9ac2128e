import type { Observation } from '../schema/indicator.js';
import type { Op, TargetValue, ValueTarget } from '../schema/target.js';
import { clean } from './classify.js';

type Approx = NonNullable<Observation['approx']>;

/**
 * Whether `x` satisfies `op value`; "between" means inside [low, high], both ends included.
 * An approximate figure is read as the source wrote it: "under" x (gần 80%) is just below x, so it
 * does not reach "≥ 80"; "over" x (trên 10%) is just above x, so it passes "> 10".
 * ("about" targets are compared through `normalTarget`, which turns them into one of these.)
 */
export function satisfies(x: number, op: Op, value: TargetValue, approx?: Approx): boolean {
  const under = approx === 'under';
  const over = approx === 'over';
  if (Array.isArray(value)) {
    const low = Math.min(value[0], value[1]);
    const high = Math.max(value[0], value[1]);
    return (under ? x > low : x >= low) && (over ? x < high : x <= high);
  }
  switch (op) {
    case '>=': return under ? x > value : x >= value;
    case '>': return over ? x >= value : x > value;
    case '<=': return over ? x < value : x <= value;
    case '<': return under ? x <= value : x < value;
    default: return false;
  }
}

/** A target's comparison as the engine applies it: `about` becomes a band or a one-sided bound, `stretch` is kept. */
export interface NormalTarget {
  op: Exclude<Op, 'about'>;
  value: TargetValue;
  /** Passing it is "exceeded". */
  stretch?: number;
}

/** The default tolerance of "about" (khoảng): 5% of the value. */
export const ABOUT_TOLERANCE = 0.05;

/**
 * The comparison a target makes. "about v" (khoảng) with tolerance t (default 5% of |v|) is the band
 * [v − t, v + t]; "about [low, high]" ("khoảng 10–10,5%") is [low − t, high + t] (default t: 5% of the
 * larger |end|). With a direction, it is at least the band's low end (up) or at most its high end
 * (down), and passing the far end of the band on the good side is "exceeded".
 */
export function normalTarget(target: ValueTarget): NormalTarget {
  const stretch = (target as { stretch?: number }).stretch;
  if (target.op !== 'about') return stretch === undefined ? { op: target.op, value: target.value } : { op: target.op, value: target.value, stretch };
  const [lo, hi] = typeof target.value === 'number' ? [target.value, target.value] : [Math.min(...target.value), Math.max(...target.value)];
  const t = target.tolerance ?? Math.max(Math.abs(lo), Math.abs(hi)) * ABOUT_TOLERANCE;
  const low = clean(lo - t);
  const high = clean(hi + t);
  if (target.direction === 'up') return { op: '>=', value: low, stretch: high };
  if (target.direction === 'down') return { op: '<=', value: high, stretch: low };
  return { op: 'between', value: [low, high] };
}

/** Whether a figure that satisfies the target also passes its stretch (or the good end of an "about" band). */
export function passesStretch(x: number, n: NormalTarget, approx?: Approx): boolean {
  if (n.stretch === undefined) return false;
  return n.op === '>=' || n.op === '>' ? (approx === 'over' ? x >= n.stretch : x > n.stretch) : approx === 'under' ? x <= n.stretch : x < n.stretch;
}

/** "exceeded" when the figure passes the stretch, else "achieved" (for a figure that satisfies the target). */
export function metStatus(x: number, n: NormalTarget, approx?: Approx): 'exceeded' | 'achieved' {
  return passesStretch(x, n, approx) ? 'exceeded' : 'achieved';
}

/** Whether a strict target's figure sits exactly on its bound (meets nothing, yet reads as full pace). */
export function onStrictBound(x: number, n: NormalTarget): boolean {
  return (n.op === '>' || n.op === '<') && x === n.value;
}

/**
 * The number an average is measured against: the value itself, or for a range its low end while the
 * average is below it and its high end otherwise.
 */
export function averageGoal(average: number, value: TargetValue): number {
  return Array.isArray(value) ? (average < value[0] ? value[0] : value[1]) : value;
}

/** The single number to aim at: the value itself, or for a range the bound nearer to `from`. */
export function aimPoint(value: TargetValue, from: number): number {
  if (!Array.isArray(value)) return value;
  const [low, high] = value;
  return Math.abs(low - from) <= Math.abs(high - from) ? low : high;
}

/** +1 when the target asks for more, −1 when it asks for less. */
export function direction(op: Op, value: TargetValue, from: number): 1 | -1 {
  if (op === '>=' || op === '>') return 1;
  if (op === '<=' || op === '<') return -1;
  return aimPoint(value, from) >= from ? 1 : -1;
}
