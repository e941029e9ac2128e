import type { AverageChangeTarget } from '../schema/target.js';
import { baselineFor, brokenBaseline } from './baseline.js';
import { withinLimits } from './level.js';
import { classifyPace, clean } from './classify.js';
import { averageGoal, metStatus, onStrictBound, satisfies, type NormalTarget } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';

/**
 * The average change a year of a level since its baseline, C = (latest − base) / years.
 * Final once `by` has a value: achieved (exceeded past the stretch) if C satisfies the target, else missed.
 * Before: C satisfying the target is on-track; otherwise R = C / target classifies it.
 * No change is computed across a series break: the first figure after it is the baseline.
 */
export function assessAverageChange(ctx: KindContext<AverageChangeTarget>): KindResult {
  const { by, usable, norm } = ctx;
  const latest = usable[usable.length - 1];
  if (!latest) return noData(ctx);
  const base = baselineFor(ctx, latest.period);
  if (!base) return noData(ctx, brokenBaseline(ctx, latest.period) ? 'series-break' : 'no-baseline');
  const average = clean((latest.value - base.value) / (latest.period - base.period));
  const meets = satisfies(average, norm.op, norm.value);
  const goal = averageGoal(average, norm.value);
  const progress = goal !== 0 ? clean(average / goal) : null;
  if (latest.period >= by) {
    return { status: meets ? metStatus(average, norm) : 'missed', final: true, progress, pace: null, average, projected: null };
  }
  const projected = ctx.official ?? withinLimits(clean(latest.value + average * (by - latest.period)), [latest.value, base.value]);
  const pace = paceRatio(average, goal, norm);
  if (meets) return { status: 'on-track', final: false, progress, pace: pace ?? 1, average, projected };
  let status = pace === null ? 'regressing' : classifyPace(pace, ctx.thresholds);
  if (status === 'on-track' && onStrictBound(average, norm)) status = 'behind';
  return { status, final: false, progress, pace, average, projected };
}

/**
 * R = C / target when the target is an aim in its own direction: "rise by at least x" (x > 0) or
 * "fall by at least x" (x < 0). A target that is a limit (e.g. "fall by no more than 1 a year") has no
 * ratio: within it is on-track, outside it is regressing.
 */
function paceRatio(average: number, goal: number, norm: NormalTarget): number | null {
  const up = norm.op === '>' || norm.op === '>=' || (Array.isArray(norm.value) && average < norm.value[0]);
  if ((up && goal > 0) || (!up && goal < 0)) return clean(average / goal);
  return null;
}
