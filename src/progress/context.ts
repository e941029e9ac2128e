import type { Indicator } from '../schema/indicator.js';
import type { Term } from '../schema/resolution.js';
import type { Target } from '../schema/target.js';
import type { YearValue } from './observations.js';
import type { IndicatorAssessment, Thresholds } from './types.js';

/** Everything a target kind needs to assess one indicator. */
export interface KindContext<T extends Target = Target> {
  indicator: Indicator;
  target: T;
  term: Term;
  /** The target year: the target's `by`, else the term's end. */
  by: number;
  asOfYear: number;
  thresholds: Thresholds;
  /** Usable observations up to min(asOf, by), one per year, ascending. */
  usable: YearValue[];
  /** The official forecast for `by`, if any. */
  official: number | null;
}

export type KindResult = Omit<IndicatorAssessment, 'id' | 'latest' | 'by'>;

export function noData(ctx: KindContext, reason: IndicatorAssessment['reason'] = 'no-observations'): KindResult {
  return { status: 'no-data', final: false, progress: null, pace: null, projected: ctx.official, reason };
}
