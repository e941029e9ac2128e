import type { Milestone } from '../schema/resolution.js';
import type { MilestoneAssessment } from './types.js';

/** The last day a "YYYY", "YYYY-MM" or "YYYY-MM-DD" period covers. */
export function endOfPeriod(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

/** The first day a partial date covers. */
export function startOfPeriod(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/**
 * A milestone at a date: cancelled; done (when its `done` date has come, or its status says done
 * without a date), on time if done by the end of its due period; overdue (due period over, not done,
 * and the data speaks for a date after it); unreported (due period over at `asOfDate`, but the data,
 * as of `dataDate`, is older than the end of the due period: nobody has said whether it was done);
 * else upcoming. A `done` date after `asOf` is not done yet at `asOf`. Without `dataDate` the data is
 * taken to speak for `asOfDate`.
 */
export function assessMilestone(milestone: Milestone, asOfDate: string | null, dataDate: string | null = asOfDate): MilestoneAssessment {
  const due = milestone.due ?? null;
  const done = milestone.done ?? null;
  const base = { id: milestone.id, due, done };
  if (milestone.status === 'cancelled') return { ...base, state: 'cancelled' };
  const doneBy = done !== null && (asOfDate === null || startOfPeriod(done) <= asOfDate);
  if (doneBy || (done === null && milestone.status === 'done')) {
    const onTime = due !== null && done !== null ? startOfPeriod(done) <= endOfPeriod(due) : undefined;
    return onTime === undefined ? { ...base, state: 'done' } : { ...base, state: 'done', onTime };
  }
  if (due !== null && asOfDate !== null && endOfPeriod(due) < asOfDate) {
    return { ...base, state: dataDate !== null && endOfPeriod(due) < dataDate ? 'overdue' : 'unreported' };
  }
  return { ...base, state: 'upcoming' };
}
