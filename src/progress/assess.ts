import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import type { Target } from '../schema/target.js';
import { normalTarget } from './compare.js';
import { resolveAsOf, resolveAsOfYear } from './as-of.js';
import { assessAnnual } from './annual.js';
import { assessAverageChange } from './average-change.js';
import { assessAverageGrowth } from './average-growth.js';
import type { KindContext, KindResult } from './context.js';
import { assessCumulative } from './cumulative.js';
import { assessLevel } from './level.js';
import { assessMilestone } from './milestones.js';
import { officialProjection, sourceDates, usableObservations, type SourceDates, type YearValue } from './observations.js';
import { assessMaintain } from './maintain.js';
import { assessMultiple } from './multiple.js';
import { assessRelative } from './relative.js';
import { assessTermAverage } from './term-average.js';
import { termYears } from './years.js';
import { latestVerdict, resolutionVerdicts } from './verdicts.js';
import {
  DEFAULT_THRESHOLDS,
  STATUSES,
  type AssessOptions,
  type IndicatorAssessment,
  type ResolutionAssessment,
  type Status,
  type Thresholds,
} from './types.js';

/** What every indicator of one resolution is assessed with. */
interface Shared {
  resolution: Resolution;
  asOfYear: number | null;
  thresholds: Thresholds;
  dates: SourceDates;
}

/**
 * Assesses every indicator and milestone of a resolution at `asOf`. Pure: no clock, no mutation;
 * without `asOf`, the latest observed (not projected) year in the resolution is used.
 */
export function assess(resolution: Resolution, options: AssessOptions = {}): ResolutionAssessment {
  const asOf = resolveAsOf(resolution, options.asOf);
  const thresholds = resolveThresholds(options.thresholds);
  const shared: Shared = { resolution, asOfYear: asOf.year, thresholds, dates: sourceDates(resolution.sources) };
  const indicators = resolution.indicators.map((ind) => assessOne(shared, ind));
  const milestones = (resolution.milestones ?? []).map((m) => assessMilestone(m, asOf.date, asOf.dataDate));
  return { asOf: asOf.year, asOfDate: asOf.date, dataDate: asOf.dataDate, indicators, milestones, summary: summarize(indicators), ...resolutionVerdicts(resolution, asOf.year, shared.dates) };
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
  return assessOne({ resolution, asOfYear: resolveAsOfYear(resolution, options.asOf), thresholds: resolveThresholds(options.thresholds), dates: sourceDates(resolution.sources) }, indicator);
}

function resolveThresholds(partial: Partial<Thresholds> | undefined): Thresholds {
  return partial ? { ...DEFAULT_THRESHOLDS, ...partial } : DEFAULT_THRESHOLDS;
}

function assessOne(shared: Shared, indicator: Indicator): IndicatorAssessment {
  const { resolution, asOfYear, thresholds, dates } = shared;
  const target = indicator.target;
  const by = target && 'by' in target && target.by !== undefined ? target.by : resolution.term.to;
  const horizon = asOfYear === null ? -Infinity : Math.min(asOfYear, by);
  const usable = usableObservations(indicator, horizon, dates);
  const last = usable[usable.length - 1];
  // (the usable figures are this call's own objects, of the same shape)
  const latest: IndicatorAssessment['latest'] = last ?? null;
  if (!target) {
    return { id: indicator.id, status: 'no-target', final: false, latest: latest ?? latestSpan(indicator, asOfYear), progress: null, pace: null };
  }
  const ctx: KindContext = {
    indicator,
    target,
    norm: target.kind === 'relative' ? { op: target.op, value: 0 } : normalTarget(target),
    term: resolution.term,
    by,
    asOfYear: asOfYear ?? -Infinity,
    thresholds,
    usable,
    official: asOfYear === null ? null : officialProjection(indicator, by, asOfYear, dates),
    dates,
    breaks: (indicator.breaks ?? []).map((b) => b.year),
  };
  if (target.kind === 'relative') {
    const ref = resolution.indicators.find((i) => i.id === target.reference);
    ctx.reference = ref ? usableObservations(ref, horizon, dates) : [];
  }
  const result = finiteOnly(byKind(ctx, target));
  // A figure known before its year ended is a forecast: the status it gives can still change.
  if (result.final && last?.forecast) result.final = false;
  // A target not met has not come all the way (a cap passed three times over is not "345%").
  if (!MET.has(result.status) && typeof result.progress === 'number' && result.progress >= 1) result.progress = null;
  const out: IndicatorAssessment = { id: indicator.id, ...result, current: currentFigure(target, result, latest), latest, by };
  if (result.status !== 'no-data' && restsOnEstimates(target, usable, resolution.term.from, by, last)) out.provisional = true;
  const verdict = latestVerdict(resolution, { indicator: indicator.id }, asOfYear, dates, out.status);
  if (verdict) out.verdict = verdict;
  return out;
}

const MET = new Set<Status>(['exceeded', 'achieved', 'on-track']);

/** Whether the figures a status rests on include one that is not final (preliminary, estimated, a forecast). */
function restsOnEstimates(target: Target, usable: YearValue[], from: number, by: number, last: YearValue | undefined): boolean {
  if (target.kind === 'level' || target.kind === 'average-change' || target.kind === 'relative' || target.kind === 'multiple') return last !== undefined && (last.quality !== 'actual' || last.forecast === true);
  // (rates derived from levels rest on the level of the term's first year too)
  const levels = (target.kind === 'average-growth' || target.kind === 'annual') && target.series === 'levels';
  const figures = termYears(usable, levels ? from - 1 : from, by);
  return figures.some((f) => f.quality !== 'actual' || f.forecast === true);
}

function currentFigure(target: Target, result: KindResult, latest: IndicatorAssessment['latest']): number | null {
  switch (target.kind) {
    case 'average-growth':
    case 'average-change':
    case 'term-average':
    case 'multiple':
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
    case 'maintain': return assessMaintain(ctx as KindContext<typeof target>);
    case 'term-average': return assessTermAverage(ctx as KindContext<typeof target>);
    case 'relative': return assessRelative(ctx as KindContext<typeof target>);
    case 'multiple': return assessMultiple(ctx as KindContext<typeof target>);
  }
}
