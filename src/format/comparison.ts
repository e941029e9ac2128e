import type { Op, TargetValue } from '../schema/target.js';
import type { Text } from '../schema/primitives.js';
import type { Lang } from '../schema/messages.js';
import { localize, resolveLang } from './localize.js';
import { attachUnit, formatNumber } from './number.js';
import { t } from './strings.js';

export interface ComparisonOptions {
  lang: string;
  unit?: Text;
  decimals?: number;
  /** The whole the value counts from: 11 gives "6/11 xã". */
  outOf?: number;
  /** The aim beyond the commitment (schema 1.1): ">=" 10 with stretch 10.5 reads "10–10,5%", as resolutions write a band. */
  stretch?: number;
  /** The figure is a rank (1 = best): "<=" 10 reads "trong tốp 10" / "in the top 10". */
  rank?: boolean;
}

/** Words around a formatted value for each one-sided comparison. */
const opWords = (op: Exclude<Op, 'between'>, x: string, lang: Lang): string => t(`op.${op}`, lang, { x });

/**
 * A comparison in words, with the unit after the (last) number:
 * ">=" 5 → vi "từ 5% trở lên", en "at least 5%"; ">" → "trên"/"above"; "<=" → "không quá"/"at most";
 * "<" → "dưới"/"below"; [2, 3] → vi "từ 2 đến 3 xã", en "2 to 3 communes".
 * With outOf, values read "6/11 xã"; ">=" with outOf is the bare count ("11/11 xã"), as resolutions write it.
 * The shape of the value decides: a pair always reads as a range; a single number with "between" reads bare.
 */
export function describeComparison(op: Op, value: TargetValue, options: ComparisonOptions): string {
  const lang = resolveLang(options.lang);
  const unit = localize(options.unit, lang);
  const num = (x: number): string => {
    const n = formatNumber(x, { lang, decimals: options.decimals });
    return options.outOf === undefined ? n : `${n}/${formatNumber(options.outOf, { lang })}`;
  };
  if (Array.isArray(value)) {
    const [low, high] = value;
    const to = attachUnit(num(high), unit);
    // "khoảng 10–10,5%": about a range reads as the resolution writes it.
    if (op === 'about') return opWords('about', `${num(low)}–${to}`, lang);
    return t('range', lang, { low: num(low), high: to });
  }
  if (options.rank && (op === '<=' || op === '<')) {
    const top = op === '<' ? value - 1 : value;
    return top === 1 ? t('first', lang) : t('top', lang, { n: num(top) });
  }
  if (options.stretch !== undefined) {
    const band = `${num(value)}–${attachUnit(num(options.stretch), unit)}`;
    return op === '>' || op === '<' ? opWords(op, band, lang) : band;
  }
  const x = attachUnit(num(value), unit);
  if (op === 'between') return x;
  if (op === '>=' && options.outOf !== undefined) return x;
  return opWords(op, x, lang);
}
