import { z } from 'zod/mini';
import { doc } from './describe.js';
import { NumberSchema, YearSchema } from './primitives.js';

export const OPS = ['>=', '>', '<=', '<', 'between'] as const;
export const TARGET_KINDS = ['level', 'average-growth', 'annual', 'cumulative', 'average-change'] as const;

export const OpSchema = z.enum(OPS, { error: 'op' }).check(
  doc(
    { en: 'Comparison', vi: 'Phép so sánh' },
    {
      en: '">=" at least, ">" above, "<=" at most, "<" below, "between" inside [low, high]',
      vi: '">=" tối thiểu, ">" trên, "<=" tối đa, "<" dưới, "between" trong khoảng [thấp, cao]',
    }, 'Op'),
);

export const RangeSchema = z.tuple([NumberSchema, NumberSchema], { error: 'range' });

export const TargetValueSchema = z.union([NumberSchema, RangeSchema], { error: 'targetValue' }).check(
  doc(
    { en: 'Target value', vi: 'Giá trị mục tiêu' },
    {
      en: 'A number, or [low, high] when op is "between"',
      vi: 'Một số, hoặc [thấp, cao] khi op là "between"',
    }, 'TargetValue'),
);

// JSON Schema can say that "between" takes a pair and the other operators a number.
const opValueRule = z.meta({
  allOf: [
    {
      if: { properties: { op: { const: 'between' } }, required: ['op'] },
      then: { properties: { value: { type: 'array' } } },
      else: { properties: { value: { type: 'number' } } },
    },
  ],
});

const ByYear = z.optional(
  YearSchema.check(
    doc(
      { en: 'Target year', vi: 'Năm đạt mục tiêu' },
      { en: 'The year the target is due; defaults to the end of the term', vi: 'Năm phải đạt mục tiêu; mặc định là năm cuối nhiệm kỳ' },
    ),
  ),
);

export const LevelTargetSchema = z
  .strictObject({
    kind: z.literal('level'),
    op: OpSchema,
    value: TargetValueSchema,
    by: ByYear,
    outOf: z.optional(
      NumberSchema.check(
        doc(
          { en: 'Out of', vi: 'Trên tổng số' },
          { en: 'The whole the value counts from, e.g. 11 in "11/11 communes"', vi: 'Tổng số để đếm, ví dụ 11 trong "11/11 xã"' }),
      ),
    ),
    pace: z.optional(
      z.enum(['linear', 'compound'], { error: 'pace' }).check(
        doc(
          { en: 'Expected path', vi: 'Lộ trình dự kiến' },
          { en: 'How the value is expected to move towards the target', vi: 'Cách giá trị được kỳ vọng tiến tới mục tiêu' },
        ),
      ),
    ),
  })
  .check(
    opValueRule,
    doc(
      { en: 'Level target', vi: 'Chỉ tiêu mức' },
      { en: 'Reach a level by a year, e.g. poverty rate down to 0.9% by 2025', vi: 'Đạt một mức vào một năm, ví dụ giảm tỷ lệ hộ nghèo xuống còn 0,9% vào năm 2025' }, 'LevelTarget'),
  );

export const AverageGrowthTargetSchema = z
  .strictObject({
    kind: z.literal('average-growth'),
    op: OpSchema,
    value: TargetValueSchema,
    by: ByYear,
    method: z.optional(
      z.enum(['geometric', 'arithmetic'], { error: 'method' }).check(
        doc(
          { en: 'Averaging method', vi: 'Cách tính bình quân' },
          { en: 'geometric (default, compound growth) or arithmetic mean of the yearly rates', vi: 'geometric (mặc định, tăng trưởng kép) hoặc trung bình cộng các tốc độ hằng năm' }),
      ),
    ),
  })
  .check(
    opValueRule,
    doc(
      { en: 'Average growth target', vi: 'Chỉ tiêu tăng bình quân' },
      {
        en: 'Average yearly growth in % over the term; observations are yearly growth rates in %',
        vi: 'Tốc độ tăng bình quân hằng năm (%) trong nhiệm kỳ; số liệu là tốc độ tăng từng năm (%)',
      }, 'AverageGrowthTarget'),
  );

export const AnnualTargetSchema = z
  .strictObject({
    kind: z.literal('annual'),
    op: OpSchema,
    value: TargetValueSchema,
  })
  .check(
    opValueRule,
    doc(
      { en: 'Annual target', vi: 'Chỉ tiêu hằng năm' },
      { en: 'Every year of the term must satisfy the comparison', vi: 'Mỗi năm trong nhiệm kỳ đều phải đạt' }, 'AnnualTarget'),
  );

export const CumulativeTargetSchema = z
  .strictObject({
    kind: z.literal('cumulative'),
    op: OpSchema,
    value: TargetValueSchema,
    by: ByYear,
  })
  .check(
    opValueRule,
    doc(
      { en: 'Cumulative target', vi: 'Chỉ tiêu cộng dồn' },
      { en: 'The sum of the yearly observations over the term', vi: 'Tổng cộng dồn số liệu các năm trong nhiệm kỳ' }, 'CumulativeTarget'),
  );

export const AverageChangeTargetSchema = z
  .strictObject({
    kind: z.literal('average-change'),
    op: OpSchema,
    value: TargetValueSchema,
    by: ByYear,
  })
  .check(
    opValueRule,
    doc(
      { en: 'Average change target', vi: 'Chỉ tiêu thay đổi bình quân' },
      {
        en: 'Average change a year of a level, e.g. poverty rate falls at least 1 point a year (op "<=", value -1)',
        vi: 'Mức thay đổi bình quân mỗi năm, ví dụ tỷ lệ hộ nghèo giảm ít nhất 1 điểm % mỗi năm (op "<=", value -1)',
      }, 'AverageChangeTarget'),
  );

export const TargetSchema = z.discriminatedUnion(
  'kind',
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
