// A linear map from a domain to a range, and round ticks: what d3-scale's scaleLinear does for us,
// without the interpolators and number formats it brings (about 10 KB gzip that the embed budget
// cannot carry; numbers are formatted by the core).

/** A coordinate rounded to two decimals (SVG paths need no more). */
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Maps [d0, d1] onto [r0, r1]; a single-point domain maps to the middle of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => round2((r0 + r1) / 2);
  return (x) => round2(r0 + ((x - d0) / (d1 - d0)) * (r1 - r0));
}

/** The step between about `count` round ticks (1, 2 or 5 times a power of ten) over [lo, hi]. */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = Math.abs(hi - lo) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const error = raw / power;
  return (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1) * power;
}

/** The domain widened to round ends, and the ticks inside it. */
export function niceTicks(lo: number, hi: number, count = 4): { domain: [number, number]; ticks: number[] } {
  if (lo === hi) {
    lo = lo === 0 ? 0 : Math.min(0, lo);
    hi = hi === 0 ? 1 : Math.max(0, hi);
    if (lo === hi) hi = lo + 1;
  }
  const step = tickStep(lo, hi, count);
  const a = Math.floor(lo / step) * step;
  const b = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; a + i * step <= b + step / 1e6; i++) ticks.push(Number((a + i * step).toPrecision(12)));
  return { domain: [Number(a.toPrecision(12)), Number(b.toPrecision(12))], ticks };
}
