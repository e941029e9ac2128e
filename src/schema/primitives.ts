import * as z from 'zod/mini';

// Issue messages here are keys into ./messages.ts, translated when issues are reported.
// Titles and descriptions for the published JSON Schema live in ./json-schema-docs.ts, outside
// the browser bundle.

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const SPAN_PATTERN = /^\d{4}-\d{4}$/;
export const URL_PATTERN = /^https?:\/\/\S{1,2040}$/;
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export const SlugSchema = z.string().check(z.regex(SLUG_PATTERN, { error: 'slug' }));

// Whole numbers are checked with Number.isInteger rather than z.int(), which adds half a kilobyte
// of number formats to the embed; the JSON Schema still says "integer" (json-schema-docs.ts).
export const isWhole = (x: number) => Number.isInteger(x);
export const YearSchema = z.number({ error: 'year' }).check(z.refine((x) => isWhole(x) && x >= MIN_YEAR && x <= MAX_YEAR, { error: 'year' }));

export const IsoDateSchema = z.string().check(z.regex(ISO_DATE_PATTERN, { error: 'isoDate' }));

export const PartialDateSchema = z.string().check(z.regex(PARTIAL_DATE_PATTERN, { error: 'partialDate' }));

export const SpanSchema = z.string().check(z.regex(SPAN_PATTERN, { error: 'period' }));

export const PeriodSchema = z.union([YearSchema, SpanSchema], { error: 'period' });

export const UrlSchema = z.string().check(z.regex(URL_PATTERN, { error: 'url' }));

/** A finite number (JSON has no NaN or Infinity; zod refuses them too). */
export const NumberSchema = z.number({ error: 'number' });

/** At least one translation, keyed by language code ("vi", "en", "vi-VN"), none empty. */
export const isTranslations = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, t]) => LANG_PATTERN.test(k) && typeof t === 'string' && t.length > 0);

/** A non-empty string, or translations. */
export const isText = (v: unknown): v is string | Record<string, string> => (typeof v === 'string' ? v.length > 0 : isTranslations(v));

// One function rather than a union of a string and a record: text is the commonest value in a
// document, and a union builds a failed issue for every value that takes its second branch (a third
// of the time spent validating a large file); z.record would also add half a kilobyte to the embed.
// Its JSON Schema (a non-empty string, or non-empty strings keyed by language code) is written in
// json-schema.ts.
export const TextSchema = z.custom<string | Record<string, string>>(isText, { error: 'text' });

export type Slug = z.infer<typeof SlugSchema>;
export type Year = z.infer<typeof YearSchema>;
export type IsoDate = z.infer<typeof IsoDateSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Text = z.infer<typeof TextSchema>;
