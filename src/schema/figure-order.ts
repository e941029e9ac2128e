import type { Observation, Quality } from './indicator.js';

/** How final a figure is: an actual figure stands over a preliminary one, over an estimate, over a projection. */
export const QUALITY_RANK: Readonly<Record<Quality, number>> = { actual: 3, preliminary: 2, estimated: 1, projected: 0 };

/** When each source was published, by id: the date a figure without its own `reported` date was known. */
export type SourceDates = ReadonlyMap<string, string>;

/** When a figure was known: its `reported` date, else its source's `published` date ('' when neither). */
export function reportedDate(obs: Observation, dates: SourceDates): string {
  return obs.reported ?? (obs.source !== undefined ? dates.get(obs.source) : undefined) ?? '';
}

/**
 * Whether `next`, a later entry of the file for the same period, replaces `held`: the better quality
 * wins; at the same quality the later report (a figure known at no date counts as the earliest); at the
 * same date the later entry (a revision is appended). The one rule for which figure of a year counts,
 * in the engine and in the validator's checks.
 */
export function replaces(next: Observation, held: Observation, dates: SourceDates): boolean {
  const rn = QUALITY_RANK[next.quality ?? 'actual'];
  const rh = QUALITY_RANK[held.quality ?? 'actual'];
  if (rn !== rh) return rn > rh;
  return reportedDate(next, dates) >= reportedDate(held, dates);
}
