import { z } from 'zod/mini';
import { doc } from './describe.js';
import { IsoDateSchema, NumberSchema, PeriodSchema, SlugSchema, TextSchema, YearSchema } from './primitives.js';
import { TargetSchema } from './target.js';

export const QUALITIES = ['actual', 'preliminary', 'estimated', 'projected'] as const;

export const QualitySchema = z.enum(QUALITIES, { error: 'quality' }).check(
  doc(
    { en: 'Quality', vi: 'Loại số liệu' },
    {
      en: 'actual (final), preliminary, estimated or projected; default actual',
      vi: 'actual = chính thức, preliminary = sơ bộ, estimated = ước, projected = dự kiến; mặc định là chính thức',
    }, 'Quality'),
);

export const ObservationSchema = z.strictObject({
  period: PeriodSchema,
  value: NumberSchema,
  quality: z._default(QualitySchema, 'actual'),
  approx: z.optional(
    z.enum(['about', 'over', 'under'], { error: 'approx' }).check(
      doc(
        { en: 'Approximation', vi: 'Mức gần đúng' },
        { en: 'about (khoảng), over (trên) or under (dưới) the value', vi: 'about = khoảng, over = trên, under = dưới' }),
    ),
  ),
  reported: z.optional(IsoDateSchema),
  source: z.optional(SlugSchema),
  note: z.optional(TextSchema),
}).check(
  doc(
    { en: 'Observation', vi: 'Số liệu' },
    { en: 'A figure for one year or a span of years', vi: 'Số liệu của một năm hoặc một giai đoạn' }, 'Observation'),
);

export const YearValueSchema = z.strictObject({ period: YearSchema, value: NumberSchema });

export const IndicatorSchema = z.strictObject({
  id: SlugSchema,
  group: z.optional(SlugSchema),
  title: TextSchema,
  description: z.optional(TextSchema),
  unit: z.optional(TextSchema),
  decimals: z.optional(
    z.int({ error: 'decimals' }).check(
      z.gte(0, { error: 'decimals' }),
      z.lte(6, { error: 'decimals' }),
      doc({ en: 'Decimals', vi: 'Số chữ số thập phân' }, { en: 'Digits shown after the decimal mark, 0 to 6', vi: 'Số chữ số hiển thị sau dấu thập phân, từ 0 đến 6' }),
    ),
  ),
  target: z.optional(TargetSchema),
  baseline: z.optional(
    YearValueSchema.check(
      doc({ en: 'Baseline', vi: 'Số liệu gốc' }, { en: 'The starting value the target is measured from', vi: 'Giá trị xuất phát để đo tiến độ' }),
    ),
  ),
  observations: z.optional(z.array(ObservationSchema)),
  plans: z.optional(
    z.array(YearValueSchema).check(
      doc({ en: 'Yearly plan figures', vi: 'Kế hoạch năm' }, { en: 'The plan figure set for each year', vi: 'Chỉ tiêu kế hoạch được giao cho từng năm' }),
    ),
  ),
}).check(
  doc(
    { en: 'Indicator', vi: 'Chỉ tiêu' },
    { en: 'One target of the resolution with its figures', vi: 'Một chỉ tiêu của nghị quyết cùng số liệu thực hiện' }, 'Indicator'),
);

export type Quality = z.infer<typeof QualitySchema>;
export type Observation = z.infer<typeof ObservationSchema>;
export type ObservationInput = z.input<typeof ObservationSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
