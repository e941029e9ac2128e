import * as z from 'zod/mini';
import { ISO_DATE_PATTERN, isText, isUrlLength, isYear, PARTIAL_DATE_PATTERN, SLUG_PATTERN, SPAN_PATTERN, URL_PATTERN, URL_SPACE_PATTERN } from './checks.js';

// Issue messages here are keys into ./messages.ts, translated when issues are reported.
// Titles and descriptions for the published JSON Schema live in ./json-schema-docs.ts, outside
// the browser bundle.

// The patterns and tests themselves are in ./checks.ts (no zod there); re-exported here as before.
export { SLUG_PATTERN, ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN, SPAN_PATTERN, URL_PATTERN, URL_SPACE_PATTERN, URL_MAX, LANG_PATTERN, MIN_YEAR, MAX_YEAR, isWhole, isTranslations, isText } from './checks.js';

export const SlugSchema = z.string().check(z.regex(SLUG_PATTERN, { error: 'slug' }));

export const YearSchema = z.number({ error: 'year' }).check(z.refine(isYear, { error: 'year' }));

export const IsoDateSchema = z.string().check(z.regex(ISO_DATE_PATTERN, { error: 'isoDate' }));

export const PartialDateSchema = z.string().check(z.regex(PARTIAL_DATE_PATTERN, { error: 'partialDate' }));

export const SpanSchema = z.string().check(z.regex(SPAN_PATTERN, { error: 'period' }));

export const PeriodSchema = z.union([YearSchema, SpanSchema], { error: 'period' });

// Three checks, each with its own message: the scheme, white space, the length in characters.
export const UrlSchema = z.string().check(
  z.regex(URL_PATTERN, { error: 'url' }),
  z.regex(URL_SPACE_PATTERN, { error: 'url-space' }),
  z.refine(isUrlLength, { error: 'url-length' }),
);

/** A finite number (JSON has no NaN or Infinity; zod refuses them too). */
export const NumberSchema = z.number({ error: 'number' });

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
