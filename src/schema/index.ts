// The schema's part of the core API, with no zod: the document's types, its fixed words, and the
// validator (a tree generated from the zod schemas, src/schema/resolution.tree.ts). The zod schemas
// themselves are the `tn-indicators/schema` subpath (./zod.ts), for those who extend the schema.
export { SCHEMA_VERSION, SCHEMA_VERSIONS, SCHEMA_ID, OPS, ONE_SIDED_OPS, TARGET_KINDS, QUALITIES, BODY_LEVELS, MILESTONE_STATUSES, VERDICTS } from './vocabulary.js';
export { SLUG_PATTERN, ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN, SPAN_PATTERN, URL_PATTERN, URL_SPACE_PATTERN, URL_MAX, LANG_PATTERN, MIN_YEAR, MAX_YEAR, isWhole, isTranslations, isText } from './checks.js';
export type { Slug, Year, IsoDate, PartialDate, Period, Text } from './primitives.js';
export type { Op, OneSidedOp, TargetValue, Target, TargetKind, ValueTarget, LevelTarget, AverageGrowthTarget, AnnualTarget, CumulativeTarget, AverageChangeTarget, MaintainTarget, TermAverageTarget, RelativeTarget, MultipleTarget } from './target.js';
export type { Indicator, Observation, ObservationInput, Plan, Prices, Quality, Rank, SeriesBreak, Share } from './indicator.js';
export type { Resolution, ResolutionInput, Body, Group, Milestone, MilestoneStatus, Source, Term, Verdict, VerdictValue } from './resolution.js';
export { parseResolution, safeParseResolution, safeParseResolutionInSlices, exceedsSlice, ResolutionError, type ParseOptions, type SafeParseResult, type SliceOptions, type ValidationIssue } from './parse.js';
export { formatPath } from './path.js';
export type { IssueCode, Lang } from './messages.js';
