import type { Resolution } from '../schema/resolution.js';
import { startOfPeriod } from './milestones.js';

/**
 * The latest date the data in a resolution speaks for (YYYY-MM-DD), or null when it says nothing
 * dated: the latest of its stated dates (statedDate), the last day of the latest year with an actual
 * figure, and the first day of the latest year with a preliminary one (a figure "so far this year").
 * An estimate or a projection for a year says nothing about when it was made, so it does not move
 * the date. The Thái Nguyên 2023 interview (2022 actual, mid-2023 preliminary figures, 2023
 * estimates, no dates) speaks for 1 January 2023 at least: a milestone due in August 2023 is not
 * judged overdue on it.
 */
export function dataDate(resolution: Resolution): string | null {
  let latest = statedDate(resolution) ?? '';
  for (const indicator of resolution.indicators) {
    for (const obs of indicator.observations ?? []) {
      if (typeof obs.period !== 'number') continue;
      const quality = obs.quality ?? 'actual';
      const year = String(obs.period).padStart(4, '0');
      const date = quality === 'actual' ? `${year}-12-31` : quality === 'preliminary' ? `${year}-01-01` : '';
      if (date > latest) latest = date;
    }
  }
  return latest === '' ? null : latest;
}

/**
 * The latest date the file states: a figure's `reported` date, a source's `published` date, a
 * verdict's `date`, a milestone's `done` date (its first day). Null when it states none; then the
 * elements say "Số liệu đến năm 2023" rather than a day.
 */
export function statedDate(resolution: Resolution): string | null {
  let latest = '';
  const take = (date: string | undefined) => {
    if (date !== undefined && date > latest) latest = date;
  };
  for (const source of resolution.sources ?? []) take(source.published);
  for (const verdict of resolution.verdicts ?? []) take(verdict.date);
  for (const milestone of resolution.milestones ?? []) if (milestone.done !== undefined) take(startOfPeriod(milestone.done));
  for (const indicator of resolution.indicators) for (const obs of indicator.observations ?? []) take(obs.reported);
  return latest === '' ? null : latest;
}
