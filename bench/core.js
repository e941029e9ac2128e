// npm run bench:core — the core on generated documents of many indicators, next to JSON.parse of the
// same text. Prints figures; asserts nothing about time (timings belong here, not in tests).
// `node bench/core.js --json` prints the rows as JSON instead (bench/run.js reads them).
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import * as core from '../dist/index.js';
import { generate, median } from './generate.js';

/** Median of `runs` timings of fn; `setup` (untimed) makes fn's argument afresh before each run. */
function time(fn, runs, setup = () => undefined) {
  const samples = [];
  let out;
  for (let r = 0; r < runs; r++) {
    const input = setup();
    const t0 = performance.now();
    out = fn(input);
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), samples, out };
}

/**
 * For each size: JSON.parse of the text (the floor), parseResolution of the already parsed object
 * (a fresh one each run), assess of the validated document; medians of 9 runs (5 for 100,000).
 */
export function measureCore(sizes) {
  const rows = [];
  for (const n of sizes) {
    const text = JSON.stringify(generate(n));
    const runs = n >= 100000 ? 5 : 9;
    // One untimed pass of each first, so that the smallest size is not measuring the JIT's warm-up alone.
    const warm = core.parseResolution(JSON.parse(text));
    core.assess(warm);
    const json = time(() => JSON.parse(text), runs);
    const parsed = time((object) => core.parseResolution(object), runs, () => JSON.parse(text));
    const assessed = time(() => core.assess(parsed.out), runs);
    if (assessed.out.summary.total !== n) throw new Error('assessment incomplete');
    rows.push({ n, bytes: Buffer.byteLength(text), runs, jsonMs: json.ms, parseMs: parsed.ms, assessMs: assessed.ms });
  }
  return rows;
}

export function coreTable(rows) {
  const lines = [
    '| indicators | JSON.parse (floor) | parseResolution | assess | parse + assess | ÷ JSON.parse | µs per indicator (parse + assess) | assess: indicators/s |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const both = r.parseMs + r.assessMs;
    lines.push(
      `| ${r.n.toLocaleString('en')} | ${ms(r.jsonMs)} | ${ms(r.parseMs)} | ${ms(r.assessMs)} | ${ms(both)} | ${(both / r.jsonMs).toFixed(2)}× | ${((both * 1000) / r.n).toFixed(2)} | ${Math.round(r.n / (r.assessMs / 1000)).toLocaleString('en')} |`,
    );
  }
  return lines;
}

/** parseResolution then assess of n indicators under V8's sampling profiler (node:inspector), after a warm-up pass. */
async function profileCore(n) {
  const { Session } = await import('node:inspector/promises');
  const { fileURLToPath } = await import('node:url');
  const { jsSelfTime } = await import('./profile.js');
  const text = JSON.stringify(generate(n));
  core.assess(core.parseResolution(JSON.parse(text)));
  const object = JSON.parse(text);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  core.assess(core.parseResolution(object));
  const ms = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return { n, ms, js: jsSelfTime(profile, (url) => (url.startsWith('file://') ? fileURLToPath(url) : null)) };
}

const ms = (x) => `${x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1)} ms`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const rows = process.argv.includes('--profile') ? [] : measureCore(sizes);
  if (process.argv.includes('--profile')) {
    console.log(JSON.stringify(await profileCore(sizes.at(-1))));
  } else if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows));
  } else {
    console.log(`tn-indicators core benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, median of runs`);
    console.log('');
    for (const line of coreTable(rows)) console.log(line);
  }
}
