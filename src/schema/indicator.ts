import * as z from 'zod/mini';
import { isDecimals } from './checks.js';
import { IsoDateSchema, NumberSchema, PeriodSchema, SlugSchema, TextSchema, YearSchema } from './primitives.js';
import { TargetSchema } from './target.js';

export const QUALITIES = ['actual', 'preliminary', 'estimated', 'projected'] as const;

export const QualitySchema = z.enum(QUALITIES, { error: 'quality' });
export const ApproxSchema = z.enum(['about', 'over', 'under'], { error: 'approx' });
export const DecimalsSchema = z.number({ error: 'decimals' }).check(z.refine(isDecimals, { error: 'decimals' }));

export const ObservationSchema = z.strictObject({
  period: PeriodSchema,
  value: NumberSchema,
  quality: z.optional(QualitySchema),
  approx: z.optional(ApproxSchema),
  reported: z.optional(IsoDateSchema),
  source: z.optional(SlugSchema),
  note: z.optional(TextSchema),
});

export const YearValueSchema = z.strictObject({ period: YearSchema, value: NumberSchema });
export const BaselineSchema = z.optional(YearValueSchema);
export const PlansSchema = z.optional(z.array(YearValueSchema));

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
});

export type Quality = z.infer<typeof QualitySchema>;
export type Observation = z.infer<typeof ObservationSchema>;
export type ObservationInput = z.input<typeof ObservationSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
