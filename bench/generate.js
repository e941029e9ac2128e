// Generated resolution documents for the benchmarks: n indicators of all five target kinds,
// four yearly figures (the last one an estimate) and an official five-year projection each.
const KINDS = [
  () => ({ kind: 'average-growth', op: '>', value: 5 }),
  () => ({ kind: 'level', op: '<=', value: 0.9, by: 2025 }),
  () => ({ kind: 'annual', op: '>=', value: 10 }),
  () => ({ kind: 'cumulative', op: '>=', value: 1000 }),
  () => ({ kind: 'average-change', op: '<=', value: -1 }),
];

/** A resolution document with n indicators, ids "ind-0" … "ind-(n-1)". */
export function generate(n) {
  const indicators = [];
  for (let i = 0; i < n; i++) {
    const observations = [];
    for (let y = 2020; y <= 2023; y++) observations.push({ period: y, value: ((i * 7 + y * 13) % 97) / 10, quality: y === 2023 ? 'estimated' : 'actual', source: 'seed' });
    observations.push({ period: '2021-2025', value: 5.1, quality: 'projected', source: 'seed' });
    indicators.push({ id: `ind-${i}`, group: `g${i % 10}`, title: { vi: `Chỉ tiêu ${i}`, en: `Indicator ${i}` }, unit: '%', target: KINDS[i % KINDS.length](), observations });
  }
  return {
    schemaVersion: '1.0',
    id: 'bench',
    title: 'Benchmark',
    term: { from: 2020, to: 2025 },
    sources: [{ id: 'seed', title: 'Generated' }],
    groups: Array.from({ length: 10 }, (_, g) => ({ id: `g${g}`, title: `Group ${g}` })),
    indicators,
  };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
