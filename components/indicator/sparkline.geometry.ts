// The card's small line chart: d3-scale places the years and values, d3-shape draws the lines.
// Numbers in, path strings out; tested in vitest (test/core/geometry.test.ts).
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { YearValue } from '../../src/index.js';

export interface SparkPoint {
  x: number;
  y: number;
  period: number;
  quality: YearValue['quality'];
}

export interface Sparkline {
  /** The line through the figures that are not projections. */
  line: string;
  /** The dashed continuation to projections. */
  projected: string;
  points: SparkPoint[];
  /** A dot of radius `dot` at each figure that is final, as one path. */
  dots: string;
  /** The same for the figures that are not (estimates, preliminary figures, projections): drawn hollow. */
  hollowDots: string;
}

const round = (x: number) => Math.round(x * 100) / 100 + 0;
const path = line<SparkPoint>((p) => p.x, (p) => p.y).digits(2);
const draw = (pts: readonly SparkPoint[]) => (pts.length < 2 ? '' : (path(pts as SparkPoint[]) ?? ''));

/** Circles of radius r around points, as one path (two half arcs each). */
const circles = (pts: readonly SparkPoint[], r: number) => pts.map((p) => `M${round(p.x - r)},${p.y}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`).join('');

/**
 * A scale that maps [lo, hi] onto the range; a single value (or one too wide for numbers) onto the
 * middle. Never NaN: extreme figures (1.7e308 beside −1.7e308) still give points inside the box.
 */
function placer(values: readonly number[], range: [number, number]): (v: number) => number {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const middle = round((range[0] + range[1]) / 2);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    // (a span too wide for one number is scaled by halves)
    if (hi > lo) {
      const half = scaleLinear().domain([lo / 2, hi / 2]).range(range).clamp(true);
      return (v) => (Number.isFinite(v) ? round(half(v / 2)) : middle);
    }
    return () => middle;
  }
  const s = scaleLinear().domain([lo, hi]).range(range).clamp(true);
  return (v) => (Number.isFinite(v) ? round(s(v)) : middle);
}

/** A small line chart of yearly figures in a width × height box (y grows downwards), with dots of radius `dot`. */
export function sparkline(series: readonly YearValue[], width: number, height: number, pad = 3, dot = 2.5): Sparkline {
  // Years, not points, are evenly spaced: a gap in the data shows as a gap.
  const x = placer(series.map((p) => p.period), [pad, width - pad]);
  const y = placer(series.map((p) => p.value), [height - pad, pad]);
  const points = series.map((p) => ({ x: x(p.period), y: y(p.value), period: p.period, quality: p.quality }));
  const firstProjected = points.findIndex((p) => p.quality === 'projected');
  const solid = firstProjected === -1 ? points : points.slice(0, firstProjected);
  const dashed = firstProjected === -1 ? [] : points.slice(Math.max(0, firstProjected - 1));
  const final = points.filter((p) => p.quality === 'actual');
  const hollow = points.filter((p) => p.quality !== 'actual');
  return { line: draw(solid), projected: draw(dashed), points, dots: circles(final, dot), hollowDots: circles(hollow, dot) };
}
