// The value checks of the schema that are not types: patterns and named tests. They live apart from
// the zod schemas (which use them) so that code reaching only these, and the schema tree generated
// from the zod schemas (resolution.tree.ts), does not bring zod into a browser bundle.

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
// A day that exists in the Gregorian calendar (no 2023-02-30, no 2100-02-29), said as a pattern so that
// the published JSON Schema, any other validator and ours agree without a date library.
const DAY = '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_DAY = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
export const ISO_DATE_PATTERN = new RegExp(`^(?:${DAY}|${LEAP_DAY})$`);
export const PARTIAL_DATE_PATTERN = new RegExp(`^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|${DAY}|${LEAP_DAY})$`);
export const SPAN_PATTERN = /^\d{4}-\d{4}$/;
// An address: its scheme, no white space, at most URL_MAX characters (code points, as JSON Schema's
// maxLength counts them). Three checks, so that each problem is named.
export const URL_PATTERN = /^https?:\/\/./su;
export const URL_SPACE_PATTERN = /^\S*$/u;
export const URL_MAX = 2048;
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

// Whole numbers are checked with Number.isInteger rather than z.int(), which adds half a kilobyte
// of number formats to the embed; the JSON Schema still says "integer" (json-schema-docs.ts).
export const isWhole = (x: number) => Number.isInteger(x);

/** A year: a whole number from MIN_YEAR to MAX_YEAR. */
export const isYear = (x: number) => isWhole(x) && x >= MIN_YEAR && x <= MAX_YEAR;

/** Decimal places shown: a whole number from 0 to 6. */
export const isDecimals = (x: number) => isWhole(x) && x >= 0 && x <= 6;

/** At most URL_MAX characters, counted as code points (not UTF-16 units). */
export const isUrlLength = (s: string) => {
  if (s.length <= URL_MAX) return true;
  let n = 0;
  for (const _ of s) if (++n > URL_MAX) return false;
  return true;
};

/** Zero or more. */
export const isNonNegative = (x: number) => x >= 0;

/** A pair [low, high]. */
export const isPair = (a: readonly unknown[]) => a.length === 2;

/** A list with at least one item. */
export const isFilled = (a: readonly unknown[]) => a.length > 0;

/** At least one translation, keyed by language code ("vi", "en", "vi-VN"), none empty. */
export const isTranslations = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 &&
  Object.entries(v).every((entry) => LANG_PATTERN.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length > 0);

/** A non-empty string, or translations. */
export const isText = (v: unknown): v is string | Record<string, string> => (typeof v === 'string' ? v.length > 0 : isTranslations(v));
