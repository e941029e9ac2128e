import type { MaintainTarget } from '../schema/target.js';
import { clean } from './classify.js';
import { satisfies } from './compare.js';
import { noData, type KindContext, type KindResult } from './context.js';
import { noteMissing, termYears } from './years.js';

/**
 * Schema 1.1: a level held in every year of the term, (from, by] ("duy trì 100% trạm y tế có bác sĩ",
 * "tỷ lệ che phủ rừng duy trì 60%"). A year that does not hold it is a lapse, which more years cannot
 * undo: missed. Every year so far held: on-track, and achieved once `by` has a figure.
 * `progress` is the share of the term's years held so far.
 */
export function assessMaintain(ctx: KindContext<MaintainTarget>): KindResult {
  const { term, by, norm } = ctx;
  const values = termYears(ctx.usable, term.from, by);
  if (values.length === 0) return noData(ctx);
  const periods = values.map((v) => ({ period: v.period, value: v.value, met: satisfies(v.value, norm.op, norm.value, v.approx) }));
  const held = periods.filter((p) => p.met).length;
  const last = periods[periods.length - 1]!;
  const progress = clean(held / (by - term.from));
  const pace = clean(held / periods.length);
  const lapsed = held < periods.length;
  const done = last.period >= by;
  return noteMissing(
    { status: lapsed ? 'missed' : done ? 'achieved' : 'on-track', final: lapsed || done, progress, pace, periods, projected: ctx.official },
    values,
    term.from,
    last.period,
  );
}
