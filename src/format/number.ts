import type { Text } from '../schema/primitives.js';
import type { Observation } from '../schema/indicator.js';
import type { Lang } from '../schema/messages.js';
import { localize, resolveLang } from './localize.js';
import { fill, NUMBER_WORDS } from './strings.js';

export type Approx = NonNullable<Observation['approx']>;

export interface NumberFormatOptions {
  /** Any language tag; "vi…" formats as vi-VN, "en…" as en-US, anything else as vi-VN. */
  lang: string;
  /** Exact number of fraction digits; when absent, 0 to 2. */
  decimals?: number;
  /** Show "+" before positive numbers. */
  signed?: boolean;
}

export interface ValueFormatOptions extends NumberFormatOptions {
  unit?: Text;
  approx?: Approx;
}

/** Shown for NaN and ±Infinity. */
export const NOT_A_NUMBER = '—';

// [grouping, decimal point] as Intl.NumberFormat writes them for vi-VN and en-US.
const SEPARATORS: Record<Lang, [string, string]> = { vi: ['.', ','], en: [',', '.'] };

/**
 * Formats a number for vi (vi-VN: 14.800,5) or en (en-US: 14,800.5): 0 to 2 fraction digits, or
 * exactly `decimals`. NaN and ±Infinity give "—"; a number that rounds to zero has no sign.
 *
 * Written out to the letter of Intl.NumberFormat (a test compares the two on many numbers), which
 * rounds the number's shortest decimal form half away from zero (1.005 → 1,01): a page's first
 * Intl.NumberFormat costs 10–25 ms while the browser loads its locale data, the largest single cost
 * before a page's first card (BENCHMARKS.md).
 */
export function formatNumber(value: number, options: NumberFormatOptions): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const [group, point] = SEPARATORS[resolveLang(options.lang)];
  const d = options.decimals;
  // As Intl: a whole number of digits from 0 to 100, else a RangeError.
  if (d !== undefined && !(d >= 0 && d <= 100)) throw new RangeError('decimals');
  const n = d === undefined ? 2 : Math.floor(d);
  // The shortest decimal form ("9.99e+22", "1.5e-7", "4.25") as its digits and where the point falls among them.
  const [mantissa, exponent] = String(Math.abs(value)).split('e') as [string, string?];
  const [whole, part = ''] = mantissa.split('.') as [string, string?];
  const all = whole + part;
  const at = whole.length + Number(exponent ?? 0);
  const frac = at > 0 ? all.slice(at) : '0'.repeat(-at) + all;
  let kept = (at > 0 ? all.slice(0, at).padEnd(at, '0') : '0') + frac.padEnd(n, '0').slice(0, n);
  if (frac[n]! >= '5') kept = String(BigInt(kept) + 1n).padStart(kept.length, '0');
  const int = kept.slice(0, kept.length - n);
  let fraction = kept.slice(kept.length - n);
  if (d === undefined) fraction = fraction.replace(/0+$/, '');
  const sign = /[1-9]/.test(kept) ? (value < 0 ? '-' : options.signed ? '+' : '') : '';
  return sign + int.replace(/\B(?=(\d{3})+$)/g, group) + (fraction && point + fraction);
}

/**
 * Joins a formatted number and a unit: a unit starting with "%" ("%", "%/năm") is attached
 * directly ("4,25%"); any other unit follows after a no-break space ("14.800 tỷ đồng"), so that a
 * figure never breaks across lines inside a sentence.
 */
export function attachUnit(number: string, unit: string): string {
  if (!unit) return number;
  return unit.startsWith('%') ? `${number}${unit}` : `${number}\u00a0${unit}`;
}

/**
 * Formats a value with its unit and approximation prefix:
 * vi "khoảng 14.800 tỷ đồng", en "about 14,800 billion VND", vi "4,25%".
 * NaN and ±Infinity give "—" alone (no unit, no prefix).
 */
export function formatValue(value: number, options: ValueFormatOptions): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const lang = resolveLang(options.lang);
  const text = attachUnit(formatNumber(value, options), localize(options.unit, lang));
  return options.approx ? fill(NUMBER_WORDS[`approx.${options.approx}`], lang, { x: text }) : text;
}

/**
 * A rank as it is read (schema 1.1 `indicator.rank`): vi "hạng 5/34", en "rank 5 of 34"; without
 * `of`, vi "hạng 5", en "rank 5". Never "5 hạng".
 */
export function formatRank(value: number, options: { lang: string; of?: number }): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const lang = resolveLang(options.lang);
  const n = formatNumber(value, { lang, decimals: 0 });
  const of = options.of === undefined ? '' : formatNumber(options.of, { lang, decimals: 0 });
  return fill(of ? NUMBER_WORDS.rankOf : NUMBER_WORDS.rank, lang, { n, of });
}
