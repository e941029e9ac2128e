import type { CumulativeTarget } from '../schema/target.js';
import { classifyPace, clean } from './classify.js';
import { satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { missingYears, termYears } from './years.js';

/**
 * The sum S of the yearly values over (term.from, by]. "At least" targets: S reaching the target is
 * achieved; the year `by` observed and S short is missed; before that R = (S/k) / (target/N) and each
 * remaining year needs (target − S)/(N − k). "At most" targets (a cap): exceeding it is missed at once;
 * within it, on-track until `by` is observed, then achieved.
 */
export function assessCumulative(ctx: KindContext<CumulativeTarget>): KindResult {
  const { target, term, by } = ctx;
  const values = termYears(ctx.usable, term.from, by);
  if (values.length === 0) return noData(ctx);
  const k = values.length;
  const n = by - term.from;
  const sum = clean(values.reduce((s, v) => s + v.value, 0));
  const last = values[k - 1]!;
  const done = last.period >= by;
  const missing = missingYears(values, term.from, last.period);
  const extra = missing.length > 0 ? { reason: 'missing-years' as const, missing } : {};
  const cap = target.op === '<' || target.op === '<=';
  const goal = Array.isArray(target.value) ? target.value[0] : target.value;
  const progress = goal !== 0 ? clean(sum / goal) : null;
  const meets = satisfies(sum, target.op, target.value);

  const base = { progress, pace: null, total: sum, average: clean(sum / k), required: null, projected: ctx.official, ...extra };
  if (cap || (Array.isArray(target.value) && sum > target.value[1])) {
    return meets ? { ...base, status: done ? 'achieved' : 'on-track', final: done } : { ...base, status: 'missed', final: true };
  }
  if (meets || done) return { ...base, status: meets ? 'achieved' : 'missed', final: done };

  const pace = goal > 0 ? clean(sum / k / (goal / n)) : null;
  return {
    ...base,
    status: pace === null ? 'regressing' : classifyPace(pace, ctx.thresholds),
    final: false,
    pace,
    required: clean((goal - sum) / (n - k)),
    projected: ctx.official ?? clean(sum + (sum / k) * (n - k)),
  };
}
