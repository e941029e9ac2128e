import type { Op, Target, TargetValue } from '../schema/target.js';
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
}

const GROWTH_UNIT: Text = { vi: '%/năm', en: '%' };

/** Reading a bound on a fall as a bound on its size: a change ≤ −1 is a fall of at least 1. */
const FLIP: Record<Op, Op> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>', between: 'between' };

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

function describeChange(op: Op, value: TargetValue, options: DescribeTargetOptions, lang: Lang): string {
  // A negative target is a fall: say "falling by at least 1" rather than "changing by at most −1".
  const falling = Array.isArray(value) ? value[1] <= 0 && value[0] < 0 : value < 0;
  const size: TargetValue = Array.isArray(value) ? (falling ? [-value[1], -value[0]] : value) : Math.abs(value);
  const last = formatNumber(Array.isArray(size) ? size[1] : size, { lang, decimals: options.decimals });
  const unit = changeUnit(options.unit, lang, last !== '1');
  const phrase = describeComparison(falling ? FLIP[op] : op, size, { lang, unit, decimals: options.decimals })
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
  switch (target.kind) {
    case 'level': {
      const phrase = describeComparison(target.op, target.value, { lang, unit: options.unit, decimals, outOf: target.outOf });
      return phrase + yearPart(target.by, BY_LEVEL, lang);
    }
    case 'average-growth': {
      const phrase = describeComparison(target.op, target.value, { lang, unit: GROWTH_UNIT, decimals });
      const text = lang === 'vi' ? `bình quân ${phrase}` : `average ${phrase} a year`;
      return text + yearPart(target.by, BY_AVERAGE, lang);
    }
    case 'annual': {
      const phrase = describeComparison(target.op, target.value, { lang, unit: options.unit, decimals });
      return lang === 'vi' ? `hằng năm ${phrase}` : `every year ${phrase}`;
    }
    case 'cumulative': {
      const phrase = describeComparison(target.op, target.value, { lang, unit: options.unit, decimals });
      const text = lang === 'vi' ? `cộng dồn ${phrase}` : `${phrase} in total`;
      return text + yearPart(target.by, BY_TOTAL, lang);
    }
    case 'average-change':
      return describeChange(target.op, target.value, options, lang) + yearPart(target.by, BY_AVERAGE, lang);
  }
}
