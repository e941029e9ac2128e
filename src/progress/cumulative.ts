import type { CumulativeTarget } from '../schema/target.js';
import { classifyPace, clean } from './classify.js';
import { metStatus, satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import type { Status } from './types.js';
import { noteMissing, termYears } from './years.js';

/**
 * The sum S of the yearly values over (term.from, by]. "At least" targets: S reaching the target is
 * achieved; the year `by` observed and S short is missed; before that R = (S/k) / (target/N) and each
 * remaining year needs (target − S)/(N − k). "At most" targets (a cap): exceeding it is missed at once;
 * within it, on-track until `by` is observed, then achieved.
 */
export function assessCumulative(ctx: KindContext<CumulativeTarget>): KindResult {
  const { term, by, norm } = ctx;
  const values = termYears(ctx.usable, term.from, by);
  if (values.length === 0) return noData(ctx);
  const k = values.length;
  const n = by - term.from;
  const sum = clean(values.reduce((s, v) => s + v.value, 0));
  const last = values[k - 1]!;
  const done = last.period >= by;
  const cap = norm.op === '<' || norm.op === '<=';
  const goal = Array.isArray(norm.value) ? norm.value[0] : norm.value;
  const progress = goal !== 0 ? clean(sum / goal) : null;
  const meets = satisfies(sum, norm.op, norm.value);
  const met = meets ? metStatus(sum, norm) : 'missed';

  // (one object per result, in the same key order whichever way it ends)
  const result = (status: Status, final: boolean, pace: number | null = null, required: number | null = null, projected = ctx.official): KindResult => {
    const out = noteMissing({ progress, pace, total: sum, average: clean(sum / k), required, projected } as KindResult, values, term.from, last.period);
    out.status = status;
    out.final = final;
    return out;
  };
  if (cap || (Array.isArray(norm.value) && sum > norm.value[1])) {
    return meets ? result(done ? met : 'on-track', done) : result('missed', true);
  }
  if (meets || done) return result(met, done);

  const pace = goal > 0 ? clean(sum / k / (goal / n)) : null;
  return result(pace === null ? 'regressing' : classifyPace(pace, ctx.thresholds), false, pace, clean((goal - sum) / (n - k)), ctx.official ?? clean(sum + (sum / k) * (n - k)));
}
