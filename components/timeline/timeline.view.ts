import { localize } from '../../src/format/localize.js';
import { formatNumber, formatValue } from '../../src/format/number.js';
import { qualityLabel } from '../../src/format/status.js';
import { describeIndicatorTarget } from '../../src/format/indicator-target.js';
import { assessIndicator } from '../../src/progress/assess.js';
import { yearlySeries } from '../../src/progress/observations.js';
import type { AssessOptions } from '../../src/progress/types.js';
import type { Indicator, Quality } from '../../src/schema/indicator.js';
import type { Lang } from '../../src/schema/messages.js';
import type { Resolution } from '../../src/schema/resolution.js';
import { pointLabel } from '../shared/point-label.js';

export interface TimelineBar {
  year: number;
  value: number;
  quality: Quality;
  /** What a screen reader says on focus: "2021: 4,2% (ước)". */
  label: string;
}

export interface TimelineView {
  title: string;
  years: number[];
  termFrom: number;
  termTo: number;
  bars: TimelineBar[];
  /** The target drawn the way its kind means it. */
  targetLine: { year: number; value: number }[];
  targetKind: 'trajectory' | 'threshold' | 'none';
  /** The running average (average-growth), running total (cumulative), or the reference series (relative) as of each observed year. */
  running: { year: number; value: number }[];
  runningLabel: string;
  plans: { year: number; value: number }[];
  targetText: string;
  /** Series breaks (schema 1.1): from `year` on, figures are not comparable with the years before. */
  breaks: { year: number; text: string }[];
  rows: { period: string; value: string; quality: string; plan: string; note: string }[];
  values: number[];
}

/** The last year a period covers: 2022 → 2022, "2021-2025" → 2025. */
const end = (period: number | string) => (typeof period === 'number' ? period : Number(period.slice(5)));

export function timelineView(resolution: Resolution, indicator: Indicator, options: AssessOptions, lang: Lang): TimelineView {
  const vi = lang === 'vi';
  const fmt = (x: number, approx?: 'about' | 'over' | 'under') =>
    formatValue(x, { lang, unit: indicator.unit, decimals: indicator.decimals, approx });
  const assessment = assessIndicator(resolution, indicator, options)!;
  const asOf = typeof assessment.latest?.period === 'number' ? assessment.latest.period : null;
  const { from, to } = resolution.term;
  const target = indicator.target;
  const by = assessment.by ?? to;

  const bars = yearlySeries(indicator, asOf, resolution.sources).map((p) => ({
    year: p.period,
    value: p.value,
    quality: p.quality,
    label: pointLabel(p, fmt, lang),
  }));
  // A plan given as a range ("kế hoạch 2025: 9.620–10.730 USD") is drawn at its low end, the commitment.
  const plans = (indicator.plans ?? []).map((p) => ({ year: p.period, value: Array.isArray(p.value) ? p.value[0] : p.value }));
  const planText = new Map((indicator.plans ?? []).map((p) => [p.period, Array.isArray(p.value) ? `${formatNumber(p.value[0], { lang, decimals: indicator.decimals })}–${fmt(p.value[1])}` : fmt(p.value)]));

  let targetLine: TimelineView['targetLine'] = [];
  let targetKind: TimelineView['targetKind'] = 'none';
  let running: TimelineView['running'] = [];
  let runningLabel = '';
  if (target && target.kind !== 'relative' && target.kind !== 'multiple' && !Array.isArray(target.value)) {
    const aim = target.value;
    const firstActual = bars.find((b) => b.quality !== 'projected');
    const base = indicator.baseline ?? (firstActual ? { period: firstActual.year, value: firstActual.value } : undefined);
    if ((target.kind === 'level' || target.kind === 'average-change') && base && base.period < by) {
      const end = target.kind === 'level' ? aim : base.value + aim * (by - base.period);
      targetLine = [{ year: base.period, value: base.value }, { year: by, value: end }];
      targetKind = 'trajectory';
    } else if ((target.kind === 'average-growth' || target.kind === 'annual') && target.series !== 'levels') {
      targetLine = [{ year: from + 1, value: aim }, { year: to, value: aim }];
      targetKind = 'threshold';
    } else if (target.kind === 'cumulative' || target.kind === 'term-average') {
      targetLine = [{ year: from + 1, value: aim }, { year: by, value: aim }];
      targetKind = 'threshold';
    } else if (target.kind === 'maintain') {
      targetLine = [{ year: from, value: aim }, { year: by, value: aim }];
      targetKind = 'threshold';
    }
    if (target.kind === 'average-growth' || target.kind === 'cumulative') {
      // The running figure is the core's own: the assessment as of each observed year.
      running = bars
        .filter((b) => b.quality !== 'projected' && b.year > from && b.year <= by)
        .map((b) => ({ year: b.year, value: assessIndicator(resolution, indicator, { ...options, asOf: b.year })!.current ?? NaN }))
        .filter((p) => Number.isFinite(p.value));
      runningLabel = target.kind === 'cumulative' ? (vi ? 'Cộng dồn' : 'Running total') : vi ? 'Bình quân từ đầu nhiệm kỳ' : 'Average since the term began';
    }
  }

  // A relative target is drawn against its reference series, the line it must stay below (or above).
  if (target?.kind === 'relative') {
    const ref = resolution.indicators.find((i) => i.id === target.reference);
    if (ref) {
      running = yearlySeries(ref, asOf, resolution.sources).filter((p) => p.quality !== 'projected').map((p) => ({ year: p.period, value: p.value }));
      runningLabel = localize(ref.title, lang);
    }
  }

  const rows = [...(indicator.observations ?? [])]
    .sort((a, b) => end(a.period) - end(b.period) || String(a.period).length - String(b.period).length)
    .map((o) => ({
      period: String(o.period).replace('-', '–'),
      value: fmt(o.value, o.approx),
      quality: qualityLabel(o.quality ?? 'actual', lang),
      plan: typeof o.period === 'number' ? (planText.get(o.period) ?? '') : '',
      note: localize(o.note, lang),
    }));

  // A break is drawn and said in words: the bars either side of it do not make one trend.
  const breaks = (indicator.breaks ?? []).map((b) => {
    const note = localize(b.note, lang);
    const said = vi ? `Từ năm ${b.year}, số liệu không so sánh được với các năm trước` : `From ${b.year}, figures are not comparable with earlier years`;
    return { year: b.year, text: note ? `${said}: ${note}` : `${said}.` };
  });

  const extraYears = [...bars.map((b) => b.year), ...plans.map((p) => p.year), ...targetLine.map((p) => p.year)];
  const years: number[] = [];
  for (let y = Math.min(from, ...extraYears); y <= Math.max(to, ...extraYears); y++) years.push(y);
  return {
    title: localize(indicator.title, lang),
    years,
    termFrom: from,
    termTo: to,
    bars,
    targetLine,
    targetKind,
    running,
    runningLabel,
    plans,
    targetText: describeIndicatorTarget(resolution, indicator, lang),
    breaks,
    rows,
    values: [...bars.map((b) => b.value), ...plans.map((p) => p.value), ...targetLine.map((p) => p.value), ...running.map((p) => p.value)],
  };
}
