import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import { localize, resolveLang } from './localize.js';
import { describeTarget } from './target.js';

/**
 * An indicator's target in words, with what the file knows around it: the title of a relative
 * target's reference ("thấp hơn Tỷ lệ hộ nghèo bình quân cả nước"), "trong tốp 10" for a rank, the base
 * year of a multiple. Figures read as the resolution wrote them ("trên 5%", not the indicator's decimals:
 * "trên 5,00%"). Empty when the indicator has no target.
 */
export function describeIndicatorTarget(resolution: Resolution, indicator: Indicator, lang: string): string {
  const target = indicator.target;
  if (!target) return '';
  const l = resolveLang(lang);
  const ref = target.kind === 'relative' ? resolution.indicators.find((i) => i.id === target.reference) : undefined;
  return describeTarget(target, {
    lang: l,
    unit: indicator.unit,
    rank: indicator.rank !== undefined,
    termFrom: resolution.term.from,
    ...(ref ? { referenceTitle: localize(ref.title, l) } : {}),
  });
}
