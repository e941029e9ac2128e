import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import type { Target } from '../schema/target.js';
import { resolveAsOf } from './as-of.js';
import { assessAnnual } from './annual.js';
import { assessAverageChange } from './average-change.js';
import { assessAverageGrowth } from './average-growth.js';
import type { KindContext, KindResult } from './context.js';
import { assessCumulative } from './cumulative.js';
import { assessLevel } from './level.js';
import { assessMilestone } from './milestones.js';
import { officialProjection, usableObservations } from './observations.js';
import {
  DEFAULT_THRESHOLDS,
  STATUSES,
  type AssessOptions,
  type IndicatorAssessment,
  type ResolutionAssessment,
  type Status,
  type Thresholds,
} from './types.js';

/**
 * Assesses every indicator and milestone of a resolution at `asOf`. Pure: no clock, no mutation;
 * without `asOf`, the latest observed (not projected) year in the resolution is used.
 */
export function assess(resolution: Resolution, options: AssessOptions = {}): ResolutionAssessment {
  const asOf = resolveAsOf(resolution, options.asOf);
  const thresholds = resolveThresholds(options.thresholds);
  const indicators = resolution.indicators.map((ind) => assessOne(resolution, ind, asOf.year, thresholds));
  const milestones = (resolution.milestones ?? []).map((m) => assessMilestone(m, asOf.date));
  return { asOf: asOf.year, asOfDate: asOf.date, indicators, milestones, summary: summarize(indicators) };
}

/** How many indicators have each status (every status present, zero or more). */
export function summarize(indicators: readonly IndicatorAssessment[]): ResolutionAssessment['summary'] {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const a of indicators) counts[a.status]++;
  return { total: indicators.length, counts };
}

/**
 * Assesses one indicator (its id, or the indicator itself), with the same default `asOf` as `assess`
 * gives the whole resolution. Returns undefined when the resolution has no indicator with that id.
 */
export function assessIndicator(resolution: Resolution, indicatorOrId: string | Indicator, options: AssessOptions = {}): IndicatorAssessment | undefined {
  const indicator = typeof indicatorOrId === 'string' ? resolution.indicators.find((i) => i.id === indicatorOrId) : indicatorOrId;
  if (!indicator) return undefined;
  const asOf = resolveAsOf(resolution, options.asOf);
  return assessOne(resolution, indicator, asOf.year, resolveThresholds(options.thresholds));
}

function resolveThresholds(partial: Partial<Thresholds> | undefined): Thresholds {
  return partial ? { ...DEFAULT_THRESHOLDS, ...partial } : DEFAULT_THRESHOLDS;
}

function assessOne(resolution: Resolution, indicator: Indicator, asOfYear: number | null, thresholds: Thresholds): IndicatorAssessment {
  const target = indicator.target;
  const by = target && 'by' in target && target.by !== undefined ? target.by : resolution.term.to;
  const horizon = asOfYear === null ? -Infinity : Math.min(asOfYear, by);
  const usable = usableObservations(indicator, horizon);
  const last = usable[usable.length - 1];
  // (the usable figures are this call's own objects, of the same shape)
  const latest: IndicatorAssessment['latest'] = last ?? null;
  if (!target) {
    return { id: indicator.id, status: 'no-target', final: false, latest: latest ?? latestSpan(indicator, asOfYear), progress: null, pace: null };
  }
  const ctx: KindContext = {
    indicator,
    target,
    term: resolution.term,
    by,
    asOfYear: asOfYear ?? -Infinity,
    thresholds,
    usable,
    official: asOfYear === null ? null : officialProjection(indicator, by, asOfYear),
  };
  const result = finiteOnly(byKind(ctx, target));
  return { id: indicator.id, ...result, current: currentFigure(target, result, latest), latest, by };
}

function currentFigure(target: Target, result: KindResult, latest: IndicatorAssessment['latest']): number | null {
  switch (target.kind) {
    case 'average-growth':
    case 'average-change':
      return result.average ?? null;
    case 'cumulative':
      return result.total ?? null;
    default:
      return latest ? latest.value : null;
  }
}

/**
 * With no target there is no status to protect, so a span figure ("2021-2022": 93.9 %) may stand as
 * the latest value when no single year has one: the one whose span ends last, not after asOf.
 */
function latestSpan(indicator: Indicator, asOfYear: number | null): IndicatorAssessment['latest'] {
  let best: IndicatorAssessment['latest'] = null;
  let bestEnd = -Infinity;
  for (const o of indicator.observations ?? []) {
    if (typeof o.period !== 'string' || (o.quality ?? 'actual') === 'projected') continue;
    const end = Number(o.period.slice(5));
    if (asOfYear === null || end > asOfYear || end < bestEnd) continue;
    best = { period: o.period, value: o.value, quality: o.quality ?? 'actual', ...(o.approx ? { approx: o.approx } : {}) };
    bestEnd = end;
  }
  return best;
}

/** A figure that overflows (e.g. a ratio over a target of 1e-300) is reported as null, never as ±Infinity or NaN. */
function finiteOnly(result: KindResult): KindResult {
  // (each kind returns a new object: corrected in place)
  for (const key of FIGURES) {
    const v = result[key];
    if (typeof v === 'number' && !Number.isFinite(v)) result[key] = null;
  }
  return result;
}

const FIGURES = ['progress', 'pace', 'average', 'total', 'required', 'projected'] as const;

// (the context already holds the target: each kind reads it as its own type)
function byKind(ctx: KindContext, target: Target): KindResult {
  switch (target.kind) {
    case 'level': return assessLevel(ctx as KindContext<typeof target>);
    case 'average-growth': return assessAverageGrowth(ctx as KindContext<typeof target>);
    case 'annual': return assessAnnual(ctx as KindContext<typeof target>);
    case 'cumulative': return assessCumulative(ctx as KindContext<typeof target>);
    case 'average-change': return assessAverageChange(ctx as KindContext<typeof target>);
  }
}
