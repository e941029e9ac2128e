import type { Op, Target, TargetValue } from '../schema/target.js';
import type { Text } from '../schema/primitives.js';
import type { Lang } from '../schema/messages.js';
import { localize, resolveLang } from './localize.js';
import { attachUnit, formatNumber } from './number.js';
import { describeComparison } from './comparison.js';
import { t } from './strings.js';

export interface DescribeTargetOptions {
  lang: string;
  /** The indicator's unit; average-growth targets always read in "% a year" and ignore it. */
  unit?: Text;
  decimals?: number;
  /** For a relative target: the title of the indicator it is compared with (in the same language). */
  referenceTitle?: string;
  /** The figure is a rank (indicator.rank): "<=" 10 reads "trong tốp 10" / "in the top 10". */
  rank?: boolean;
  /** The term's first year: the base year a `multiple` target counts from unless it names one. */
  termFrom?: number;
}

/** Reading a bound on a fall as a bound on its size: a change ≤ −1 is a fall of at least 1. */
const FLIP: Record<Op, Op> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>', between: 'between', about: 'about' };

function yearPart(by: number | undefined, words: 'byLevel' | 'byTotal' | 'byAverage', lang: Lang): string {
  return by === undefined ? '' : ` ${t(words, lang)} ${by}`;
}

/** The unit of a change a year: "%" becomes percentage points ("điểm %", "percentage point(s)"). */
function changeUnit(unit: Text | undefined, lang: Lang, plural: boolean): string {
  const u = localize(unit, lang);
  if (!u.startsWith('%')) return u;
  return t(plural ? 'points' : 'point', lang);
}

function describeChange(op: Op, value: TargetValue, options: DescribeTargetOptions, lang: Lang, stretch?: number): string {
  // A negative target is a fall: say "falling by at least 1" rather than "changing by at most −1".
  const falling = Array.isArray(value) ? value[1] <= 0 && value[0] < 0 : value < 0;
  const size: TargetValue = Array.isArray(value) ? (falling ? [-value[1], -value[0]] : value) : Math.abs(value);
  const far = stretch === undefined ? undefined : Math.abs(stretch);
  const last = formatNumber(far ?? (Array.isArray(size) ? size[1] : size), { lang, decimals: options.decimals });
  const unit = changeUnit(options.unit, lang, last !== '1');
  const phrase = describeComparison(falling ? FLIP[op] : op, size, { lang, unit, decimals: options.decimals, stretch: far })
    .replace(/^above /, 'more than ')
    .replace(/^below /, 'less than ');
  return t(falling ? 'falling' : 'rising', lang, { x: phrase });
}

/**
 * A target in words, as a resolution phrases it, e.g.
 * average-growth ">" 5 → vi "bình quân trên 5%/năm", en "average above 5% a year";
 * level "<=" 0.9 by 2025 → vi "không quá 0,9% vào năm 2025", en "at most 0.9% by 2025".
 * Without `by` the year is left out (pass a target with `by` set to the term end to show it).
 */
export function describeTarget(target: Target, options: DescribeTargetOptions): string {
  const lang = resolveLang(options.lang);
  const { decimals } = options;
  if (target.kind === 'relative') {
    return t(`relative.${target.op}`, lang, { x: options.referenceTitle ?? t('reference', lang) }) + yearPart(target.by, 'byLevel', lang);
  }
  const stretch = 'stretch' in target ? target.stretch : undefined;
  const compare = (unit: Text | undefined, outOf?: number) => describeComparison(target.op, target.value, { lang, unit, decimals, outOf, stretch, rank: options.rank });
  switch (target.kind) {
    case 'level':
      return compare(options.unit, target.outOf) + yearPart(target.by, 'byLevel', lang);
    case 'average-growth':
      return t('average-growth', lang, { x: compare(t('perYear', lang)) }) + yearPart(target.by, 'byAverage', lang);
    case 'annual':
      return target.series === 'levels' ? t('growing', lang, { x: compare('%') }) : t('annual', lang, { x: compare(options.unit) });
    case 'cumulative':
      return t('cumulative', lang, { x: compare(options.unit) }) + yearPart(target.by, 'byTotal', lang);
    case 'average-change':
      return describeChange(target.op, target.value, options, lang, stretch) + yearPart(target.by, 'byAverage', lang);
    case 'maintain': {
      // "duy trì 60%" as resolutions write an "at least" to hold; other comparisons in words.
      const x = target.op === '>=' && typeof target.value === 'number' ? describeComparison('between', target.value, { lang, unit: options.unit, decimals }) : compare(options.unit);
      return t(target.op === '>=' ? 'maintainMin' : 'maintain', lang, { x }) + yearPart(target.by, 'byTotal', lang);
    }
    case 'multiple': {
      // "gấp 2 lần so với năm 2025" / "at least 2 times the 2025 level"
      const base = target.of ?? options.termFrom;
      const x = compare(t('timesUnit', lang));
      return (base === undefined ? t('multiple', lang, { x }) : t('multipleOf', lang, { x, base })) + yearPart(target.by, 'byLevel', lang);
    }
    case 'term-average':
      return t('term-average', lang, { x: compare(options.unit) }) + yearPart(target.by, 'byAverage', lang);
  }
}
