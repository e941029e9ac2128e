// npm run bench:core — the core on a generated document of many indicators, next to JSON.parse of the same text.
// Prints figures; asserts nothing about time (timings belong here, not in tests).
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { assess, parseResolution } from '../dist/index.js';

const KINDS = [
  (i) => ({ kind: 'average-growth', op: '>', value: 5 }),
  (i) => ({ kind: 'level', op: '<=', value: 0.9, by: 2025 }),
  (i) => ({ kind: 'annual', op: '>=', value: 10 }),
  (i) => ({ kind: 'cumulative', op: '>=', value: 1000 }),
  (i) => ({ kind: 'average-change', op: '<=', value: -1 }),
];

function generate(n) {
  const indicators = [];
  for (let i = 0; i < n; i++) {
    const observations = [];
    for (let y = 2020; y <= 2023; y++) observations.push({ period: y, value: ((i * 7 + y * 13) % 97) / 10, quality: y === 2023 ? 'estimated' : 'actual', source: 'seed' });
    observations.push({ period: '2021-2025', value: 5.1, quality: 'projected', source: 'seed' });
    indicators.push({ id: `ind-${i}`, group: `g${i % 10}`, title: { vi: `Chỉ tiêu ${i}`, en: `Indicator ${i}` }, unit: '%', target: KINDS[i % KINDS.length](i), observations });
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs) {
  const samples = [];
  let out;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    out = fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), out };
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
console.log(`tn-indicators core benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, median of runs`);
console.log('');
console.log('| indicators | JSON.parse | parseResolution | assess | parse+assess ÷ JSON.parse | assess: indicators/s | µs per indicator (parse+assess) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const text = JSON.stringify(generate(n));
  const runs = n >= 100000 ? 5 : 9;
  const json = time(() => JSON.parse(text), runs);
  const parsed = time(() => parseResolution(JSON.parse(text)), runs);
  const parseOnly = Math.max(parsed.ms - json.ms, 0);
  const assessed = time(() => assess(parsed.out), runs);
  if (assessed.out.summary.total !== n) throw new Error('assessment incomplete');
  const ratio = (parseOnly + assessed.ms) / json.ms;
  console.log(
    `| ${n.toLocaleString('en')} | ${json.ms.toFixed(1)} ms | ${parseOnly.toFixed(1)} ms | ${assessed.ms.toFixed(1)} ms | ${ratio.toFixed(2)}× | ${Math.round(n / (assessed.ms / 1000)).toLocaleString('en')} | ${(((parseOnly + assessed.ms) * 1000) / n).toFixed(2)} |`,
  );
}
