import { parseResolution, type Resolution } from '../../src/index.js';

/** A valid 2020–2025 resolution around the given indicators (validated, so tests only use real documents). */
export function resolutionWith(indicators: unknown[], extra: Record<string, unknown> = {}): Resolution {
  return parseResolution({
    schemaVersion: '1.0',
    id: 'test',
    title: 'Test',
    term: { from: 2020, to: 2025 },
    indicators,
    ...extra,
  });
}

export function obs(period: number | string, value: number, quality?: string, more: Record<string, unknown> = {}) {
  return quality ? { period, value, quality, ...more } : { period, value, ...more };
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
