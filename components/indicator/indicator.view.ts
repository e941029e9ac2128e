import { localize } from '../../src/format/localize.js';
import { formatNumber, formatValue } from '../../src/format/number.js';
import { formatFigure } from '../../src/format/figure.js';
import { describeIndicatorTarget } from '../../src/format/indicator-target.js';
import { shareText } from '../../src/format/share.js';
import { qualityLabel, reasonLabel, statusText, verdictText } from '../../src/format/status.js';
import { yearlySeries, type YearValue } from '../../src/progress/observations.js';
import type { IndicatorAssessment, Status } from '../../src/progress/types.js';
import type { Indicator } from '../../src/schema/indicator.js';
import type { Lang } from '../../src/schema/messages.js';
import type { Resolution } from '../../src/schema/resolution.js';
import type { GaugeOptions } from '../gauge/gauge.template.js';
import { pointLabel } from '../shared/point-label.js';

export interface YearMark {
  period: number;
  met: boolean;
  text: string;
}

/** Everything `<tn-indicator>` shows, as text and numbers: derived from the core's assessment, no DOM. */
export interface IndicatorView {
  title: string;
  status: Status;
  statusText: string;
  /** The headline figure with its unit ("4,25%"), or "—". */
  valueText: string;
  /** What the headline figure is: "2022", "bình quân 2021–2022". */
  valueCaption: string;
  /** "ước", "dự kiến"… when the figure is not final. */
  qualityText?: string;
  targetText?: string;
  /** What a share is a share of (schema 1.1 `share`): "Tỷ trọng trong GRDP". */
  shareText?: string;
  /** The body's own verdict (schema 1.1 `verdicts`): "Tự đánh giá: Cơ bản đạt". */
  verdictText?: string;
  /** True when that verdict and the computed status disagree: shown flagged, never hidden. */
  verdictDiffers?: boolean;
  /** One more line: what the remaining years need, or why there is no status. */
  note?: string;
  gauge?: Omit<GaugeOptions, 'lang'>;
  years?: YearMark[];
  series: YearValue[];
  /** The series in words, for the sparkline's accessible name: "2021: 4,2%; 2022: 4,3%". */
  seriesText: string;
  source?: { title: string; href?: string };
}

const SAFE_URL = /^https?:\/\//i;

export function indicatorView(resolution: Resolution, indicator: Indicator, a: IndicatorAssessment, lang: Lang): IndicatorView {
  const vi = lang === 'vi';
  const unit = indicator.unit;
  const decimals = indicator.decimals;
  const fmt = (x: number, approx?: 'about' | 'over' | 'under') => formatValue(x, { lang, unit, decimals, approx });
  const target = indicator.target;
  const latest = a.latest;
  const from = resolution.term.from + 1;
  const view: IndicatorView = {
    title: localize(indicator.title, lang),
    status: a.status,
    statusText: statusText(a, lang),
    valueText: latest ? formatFigure(indicator, latest.value, { lang, approx: latest.approx, ...(latest.outOf !== undefined ? { outOf: latest.outOf } : {}) }) : '—',
    valueCaption: latest ? String(latest.period).replace('-', '–') : '',
    series: yearlySeries(indicator, typeof latest?.period === 'number' ? latest.period : null, resolution.sources),
    seriesText: '',
  };
  view.seriesText = view.series.map((p) => pointLabel(p, fmt, lang)).join('; ');
  if (latest && latest.quality !== 'actual') view.qualityText = qualityLabel(latest.quality, lang);
  // Nothing observed yet but an official forecast: show it, marked "dự kiến".
  if (!latest && typeof a.projected === 'number') {
    view.valueText = fmt(a.projected);
    view.valueCaption = String(a.by ?? resolution.term.to);
    view.qualityText = qualityLabel('projected', lang);
  }
  if (target) view.targetText = describeIndicatorTarget(resolution, indicator, lang);
  if (indicator.share) view.shareText = shareText(indicator, lang);
  if (a.verdict) {
    view.verdictText = verdictText(a.verdict, lang);
    if (a.verdict.agrees === false) view.verdictDiffers = true;
  }
  // A figure is shown but no status: say why (the core names it in `reason`).
  if (a.status === 'no-data' && latest) {
    view.note = a.reason === 'series-break' || a.reason === 'missing-years' || a.reason === 'non-positive-values'
      ? reasonLabel(a.reason, lang, a.missing)
      : vi ? 'Chưa đủ số liệu để đánh giá tiến độ.' : 'Not enough figures to assess progress yet.';
  }

  const current = a.current ?? undefined;
  const span = latest ? years(from, latest.period) : '';
  // (a rank reads "hạng 5/34": lower is better, which an arc from 0 up would contradict; issue 14 draws it)
  const ranked = indicator.rank !== undefined;
  if (target?.kind === 'average-growth' && current !== undefined) {
    // An average reads to two decimals (4,25%) even when the yearly figures have one.
    view.valueText = formatValue(current, { lang, unit: '%', decimals: Math.max(2, decimals ?? 0) });
    view.valueCaption = vi ? `bình quân ${span}` : `average ${span}`;
    view.gauge = { value: current, target: firstValue(target.value), unit: '%', decimals: Math.max(2, decimals ?? 0), targetText: view.targetText };
    if (typeof a.required === 'number' && !a.final) {
      const need = formatValue(a.required, { lang, unit: '%', decimals: 2 });
      view.note = vi ? `Các năm còn lại cần tăng bình quân ${need}/năm.` : `The remaining years need ${need} a year on average.`;
    }
  } else if (target?.kind === 'term-average' && current !== undefined) {
    view.valueText = fmt(current);
    view.valueCaption = vi ? `bình quân ${span}` : `average ${span}`;
    if (!ranked) view.gauge = { value: current, min: Math.min(0, current, firstValue(target.value)), target: firstValue(target.value), unit, decimals, targetText: view.targetText };
  } else if (target?.kind === 'multiple' && current !== undefined) {
    const base = target.of ?? resolution.term.from;
    const times = formatNumber(current, { lang, decimals: 2 });
    view.valueText = vi ? `gấp ${times} lần` : `${times} times`;
    view.valueCaption = vi ? `năm ${latest?.period ?? ''} so với năm ${base}` : `${latest?.period ?? ''} against ${base}`;
    view.gauge = { value: current, min: 0, target: firstValue(target.value), valueText: view.valueText, targetText: view.targetText };
  } else if (target?.kind === 'cumulative' && current !== undefined) {
    view.valueText = fmt(current);
    view.valueCaption = vi ? `cộng dồn ${span}` : `total ${span}`;
    view.gauge = { value: current, target: firstValue(target.value), unit, decimals, targetText: view.targetText };
  } else if (target?.kind === 'average-change' && current !== undefined) {
    view.valueText = formatNumber(current, { lang, decimals: decimals ?? 2, signed: true });
    view.valueCaption = vi ? `thay đổi bình quân mỗi năm, ${span}` : `average change a year, ${span}`;
  } else if ((target?.kind === 'annual' || target?.kind === 'maintain' || target?.kind === 'relative') && a.periods) {
    view.years = a.periods.map((p) => ({ period: p.period, met: p.met, text: formatFigure(indicator, p.value, { lang }) }));
  } else if (target?.kind === 'level' && current !== undefined && !ranked) {
    const aim = firstValue(target.value);
    const whole = latest?.outOf ?? target.outOf;
    if (whole !== undefined && target.outOf !== undefined) {
      // The count against its whole: "89/91 xã" where the figure gives its own whole, else the target's.
      view.valueText = `${formatNumber(current, { lang })}/${formatNumber(whole, { lang })}`;
      const scaledAim = whole === target.outOf ? aim : (aim * whole) / target.outOf;
      view.gauge = { value: current, min: 0, max: whole, target: scaledAim, valueText: view.valueText, targetText: view.targetText };
    } else {
      view.gauge = { value: current, min: Math.min(0, current, aim), target: aim, unit, decimals, targetText: view.targetText };
    }
  }
  if (view.gauge) {
    view.gauge.status = a.status;
    view.gauge.statusText = view.statusText;
    view.gauge.label = view.title;
    view.gauge.shape = 'arc';
  }
  view.source = sourceOf(resolution, indicator, lang);
  return view;
}

/** A span of years, "2026–2027"; one year alone, "2026" (never "2026–2026"). */
function years(from: number, to: number | string): string {
  const end = typeof to === 'number' ? to : Number(String(to).slice(5));
  return end <= from ? String(end) : `${from}–${end}`;
}

function firstValue(value: number | [number, number]): number {
  return Array.isArray(value) ? value[0] : value;
}

/** The source of the most recent observation that names one; a link only for http(s) addresses. */
function sourceOf(resolution: Resolution, indicator: Indicator, lang: Lang): IndicatorView['source'] {
  const observations = indicator.observations ?? [];
  for (let i = observations.length - 1; i >= 0; i--) {
    const id = observations[i]!.source;
    const source = id ? resolution.sources?.find((s) => s.id === id) : undefined;
    if (source) {
      const title = localize(source.title, lang);
      return source.url && SAFE_URL.test(source.url) ? { title, href: source.url } : { title };
    }
  }
  return undefined;
}
