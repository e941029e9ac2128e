import { replaces, reportedDate, type SourceDates } from '../schema/figure-order.js';
import type { Indicator, Observation, Quality } from '../schema/indicator.js';
import type { Source } from '../schema/resolution.js';

export { reportedDate, type SourceDates };

export interface YearValue {
  period: number;
  value: number;
  quality: Quality;
  approx?: Observation['approx'];
  /** The whole this figure counts from, where it is given (schema 1.1). */
  outOf?: number;
  /** An estimate known before its year ended: a forecast, which never makes a status final. */
  forecast?: true;
}

const NO_DATES: SourceDates = new Map();

/** The publication dates of a resolution's sources. */
export function sourceDates(sources: readonly Source[] | undefined): SourceDates {
  if (!sources?.length) return NO_DATES;
  const dates = new Map<string, string>();
  for (const s of sources) if (s.published !== undefined) dates.set(s.id, s.published);
  return dates;
}

/**
 * Whether a figure is a forecast: an estimate or preliminary figure known before its period ended
 * ("ước năm 2025", written in February 2025). It may stand for its year, but never makes a status final.
 */
/** The last year a period covers: 2022 → 2022, "2021-2025" → 2025. */
export function periodEnd(period: number | string): number {
  return typeof period === 'number' ? period : Number(period.slice(5));
}

export function isForecast(obs: Observation, dates: SourceDates): boolean {
  const q = obs.quality ?? 'actual';
  if (q !== 'estimated' && q !== 'preliminary') return false;
  const when = reportedDate(obs, dates);
  if (when === '') return false;
  return Number(when.slice(0, 4)) <= periodEnd(obs.period);
}

const qualityOf = (obs: Observation): Quality => obs.quality ?? 'actual';

/** An observation of a single year. */
type YearObservation = Observation & { period: number };

/** One observation per year among those `keep` accepts: best quality, then latest report; ascending. */
function bestPerYear(indicator: Indicator, dates: SourceDates, keep: (obs: YearObservation, quality: Quality) => boolean): YearValue[] {
  // An indicator has a handful of figures: each goes into place in an ascending list (no map, no sort).
  const picked: YearObservation[] = [];
  const qualities: Quality[] = [];
  for (const obs of indicator.observations ?? []) {
    if (typeof obs.period !== 'number') continue;
    const q = qualityOf(obs);
    if (!keep(obs as YearObservation, q)) continue;
    let i = picked.length;
    while (i > 0 && picked[i - 1]!.period > obs.period) i--;
    if (i > 0 && picked[i - 1]!.period === obs.period) {
      if (replaces(obs, picked[i - 1]!, dates)) (picked[i - 1] = obs as YearObservation), (qualities[i - 1] = q);
    } else {
      picked.splice(i, 0, obs as YearObservation);
      qualities.splice(i, 0, q);
    }
  }
  return picked.map((o, i) => yearValue(o, qualities[i]!, dates));
}

function yearValue(o: YearObservation, quality: Quality, dates: SourceDates): YearValue {
  const point: YearValue = { period: o.period, value: o.value, quality };
  if (o.approx) point.approx = o.approx;
  if (o.outOf !== undefined) point.outOf = o.outOf;
  if (isForecast(o, dates)) point.forecast = true;
  return point;
}

/**
 * The observations the status is computed from: single-year periods up to `lastYear`, never projected,
 * one per year (best quality, then latest report), in ascending order of year.
 */
export function usableObservations(indicator: Indicator, lastYear: number, dates: SourceDates = NO_DATES): YearValue[] {
  return bestPerYear(indicator, dates, (o, q) => o.period <= lastYear && q !== 'projected');
}

/**
 * One figure per year for charts: the figures the engine uses up to `asOf` (all years when null),
 * and projected figures for the years that have no other figure. Ascending by year.
 * Pass the resolution's sources so that their publication dates count as in `assess`.
 */
export function yearlySeries(indicator: Indicator, asOf: number | null = null, sources?: readonly Source[]): YearValue[] {
  const dates = sourceDates(sources);
  const last = asOf ?? Infinity;
  const used = bestPerYear(indicator, dates, (o, q) => o.period <= last && q !== 'projected');
  const have = new Set(used.map((p) => p.period));
  const projected = bestPerYear(indicator, dates, (o, q) => q === 'projected' && !have.has(o.period));
  return [...used, ...projected].sort((a, b) => a.period - b.period);
}

/**
 * The official forecast for the target year, if the file has one known by `asOfYear`: a projected
 * observation for the year `by`, or a projected span ending at `by` (e.g. "2021-2025").
 */
export function officialProjection(indicator: Indicator, by: number, asOfYear: number, dates: SourceDates = NO_DATES): number | null {
  let found: Observation | undefined;
  for (const obs of indicator.observations ?? []) {
    if (qualityOf(obs) !== 'projected') continue;
    const when = reportedDate(obs, dates);
    if (when !== '' && Number(when.slice(0, 4)) > asOfYear) continue;
    const end = typeof obs.period === 'number' ? obs.period : Number(obs.period.slice(5));
    if (end !== by) continue;
    if (found === undefined || when >= reportedDate(found, dates)) found = obs;
  }
  return found ? found.value : null;
}
