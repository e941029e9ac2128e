// Stands in for d3-interpolate in the embed only (tsup.config.ts aliases it; developers bundling the
// package get the real one). d3-scale asks d3-interpolate for its generic `interpolate`, which can
// blend colours, strings, dates and objects, and so brings d3-color and 4 KB gzip. Our scales only
// ever map numbers to numbers, where the generic one is exactly interpolateNumber: held to the real
// d3-interpolate as an oracle in test/core/embed-d3.test.ts.

/** d3's interpolateNumber: a + (b − a)·t, written as d3 writes it (a·(1 − t) + b·t). */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  const x = +a;
  const y = +b;
  return (t) => x * (1 - t) + y * t;
}

/** d3's interpolateRound. */
export function interpolateRound(a: number, b: number): (t: number) => number {
  const x = +a;
  const y = +b;
  return (t) => Math.round(x * (1 - t) + y * t);
}

/** The generic interpolator, for numbers (all our ranges are numbers). */
export const interpolate = interpolateNumber;

/** Used by d3-scale's sequential and diverging scales only, which the elements never create. */
export function piecewise(): never {
  throw new Error('tn-indicators embed: piecewise interpolation is not included');
}
