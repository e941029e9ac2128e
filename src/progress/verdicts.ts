import type { Resolution, Verdict } from '../schema/resolution.js';
import type { SourceDates } from './observations.js';
import type { ResolutionAssessment, Status, VerdictAssessment } from './types.js';

/** What a verdict or a computed status says of a target: met, partly met, not met. */
const VERDICT_SIDE: Record<string, 'met' | 'partly' | 'not-met'> = {
  exceeded: 'met',
  achieved: 'met',
  'basically-achieved': 'partly',
  missed: 'not-met',
};
const STATUS_SIDE: Partial<Record<Status, 'met' | 'not-met'>> = {
  exceeded: 'met',
  achieved: 'met',
  'on-track': 'met',
  behind: 'not-met',
  'far-behind': 'not-met',
  regressing: 'not-met',
  missed: 'not-met',
};

/** Whose verdict: one indicator's, one group's, or (neither) the whole resolution's. */
export interface VerdictScope {
  indicator?: string;
  group?: string;
}

/**
 * The body's latest verdict on an indicator, a group or the whole resolution, known by `asOfYear`
 * (a verdict dated in the year after it still counts: end-of-term reports come out then). "Latest" is
 * by its date, else its source's publication date; the later entry wins a tie. With a computed
 * `status`, `agrees` says whether the two say the same (null when either has nothing to compare).
 */
export function latestVerdict(resolution: Resolution, scope: VerdictScope, asOfYear: number | null, dates: SourceDates, status?: Status): VerdictAssessment | undefined {
  let best: Verdict | undefined;
  let bestWhen = '';
  for (const v of resolution.verdicts ?? []) {
    if (v.indicator !== scope.indicator || (scope.indicator === undefined && v.group !== scope.group)) continue;
    const when = v.date ?? dates.get(v.source) ?? '';
    if (asOfYear !== null && when !== '' && Number(when.slice(0, 4)) > asOfYear + 1) continue;
    if (best === undefined || when >= bestWhen) (best = v), (bestWhen = when);
  }
  if (!best) return undefined;
  const side = best.verdict === undefined ? undefined : VERDICT_SIDE[best.verdict];
  const computed = status === undefined ? undefined : STATUS_SIDE[status];
  const out: VerdictAssessment = { source: best.source, agrees: side === undefined || computed === undefined ? null : side === computed };
  if (best.verdict !== undefined) out.verdict = best.verdict;
  if (best.text !== undefined) out.text = best.text;
  if (best.date !== undefined) out.date = best.date;
  if (best.quality !== undefined) out.quality = best.quality;
  return out;
}

/**
 * The body's latest verdicts on the whole resolution and on each of its groups that has one
 * (indicators carry their own, in IndicatorAssessment.verdict).
 */
export function resolutionVerdicts(resolution: Resolution, asOfYear: number | null, dates: SourceDates): Pick<ResolutionAssessment, 'verdict' | 'groupVerdicts'> {
  const out: Pick<ResolutionAssessment, 'verdict' | 'groupVerdicts'> = {};
  if (!resolution.verdicts?.length) return out;
  const whole = latestVerdict(resolution, {}, asOfYear, dates);
  if (whole) out.verdict = whole;
  for (const g of resolution.groups ?? []) {
    const v = latestVerdict(resolution, { group: g.id }, asOfYear, dates);
    if (v) (out.groupVerdicts ??= {})[g.id] = v;
  }
  return out;
}
