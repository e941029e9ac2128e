// Pure geometry of the gauge: numbers in, SVG path strings out (d3-scale and d3-shape; Lit draws
// them). Tested in vitest: test/core/gauge-geometry.test.ts.
import { scaleLinear } from 'd3-scale';
import { arc } from 'd3-shape';

/**
 * What the target asks, as the gauge draws it: at least / more than a value (the good side is
 * above it), at most / less than (below it), or inside a band; `stretch` is the aim beyond the
 * commitment ("exceeded" past it).
 */
export interface GaugeGoal {
  op: '>=' | '>' | '<=' | '<' | 'between';
  value: number | readonly [number, number];
  stretch?: number;
}

/**
 * The gauge's picture, in fractions of its length from the left end (0) to the right end (1). The
 * good side of a one-sided target is always to the right: a target that asks for less (a poverty
 * rate, a rank) is drawn on a reversed scale, its lowest value at the right end, so the fill grows
 * towards the good side for every direction, and reaching the shaded zone means meeting the target.
 * A band has no fill: a marker shows where the value is against the shaded band.
 */
export interface GaugeLayout {
  /** The value at the left and at the right end (left > right for a target that asks for less). */
  left: number;
  right: number;
  /** The filled part, [0, value]; absent for a band. */
  fill?: number;
  /** Where the value is, for a band's marker. */
  marker?: number;
  /** The zone where the target is met, [from, to]. */
  zone?: readonly [number, number];
  /** Target ticks: the bound(s) of the zone, and the stretch aim. */
  ticks: number[];
  /** Whether the scale is reversed (good side right for a target that asks for less). */
  reversed: boolean;
}

const finite = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const clamp01 = (x: number) => (x > 1 ? 1 : x >= 0 ? x : 0);

/**
 * A round end above the values, with some headroom (d3's `nice`): 4.25 and 5 → 6; 0.54 and 0.9 → 1.
 * Values too large for headroom (1.7e308) keep their own top; an empty span is one unit wide.
 */
export function niceTop(values: readonly number[], min: number): number {
  const top = Math.max(min, ...values.filter(Number.isFinite));
  const span = (top - min) * 1.15;
  if (!(span > 0)) {
    // (a minimum near the largest number has no room above it: the largest number is the top)
    const up = min + Math.max(1, Math.abs(min) * 1e-9);
    return Number.isFinite(up) ? up : Number.MAX_VALUE;
  }
  if (!Number.isFinite(min + span)) return top;
  const nice = scaleLinear().domain([min, min + span]).nice(5).domain()[1]!;
  return Number.isFinite(nice) && nice > min ? nice : min + span;
}

/**
 * Lays out a gauge for `value` against `goal` on the scale [min, max] (defaults: 0 or below, and a
 * round number above the value and the target). Without a goal, a plain meter from the left.
 */
export function gaugeLayout(value: number | undefined, goal: GaugeGoal | undefined, min?: number, max?: number): GaugeLayout {
  const bounds = goal ? (typeof goal.value === 'number' ? [goal.value] : [...goal.value]).filter(Number.isFinite) : [];
  const stretch = goal && finite(goal.stretch) ? goal.stretch : undefined;
  const known = [...(finite(value) ? [value] : []), ...bounds, ...(stretch === undefined ? [] : [stretch])];
  let lo = finite(min) ? min : Math.min(0, ...known);
  let hi = finite(max) && max > lo ? max : niceTop(known, lo);
  // (a scale must have two ends: at the largest number, the lower end moves down instead)
  if (!(hi > lo)) {
    hi = lo;
    lo = hi - Math.max(1, Math.abs(hi) * 1e-9);
  }
  const reversed = goal?.op === '<=' || goal?.op === '<';
  const left = reversed ? hi : lo;
  const right = reversed ? lo : hi;
  // (d3's scale maps the domain onto [0, 1]; clamped, and 0 for anything it cannot place)
  const scale = scaleLinear().domain([left, right]).range([0, 1]).clamp(true);
  const at = (x: number) => {
    const f = scale(x);
    return Number.isFinite(f) ? f : 0;
  };
  const layout: GaugeLayout = { left, right, ticks: [], reversed };
  const v = finite(value) ? at(value) : 0;
  if (goal?.op === 'between' && bounds.length) {
    const a = at(Math.min(...bounds));
    const b = at(Math.max(...bounds));
    layout.zone = [a, b];
    layout.ticks = a === b ? [a] : [a, b];
    if (finite(value)) layout.marker = v;
  } else {
    layout.fill = v;
    if (goal && bounds.length) {
      const t = at(bounds[0]!);
      layout.zone = [t, 1];
      layout.ticks = [t];
    }
  }
  if (stretch !== undefined) layout.ticks.push(at(stretch));
  return layout;
}

/** Radii and centre of the semicircle (viewBox 0 0 200 106). */
export const ARC = { outer: 90, inner: 62, cx: 100, cy: 100 } as const;

const sector = arc<{ a: number; b: number; r0: number; r1: number }>()
  .innerRadius((d) => d.r0)
  .outerRadius((d) => d.r1)
  .startAngle((d) => Math.PI * (d.a - 0.5))
  .endAngle((d) => Math.PI * (d.b - 0.5))
  .cornerRadius(3)
  // (numbers in the path rounded to two decimals: d3 writes up to 15 digits otherwise)
  .digits(2);

/**
 * An annular sector of the upper half circle from fraction f0 to f1 (0 = left end, 1 = right end),
 * centred on the origin (the template translates it), with rounded ends. '' when there is nothing to draw.
 */
export function arcPath(f0: number, f1: number, inner: number = ARC.inner, outer: number = ARC.outer): string {
  const a = clamp01(Math.min(f0, f1));
  const b = clamp01(Math.max(f0, f1));
  if (!(b - a > 0)) return '';
  return sector({ a, b, r0: inner, r1: outer }) ?? '';
}

/** A tick across the band at fraction f, from just inside to just outside it, relative to the centre. */
export function arcTick(f: number, inner: number = ARC.inner, outer: number = ARC.outer): { x1: number; y1: number; x2: number; y2: number } {
  const angle = Math.PI * (1 - clamp01(f));
  const at = (r: number) => [round(r * Math.cos(angle)), round(-r * Math.sin(angle))] as const;
  const [x1, y1] = at(inner - 4);
  const [x2, y2] = at(outer + 4);
  return { x1, y1, x2, y2 };
}

const round = (x: number) => Math.round(x * 100) / 100 + 0;
