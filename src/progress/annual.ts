import type { AnnualTarget } from '../schema/target.js';
import { clean } from './classify.js';
import { satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { noteMissing, termYears } from './years.js';

/**
 * Every year of the term, (from, to], must satisfy the target. Once the last year has a value:
 * achieved if every observed year met it, else missed. Before: all met → on-track; the latest met
 * but an earlier one missed → behind; the latest missed → far-behind.
 */
export function assessAnnual(ctx: KindContext<AnnualTarget>): KindResult {
  const { target, term, by } = ctx;
  const values = termYears(ctx.usable, term.from, by);
  if (values.length === 0) return noData(ctx);
  const periods = values.map((v) => ({ period: v.period, value: v.value, met: satisfies(v.value, target.op, target.value) }));
  const metCount = periods.filter((p) => p.met).length;
  const allMet = metCount === periods.length;
  const last = periods[periods.length - 1]!;
  const progress = clean(metCount / (by - term.from));
  const pace = clean(metCount / periods.length);
  if (last.period >= by) {
    return noteMissing({ status: allMet ? 'achieved' : 'missed', final: true, progress, pace, periods, projected: ctx.official }, values, term.from, last.period);
  }
  const status = allMet ? 'on-track' : last.met ? 'behind' : 'far-behind';
  return noteMissing({ status, final: false, progress, pace, periods, projected: ctx.official }, values, term.from, last.period);
}
