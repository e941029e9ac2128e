export { assess, assessIndicator, summarize } from './assess.js';
export { assessMilestone, endOfPeriod } from './milestones.js';
export { resolveAsOf, type AsOf } from './as-of.js';
export { satisfies, normalTarget, ABOUT_TOLERANCE, type NormalTarget } from './compare.js';
export * from './types.js';
export { yearlySeries, type YearValue } from './observations.js';
