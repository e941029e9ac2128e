import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';

export interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TimelineScales {
  years: number[];
  /** Left edge of a year's band (the plot's left edge for a year outside the axis). */
  x: (year: number) => number;
  /** Centre of a year's band. */
  cx: (year: number) => number;
  bandwidth: number;
  /** Distance between the starts of two consecutive bands. */
  step: number;
  /** y of a value, kept inside the plot (a value beyond the scale sits at its edge). */
  y: (value: number) => number;
  ticks: number[];
  /** Fraction digits that tell the ticks apart. */
  tickDecimals: number;
  /** y of the zero line (or the bottom when zero is outside the domain). */
  baseline: number;
}

export interface YearValue {
  year: number;
  value: number;
}

/** Size of every text in the chart, in CSS pixels (the SVG is drawn at its real size: no scaling). */
export const FONT_SIZE = 12;
// Widths of text at 12px, estimated (no layout is read while rendering): a character of a number,
// and the room a year label takes with some space on either side.
const CHAR = 7.2;
const YEAR_PITCH = 40;
// Ticks closer than this overlap (a 12px label is about 14px tall).
const TICK_GAP = FONT_SIZE + 8;
// Beyond this, the span between two values can be Infinity and d3's tick arithmetic NaN.
const LIMIT = 1e307;
// Below this, 10^(−digits) underflows to zero in d3's tick arithmetic.
const TINY = 1e-290;

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Height of the chart for a width: 0.55 of it, between 180 and 320 px. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(320, Math.max(180, width * 0.55)));
}

/**
 * The values' extent with zero in it (bars rise from zero), kept where d3's arithmetic stays finite:
 * within ±1e307, and [0, 1] when every value is zero or too close to it to tell apart.
 */
export function valueDomain(values: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) if (Number.isFinite(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  lo = Math.max(lo, -LIMIT);
  hi = Math.min(hi, LIMIT);
  return hi - lo < TINY ? [0, 1] : [lo, hi];
}

/**
 * Bands for consecutive years (a quarter of each step left as padding) and a linear value scale with
 * round ticks (d3 `nice`) at least 20 px apart, zero included.
 */
export function timelineScales(years: readonly number[], values: readonly number[], frame: Frame): TimelineScales {
  const band = scaleBand<number>()
    .domain(years)
    .range([frame.left, Math.max(frame.left, frame.width - frame.right)])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  const bottom = frame.height - frame.bottom;
  const plot = Math.max(1, bottom - frame.top);
  const count = Math.max(3, Math.floor(plot / 40));
  const scale = scaleLinear().domain(valueDomain(values)).range([bottom, frame.top]).nice(count).clamp(true);
  let ticks = scale.ticks(count);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 0;
  const gap = ticks.length > 1 ? Math.abs(scale(ticks[1]!) - scale(ticks[0]!)) : Infinity;
  if (gap < TICK_GAP) {
    // Every k-th tick, counted from zero so that zero keeps its line.
    const k = Math.ceil(TICK_GAP / gap);
    ticks = ticks.filter((t) => Math.round(t / step) % k === 0);
  }
  const y = (value: number) => {
    const at = scale(value);
    return Number.isFinite(at) ? r2(at) : r2(bottom);
  };
  const [d0, d1] = scale.domain() as [number, number];
  const x = (year: number) => r2(band(year) ?? frame.left);
  const bandwidth = r2(band.bandwidth());
  return {
    years: [...years],
    x,
    cx: (year) => r2(x(year) + band.bandwidth() / 2),
    bandwidth,
    step: band.step(),
    y,
    ticks,
    tickDecimals: step > 0 && step < 1 ? Math.min(330, Math.ceil(-Math.log10(step) - 1e-9)) : 0,
    baseline: y(Math.min(Math.max(0, d0), d1)),
  };
}

export interface TimelineLayout {
  frame: Frame;
  scales: TimelineScales;
  /** Value ticks with their labels. */
  ticks: { y: number; text: string }[];
  /** The years that get a label: every year when there is room, else every 2nd, 5th… with the term's ends always. */
  yearLabels: number[];
}

export interface LayoutInput {
  width: number;
  years: readonly number[];
  values: readonly number[];
  termFrom: number;
  termTo: number;
  /** How a tick is written, with the fraction digits that tell the ticks apart. */
  format: (tick: number, decimals: number) => string;
  /** A row for met/missed marks under the bars (annual results). */
  marks?: boolean;
}

/** The whole chart for a width in CSS pixels: frame, scales, tick labels, the year labels that fit. */
export function timelineLayout(input: LayoutInput): TimelineLayout {
  const width = Math.max(120, Math.round(Number.isFinite(input.width) ? input.width : 600));
  const height = chartHeight(width);
  // top: the axis title (the unit) above the plot; bottom: the years, and the marks row above them.
  const draft: Frame = { width, height, top: FONT_SIZE * 2 + 4, right: 8, bottom: FONT_SIZE + 12 + (input.marks ? FONT_SIZE + 8 : 0), left: 0 };
  const first = timelineScales(input.years, input.values, draft);
  const texts = first.ticks.map((t) => input.format(t, first.tickDecimals));
  const widest = Math.max(1, ...texts.map((t) => t.length));
  const frame = { ...draft, left: Math.round(Math.min(width * 0.4, Math.max(24, widest * CHAR + 10))) };
  const scales = timelineScales(input.years, input.values, frame);
  return {
    frame,
    scales,
    ticks: scales.ticks.map((t, i) => ({ y: scales.y(t), text: texts[i] ?? input.format(t, scales.tickDecimals) })),
    yearLabels: yearLabels(scales, input.termFrom, input.termTo),
  };
}

/**
 * Years to label so that no two labels meet: every k-th year from the term's start (k = 1, 2, 5, 10…,
 * the first that leaves `pitch` px between labels), the term's first and last years always, and no
 * other label within `pitch` of those.
 */
export function yearLabels(s: TimelineScales, termFrom: number, termTo: number, pitch = YEAR_PITCH): number[] {
  const step = s.step > 0 ? s.step : pitch;
  let k = 1;
  for (const m of [1, 2, 5, 10, 20, 50, 100, 200, 500]) {
    k = m;
    if (m * step >= pitch) break;
  }
  const fixed = s.years.filter((y) => y === termFrom || y === termTo);
  const near = (y: number) => fixed.some((f) => f !== y && Math.abs(s.cx(f) - s.cx(y)) < pitch);
  return s.years.filter((y) => fixed.includes(y) || ((((y - termFrom) % k) + k) % k === 0 && !near(y)));
}

/** A bar from the zero line to `value`: top-left corner and height, never negative. */
export function barRect(s: TimelineScales, year: number, value: number): { x: number; y: number; width: number; height: number } {
  const at = s.y(value);
  return { x: s.x(year), y: Math.min(at, s.baseline), width: s.bandwidth, height: r2(Math.abs(s.baseline - at)) };
}

const onAxis = (s: TimelineScales) => (p: YearValue) => Number.isFinite(p.value) && s.years.includes(p.year);

/** A line through points given in data units, at the centres of their years' bands (d3 `line`); fewer than two points draw nothing. */
export function linePath(s: TimelineScales, points: readonly YearValue[]): string {
  const drawn = points.filter(onAxis(s));
  if (drawn.length < 2) return '';
  return (
    line<YearValue>()
      .x((p) => s.cx(p.year))
      .y((p) => s.y(p.value))
      .digits(2)(drawn) ?? ''
  );
}

/** The band between two lines given at the same years (d3 `area`): a range target, or the way to a stretch aim. */
export function bandPath(s: TimelineScales, low: readonly YearValue[], high: readonly YearValue[]): string {
  const pairs = low.map((p, i) => [p, high[i]] as const).filter((pair): pair is readonly [YearValue, YearValue] => !!pair[1] && onAxis(s)(pair[0]) && onAxis(s)(pair[1]));
  if (pairs.length < 2) return '';
  return (
    area<readonly [YearValue, YearValue]>()
      .x((pair) => s.cx(pair[0].year))
      .y0((pair) => s.y(pair[0].value))
      .y1((pair) => s.y(pair[1].value))
      .digits(2)(pairs) ?? ''
  );
}
