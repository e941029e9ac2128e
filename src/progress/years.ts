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
