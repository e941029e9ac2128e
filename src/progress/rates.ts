import { QUALITY_RANK } from '../schema/figure-order.js';
import { clean } from './classify.js';
import { breaksBetween, type KindContext } from './context.js';
import type { YearValue } from './observations.js';

export interface DerivedRates {
  /** Growth in % for each year after the term's first year that the levels cover. */
  rates: YearValue[];
  /** Why there are none, or fewer than the levels would give. */
  reason?: 'no-baseline' | 'series-break' | 'non-positive-values';
}

/**
 * Yearly growth rates (%) derived from levels (schema 1.1 `series: "levels"`): budget revenue or
 * investment as the statistics publish it, in tỷ đồng. The level of the term's first year (an
 * observation, else a baseline of that year) is the base. A gap of several years gets the compound
 * rate over the gap for each of its years, so that the average is exact. No rate is derived across a
 * series break (the years after it stay without a rate) or from a level of zero or less.
 */
export function ratesFromLevels(ctx: KindContext): DerivedRates {
  const from = ctx.term.from;
  const declared = ctx.indicator.baseline;
  let prev: YearValue | undefined =
    ctx.usable.find((o) => o.period === from) ?? (declared && declared.period === from ? { period: from, value: declared.value, quality: 'actual' } : undefined);
  if (!prev) return { rates: [], reason: 'no-baseline' };
  const rates: YearValue[] = [];
  let reason: DerivedRates['reason'];
  for (const level of ctx.usable) {
    if (level.period <= from) continue;
    if (breaksBetween(ctx, prev.period, level.period)) {
      reason = 'series-break';
      prev = level;
      continue;
    }
    if (prev.value <= 0 || level.value < 0) {
      reason ??= 'non-positive-values';
      prev = level;
      continue;
    }
    const years = level.period - prev.period;
    const rate = clean((Math.pow(level.value / prev.value, 1 / years) - 1) * 100);
    const quality = QUALITY_RANK[prev.quality] < QUALITY_RANK[level.quality] ? prev.quality : level.quality;
    for (let y = prev.period + 1; y <= level.period; y++) {
      const point: YearValue = { period: y, value: rate, quality };
      if (level.forecast && y === level.period) point.forecast = true;
      rates.push(point);
    }
    prev = level;
  }
  return reason ? { rates, reason } : { rates };
}
