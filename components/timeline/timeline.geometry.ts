import { linear, niceTicks } from '../shared/linear.js';

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
  /** Left edge of a year's band. */
  x: (year: number) => number;
  /** Centre of a year's band. */
  cx: (year: number) => number;
  bandwidth: number;
  y: (value: number) => number;
  ticks: number[];
  /** y of the zero line (or the bottom when zero is outside the domain). */
  baseline: number;
}

/** Bands for consecutive years (a quarter of each step left as padding) and a linear value scale with round ticks that includes zero. */
export function timelineScales(years: readonly number[], values: readonly number[], frame: Frame): TimelineScales {
  const step = (frame.width - frame.right - frame.left) / Math.max(1, years.length);
  const first = years[0] ?? 0;
  const band = Object.assign((year: number) => frame.left + (year - first) * step + step * 0.125, { bandwidth: () => step * 0.75 });
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const { domain, ticks } = niceTicks(lo, hi, 4);
  const y = linear(domain, [frame.height - frame.bottom, frame.top]);
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    years: [...years],
    x: (year) => r(band(year) ?? frame.left),
    cx: (year) => r((band(year) ?? frame.left) + band.bandwidth() / 2),
    bandwidth: r(band.bandwidth()),
    y,
    ticks,
    baseline: y(Math.min(Math.max(0, domain[0]), domain[1])),
  };
}

/** A bar from the zero line to `value`: top-left corner and height, never negative. */
export function barRect(s: TimelineScales, year: number, value: number): { x: number; y: number; width: number; height: number } {
  const top = Math.min(s.y(value), s.baseline);
  return { x: s.x(year), y: top, width: s.bandwidth, height: Math.round(Math.abs(s.baseline - s.y(value)) * 100) / 100 };
}

/** A polyline through points given in data units. */
export function linePath(s: TimelineScales, points: readonly { year: number; value: number }[]): string {
  return points.length < 2 ? '' : `M${points.map((p) => `${s.cx(p.year)},${s.y(p.value)}`).join('L')}`;
}
