import type { LevelTarget, MultipleTarget, TargetValue } from '../schema/target.js';
import { clean } from './classify.js';
import type { NormalTarget } from './compare.js';
import { breaksBetween, noData, type KindContext, type KindResult } from './context.js';
import { assessLevel } from './level.js';

/**
 * Schema 1.1: the latest level L as a multiple of the level B of the base year `of` (the term's first
 * year unless given): "GRDP năm 2030 gấp 2 lần so với năm 2025". The ratio L / B is compared with the
 * target; on the way it is judged as a level target of value × B reached along a compound path from
 * B (the multiple is a growth over years). No base-year level, or a series break after it: no status.
 */
export function assessMultiple(ctx: KindContext<MultipleTarget>): KindResult {
  const { target, term, usable, indicator } = ctx;
  const year = target.of ?? term.from;
  const declared = indicator.baseline && indicator.baseline.period === year ? indicator.baseline : undefined;
  const base = usable.find((o) => o.period === year) ?? (declared ? { period: year, value: declared.value, quality: 'actual' as const } : undefined);
  const after = usable.filter((o) => o.period > year);
  const latest = after[after.length - 1];
  if (!base) return noData(ctx, latest ? 'no-baseline' : 'no-observations');
  if (!latest) return noData(ctx);
  if (breaksBetween(ctx, year, latest.period)) return noData(ctx, 'series-break');
  if (base.value <= 0) return noData(ctx, 'non-positive-values');
  const scale = (v: TargetValue): TargetValue => (Array.isArray(v) ? [clean(v[0] * base.value), clean(v[1] * base.value)] : clean(v * base.value));
  const norm: NormalTarget = { op: ctx.norm.op, value: scale(ctx.norm.value) };
  if (ctx.norm.stretch !== undefined) norm.stretch = clean(ctx.norm.stretch * base.value);
  const level: LevelTarget = { kind: 'level', op: norm.op, value: norm.value, pace: 'compound' };
  const result = assessLevel({
    ...ctx,
    target: level,
    norm,
    indicator: { ...indicator, baseline: { period: year, value: base.value } },
    usable: [base, ...after],
  });
  return { ...result, average: clean(latest.value / base.value) };
}
