import { periodEnd as end } from '../progress/observations.js';
import type { IndicatorAssessment } from '../progress/types.js';
import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import { formatFigure } from './figure.js';
import { formatNumber, formatValue } from './number.js';
import { qualityLabel } from './status.js';
import { t } from './strings.js';

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
  const average = single ? span : t('average', lang, { span });
  switch (target.kind) {
    case 'average-growth':
      // An average reads to two decimals at least (4,2% and 4,3% → 4,25%); one year as its figures do.
      return { ...out, value: formatValue(current, { lang, unit: '%', decimals: single ? (decimals ?? 2) : Math.max(2, decimals ?? 0) }), caption: average };
    case 'term-average':
      return { ...out, value: fmt(current), caption: average };
    case 'multiple': {
      const times = formatNumber(current, { lang, decimals: 2 });
      const base = target.of ?? resolution.term.from;
      return { ...out, value: t('times', lang, { x: times }), caption: t('against', lang, { year: latest.period, base }) };
    }
    case 'cumulative':
      return { ...out, value: fmt(current), caption: t('total', lang, { span }) };
    case 'average-change':
      return { ...out, value: formatNumber(current, { lang, decimals: decimals ?? 2, signed: true }), caption: t('change', lang, { span }) };
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
