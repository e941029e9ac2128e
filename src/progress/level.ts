import type { LevelTarget } from '../schema/target.js';
import { aimPoint, direction, satisfies } from './compare.js';
import { classifyPace, clean } from './classify.js';
import { baselineFor } from './baseline.js';
import { noData, type KindContext, type KindResult } from './context.js';

/**
 * A level to reach by a year. Linear pace (SDSN): observed change a year over the change a year the
 * target needs from the baseline. Compound pace (Open SDG): d·CAGR(observed) / |CAGR(required)|.
 */
export function assessLevel(ctx: KindContext<LevelTarget>): KindResult {
  const { target, by, usable } = ctx;
  const latest = usable[usable.length - 1];
  if (!latest) return noData(ctx);
  if (satisfies(latest.value, target.op, target.value)) {
    const base = baselineFor(ctx, latest.period);
    const aim = aimPoint(target.value, base ? base.value : latest.value);
    const progress = base && aim !== base.value ? clean((latest.value - base.value) / (aim - base.value)) : 1;
    return { status: 'achieved', final: latest.period >= by, progress: Math.max(progress, 1), pace: null, projected: ctx.official };
  }
  if (latest.period >= by) return { status: 'missed', final: true, progress: progressFrom(ctx, latest), pace: null, projected: null };

  const base = baselineFor(ctx, latest.period);
  if (!base) return noData(ctx, 'no-baseline');
  const aim = aimPoint(target.value, base.value);
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
    const pace = clean((direction(target.op, target.value, base.value) * observed) / Math.abs(required));
    const projected = withinLimits(clean(latest.value * Math.pow(1 + observed, by - latest.period)), [latest.value, base.value, aim], target.outOf);
    return { status: classifyPace(pace, ctx.thresholds), final: false, progress, pace, projected };
  }
  const slope = (latest.value - base.value) / observedYears;
  const pace = clean(slope / ((aim - base.value) / requiredYears));
  const projected = withinLimits(clean(latest.value + slope * (by - latest.period)), [latest.value, base.value, aim], target.outOf);
  return { status: classifyPace(pace, ctx.thresholds), final: false, progress, pace, projected };
}

function progressFrom(ctx: KindContext<LevelTarget>, latest: { period: number; value: number }): number | null {
  const base = baselineFor(ctx, latest.period);
  if (!base) return null;
  const aim = aimPoint(ctx.target.value, base.value);
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
