import * as z from 'zod/mini';
import { ONE_SIDED_OPS, OPS } from './vocabulary.js';
import { isNonNegative, isPair } from './checks.js';
import { NumberSchema, SlugSchema, YearSchema } from './primitives.js';


export const OpSchema = z.enum(OPS, { error: 'op' });
export const OneSidedOpSchema = z.enum(ONE_SIDED_OPS, { error: 'op' });
// A pair [low, high]: an array of length two (zod's tuple type would add half a kilobyte to the embed).
export const RangeSchema = z.array(NumberSchema).check(z.refine(isPair, { error: 'range' })) as unknown as z.ZodMiniType<[number, number]>;
export const TargetValueSchema = z.union([NumberSchema, RangeSchema], { error: 'targetValue' });
export const ByYearSchema = z.optional(YearSchema);
export const BaseYearSchema = z.optional(YearSchema);
export const OutOfSchema = z.optional(NumberSchema);
export const PaceSchema = z.optional(z.enum(['linear', 'compound'], { error: 'pace' }));
export const MethodSchema = z.optional(z.enum(['geometric', 'arithmetic'], { error: 'method' }));
// Schema 1.1: the aim beyond the commitment (a band "10–10,5%": value 10, stretch 10.5), the tolerance of
// "about" (khoảng), the side that is better, and whether the figures of a growth target are levels.
export const StretchSchema = z.optional(NumberSchema);
export const ToleranceSchema = z.optional(z.number({ error: 'tolerance' }).check(z.refine(isNonNegative, { error: 'tolerance' })));
export const DirectionSchema = z.optional(z.enum(['up', 'down'], { error: 'direction' }));
export const SeriesSchema = z.optional(z.enum(['rates', 'levels'], { error: 'series' }));
/** The members every kind that compares with a value takes last: the stretch aim, and the tolerance and direction of "about". */
const AIM_FIELDS = { stretch: StretchSchema, tolerance: ToleranceSchema, direction: DirectionSchema };

export const LevelTargetSchema = z.strictObject({
  kind: z.enum(['level']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  outOf: OutOfSchema,
  pace: PaceSchema,
  ...AIM_FIELDS,
});

export const AverageGrowthTargetSchema = z.strictObject({
  kind: z.enum(['average-growth']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  method: MethodSchema,
  series: SeriesSchema,
  ...AIM_FIELDS,
});

export const AnnualTargetSchema = z.strictObject({
  kind: z.enum(['annual']),
  op: OpSchema,
  value: TargetValueSchema,
  series: SeriesSchema,
  ...AIM_FIELDS,
});

export const CumulativeTargetSchema = z.strictObject({
  kind: z.enum(['cumulative']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  ...AIM_FIELDS,
});

export const AverageChangeTargetSchema = z.strictObject({
  kind: z.enum(['average-change']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  ...AIM_FIELDS,
});

/** Schema 1.1: every year of the term holds the level ("duy trì 100% trạm y tế có bác sĩ"). */
export const MaintainTargetSchema = z.strictObject({
  kind: z.enum(['maintain']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  tolerance: ToleranceSchema,
  direction: DirectionSchema,
});

/** Schema 1.1: the mean of the yearly figures over the term ("đóng góp của TFP vào tăng trưởng trên 55%"). */
export const TermAverageTargetSchema = z.strictObject({
  kind: z.enum(['term-average']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  ...AIM_FIELDS,
});

/** Schema 1.1: compared each year with another indicator of the file ("thấp hơn mức bình quân chung cả nước"). */
export const RelativeTargetSchema = z.strictObject({
  kind: z.enum(['relative']),
  op: OneSidedOpSchema,
  reference: SlugSchema,
  by: ByYearSchema,
});

/**
 * Schema 1.1: the latest level as a multiple of the level of a base year ("GRDP năm 2030 gấp 2 lần so
 * với năm 2025"): `of` is the base year, the term's first year unless given.
 */
export const MultipleTargetSchema = z.strictObject({
  kind: z.enum(['multiple']),
  op: OpSchema,
  value: TargetValueSchema,
  of: BaseYearSchema,
  by: ByYearSchema,
  ...AIM_FIELDS,
});

// A plain union (zod's discriminatedUnion costs half a kilobyte more in the embed); parse.ts reports
// the issues of the option that `kind` names, as a discriminated union would.
export const TargetSchema = z.union(
  [
    LevelTargetSchema,
    AverageGrowthTargetSchema,
    AnnualTargetSchema,
    CumulativeTargetSchema,
    AverageChangeTargetSchema,
    MaintainTargetSchema,
    TermAverageTargetSchema,
    RelativeTargetSchema,
    MultipleTargetSchema,
  ],
  { error: 'kind' },
);

export type Op = z.infer<typeof OpSchema>;
export type OneSidedOp = z.infer<typeof OneSidedOpSchema>;
export type TargetValue = z.infer<typeof TargetValueSchema>;
export type LevelTarget = z.infer<typeof LevelTargetSchema>;
export type AverageGrowthTarget = z.infer<typeof AverageGrowthTargetSchema>;
export type AnnualTarget = z.infer<typeof AnnualTargetSchema>;
export type CumulativeTarget = z.infer<typeof CumulativeTargetSchema>;
export type AverageChangeTarget = z.infer<typeof AverageChangeTargetSchema>;
export type MaintainTarget = z.infer<typeof MaintainTargetSchema>;
export type TermAverageTarget = z.infer<typeof TermAverageTargetSchema>;
export type RelativeTarget = z.infer<typeof RelativeTargetSchema>;
export type MultipleTarget = z.infer<typeof MultipleTargetSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type TargetKind = Target['kind'];
/** A target compared with a value of its own (every kind but `relative`). */
export type ValueTarget = Exclude<Target, RelativeTarget>;
