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

/** Change words for average-change targets, applied to the size of the change. */
const CHANGE_WORDS: Record<Exclude<Op, 'between'>, Record<Lang, (x: string) => string>> = {
  '>=': { vi: (x) => `từ ${x} trở lên`, en: (x) => `by at least ${x}` },
  '>': { vi: (x) => `trên ${x}`, en: (x) => `by more than ${x}` },
  '<=': { vi: (x) => `không quá ${x}`, en: (x) => `by at most ${x}` },
  '<': { vi: (x) => `dưới ${x}`, en: (x) => `by less than ${x}` },
};

/** Reading a bound on a fall as a bound on its size: change ≤ -1 is a fall of at least 1. */
const FLIP: Record<Exclude<Op, 'between'>, Exclude<Op, 'between'>> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };

/** Change of 0 a year: ">=" 0 is "not falling", ">" 0 is "rising", and so on. */
const ZERO_CHANGE: Record<Exclude<Op, 'between'>, Record<Lang, string>> = {
  '>=': { vi: 'không giảm', en: 'not falling' },
  '>': { vi: 'tăng', en: 'rising' },
  '<=': { vi: 'không tăng', en: 'not rising' },
  '<': { vi: 'giảm', en: 'falling' },
};

const VERBS: Record<'up' | 'down' | 'both', Record<Lang, string>> = {
  up: { vi: 'tăng', en: 'rising' },
  down: { vi: 'giảm', en: 'falling' },
  both: { vi: 'thay đổi', en: 'changing' },
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

function describeChange(op: Op, value: TargetValue, options: DescribeTargetOptions, lang: Lang): string {
  const fmt = (x: number, signed = false): string => formatNumber(x, { lang, decimals: options.decimals, signed });
  let verb: 'up' | 'down' | 'both';
  let phrase: string;
  if (Array.isArray(value)) {
    const [low, high] = value;
    const mixed = low < 0 && high > 0;
    verb = mixed ? 'both' : high <= 0 && low < 0 ? 'down' : 'up';
    const [a, b] = verb === 'down' ? [-high, -low] : [low, high];
    const from = fmt(a, mixed);
    const to = fmt(b, mixed);
    const withUnit = attachUnit(to, changeUnit(options.unit, lang, !(to === '1' && !mixed)));
    phrase = lang === 'vi' ? `từ ${from} đến ${withUnit}` : `by ${from} to ${withUnit}`;
  } else if (value === 0 && op !== 'between') {
    return lang === 'vi' ? `bình quân mỗi năm ${ZERO_CHANGE[op].vi}` : `${ZERO_CHANGE[op].en} on average`;
  } else {
    verb = value < 0 ? 'down' : 'up';
    const size = fmt(Math.abs(value));
    const x = attachUnit(size, changeUnit(options.unit, lang, size !== '1'));
    if (op === 'between') phrase = lang === 'vi' ? x : `by ${x}`;
    else phrase = CHANGE_WORDS[verb === 'down' ? FLIP[op] : op][lang](x);
  }
  const v = VERBS[verb][lang];
  return lang === 'vi' ? `bình quân mỗi năm ${v} ${phrase}` : `${v} ${phrase} a year on average`;
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
