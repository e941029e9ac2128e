import * as z from 'zod/mini';
import { isPair } from './checks.js';
import { NumberSchema, YearSchema } from './primitives.js';

export const OPS = ['>=', '>', '<=', '<', 'between'] as const;
export const TARGET_KINDS = ['level', 'average-growth', 'annual', 'cumulative', 'average-change'] as const;

export const OpSchema = z.enum(OPS, { error: 'op' });
// A pair [low, high]: an array of length two (zod's tuple type would add half a kilobyte to the embed).
export const RangeSchema = z.array(NumberSchema).check(z.refine(isPair, { error: 'range' })) as unknown as z.ZodMiniType<[number, number]>;
export const TargetValueSchema = z.union([NumberSchema, RangeSchema], { error: 'targetValue' });
export const ByYearSchema = z.optional(YearSchema);
export const OutOfSchema = z.optional(NumberSchema);
export const PaceSchema = z.optional(z.enum(['linear', 'compound'], { error: 'pace' }));
export const MethodSchema = z.optional(z.enum(['geometric', 'arithmetic'], { error: 'method' }));

export const LevelTargetSchema = z.strictObject({
  kind: z.enum(['level']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  outOf: OutOfSchema,
  pace: PaceSchema,
});

export const AverageGrowthTargetSchema = z.strictObject({
  kind: z.enum(['average-growth']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
  method: MethodSchema,
});

export const AnnualTargetSchema = z.strictObject({
  kind: z.enum(['annual']),
  op: OpSchema,
  value: TargetValueSchema,
});

export const CumulativeTargetSchema = z.strictObject({
  kind: z.enum(['cumulative']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
});

export const AverageChangeTargetSchema = z.strictObject({
  kind: z.enum(['average-change']),
  op: OpSchema,
  value: TargetValueSchema,
  by: ByYearSchema,
});

// A plain union (zod's discriminatedUnion costs half a kilobyte more in the embed); parse.ts reports
// the issues of the option that `kind` names, as a discriminated union would.
export const TargetSchema = z.union(
  [LevelTargetSchema, AverageGrowthTargetSchema, AnnualTargetSchema, CumulativeTargetSchema, AverageChangeTargetSchema],
  { error: 'kind' },
);

export type Op = z.infer<typeof OpSchema>;
export type TargetValue = z.infer<typeof TargetValueSchema>;
export type LevelTarget = z.infer<typeof LevelTargetSchema>;
export type AverageGrowthTarget = z.infer<typeof AverageGrowthTargetSchema>;
export type AnnualTarget = z.infer<typeof AnnualTargetSchema>;
export type CumulativeTarget = z.infer<typeof CumulativeTargetSchema>;
export type AverageChangeTarget = z.infer<typeof AverageChangeTargetSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type TargetKind = Target['kind'];
