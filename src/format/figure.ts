import type { Indicator, Observation } from '../schema/indicator.js';
import { formatRank, formatValue } from './number.js';

/**
 * One figure of an indicator as it reads: a rank "hạng 5/34" / "rank 5 of 34" (the figure's own
 * `outOf`, else the indicator's `rank.of`), else the value with the unit and approximation
 * ("khoảng 14.800 tỷ đồng").
 */
export function formatFigure(indicator: Indicator, value: number, options: { lang: string; approx?: Observation['approx']; outOf?: number }): string {
  if (indicator.rank) {
    const of = options.outOf ?? indicator.rank.of;
    return formatRank(value, of === undefined ? { lang: options.lang } : { lang: options.lang, of });
  }
  return formatValue(value, { lang: options.lang, unit: indicator.unit, decimals: indicator.decimals, approx: options.approx });
}
