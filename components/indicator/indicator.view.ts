import { describeIndicatorTarget, formatFigure, formatValue, headline, localize, reasonLabel, shareText, statusText, uiText as t, verdictText } from '../../src/format/index.js';
import { normalTarget, periodEnd as end, yearlySeries } from '../../src/progress/index.js';
import type { Indicator, IndicatorAssessment, Lang, NormalTarget, Resolution, Status, ValueTarget, YearValue } from '../../src/index.js';
import type { GaugeGoal } from '../gauge/gauge.geometry.js';
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
    valueText: '',
    valueCaption: '',
    series: yearlySeries(indicator, typeof latest?.period === 'number' ? latest.period : null, resolution.sources),
    seriesText: '',
  };
  view.seriesText = view.series.map((p) => pointLabel(p, fmt, lang)).join('; ');
  // The headline figure is the core's, as `report` prints it.
  const head = headline(resolution, indicator, a, lang);
  view.valueText = head.value;
  view.valueCaption = head.caption;
  if (head.quality) view.qualityText = head.quality;
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
      : t('notEnough', lang);
  }

  const current = a.current ?? undefined;
  const single = latest ? end(latest.period) <= from : false;
  const ranked = indicator.rank !== undefined;
  // What the target asks, as the gauge draws it (the core's reading of it: "about" as a band or a bound).
  const goal = target && 'op' in target && target.kind !== 'relative' ? goalOf(normalTarget(target as ValueTarget)) : undefined;
  if (target?.kind === 'average-growth' && current !== undefined) {
    view.gauge = { value: current, goal, unit: '%', decimals: single ? (decimals ?? 2) : Math.max(2, decimals ?? 0), targetText: view.targetText };
    if (typeof a.required === 'number' && !a.final) view.note = requiredNote(a.required, firstValue(target.value), target.op === '<=' || target.op === '<', lang);
  } else if (target?.kind === 'term-average' && current !== undefined) {
    if (!ranked) view.gauge = { value: current, min: Math.min(0, current, firstValue(target.value)), goal, unit, decimals, targetText: view.targetText };
  } else if (target?.kind === 'multiple' && current !== undefined) {
    view.gauge = { value: current, min: 0, goal, valueText: view.valueText, targetText: view.targetText };
  } else if (target?.kind === 'cumulative' && current !== undefined) {
    view.gauge = { value: current, goal, unit, decimals, targetText: view.targetText };
  } else if ((target?.kind === 'annual' || target?.kind === 'maintain' || target?.kind === 'relative') && a.periods) {
    view.years = a.periods.map((p) => ({ period: p.period, met: p.met, text: formatFigure(indicator, p.value, { lang }) }));
  } else if (target?.kind === 'level' && current !== undefined && ranked) {
    // A rank (1 = best): the scale runs from the last place to the first, the best at the right end.
    const of = indicator.rank?.of;
    view.gauge = { value: current, min: 1, ...(of !== undefined && of > 1 ? { max: of } : {}), goal, valueText: view.valueText, targetText: view.targetText };
  } else if (target?.kind === 'level' && current !== undefined) {
    const whole = latest?.outOf ?? target.outOf;
    if (whole !== undefined && target.outOf !== undefined) {
      // The count against its whole: "89/91 xã" where the figure gives its own whole, else the target's.
      const scale = whole === target.outOf ? 1 : whole / target.outOf;
      view.gauge = { value: current, min: 0, max: whole, goal: goal && scaled(goal, scale), valueText: view.valueText, targetText: view.targetText };
    } else {
      view.gauge = { value: current, min: Math.min(0, current, firstValue(target.value)), goal, unit, decimals, targetText: view.targetText };
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


function goalOf(n: NormalTarget): GaugeGoal {
  return n.stretch === undefined ? { op: n.op, value: n.value } : { op: n.op, value: n.value, stretch: n.stretch };
}

function scaled(g: GaugeGoal, k: number): GaugeGoal {
  const value = typeof g.value === 'number' ? g.value * k : ([g.value[0] * k, g.value[1] * k] as const);
  return g.stretch === undefined ? { op: g.op, value } : { op: g.op, value, stretch: g.stretch * k };
}

/**
 * What the remaining years of an average-growth target need, in words that never read as a typo:
 * "cần tăng bình quân 6,2%/năm" above the target, "chỉ cần tăng 0,05%/năm" below it, and where even
 * no growth would do, how much they may fall.
 */
function requiredNote(required: number, aim: number, down: boolean, lang: Lang): string {
  const x = formatValue(Math.abs(required), { lang, unit: '%', decimals: 2 });
  // (a target of falling rates, "giảm ít nhất 2%/năm": the remaining years need at most this)
  if (down) return t(required < 0 ? 'needFall' : 'mayGrow', lang, { x });
  return t(required <= 0 ? 'mayFall' : required < aim ? 'needOnly' : 'need', lang, { x });
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
