import type { TermAverageTarget } from '../schema/target.js';
import { classifyPace, clean } from './classify.js';
import { averageGoal, metStatus, onStrictBound, satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { paceRatio } from './average-growth.js';
import { noteMissing, termYears } from './years.js';

/**
 * Schema 1.1: the mean M of the yearly figures over (term.from, by] ("đóng góp của TFP vào tăng
 * trưởng bình quân trên 55%", "vốn đầu tư toàn xã hội bình quân 32,2% GRDP"). A figure for the whole
 * term (a span "2026-2030" or "2025-2030" that is not projected) is M itself, and final. Once `by` has
 * a figure: achieved (exceeded past the stretch) or missed. Before: M satisfying the target is on track;
 * otherwise R = M / target (R = target / M for a cap) classifies it, and `required` is what the
 * remaining years need on average.
 */
export function assessTermAverage(ctx: KindContext<TermAverageTarget>): KindResult {
  const { term, by, norm } = ctx;
  const whole = wholeTermFigure(ctx);
  if (whole !== null) {
    const meets = satisfies(whole.value, norm.op, norm.value, whole.approx);
    return { status: meets ? metStatus(whole.value, norm, whole.approx) : 'missed', final: true, progress: ratio(whole.value, norm.value), pace: null, average: whole.value, projected: ctx.official };
  }
  const values = termYears(ctx.usable, term.from, by);
  if (values.length === 0) return noData(ctx);
  const k = values.length;
  const n = by - term.from;
  const sum = values.reduce((s, v) => s + v.value, 0);
  const average = clean(sum / k);
  const last = values[k - 1]!;
  const meets = satisfies(average, norm.op, norm.value);
  const goal = averageGoal(average, norm.value);
  const progress = ratio(average, goal);
  if (last.period >= by) {
    return noteMissing({ status: meets ? metStatus(average, norm) : 'missed', final: true, progress, pace: null, average, required: null, projected: ctx.official }, values, term.from, last.period);
  }
  const pace = paceRatio(average, goal, norm, meets);
  let status = meets ? 'on-track' : pace === null ? 'regressing' : classifyPace(pace, ctx.thresholds);
  if (!meets && status === 'on-track' && onStrictBound(average, norm)) status = 'behind';
  const required = clean((n * goal - sum) / (n - k));
  return noteMissing({ status, final: false, progress, pace: meets ? (pace ?? 1) : pace, average, required, projected: ctx.official }, values, term.from, last.period);
}

function ratio(x: number, goal: number | [number, number]): number | null {
  const g = Array.isArray(goal) ? goal[0] : goal;
  return g !== 0 ? clean(x / g) : null;
}

/** A figure for the whole term (its span ends at `by` and starts at the term's first or second year), known by asOf. */
function wholeTermFigure(ctx: KindContext<TermAverageTarget>): { value: number; approx?: 'about' | 'over' | 'under' } | null {
  if (ctx.asOfYear < ctx.by) return null;
  let found: { value: number; approx?: 'about' | 'over' | 'under' } | null = null;
  for (const o of ctx.indicator.observations ?? []) {
    if (typeof o.period !== 'string' || (o.quality ?? 'actual') === 'projected') continue;
    const start = Number(o.period.slice(0, 4));
    const end = Number(o.period.slice(5));
    if (end !== ctx.by || (start !== ctx.term.from && start !== ctx.term.from + 1)) continue;
    found = o.approx ? { value: o.value, approx: o.approx } : { value: o.value };
  }
  return found;
}
