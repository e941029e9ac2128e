import { describeIndicatorTarget, formatNumber, formatValue, localize, qualityLabel, uiText as t } from '../../src/format/index.js';
import { assessIndicator, periodEnd as end, targetPath, yearlySeries } from '../../src/progress/index.js';
import type { AssessOptions, Indicator, Lang, Quality, Resolution, TargetPath } from '../../src/index.js';
import { pointLabel } from '../shared/point-label.js';

export interface TimelineBar {
  year: number;
  value: number;
  quality: Quality;
  /** Annual results (annual, maintain, relative targets): whether the year met the target, from the core's assessment. */
  met?: boolean;
  /** What a screen reader says on focus: "2021: 4,2% (ước)", with ", đạt" / ", không đạt" for a yearly result. */
  label: string;
}

/** What the legend can show, one entry for each thing drawn. */
export type LegendKey = 'actual' | 'preliminary' | 'estimated' | 'projected' | 'met' | 'missed' | 'trajectory' | 'threshold' | 'range' | 'stretch' | 'running' | 'plan' | 'break';

export interface TimelineView {
  title: string;
  /** The indicator's unit, the value axis's title. */
  unit: string;
  years: number[];
  termFrom: number;
  termTo: number;
  bars: TimelineBar[];
  /** The target drawn the way its kind means it: the core's targetPath. */
  target: TargetPath;
  /** The running average (average-growth), running total (cumulative), or the reference series (relative) as of each observed year. */
  running: { year: number; value: number }[];
  runningLabel: string;
  /** Plan figures; a plan given as a range ("kế hoạch 2025: 9.620–10.730 USD") has its two ends. */
  plans: { year: number; low: number; high: number }[];
  targetText: string;
  /** Series breaks (schema 1.1): from `year` on, figures are not comparable with the years before. */
  breaks: { year: number; text: string }[];
  rows: { period: string; value: string; quality: string; plan: string; note: string }[];
  values: number[];
  legend: { key: LegendKey; label: string }[];
}


// The legend's order; every entry's words are `legend.<key>` in the catalogue, but the running line's, which names what it runs.
const LEGEND: readonly LegendKey[] = ['actual', 'preliminary', 'estimated', 'projected', 'met', 'missed', 'trajectory', 'threshold', 'range', 'stretch', 'running', 'plan', 'break'];

/**
 * A tick of the value axis: grouped digits with the fraction digits that tell the ticks apart, or a
 * power of ten where digits would not fit (1,7e+308; 5e-251).
 */
export function axisNumber(tick: number, decimals: number, lang: Lang): string {
  const big = Math.abs(tick) >= 1e15;
  if (tick === 0 || (!big && decimals <= 6)) return formatNumber(tick, { lang, decimals: tick === 0 ? 0 : decimals });
  // (as many digits as tell the ticks apart: down to the tick step for small ticks, four at most for large)
  const digits = big ? 3 : Math.min(15, Math.max(0, decimals + Math.floor(Math.log10(Math.abs(tick)))));
  const text = tick.toExponential(digits).replace(/\.?0+e/, 'e');
  return lang === 'vi' ? text.replace('.', ',') : text;
}

export function timelineView(resolution: Resolution, indicator: Indicator, options: AssessOptions, lang: Lang): TimelineView {
  const fmt = (x: number, approx?: 'about' | 'over' | 'under') =>
    formatValue(x, { lang, unit: indicator.unit, decimals: indicator.decimals, approx });
  const assessment = assessIndicator(resolution, indicator, options)!;
  const asOf = typeof assessment.latest?.period === 'number' ? assessment.latest.period : null;
  const { from, to } = resolution.term;
  const target = indicator.target;
  const by = assessment.by ?? to;
  const met = new Map((assessment.periods ?? []).map((p) => [p.period, p.met]));

  const bars = yearlySeries(indicator, asOf, resolution.sources).map((p) => {
    const result = met.get(p.period);
    const bar: TimelineBar = { year: p.period, value: p.value, quality: p.quality, label: pointLabel(p, fmt, lang) };
    if (result !== undefined) {
      bar.met = result;
      bar.label += `, ${t(result ? 'met' : 'unmet', lang)}`;
    }
    return bar;
  });
  const plans = (indicator.plans ?? []).map((p) =>
    Array.isArray(p.value) ? { year: p.period, low: Math.min(...p.value), high: Math.max(...p.value) } : { year: p.period, low: p.value, high: p.value },
  );
  const planText = new Map((indicator.plans ?? []).map((p) => [p.period, Array.isArray(p.value) ? `${formatNumber(p.value[0], { lang, decimals: indicator.decimals })}–${fmt(p.value[1])}` : fmt(p.value)]));

  const path = targetPath(resolution, indicator, options);
  let running: TimelineView['running'] = [];
  let runningLabel = '';
  if (target?.kind === 'average-growth' || target?.kind === 'cumulative') {
    // The running figure is the core's own: the assessment as of each observed year.
    running = bars
      .filter((b) => b.quality !== 'projected' && b.year > from && b.year <= by)
      .map((b) => ({ year: b.year, value: assessIndicator(resolution, indicator, { ...options, asOf: b.year })!.current ?? NaN }))
      .filter((p) => Number.isFinite(p.value));
    runningLabel = t(target.kind === 'cumulative' ? 'runningTotal' : 'runningAverage', lang);
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
    const said = t('break', lang, { year: b.year });
    return { year: b.year, text: note ? `${said}: ${note}` : `${said}.` };
  });

  const lines = [path.points, path.high ?? [], path.stretch ?? []];
  const extraYears = [...bars.map((b) => b.year), ...plans.map((p) => p.year), ...path.points.map((p) => p.year)];
  const years: number[] = [];
  for (let y = Math.min(from, ...extraYears); y <= Math.max(to, ...extraYears); y++) years.push(y);

  // One entry for each thing drawn, in the order a reader meets them: bars, then lines and marks.
  const drawn = new Set<LegendKey>();
  for (const b of bars) {
    if (b.met !== undefined) drawn.add(b.met ? 'met' : 'missed');
    if (b.quality === 'estimated' || b.quality === 'projected' || b.quality === 'preliminary') drawn.add(b.quality);
    else if (b.met === undefined) drawn.add('actual');
  }
  if (path.points.length > 1 && path.kind !== 'none') drawn.add(path.high ? 'range' : path.kind);
  if (path.stretch) drawn.add('stretch');
  if (running.length > 1) drawn.add('running');
  if (plans.length) drawn.add('plan');
  if (breaks.some((b) => years.includes(b.year))) drawn.add('break');
  const legend = LEGEND.filter((k) => drawn.has(k)).map((key) => ({ key, label: key === 'running' ? runningLabel : t(`legend.${key}`, lang) }));

  return {
    title: localize(indicator.title, lang),
    unit: localize(indicator.unit, lang),
    years,
    termFrom: from,
    termTo: to,
    bars,
    target: path,
    running,
    runningLabel,
    plans,
    targetText: describeIndicatorTarget(resolution, indicator, lang),
    breaks,
    rows,
    values: [...bars.map((b) => b.value), ...plans.flatMap((p) => [p.low, p.high]), ...lines.flatMap((l) => l.map((p) => p.value)), ...running.map((p) => p.value)],
    legend,
  };
}
