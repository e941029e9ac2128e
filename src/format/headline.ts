import { periodEnd as end } from '../progress/observations.js';
import type { IndicatorAssessment } from '../progress/types.js';
import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import { formatFigure } from './figure.js';
import { resolveLang } from './localize.js';
import { formatNumber, formatValue } from './number.js';
import { qualityLabel } from './status.js';

/** The figure an indicator is judged by, as the card shows it big and `report` prints it. */
export interface Headline {
  /** "4,25%", "gấp 1,8 lần", "89/91", "hạng 5/34"; "—" when there is none. */
  value: string;
  /** What the figure is: "2023", "bình quân 2021–2022", "cộng dồn 2021–2023", "năm 2025 so với năm 2020". */
  caption: string;
  /** "ước", "dự kiến"… when the figure it rests on is not final. */
  quality?: string;
}


/**
 * The headline figure of an indicator: what its target judges (the average so far for an average,
 * the running total for a cumulative target, the multiple, the count against its whole), else the
 * latest figure. One year of an average is that year's figure, never "bình quân 2021–2021".
 */
export function headline(resolution: Resolution, indicator: Indicator, a: IndicatorAssessment, lang: string): Headline {
  const vi = resolveLang(lang) === 'vi';
  const { unit, decimals, target } = indicator;
  const latest = a.latest;
  const from = resolution.term.from + 1;
  const fmt = (x: number) => formatValue(x, { lang, unit, decimals });
  const out: Headline = latest
    ? {
        value: formatFigure(indicator, latest.value, { lang, approx: latest.approx, ...(latest.outOf !== undefined ? { outOf: latest.outOf } : {}) }),
        caption: String(latest.period).replace('-', '–'),
      }
    : { value: '—', caption: '' };
  if (latest && latest.quality !== 'actual') out.quality = qualityLabel(latest.quality, lang);
  // Nothing observed yet but an official forecast: show it, marked "dự kiến".
  if (!latest && typeof a.projected === 'number') return { value: fmt(a.projected), caption: String(a.by ?? resolution.term.to), quality: qualityLabel('projected', lang) };
  const current = a.current ?? undefined;
  if (!latest || current === undefined || !target) return out;
  const last = end(latest.period);
  const single = last <= from;
  const span = single ? String(last) : `${from}–${last}`;
  const average = single ? span : vi ? `bình quân ${span}` : `average ${span}`;
  switch (target.kind) {
    case 'average-growth':
      // An average reads to two decimals at least (4,2% and 4,3% → 4,25%); one year as its figures do.
      return { ...out, value: formatValue(current, { lang, unit: '%', decimals: single ? (decimals ?? 2) : Math.max(2, decimals ?? 0) }), caption: average };
    case 'term-average':
      return { ...out, value: fmt(current), caption: average };
    case 'multiple': {
      const times = formatNumber(current, { lang, decimals: 2 });
      const base = target.of ?? resolution.term.from;
      return { ...out, value: vi ? `gấp ${times} lần` : `${times} times`, caption: vi ? `năm ${latest.period} so với năm ${base}` : `${latest.period} against ${base}` };
    }
    case 'cumulative':
      return { ...out, value: fmt(current), caption: vi ? `cộng dồn ${span}` : `total ${span}` };
    case 'average-change':
      return { ...out, value: formatNumber(current, { lang, decimals: decimals ?? 2, signed: true }), caption: vi ? `thay đổi bình quân mỗi năm, ${span}` : `average change a year, ${span}` };
    case 'level': {
      const whole = latest.outOf ?? target.outOf;
      if (indicator.rank === undefined && whole !== undefined && target.outOf !== undefined) {
        // The count against its whole: "89/91" where the figure gives its own whole, else the target's.
        return { ...out, value: `${formatNumber(current, { lang })}/${formatNumber(whole, { lang })}` };
      }
      return out;
    }
    default:
      return out;
  }
}
