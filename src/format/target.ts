import type { OneSidedOp, Op, Target, TargetValue } from '../schema/target.js';
import type { Text } from '../schema/primitives.js';
import type { Lang } from '../schema/messages.js';
import { localize, resolveLang } from './localize.js';
import { attachUnit, formatNumber } from './number.js';
import { describeComparison } from './comparison.js';

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

const GROWTH_UNIT: Text = { vi: '%/năm', en: '%' };
const TIMES: Text = { vi: 'lần', en: 'times' };

/** Reading a bound on a fall as a bound on its size: a change ≤ −1 is a fall of at least 1. */
const FLIP: Record<Op, Op> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>', between: 'between', about: 'about' };

const RELATIVE_WORDS: Record<OneSidedOp, Record<Lang, string>> = {
  '<': { vi: 'thấp hơn', en: 'below' },
  '<=': { vi: 'không cao hơn', en: 'not above' },
  '>': { vi: 'cao hơn', en: 'above' },
  '>=': { vi: 'không thấp hơn', en: 'not below' },
};

function yearPart(by: number | undefined, words: Record<Lang, string>, lang: Lang): string {
  return by === undefined ? '' : ` ${words[lang]} ${by}`;
}

const BY_LEVEL = { vi: 'vào năm', en: 'by' };
const BY_TOTAL = { vi: 'đến năm', en: 'by' };
const BY_AVERAGE = { vi: 'đến năm', en: 'through' };

/** The unit of a change a year: "%" becomes percentage points ("điểm %", "percentage point(s)"). */
function changeUnit(unit: Text | undefined, lang: Lang, plural: boolean): string {
  const u = localize(unit, lang);
  if (!u.startsWith('%')) return u;
  if (lang === 'vi') return 'điểm %';
  return plural ? 'percentage points' : 'percentage point';
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
  const verb = lang === 'vi' ? (falling ? 'giảm' : 'tăng') : falling ? 'falling' : 'rising';
  return lang === 'vi' ? `bình quân mỗi năm ${verb} ${phrase}` : `${verb} by ${phrase} a year on average`;
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
    const ref = options.referenceTitle ?? (lang === 'vi' ? 'chỉ tiêu so sánh' : 'the reference');
    return `${RELATIVE_WORDS[target.op][lang]} ${ref}` + yearPart(target.by, BY_LEVEL, lang);
  }
  const stretch = 'stretch' in target ? target.stretch : undefined;
  const compare = (unit: Text | undefined, outOf?: number) => describeComparison(target.op, target.value, { lang, unit, decimals, outOf, stretch, rank: options.rank });
  switch (target.kind) {
    case 'level':
      return compare(options.unit, target.outOf) + yearPart(target.by, BY_LEVEL, lang);
    case 'average-growth': {
      const phrase = compare(GROWTH_UNIT);
      const text = lang === 'vi' ? `bình quân ${phrase}` : `average ${phrase} a year`;
      return text + yearPart(target.by, BY_AVERAGE, lang);
    }
    case 'annual': {
      if (target.series === 'levels') {
        const phrase = compare('%');
        return lang === 'vi' ? `tăng hằng năm ${phrase}` : `growing ${phrase} every year`;
      }
      const phrase = compare(options.unit);
      return lang === 'vi' ? `hằng năm ${phrase}` : `every year ${phrase}`;
    }
    case 'cumulative': {
      const phrase = compare(options.unit);
      const text = lang === 'vi' ? `cộng dồn ${phrase}` : `${phrase} in total`;
      return text + yearPart(target.by, BY_TOTAL, lang);
    }
    case 'average-change':
      return describeChange(target.op, target.value, options, lang, stretch) + yearPart(target.by, BY_AVERAGE, lang);
    case 'maintain': {
      // "duy trì 60%" as resolutions write an "at least" to hold; other comparisons in words.
      const x = target.op === '>=' && typeof target.value === 'number' ? describeComparison('between', target.value, { lang, unit: options.unit, decimals }) : compare(options.unit);
      return (lang === 'vi' ? `duy trì ${x}` : target.op === '>=' ? `maintained at ${x} or above` : `maintained ${x}`) + yearPart(target.by, BY_TOTAL, lang);
    }
    case 'multiple': {
      // "gấp 2 lần so với năm 2025" / "at least 2 times the 2025 level"
      const base = target.of ?? options.termFrom;
      const phrase = compare(TIMES);
      const since = base === undefined ? '' : lang === 'vi' ? ` so với năm ${base}` : ` the ${base} level`;
      const text = lang === 'vi' ? `gấp ${phrase}${since}` : `${phrase}${since || ' the base level'}`;
      return text + yearPart(target.by, BY_LEVEL, lang);
    }
    case 'term-average': {
      const phrase = compare(options.unit);
      const text = lang === 'vi' ? `bình quân cả giai đoạn ${phrase}` : `${phrase} on average over the term`;
      return text + yearPart(target.by, BY_AVERAGE, lang);
    }
  }
}
