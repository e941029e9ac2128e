import { z } from 'zod/mini';
import { doc } from './describe.js';

// Issue messages here are keys into ./messages.ts, translated when issues are reported.

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const SPAN_PATTERN = /^\d{4}-\d{4}$/;
export const URL_PATTERN = /^https?:\/\/\S+$/;
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export const SlugSchema = z.string().check(
  z.regex(SLUG_PATTERN, { error: 'slug' }),
  z.maxLength(100, { error: 'slug' }),
  doc(
    { en: 'Identifier', vi: 'Mã định danh' },
    {
      en: 'Lowercase letters, digits and hyphens, starting with a letter or digit',
      vi: 'Chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ hoặc số',
    }, 'Slug'),
);

export const YearSchema = z.int({ error: 'year' }).check(
  z.gte(MIN_YEAR, { error: 'year' }),
  z.lte(MAX_YEAR, { error: 'year' }),
  doc({ en: 'Year', vi: 'Năm' }, { en: 'A calendar year, e.g. 2023', vi: 'Năm dương lịch, ví dụ 2023' }),
);

export const IsoDateSchema = z.string().check(
  z.regex(ISO_DATE_PATTERN, { error: 'isoDate' }),
  doc({ en: 'Date', vi: 'Ngày' }, { en: 'A date written YYYY-MM-DD', vi: 'Ngày viết theo dạng YYYY-MM-DD' }, 'IsoDate'),
);

export const PartialDateSchema = z.string().check(
  z.regex(PARTIAL_DATE_PATTERN, { error: 'partialDate' }),
  doc(
    { en: 'Year, month or day', vi: 'Năm, tháng hoặc ngày' },
    { en: 'YYYY, YYYY-MM or YYYY-MM-DD', vi: 'Dạng YYYY, YYYY-MM hoặc YYYY-MM-DD' }, 'PartialDate'),
);

export const SpanSchema = z.string().check(
  z.regex(SPAN_PATTERN, { error: 'period' }),
  doc(
    { en: 'Span of years', vi: 'Giai đoạn' },
    { en: 'A span of years written YYYY-YYYY, e.g. a term average', vi: 'Giai đoạn viết theo dạng YYYY-YYYY, ví dụ bình quân cả nhiệm kỳ' }, 'Span'),
);

export const PeriodSchema = z.union([YearSchema, SpanSchema], { error: 'period' });

export const UrlSchema = z.string().check(
  z.regex(URL_PATTERN, { error: 'url' }),
  z.maxLength(2048, { error: 'url' }),
  doc({ en: 'Web address', vi: 'Địa chỉ web' }, { en: 'An http:// or https:// address', vi: 'Địa chỉ bắt đầu bằng http:// hoặc https://' }, 'Url'),
);

/** A finite number (JSON has no NaN or Infinity; zod refuses them too). */
export const NumberSchema = z.number({ error: 'number' });

const NonEmptyString = z.string({ error: 'text' }).check(z.minLength(1, { error: 'text' }));

export const TextSchema = z.union(
  [
    NonEmptyString,
    z.record(z.string().check(z.regex(LANG_PATTERN, { error: 'lang' })), NonEmptyString).check(
      z.refine((r) => Object.keys(r).length > 0, { error: 'text' }),
      z.meta({ minProperties: 1 }),
    ),
  ],
  { error: 'text' },
).check(
  doc(
    { en: 'Text', vi: 'Văn bản' },
    {
      en: 'A string, or an object of translations by language code, e.g. {"vi": "…", "en": "…"}',
      vi: 'Một chuỗi, hoặc một đối tượng gồm các bản dịch theo mã ngôn ngữ, ví dụ {"vi": "…", "en": "…"}',
    }, 'Text'),
);

export type Slug = z.infer<typeof SlugSchema>;
export type Year = z.infer<typeof YearSchema>;
export type IsoDate = z.infer<typeof IsoDateSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Text = z.infer<typeof TextSchema>;
