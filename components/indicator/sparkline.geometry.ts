import type { YearValue } from '../../src/progress/observations.js';
import { linear, round2 } from '../shared/linear.js';

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

const path = (pts: readonly SparkPoint[]) => (pts.length < 2 ? '' : `M${pts.map((p) => `${p.x},${p.y}`).join('L')}`);

/** Circles of radius r around points, as one path (two half arcs each). */
const circles = (pts: readonly SparkPoint[], r: number) => pts.map((p) => `M${round2(p.x - r)},${p.y}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`).join('');

/** A small line chart of yearly figures in a width × height box (y grows downwards), with dots of radius `dot`. */
export function sparkline(series: readonly YearValue[], width: number, height: number, pad = 3, dot = 2.5): Sparkline {
  const years = series.map((p) => p.period);
  const values = series.map((p) => p.value);
  // Years, not points, are evenly spaced: a gap in the data shows as a gap.
  const x = linear([Math.min(...years), Math.max(...years)], [pad, width - pad]);
  const y = linear([Math.min(...values), Math.max(...values)], [height - pad, pad]);
  const points = series.map((p) => ({ x: x(p.period), y: y(p.value), period: p.period, quality: p.quality }));
  const firstProjected = points.findIndex((p) => p.quality === 'projected');
  const solid = firstProjected === -1 ? points : points.slice(0, firstProjected);
  const dashed = firstProjected === -1 ? [] : points.slice(Math.max(0, firstProjected - 1));
  const final = points.filter((p) => p.quality === 'actual');
  const hollow = points.filter((p) => p.quality !== 'actual');
  return { line: path(solid), projected: path(dashed), points, dots: circles(final, dot), hollowDots: circles(hollow, dot) };
}
