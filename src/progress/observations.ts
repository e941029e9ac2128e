import type { Indicator, Observation, Quality } from '../schema/indicator.js';

const RANK: Record<Quality, number> = { actual: 3, preliminary: 2, estimated: 1, projected: 0 };

export interface YearValue {
  period: number;
  value: number;
  quality: Quality;
  approx?: Observation['approx'];
}

function better(a: Observation, b: Observation): boolean {
  const ra = RANK[a.quality ?? 'actual'];
  const rb = RANK[b.quality ?? 'actual'];
  if (ra !== rb) return ra > rb;
  // Same quality: the later report wins; a report without a date counts as the earliest.
  // Equal dates: the later entry in the file wins (a revision is appended).
  return (a.reported ?? '') >= (b.reported ?? '');
}

/** An observation of a single year. */
type YearObservation = Observation & { period: number };

/** One observation per year among those `keep` accepts: best quality, then latest `reported`; ascending. */
function bestPerYear(indicator: Indicator, keep: (obs: YearObservation) => boolean): YearValue[] {
  // An indicator has a handful of figures: each goes into place in an ascending list (no map, no sort).
  const picked: YearObservation[] = [];
  for (const obs of indicator.observations ?? []) {
    if (typeof obs.period !== 'number' || !keep(obs as YearObservation)) continue;
    let i = picked.length;
    while (i > 0 && picked[i - 1]!.period > obs.period) i--;
    if (i > 0 && picked[i - 1]!.period === obs.period) {
      if (better(obs, picked[i - 1]!)) picked[i - 1] = obs as YearObservation;
    } else {
      picked.splice(i, 0, obs as YearObservation);
    }
  }
  return picked.map(yearValue);
}

function yearValue(o: YearObservation): YearValue {
  const point: YearValue = { period: o.period, value: o.value, quality: o.quality ?? 'actual' };
  if (o.approx) point.approx = o.approx;
  return point;
}

/**
 * The observations the status is computed from: single-year periods up to `lastYear`, never projected,
 * one per year (best quality, then latest `reported`), in ascending order of year.
 */
export function usableObservations(indicator: Indicator, lastYear: number): YearValue[] {
  return bestPerYear(indicator, (o) => o.period <= lastYear && (o.quality ?? 'actual') !== 'projected');
}

/**
 * One figure per year for charts: the figures the engine uses up to `asOf` (all years when null),
 * and projected figures for the years that have no other figure. Ascending by year.
 */
export function yearlySeries(indicator: Indicator, asOf: number | null = null): YearValue[] {
  const last = asOf ?? Infinity;
  const used = bestPerYear(indicator, (o) => o.period <= last && (o.quality ?? 'actual') !== 'projected');
  const have = new Set(used.map((p) => p.period));
  const projected = bestPerYear(indicator, (o) => (o.quality ?? 'actual') === 'projected' && !have.has(o.period));
  return [...used, ...projected].sort((a, b) => a.period - b.period);
}

/**
 * The official forecast for the target year, if the file has one known by `asOfYear`: a projected
 * observation for the year `by`, or a projected span ending at `by` (e.g. "2021-2025").
 */
export function officialProjection(indicator: Indicator, by: number, asOfYear: number): number | null {
  let found: Observation | undefined;
  for (const obs of indicator.observations ?? []) {
    if ((obs.quality ?? 'actual') !== 'projected') continue;
    if (obs.reported !== undefined && Number(obs.reported.slice(0, 4)) > asOfYear) continue;
    const end = typeof obs.period === 'number' ? obs.period : Number(obs.period.slice(5));
    if (end !== by) continue;
    if (found === undefined || (obs.reported ?? '') >= (found.reported ?? '')) found = obs;
  }
  return found ? found.value : null;
}
