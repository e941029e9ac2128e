export { localize, resolveLang } from './localize.js';
export { formatNumber, formatValue, formatRank, attachUnit, NOT_A_NUMBER } from './number.js';
export type { Approx, NumberFormatOptions, ValueFormatOptions } from './number.js';
export { statusLabel, statusText, verdictLabel, verdictText, verdictWords, verdictDiffersText, qualityLabel, milestoneStateLabel, milestoneStatusText, reasonLabel } from './status.js';
export { describeComparison } from './comparison.js';
export type { ComparisonOptions } from './comparison.js';
export { describeTarget } from './target.js';
export { describeIndicatorTarget } from './indicator-target.js';
export { formatFigure } from './figure.js';
export type { DescribeTargetOptions } from './target.js';
export { formatPartialDate } from './date.js';
export { successorText } from './successor.js';
export { shareText } from './share.js';
export { asOfText } from './as-of.js';
export { headline, type Headline } from './headline.js';
// The interface's words in Vietnamese and English, one catalogue (strings.ts): for elements built on the core.
export { t as uiText, STRINGS as UI_STRINGS, type StringKey } from './strings.js';
