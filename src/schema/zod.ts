// `tn-indicators/schema`: the zod schemas (zod/mini) the validator is generated from, for
// developers who extend the schema or validate with zod themselves, and the published JSON Schema.
// zod is a peer dependency; the core (`tn-indicators`) never loads it.
export { SlugSchema, YearSchema, IsoDateSchema, PartialDateSchema, SpanSchema, PeriodSchema, UrlSchema, NumberSchema, TextSchema } from './primitives.js';
export {
  OpSchema,
  OneSidedOpSchema,
  RangeSchema,
  TargetValueSchema,
  ByYearSchema,
  BaseYearSchema,
  OutOfSchema,
  PaceSchema,
  MethodSchema,
  StretchSchema,
  ToleranceSchema,
  DirectionSchema,
  SeriesSchema,
  LevelTargetSchema,
  AverageGrowthTargetSchema,
  AnnualTargetSchema,
  CumulativeTargetSchema,
  AverageChangeTargetSchema,
  MaintainTargetSchema,
  TermAverageTargetSchema,
  RelativeTargetSchema,
  MultipleTargetSchema,
  TargetSchema,
} from './target.js';
export {
  QualitySchema,
  ApproxSchema,
  DecimalsSchema,
  OriginalSchema,
  ObservationSchema,
  YearValueSchema,
  BaselineSchema,
  PlanSchema,
  PlansSchema,
  RankSchema,
  ShareSchema,
  PriceBasisSchema,
  PricesSchema,
  SeriesBreakSchema,
  IndicatorSchema,
} from './indicator.js';
export { BodyLevelSchema, BodySchema, SourceSchema, GroupSchema, MilestoneStatusSchema, MilestoneSchema, VerdictValueSchema, VerdictSchema, TermSchema, IndicatorListSchema, ResolutionSchema } from './resolution.js';
export { resolutionJsonSchema } from './json-schema.js';
