import type { AverageGrowthTarget } from '../schema/target.js';
import { classifyPace, clean } from './classify.js';
import { averageGoal, metStatus, onStrictBound, satisfies, type NormalTarget } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { ratesFromLevels } from './rates.js';
import { noteMissing, termYears } from './years.js';

/**
 * Average yearly growth over (term.from, by]. Observations are yearly rates in % (or, with
 * `series: "levels"`, levels from which the engine derives the rates: see ratesFromLevels).
 * Geometric (default): A = (∏(1 + g/100))^(1/k) − 1; arithmetic: the mean of the rates.
 * Pace R = A / target; the rate the remaining years need is returned as `required`.
 */
export function assessAverageGrowth(ctx: KindContext<AverageGrowthTarget>): KindResult {
  const { target, term, by, norm } = ctx;
  let rates = termYears(ctx.usable, term.from, by);
  let derived: ReturnType<typeof ratesFromLevels> | undefined;
  if (target.series === 'levels') {
    derived = ratesFromLevels(ctx);
    rates = termYears(derived.rates, term.from, by);
    if (rates.length === 0) return noData(ctx, derived.reason ?? 'no-observations');
  }
  if (rates.length === 0) return noData(ctx);
  const geometric = target.method !== 'arithmetic';
  if (geometric && rates.some((r) => r.value <= -100)) return noData(ctx, 'non-positive-values');

  const k = rates.length;
  const n = by - term.from;
  const product = rates.reduce((p, r) => p * (1 + r.value / 100), 1);
  const sum = rates.reduce((s, r) => s + r.value, 0);
  const average = clean(geometric ? (Math.pow(product, 1 / k) - 1) * 100 : sum / k);
  const last = rates[k - 1]!;
  const meets = satisfies(average, norm.op, norm.value);
  const goal = averageGoal(average, norm.value);
  const progress = goal !== 0 ? clean(average / goal) : null;
  const note = (result: KindResult) => {
    noteMissing(result, rates, term.from, last.period);
    if (derived?.reason === 'series-break') result.reason = 'series-break';
    return result;
  };

  if (last.period >= by) {
    return note({ status: meets ? metStatus(average, norm) : 'missed', final: true, progress, pace: null, average, required: null, projected: ctx.official });
  }

  const remaining = n - k;
  const required = clean(
    geometric
      ? (Math.pow(Math.pow(1 + goal / 100, n) / product, 1 / remaining) - 1) * 100
      : (n * goal - sum) / remaining,
  );
  const pace = paceRatio(average, goal, norm, meets);
  let status = pace === null ? (meets ? 'on-track' : 'regressing') : classifyPace(pace, ctx.thresholds);
  if (!meets && status === 'on-track' && onStrictBound(average, norm)) status = 'behind';
  return note({ status, final: false, progress, pace, average, required, projected: ctx.official });
}

/**
 * R = A / target for "more than" targets with a positive target, and for "less than" targets with a
 * negative one (a fall of at least 2% a year: −1,25% is 62% of the pace). For "less than" targets
 * with a positive target (a cap) R = target / A when both are positive. Where a ratio has no meaning
 * (target 0 or signs that differ) the status is on-track when A already satisfies the target, else
 * regressing, and R is null.
 */
export function paceRatio(average: number, goal: number, norm: NormalTarget, meets: boolean): number | null {
  if (Array.isArray(norm.value) && meets) return 1;
  const up = norm.op === '>' || norm.op === '>=' || (Array.isArray(norm.value) && average < norm.value[0]);
  if (up) return goal > 0 ? clean(average / goal) : null;
  if (goal < 0) return clean(average / goal);
  return goal > 0 && average > 0 ? clean(goal / average) : null;
}
