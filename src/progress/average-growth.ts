import type { AverageGrowthTarget } from '../schema/target.js';
import { classifyPace, clean } from './classify.js';
import { satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { noteMissing, termYears } from './years.js';

/**
 * Average yearly growth over (term.from, by]. Observations are yearly rates in %.
 * Geometric (default): A = (∏(1 + g/100))^(1/k) − 1; arithmetic: the mean of the rates.
 * Pace R = A / target; the rate the remaining years need is returned as `required`.
 */
export function assessAverageGrowth(ctx: KindContext<AverageGrowthTarget>): KindResult {
  const { target, term, by } = ctx;
  const rates = termYears(ctx.usable, term.from, by);
  if (rates.length === 0) return noData(ctx);
  const geometric = target.method !== 'arithmetic';
  if (geometric && rates.some((r) => r.value <= -100)) return noData(ctx, 'non-positive-values');

  const k = rates.length;
  const n = by - term.from;
  const product = rates.reduce((p, r) => p * (1 + r.value / 100), 1);
  const sum = rates.reduce((s, r) => s + r.value, 0);
  const average = clean(geometric ? (Math.pow(product, 1 / k) - 1) * 100 : sum / k);
  const last = rates[k - 1]!;
  const meets = satisfies(average, target.op, target.value);
  const goal = Array.isArray(target.value) ? (average < target.value[0] ? target.value[0] : target.value[1]) : target.value;
  const progress = goal !== 0 ? clean(average / goal) : null;

  if (last.period >= by) {
    return noteMissing({ status: meets ? 'achieved' : 'missed', final: true, progress, pace: null, average, required: null, projected: ctx.official }, rates, term.from, last.period);
  }

  const remaining = n - k;
  const required = clean(
    geometric
      ? (Math.pow(Math.pow(1 + goal / 100, n) / product, 1 / remaining) - 1) * 100
      : (n * goal - sum) / remaining,
  );
  const pace = paceRatio(average, goal, target, meets);
  const status = pace === null ? (meets ? 'on-track' : 'regressing') : classifyPace(pace, ctx.thresholds);
  return noteMissing({ status, final: false, progress, pace, average, required, projected: ctx.official }, rates, term.from, last.period);
}

/**
 * R = A / target for "more than" targets with a positive target. For "less than" targets R = target / A
 * when both are positive. Where a ratio has no meaning (target 0 or signs that differ) the status is
 * on-track when A already satisfies the target, else regressing, and R is null.
 */
function paceRatio(average: number, goal: number, target: AverageGrowthTarget, meets: boolean): number | null {
  if (Array.isArray(target.value) && meets) return 1;
  const up = target.op === '>' || target.op === '>=' || (Array.isArray(target.value) && average < target.value[0]);
  if (up) return goal > 0 ? clean(average / goal) : null;
  return goal > 0 && average > 0 ? clean(goal / average) : null;
}
