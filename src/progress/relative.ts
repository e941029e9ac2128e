import type { RelativeTarget } from '../schema/target.js';
import { clean } from './classify.js';
import { satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { termYears } from './years.js';

/**
 * Schema 1.1: each year compared with the same year of another indicator of the file (the
 * `reference`, e.g. the national average). Judged on the latest year both have: holding the
 * comparison is on track (achieved once that year is `by`), not holding it is behind (missed once
 * that year is `by`). `periods` lists every year both have; `progress` is the share of them held.
 */
export function assessRelative(ctx: KindContext<RelativeTarget>): KindResult {
  const { target, term, by } = ctx;
  const reference = new Map((ctx.reference ?? []).map((r) => [r.period, r.value]));
  const values = termYears(ctx.usable, term.from, by).filter((v) => reference.has(v.period));
  if (values.length === 0) return noData(ctx);
  const periods = values.map((v) => ({ period: v.period, value: v.value, met: satisfies(v.value, target.op, reference.get(v.period)!, v.approx) }));
  const last = periods[periods.length - 1]!;
  const final = last.period >= by;
  const held = periods.filter((p) => p.met).length;
  const status = last.met ? (final ? 'achieved' : 'on-track') : final ? 'missed' : 'behind';
  return { status, final, progress: clean(held / periods.length), pace: null, periods, projected: ctx.official };
}
