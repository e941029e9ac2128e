import * as z from 'zod/mini';
import { QUALITIES } from './vocabulary.js';
import { isDecimals } from './checks.js';
import { IsoDateSchema, NumberSchema, PeriodSchema, SlugSchema, TextSchema, YearSchema } from './primitives.js';
import { TargetSchema, TargetValueSchema } from './target.js';


export const QualitySchema = z.enum(QUALITIES, { error: 'quality' });
export const ApproxSchema = z.enum(['about', 'over', 'under'], { error: 'approx' });
export const DecimalsSchema = z.number({ error: 'decimals' }).check(z.refine(isDecimals, { error: 'decimals' }));

/** Schema 1.1: a figure as its source gave it in another unit or currency, and how it was converted. */
export const OriginalSchema = z.strictObject({
  value: NumberSchema,
  unit: TextSchema,
  conversion: TextSchema,
});

export const ObservationSchema = z.strictObject({
  period: PeriodSchema,
  value: NumberSchema,
  quality: z.optional(QualitySchema),
  approx: z.optional(ApproxSchema),
  reported: z.optional(IsoDateSchema),
  source: z.optional(SlugSchema),
  note: z.optional(TextSchema),
  // Schema 1.1
  outOf: z.optional(NumberSchema),
  original: z.optional(OriginalSchema),
});

export const YearValueSchema = z.strictObject({ period: YearSchema, value: NumberSchema });
export const BaselineSchema = z.optional(YearValueSchema);
/** A year's plan figure: a number, or (schema 1.1) a range [low, high], with its own source. */
export const PlanSchema = z.strictObject({
  period: YearSchema,
  value: TargetValueSchema,
  source: z.optional(SlugSchema),
  note: z.optional(TextSchema),
});
export const PlansSchema = z.optional(z.array(PlanSchema));

// Schema 1.1: what the figure is.
/** A rank (1 = best) among `of` units, e.g. PCI. */
export const RankSchema = z.strictObject({
  of: z.optional(NumberSchema),
  among: z.optional(TextSchema),
});
/** A share (%) of a whole; parts of one `composition` add up to 100. */
export const ShareSchema = z.strictObject({
  of: TextSchema,
  composition: z.optional(SlugSchema),
  basis: z.optional(TextSchema),
});
export const PriceBasisSchema = z.enum(['constant', 'current'], { error: 'prices' });
export const PricesSchema = z.strictObject({
  basis: PriceBasisSchema,
  year: z.optional(YearSchema),
});
/** From `year` on, the figures are not comparable with the years before (e.g. a merger of provinces). */
export const SeriesBreakSchema = z.strictObject({
  year: YearSchema,
  note: z.optional(TextSchema),
});

export const IndicatorSchema = z.strictObject({
  id: SlugSchema,
  group: z.optional(SlugSchema),
  title: TextSchema,
  description: z.optional(TextSchema),
  unit: z.optional(TextSchema),
  decimals: z.optional(DecimalsSchema),
  target: z.optional(TargetSchema),
  baseline: BaselineSchema,
  observations: z.optional(z.array(ObservationSchema)),
  plans: PlansSchema,
  // Schema 1.1
  definition: z.optional(TextSchema),
  rank: z.optional(RankSchema),
  share: z.optional(ShareSchema),
  prices: z.optional(PricesSchema),
  breaks: z.optional(z.array(SeriesBreakSchema)),
});

export type Quality = z.infer<typeof QualitySchema>;
export type Observation = z.infer<typeof ObservationSchema>;
export type ObservationInput = z.input<typeof ObservationSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Rank = z.infer<typeof RankSchema>;
export type Share = z.infer<typeof ShareSchema>;
export type Prices = z.infer<typeof PricesSchema>;
export type SeriesBreak = z.infer<typeof SeriesBreakSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
