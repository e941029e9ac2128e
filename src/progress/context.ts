import type { Indicator } from '../schema/indicator.js';
import type { Term } from '../schema/resolution.js';
import type { Target } from '../schema/target.js';
import type { NormalTarget } from './compare.js';
import type { SourceDates, YearValue } from './observations.js';
import type { IndicatorAssessment, Thresholds } from './types.js';

/** Everything a target kind needs to assess one indicator. */
export interface KindContext<T extends Target = Target> {
  indicator: Indicator;
  target: T;
  /** The comparison the target makes ("about" turned into a band or bound; see normalTarget). */
  norm: NormalTarget;
  term: Term;
  /** The target year: the target's `by`, else the term's end. */
  by: number;
  asOfYear: number;
  thresholds: Thresholds;
  /** Usable observations up to min(asOf, by), one per year, ascending. */
  usable: YearValue[];
  /** The official forecast for `by`, if any. */
  official: number | null;
  /** When each source was published. */
  dates: SourceDates;
  /** The years from which the figures are not comparable with the years before (schema 1.1 `breaks`). */
  breaks: readonly number[];
  /** For a relative target: the reference indicator's usable figures. */
  reference?: YearValue[];
}

export type KindResult = Omit<IndicatorAssessment, 'id' | 'latest' | 'by'>;

export function noData(ctx: KindContext, reason: IndicatorAssessment['reason'] = 'no-observations'): KindResult {
  return { status: 'no-data', final: false, progress: null, pace: null, projected: ctx.official, reason };
}

/** Whether a series break falls in (fromYear, toYear]: the two years' figures are not comparable. */
export function breaksBetween(ctx: KindContext, fromYear: number, toYear: number): boolean {
  for (const b of ctx.breaks) if (b > fromYear && b <= toYear) return true;
  return false;
}
