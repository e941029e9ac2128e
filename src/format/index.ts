export { localize, resolveLang } from './localize.js';
export { formatNumber, formatValue, attachUnit, NOT_A_NUMBER } from './number.js';
export type { Approx, NumberFormatOptions, ValueFormatOptions } from './number.js';
export { statusLabel, qualityLabel, milestoneStateLabel, milestoneStatusText, reasonLabel } from './status.js';
export { describeComparison } from './comparison.js';
export type { ComparisonOptions } from './comparison.js';
export { describeTarget } from './target.js';
export type { DescribeTargetOptions } from './target.js';
export { formatPartialDate } from './date.js';
