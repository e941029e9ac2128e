import type { AnnualTarget } from '../schema/target.js';
import { clean } from './classify.js';
import { passesStretch, satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { ratesFromLevels } from './rates.js';
import { noteMissing, termYears } from './years.js';

/**
 * Every year of the term, (from, to], must satisfy the target. Once the last year has a value:
 * achieved if every observed year met it (exceeded if every one passed the stretch), else missed.
 * Before: all met → on-track; the latest met but an earlier one missed → behind; the latest missed
 * → far-behind. With `series: "levels"` the yearly figures are growth rates derived from levels.
 */
export function assessAnnual(ctx: KindContext<AnnualTarget>): KindResult {
  const { target, term, by, norm } = ctx;
  let source = ctx.usable;
  let broken = false;
  if (target.series === 'levels') {
    const derived = ratesFromLevels(ctx);
    if (derived.rates.length === 0) return noData(ctx, derived.reason ?? 'no-observations');
    source = derived.rates;
    broken = derived.reason === 'series-break';
  }
  const values = termYears(source, term.from, by);
  if (values.length === 0) return noData(ctx);
  const periods = values.map((v) => ({ period: v.period, value: v.value, met: satisfies(v.value, norm.op, norm.value, v.approx) }));
  const metCount = periods.filter((p) => p.met).length;
  const allMet = metCount === periods.length;
  const last = periods[periods.length - 1]!;
  const progress = clean(metCount / (by - term.from));
  const pace = clean(metCount / periods.length);
  const result = (status: KindResult['status'], final: boolean): KindResult => {
    const out = noteMissing({ status, final, progress, pace, periods, projected: ctx.official }, values, term.from, last.period);
    if (broken) out.reason = 'series-break';
    return out;
  };
  if (last.period >= by) {
    const exceeded = allMet && values.every((v) => passesStretch(v.value, norm, v.approx));
    return result(exceeded ? 'exceeded' : allMet ? 'achieved' : 'missed', true);
  }
  return result(allMet ? 'on-track' : last.met ? 'behind' : 'far-behind', false);
}
