export { assess, assessIndicator, summarize } from './assess.js';
export { assessMilestone, endOfPeriod, startOfPeriod } from './milestones.js';
export { resolveAsOf, resolveAsOfYear, isAsOf, type AsOf } from './as-of.js';
export { dataDate, statedDate } from './data-date.js';
export { satisfies, normalTarget, ABOUT_TOLERANCE, type NormalTarget } from './compare.js';
export { STATUSES, DEFAULT_THRESHOLDS, MILESTONE_STATES, type Status, type Thresholds, type AssessOptions, type LatestValue, type PeriodResult, type Reason, type VerdictAssessment, type IndicatorAssessment, type MilestoneState, type MilestoneAssessment, type ResolutionAssessment } from './types.js';
export { yearlySeries, sourceDates, periodEnd, type YearValue, type SourceDates } from './observations.js';
export { latestVerdict, resolutionVerdicts, type VerdictScope } from './verdicts.js';
export { targetPath, type TargetPath, type PathPoint } from './target-path.js';
