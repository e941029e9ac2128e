import type { Text } from '../schema/primitives.js';
import type { Observation } from '../schema/indicator.js';
import type { Lang } from '../schema/messages.js';
import { localize, resolveLang } from './localize.js';

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

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

const APPROX_WORDS: Record<Approx, Record<Lang, string>> = {
  about: { vi: 'khoảng\u00a0', en: 'about\u00a0' },
  over: { vi: 'trên\u00a0', en: 'over\u00a0' },
  under: { vi: 'dưới\u00a0', en: 'under\u00a0' },
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, decimals: number | undefined, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals ?? ''}|${signed ? 1 : 0}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 2,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * Formats a number for vi (vi-VN: 14.800,5) or en (en-US: 14,800.5) with Intl.NumberFormat.
 * NaN and ±Infinity give "—"; -0 gives "0".
 */
export function formatNumber(value: number, options: NumberFormatOptions): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const nf = formatter(resolveLang(options.lang), options.decimals, options.signed === true);
  if (value === 0) return nf.format(0);
  const text = nf.format(value);
  // A negative value that rounds to zero would read "-0"; signDisplay 'negative' fixes that
  // but is ES2023 and throws in older browsers, so compare with the formatted zero instead.
  if (value < 0 && !options.signed) {
    const zero = nf.format(0);
    if (nf.format(-value) === zero) return zero;
  }
  return text;
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
  return options.approx ? `${APPROX_WORDS[options.approx][lang]}${text}` : text;
}
