import type { Status, Thresholds } from './types.js';

/** Pace ratio → status (Eurostat SDG / Open SDG cut-offs, 0.95 / 0.6 / 0 by default). */
export function classifyPace(ratio: number, t: Thresholds): Status {
  if (ratio >= t.onTrack) return 'on-track';
  if (ratio >= t.behind) return 'behind';
  if (ratio >= t.farBehind) return 'far-behind';
  return 'regressing';
}

/** Rounds away floating-point noise (1e-12) so that e.g. 4.2499999999 reads as 4.25 in comparisons. */
export function clean(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}
