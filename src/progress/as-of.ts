import { ISO_DATE_PATTERN } from '../schema/checks.js';
import type { Resolution } from '../schema/resolution.js';
import { dataDate } from './data-date.js';

export interface AsOf {
  /** The year indicators are assessed at; null when nothing is observed and none was asked for. */
  year: number | null;
  /** The date milestones are assessed at (YYYY-MM-DD); a bare year means 31 December. */
  date: string | null;
  /** The latest date the data speaks for (dataDate): no milestone is called overdue on data older than its due date. */
  dataDate: string | null;
}

/**
 * Resolves the `asOf` option. A year (number or "2023") or an ISO date. Without one, indicators are
 * assessed at the latest single-year period observed (not projected) anywhere in the resolution, and
 * milestones at the date the data speaks for (dataDate): the engine never reads the clock.
 * Throws a RangeError for anything else.
 */
export function resolveAsOf(resolution: Resolution, asOf: number | string | undefined): AsOf {
  const year = resolveAsOfYear(resolution, asOf);
  const known = dataDate(resolution);
  if (asOf === undefined || asOf === null) return { year, date: known, dataDate: known };
  return { year, date: typeof asOf === 'number' ? `${pad4(asOf)}-12-31` : asOf.length === 4 ? `${asOf}-12-31` : asOf, dataDate: known };
}

/**
 * The year indicators are assessed at, as resolveAsOf gives it, without the date milestones need:
 * assessing one indicator of a page of a thousand cards must not scan the whole document for dates
 * (it did, and a thousand cards took twice as long). Throws a RangeError as resolveAsOf does.
 */
export function resolveAsOfYear(resolution: Resolution, asOf: number | string | undefined): number | null {
  if (asOf === undefined || asOf === null) return latestObservedYear(resolution);
  if (typeof asOf === 'number' && Number.isInteger(asOf)) return asOf + 0; // + 0: -0 is year 0
  if (typeof asOf === 'string' && isAsOf(asOf)) return Number(asOf.slice(0, 4));
  throw new RangeError(`asOf must be a year or a YYYY-MM-DD date / asOf phải là một năm hoặc một ngày YYYY-MM-DD (got ${String(asOf)})`);
}

/** Whether a text is an `asOf` that resolveAsOf takes: a year ("2023") or a real-looking ISO date ("2023-06-30"). */
export function isAsOf(text: string): boolean {
  return /^\d{4}$/.test(text) || ISO_DATE_PATTERN.test(text);
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

/** The latest single-year period observed (not projected) anywhere in the resolution; null when none. */
export function latestObservedYear(resolution: Resolution): number | null {
  let latest: number | null = null;
  for (const indicator of resolution.indicators) {
    for (const obs of indicator.observations ?? []) {
      if (typeof obs.period === 'number' && (obs.quality ?? 'actual') !== 'projected' && (latest === null || obs.period > latest)) {
        latest = obs.period;
      }
    }
  }
  return latest;
}
