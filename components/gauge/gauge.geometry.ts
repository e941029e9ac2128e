// Pure geometry of the gauge: numbers in, SVG path strings out. Tested in vitest.

const round = (x: number) => Math.round(x * 100) / 100;

/** Where `value` falls between min and max, clamped to [0, 1]; 0 when the range is empty or a number is not finite. */
export function fraction(value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(min) || !Number.isFinite(max) || max <= min) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** A round upper end for a scale that shows `values` with some headroom: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten. */
export function niceMax(values: readonly number[], min = 0): number {
  const top = Math.max(min, ...values.filter(Number.isFinite));
  const span = (top - min) * 1.15;
  if (!(span > 0)) return min + 1;
  const power = Math.pow(10, Math.floor(Math.log10(span)));
  const step = ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= span) ?? 10) * power;
  const max = round(min + step);
  // Spans too small or too large for a round number (1e-320, 1e308) fall back to one unit above min.
  return Number.isFinite(max) && max > min ? max : min + 1;
}

function point(f: number, r: number, cx: number, cy: number): string {
  const angle = Math.PI * (1 - f);
  return `${round(cx + r * Math.cos(angle))},${round(cy - r * Math.sin(angle))}`;
}

/**
 * An annular sector of the upper half circle from fraction f0 to f1 (0 = left end, 1 = right end),
 * drawn with SVG elliptical arcs. Empty string when there is nothing to draw.
 */
export function semicircleSector(f0: number, f1: number, outer: number, inner: number, cx: number, cy: number): string {
  const a = Math.min(Math.max(f0, 0), 1);
  const b = Math.min(Math.max(f1, 0), 1);
  if (b - a <= 0) return '';
  return `M${point(a, outer, cx, cy)}A${outer},${outer} 0 0 1 ${point(b, outer, cx, cy)}L${point(b, inner, cx, cy)}A${inner},${inner} 0 0 0 ${point(a, inner, cx, cy)}Z`;
}

/** The target tick across the arc at fraction f: a line from just inside to just outside the band. */
export function semicircleTick(f: number, outer: number, inner: number, cx: number, cy: number): { x1: number; y1: number; x2: number; y2: number } {
  const angle = Math.PI * (1 - Math.min(Math.max(f, 0), 1));
  const at = (r: number) => [round(cx + r * Math.cos(angle)), round(cy - r * Math.sin(angle))] as const;
  const [x1, y1] = at(inner - 4);
  const [x2, y2] = at(outer + 4);
  return { x1, y1, x2, y2 };
}
