import type { KindResult } from './context.js';
import type { YearValue } from './observations.js';

/** Usable values of the years after the term's first year up to `by`: (from, by]. */
export function termYears(usable: YearValue[], from: number, by: number): YearValue[] {
  return usable.filter((o) => o.period > from && o.period <= by);
}

/** Years in (from, lastYear] with no value. */
export function missingYears(values: YearValue[], from: number, lastYear: number): number[] {
  const have = new Set(values.map((v) => v.period));
  const missing: number[] = [];
  for (let y = from + 1; y <= lastYear; y++) if (!have.has(y)) missing.push(y);
  return missing;
}

/** Adds the years in (from, lastYear] with no value to a kind's result, if there are any (reason "missing-years"). */
export function noteMissing(result: KindResult, values: YearValue[], from: number, lastYear: number): KindResult {
  const missing = missingYears(values, from, lastYear);
  if (missing.length > 0) (result.reason = 'missing-years'), (result.missing = missing);
  return result;
}
