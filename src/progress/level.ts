import type { LevelTarget, TargetValue } from '../schema/target.js';
import { aimPoint, direction, metStatus, satisfies, type NormalTarget } from './compare.js';
import { classifyPace, clean } from './classify.js';
import { baselineFor, brokenBaseline } from './baseline.js';
import { noData, type KindContext, type KindResult } from './context.js';
import type { YearValue } from './observations.js';

/**
 * A level to reach by a year. Linear pace (SDSN): observed change a year over the change a year the
 * target needs from the baseline. Compound pace (Open SDG): d·CAGR(observed) / |CAGR(required)|.
 * Passing the target's stretch is "exceeded". Where the whole changes (a figure's own `outOf`, e.g.
 * 91 communes after mergers where the target counted 98), the target is scaled to that whole.
 */
export function assessLevel(ctx: KindContext<LevelTarget>): KindResult {
  const { target, by, usable } = ctx;
  const latest = usable[usable.length - 1];
  if (!latest) return noData(ctx);
  const norm = scaled(ctx.norm, target.outOf, latest);
  if (satisfies(latest.value, norm.op, norm.value, latest.approx)) {
    const base = baselineFor(ctx, latest.period);
    const aim = aimPoint(norm.value, base ? base.value : latest.value);
    const progress = base && aim !== base.value ? clean((latest.value - base.value) / (aim - base.value)) : 1;
    return { status: metStatus(latest.value, norm, latest.approx), final: latest.period >= by, progress: Math.max(progress, 1), pace: null, projected: ctx.official };
  }
  if (latest.period >= by) return { status: 'missed', final: true, progress: progressFrom(ctx, latest, norm.value), pace: null, projected: null };

  const base = baselineFor(ctx, latest.period);
  if (!base) return noData(ctx, brokenBaseline(ctx, latest.period) ? 'series-break' : 'no-baseline');
  const aim = aimPoint(norm.value, base.value);
  if (aim === base.value) return { status: 'regressing', final: false, progress: 0, pace: 0, projected: ctx.official, reason: 'baseline-equals-target' };

  const observedYears = latest.period - base.period;
  const requiredYears = by - base.period;
  const progress = clean((latest.value - base.value) / (aim - base.value));
  if (target.pace === 'compound') {
    if (latest.value <= 0 || base.value <= 0 || aim <= 0) {
      return { ...noData(ctx, 'non-positive-values'), progress };
    }
    const observed = Math.pow(latest.value / base.value, 1 / observedYears) - 1;
    const required = Math.pow(aim / base.value, 1 / requiredYears) - 1;
    const pace = clean((direction(norm.op, norm.value, base.value) * observed) / Math.abs(required));
    const projected = withinLimits(clean(latest.value * Math.pow(1 + observed, by - latest.period)), [latest.value, base.value, aim], latest.outOf ?? target.outOf);
    return { status: classifyPace(pace, ctx.thresholds), final: false, progress, pace, projected };
  }
  const slope = (latest.value - base.value) / observedYears;
  const pace = clean(slope / ((aim - base.value) / requiredYears));
  const projected = withinLimits(clean(latest.value + slope * (by - latest.period)), [latest.value, base.value, aim], latest.outOf ?? target.outOf);
  return { status: classifyPace(pace, ctx.thresholds), final: false, progress, pace, projected };
}

/** The target on the whole of the latest figure, when the figure gives its own (`outOf`) and the target counts from one. */
function scaled(norm: NormalTarget, targetOutOf: number | undefined, latest: YearValue): NormalTarget {
  if (targetOutOf === undefined || latest.outOf === undefined || latest.outOf === targetOutOf || targetOutOf === 0) return norm;
  const k = latest.outOf / targetOutOf;
  const value: TargetValue = Array.isArray(norm.value) ? [norm.value[0] * k, norm.value[1] * k] : clean(norm.value * k);
  return norm.stretch === undefined ? { op: norm.op, value } : { op: norm.op, value, stretch: clean(norm.stretch * k) };
}

function progressFrom(ctx: KindContext<LevelTarget>, latest: { period: number; value: number }, value: TargetValue): number | null {
  const base = baselineFor(ctx, latest.period);
  if (!base) return null;
  const aim = aimPoint(value, base.value);
  return aim === base.value ? null : clean((latest.value - base.value) / (aim - base.value));
}

/**
 * A continued trend stops at the limits the figures imply: not below zero when the baseline, the
 * latest figure and the target are all zero or more (a rate, a count), not above `outOf` (11 of 11 communes).
 */
export function withinLimits(projected: number, figures: readonly number[], outOf?: number): number {
  let p = projected;
  if (outOf !== undefined) p = Math.min(p, outOf);
  if (figures.every((f) => f >= 0)) p = Math.max(p, 0);
  return p;
}
