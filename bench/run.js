// npm run bench — tn-indicators next to the tools a portal would use instead, measured side by side in
// one run on this machine: bundle size, rendering in headless Chromium, JS heap, the core's parsing
// and assessment, and the shared request. Writes BENCHMARKS.md and prints the same tables.
// Needs `npm run build` (root) and `npm --prefix bench install` first; `npm run bench` does both.
//
//   node bench/run.js [--quick] [--profile] [--no-write] [--only phone]
//     --quick       fewer runs and no 100,000-indicator core size (for working on this script)
//     --profile     also profile the 1,000-card run of every contender and the core's largest size
//                   (always done where a render or core goal is missed)
//     --no-write    print only; BENCHMARKS.md is left alone
//     --only phone  section 5 alone (the dashboard on a throttled phone, next to ECharts), printed
//                   only: BENCHMARKS.md is left alone (its other sections would be lost)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../scripts/free-port.mjs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { build } from 'esbuild';
import { coreTable } from './core.js';
import { buildEmbed } from './build-embed.js';
import { jsSelfTime, mainThreadSelfTime, mapOf, profileTables } from './profile.js';
import { generate, median } from './generate.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
const QUICK = args.has('--quick');
// --only phone (or --only=phone): one section alone
const ONLY = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? (argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined);
if (ONLY !== undefined && ONLY !== 'phone') {
  process.stderr.write(`--only: the one section that runs alone is "phone", not "${ONLY}"\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const bench = fileURLToPath(new URL('.', import.meta.url));
const out = `${bench}.out/`;
mkdirSync(out, { recursive: true });
const started = Date.now();
const log = (s) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);

const RENDER_SIZES = [10, 100, 1000];
// (more runs at 1,000, where the goals are judged: on a shared machine one run can be off by 10%)
const runsFor = (n) => (QUICK ? 1 : n >= 1000 ? 9 : 5);
const CORE_SIZES = QUICK ? [1000, 10000] : [1000, 10000, 100000];
const CONTENDERS = [
  { id: 'tn', page: 'tn.html', name: '`<tn-indicator>` cards' },
  { id: 'tnFull', page: 'tn.html?full', name: '`<tn-indicator>` cards, every one drawn in full' },
  { id: 'floor', page: 'floor.html', name: 'innerHTML floor (same markup)' },
  { id: 'echarts', page: 'echarts.html', name: 'ECharts gauges (SVG)' },
  { id: 'chartjs', page: 'chartjs.html', name: 'Chart.js doughnuts (canvas)' },
];
// (issue 14: the embed may hold d3-scale and d3-shape within 48 KB; 1,000 cards take at most 0.2× the
// time of 1,000 ECharts gauges, at most ⅓ with every card drawn in full, and at most ⅓ of its heap)
const GOALS = { embedGzip: 48 * 1024, vsFloor: 2, vsEcharts: 0.2, vsEchartsFull: 1 / 3, heapShare: 1 / 3, coreVsJson: 3, flat: 1.5 };

// ---------------------------------------------------------------- 1. size
const pkg = (name) => JSON.parse(readFileSync(`${bench}node_modules/${name}/package.json`, 'utf8')).version;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const BUNDLES = [
  { id: 'chartjs-doughnut', name: 'Chart.js doughnut', lib: `chart.js ${pkg('chart.js')}`, what: 'Chart, DoughnutController, ArcElement (registered)' },
  { id: 'echarts-gauge', name: 'ECharts gauge, SVG renderer', lib: `echarts ${pkg('echarts')}`, what: 'echarts/core use([GaugeChart, SVGRenderer])' },
  { id: 'highcharts-solid-gauge', name: 'Highcharts solid gauge', lib: `highcharts ${pkg('highcharts')}`, what: 'highcharts + highcharts-more + modules/solid-gauge' },
];

// The embed's terser settings (tsup.config.ts: minify 'terser', terserOptions), for the second column.
const EMBED_TERSER = { ecma: 2020, module: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true } };

/** An entry bundled the way tsup bundles the embed: esbuild, ESM, browser, es2022, NODE_ENV=production, licences apart. */
async function bundle(entry, minify) {
  const result = await build({
    entryPoints: [entry],
    outfile: 'out.js',
    write: false,
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'external',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return Buffer.from(result.outputFiles.find((f) => f.path.endsWith('out.js')).contents);
}

async function sizes() {
  let terser;
  try {
    ({ minify: terser } = await import('terser'));
  } catch {
    log('terser not found (a devDependency of the root): its column stays empty');
  }
  const viaTerser = async (entry) => (terser ? Buffer.from((await terser((await bundle(entry, false)).toString('utf8'), EMBED_TERSER)).code) : null);
  const shipped = readFileSync(`${root}dist/tn-indicators.js`);
  const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
  const rows = [{
    id: 'tn',
    name: '**tn-indicators embed**',
    lib: `tn-indicators ${version}`,
    what: 'all five elements, schema validation, assessment, formatting, Lit',
    esbuild: await bundle(`${root}components/embed.ts`, true),
    terser: shipped,
  }];
  for (const b of BUNDLES) {
    const entry = `${bench}entries/${b.id}.js`;
    const esbuilt = await bundle(entry, true);
    // The render pages load the esbuild bundles.
    writeFileSync(`${out}${b.id}.js`, esbuilt);
    rows.push({ ...b, esbuild: esbuilt, terser: await viaTerser(entry) });
  }
  for (const r of rows) {
    r.esbuildGzip = gz(r.esbuild);
    r.terserGzip = r.terser ? gz(r.terser) : null;
  }
  return rows;
}

// ---------------------------------------------------------------- 3. core (a child process: its own heap and JIT)
/** The core's rows. */
function core() {
  const text = execFileSync(process.execPath, [`${bench}core.js`, '--json'], { env: { ...process.env, BENCH_SIZES: CORE_SIZES.join(',') }, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(text.trim().split('\n').pop());
}

// ---------------------------------------------------------------- 2 and 4. rendering in Chromium

const dataPath = (n) => `/bench/.out/resolution-${n}.json`;

async function openPage(browser, base, contender, n, { countParses = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  // Every run is a first visit: the data file comes from the server, not the HTTP cache.
  await page.setCacheEnabled(false);
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const requests = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === dataPath(n)) requests.push(r.url());
  });
  if (countParses) {
    // Counts JSON.parse of anything the size of a document (the library parses response text itself).
    await page.evaluateOnNewDocument(() => {
      const parse = JSON.parse;
      window.documentParses = 0;
      JSON.parse = function (text, reviver) {
        if (typeof text === 'string' && text.length > 1000) window.documentParses++;
        return parse.call(this, text, reviver);
      };
    });
  }
  await page.goto(`${base}/bench/pages/${contender.page}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.ready === true, { timeout: 30000 });
  return { page, problems, requests };
}

/** JS heap in use after two full collections (Chromium runs with --expose-gc and precise memory info). */
const heap = (page) => page.evaluate(() => {
  gc();
  gc();
  return performance.memory.usedJSHeapSize;
});

async function domNodes(page) {
  const cdp = await page.createCDPSession();
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return nodes;
}

/** The floor's markup for n cards: rendered once by tn-indicator in a warm-up page. */
async function floorMarkup(browser, base, n) {
  const { page, problems } = await openPage(browser, base, CONTENDERS[0], n);
  const result = await page.evaluate((n, src) => window.bench(n, src), n, dataPath(n));
  if (result.errors.length || problems.length) throw new Error(`warm-up ${n}: ${[...result.errors, ...problems].join('; ')}`);
  // Every card in full: the floor is the markup of the finished page, not of the cards in view.
  const html = await page.evaluate(async () => {
    await window.drawAll();
    return window.collectFloor();
  });
  await page.close();
  return html;
}

async function measure(browser, base, contender, n, floorHtml, hooks = {}) {
  const { page, problems, requests } = await openPage(browser, base, contender, n, { countParses: contender.id === 'tn' });
  const nodesBefore = await domNodes(page);
  const before = await heap(page);
  if (contender.id === 'floor') await page.evaluate((html) => (window.floorHtml = html), floorHtml);
  await hooks.before?.(page);
  const result = await page.evaluate((n, src) => window.bench(n, src), n, dataPath(n));
  const extra = await hooks.after?.(page);
  const after = await heap(page);
  const nodesAfter = await domNodes(page);
  const parses = contender.id === 'tn' ? await page.evaluate(() => window.documentParses) : undefined;
  // Anything still happening after "done" would make the figure a lie: nothing may be loading, and a
  // second frame later the count of rendered elements must be the same.
  const later = await page.evaluate(() => new Promise((r) => setTimeout(() => r(document.querySelectorAll('[aria-busy]').length), 50)));
  await page.close();
  const errors = [...result.errors, ...problems];
  if (errors.length) throw new Error(`${contender.id} ${n}: ${errors.slice(0, 5).join('; ')}`);
  if (result.loaded !== n) throw new Error(`${contender.id} ${n}: ${result.loaded} of ${n} rendered`);
  if (later) throw new Error(`${contender.id} ${n}: ${later} elements still loading after done`);
  return { ms: result.ms, phases: result.phases, heapPer: (after - before) / n, nodesPer: (nodesAfter - nodesBefore) / n, requests: requests.length, parses, extra };
}

async function render(browser, base) {
  const results = {}; // results[id][n] = samples
  for (const n of RENDER_SIZES) {
    writeFileSync(`${out}resolution-${n}.json`, JSON.stringify(generate(n)));
  }
  for (const n of RENDER_SIZES) {
    const floorHtml = await floorMarkup(browser, base, n);
    // Contenders interleaved run by run, so that a slow moment of the machine falls on all of them.
    for (let r = 0; r < runsFor(n); r++) {
      for (const c of CONTENDERS) {
        const s = await measure(browser, base, c, n, floorHtml);
        ((results[c.id] ??= {})[n] ??= []).push(s);
      }
    }
    log(`render ${n}: ${CONTENDERS.map((c) => `${c.id} ${median(results[c.id][n].map((s) => s.ms)).toFixed(1)} ms`).join(', ')}`);
  }
  return results;
}

// ---------------------------------------------------------------- 5. a phone: the dashboard, throttled
// examples/dashboard.html (the whole Thái Nguyên resolution in one <tn-resolution>) as a reader's phone
// opens it: 360×740 at 2× pixels, mobile, the CPU slowed 4× (DevTools' throttling), a first visit (HTTP
// cache off; the network is this machine's, unthrottled). Next to it bench/pages/phone-echarts.html:
// the same page built with ECharts gauges, handed the dashboard's own words and gauges.
const PHONE = { width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PHONE_CPU = 4;
const phoneRuns = () => (QUICK ? 1 : 7);
const PHONE_CONTENDERS = [
  { id: 'tn', url: '/examples/dashboard.html', name: '`<tn-resolution>` dashboard (examples/dashboard.html)' },
  { id: 'echarts', url: '/bench/pages/phone-echarts.html', name: 'the same page with ECharts gauges where the dashboard draws one' },
  { id: 'echartsEvery', url: '/bench/pages/phone-echarts.html?every', name: 'the same page with an ECharts gauge on every card' },
];

/**
 * Injected before any of the page's scripts: long tasks and LCP from the start, and the moment the page
 * settled: every tn- element (shadow roots included) rendered and none aria-busy, as
 * test/examples/browser.ts's settle() asks, checked at each animation frame and timed after that
 * frame's paint (a task queued from requestAnimationFrame); the ECharts page says when itself.
 */
function phoneWatch() {
  const w = window;
  w.phone = { longTasks: [], lcp: null, lcpElement: null, settled: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.phone.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.phone.lcp = e.startTime;
      // what it was: the element (or, in a shadow root, the host's tag and the element's own)
      const el = e.element;
      const host = el?.getRootNode?.().host;
      // (the entry does not name an element inside a shadow root)
      w.phone.lcpElement = `${el ? `${host ? `${host.tagName.toLowerCase()} › ` : ''}${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}…”` : 'an element inside a shadow root'}, ${Math.round(e.size).toLocaleString('en')} px²`;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const settled = () => {
    const all = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.tagName.startsWith('TN-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
    walk(document);
    return all.length > 0 && all.every((el) => !el.hasAttribute('aria-busy') && (el.tagName === 'TN-GAUGE' || el.shadowRoot?.childElementCount || el.shadowRoot?.textContent?.trim() || el.hasAttribute('hidden')));
  };
  const tick = () => {
    if (w.chartsDone) return; // (phone-echarts.html times itself: chartsDoneAt)
    if (!settled()) return requestAnimationFrame(tick);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (w.phone.settled = performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
}

/** What the dashboard shows at 360 px, for the ECharts page: its words, card by card, and each gauge's scale and size. */
async function phoneSpec(browser, base) {
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  await page.evaluateOnNewDocument(phoneWatch);
  await page.goto(`${base}/examples/dashboard.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.phone.settled !== null, { timeout: 30000 });
  const spec = await page.evaluate(async () => {
    const doc = await (await fetch('/examples/data/tp-thai-nguyen-2020-2025.json')).json();
    const byId = new Map(doc.indicators.map((i) => [i.id, i]));
    const root = document.querySelector('tn-resolution').shadowRoot;
    const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const groups = [];
    let size = null;
    for (const el of root.querySelectorAll('h3, tn-indicator')) {
      if (el.tagName === 'H3') {
        groups.push({ title: text(el), cards: [] });
        continue;
      }
      const card = el.shadowRoot;
      const id = el.getAttribute('indicator');
      const meter = card.querySelector('[part="gauge"]');
      let gauge;
      if (meter) {
        const box = meter.getBoundingClientRect();
        size ??= { width: Math.round(box.width), height: Math.round(box.height) };
        const raw = byId.get(id)?.target?.value;
        gauge = {
          min: Number(meter.getAttribute('aria-valuemin')),
          max: Number(meter.getAttribute('aria-valuemax')),
          value: Number(meter.getAttribute('aria-valuenow')),
          target: Array.isArray(raw) ? raw[0] : typeof raw === 'number' ? raw : undefined,
          reversed: meter.classList.contains('reversed'),
          text: text(card.querySelector('[part="value"]')),
          label: meter.getAttribute('aria-label'),
          width: Math.round(box.width),
          height: Math.round(box.height),
        };
      }
      groups.at(-1).cards.push({
        id,
        title: text(card.querySelector('[part="title"]')),
        value: text(card.querySelector('[part="value"]')),
        caption: text(card.querySelector('[part="value"] + .muted')),
        target: text(card.querySelector('[part="target"]')),
        status: text(card.querySelector('.foot [part="status"]')),
        asOf: text(card.querySelector('[part="as-of"]')),
        notes: [...card.querySelectorAll('.body > div > .muted')].map(text),
        source: text([...card.querySelectorAll('.src')].find((e) => e.getAttribute('part') !== 'as-of')),
        gauge,
      });
    }
    return {
      title: text(root.querySelector('h2')),
      term: text(root.querySelector('h2 + .muted')),
      summary: text(root.querySelector('.summary strong')),
      groups,
      gaugeSize: size ?? { width: 256, height: 157 },
    };
  });
  await page.close();
  return spec;
}

async function phoneRun(browser, base, contender, spec) {
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  await page.setCacheEnabled(false);
  await page.emulateCPUThrottling(PHONE_CPU);
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.evaluateOnNewDocument(phoneWatch);
  if (contender.id !== 'tn') await page.evaluateOnNewDocument((s) => (window.phoneSpec = s), spec);
  await page.goto(`${base}${contender.url}`, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => window.phone.settled !== null || window.chartsDoneAt !== undefined || window.chartsError, { timeout: 60000, polling: 100 });
  // LCP can still change on the frames after; a quiet moment, then the figures
  await new Promise((r) => setTimeout(r, 500));
  const m = await page.evaluate(() => {
    const settled = window.chartsDoneAt ?? window.phone.settled;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    // Total blocking time from first contentful paint until settled: each long task's time past 50 ms
    const tbt = window.phone.longTasks.filter(([start]) => fcp !== null && start >= fcp && start < settled).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    const busy = window.phone.longTasks.filter(([start]) => start < settled);
    const scripts = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
    return {
      settled,
      fcp,
      lcp: window.phone.lcp,
      lcpElement: window.phone.lcpElement,
      tbt,
      longTasks: busy.length,
      longest: Math.max(0, ...busy.map(([, d]) => d)),
      scriptBytes: scripts.reduce((sum, r) => sum + (r.decodedBodySize || 0), 0),
      gauges: window.gaugesDrawn ?? null,
      error: window.chartsError ?? null,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
  await page.close();
  const errors = [...problems, ...(m.error ? [m.error] : [])];
  if (errors.length) throw new Error(`phone ${contender.id}: ${errors.slice(0, 5).join('; ')}`);
  return m;
}

async function phone(browser, base) {
  const spec = await phoneSpec(browser, base);
  writeFileSync(`${out}phone-spec.json`, JSON.stringify(spec, null, 1)); // (what the ECharts page was handed)
  const gauges = spec.groups.reduce((n, g) => n + g.cards.filter((c) => c.gauge).length, 0);
  const cards = spec.groups.reduce((n, g) => n + g.cards.length, 0);
  const results = {};
  // An untimed first run of each (the dev server's first answers, Chromium's code caches), then interleaved runs
  for (const c of PHONE_CONTENDERS) await phoneRun(browser, base, c, spec);
  for (let r = 0; r < phoneRuns(); r++) {
    for (const c of PHONE_CONTENDERS) (results[c.id] ??= []).push(await phoneRun(browser, base, c, spec));
  }
  log(`phone: ${PHONE_CONTENDERS.map((c) => `${c.id} ${median(results[c.id].map((s) => s.settled)).toFixed(0)} ms`).join(', ')}`);
  return { results, cards, gauges };
}

function phoneLines({ results, cards, gauges }) {
  const L = [];
  const med = (id, key) => median(results[id].map((s) => s[key] ?? NaN));
  const range = (id, key) => {
    const xs = results[id].map((s) => s[key]);
    return xs.length > 1 ? ` (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})` : '';
  };
  const runs = results.tn.length;
  L.push('## 5. A phone: the dashboard, the CPU slowed 4×');
  L.push('');
  L.push(`\`examples/dashboard.html\` (the Thái Nguyên example: one \`<tn-resolution>\`, ${cards} cards of which ${gauges} draw a gauge, and the milestones) opened as on a phone: a ${PHONE.width}×${PHONE.height} viewport at ${PHONE.deviceScaleFactor}× pixels, mobile, the CPU slowed ${PHONE_CPU}× (\`page.emulateCPUThrottling(${PHONE_CPU})\`), each run a fresh page with the HTTP cache off; the network is this machine's own (not throttled). Times from navigation start, median of ${runs} interleaved runs after an untimed one; (min–max) in brackets.`);
  L.push('');
  L.push('- **settled**: every `tn-` element rendered and none `aria-busy` (the example tests\' `settle()`), checked at each animation frame, timed after that frame\'s paint; on the ECharts pages, every chart\'s `finished` and the next frame painted.');
  L.push('- **LCP**: the last `largest-contentful-paint` entry; **TBT**: total blocking time from first contentful paint until settled (each long task\'s time past 50 ms); **long tasks**: those that started before settled, and the longest.');
  L.push(`- **ECharts**: \`bench/pages/phone-echarts.html\`, the same header, the same data file fetched and parsed, the dashboard\'s words card by card as HTML (title, figure, target, notes, status, date and source; no sparklines or year chips; taken from the dashboard at ${PHONE.width} px by \`bench/run.js\`), and an ECharts gauge (\`echarts/core\`, gauge, SVG renderer, \`animation: false\`) of the same size and scale where the dashboard draws one, or (\`?every\`) on every card (a card without a gauge in the dashboard gets its indicator\'s latest figure). It is handed the assessment and every word: it does none of the validation, assessment or formatting that the dashboard does, so it is the least such a page would cost.`);
  L.push('');
  L.push('| page | gauges | settled | ÷ ECharts | first contentful paint | LCP | TBT | long tasks (longest) | scripts loaded |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of PHONE_CONTENDERS) {
    const n = c.id === 'tn' ? gauges : med(c.id, 'gauges');
    L.push(`| ${c.name} | ${n} | ${fmtMs(med(c.id, 'settled'))}${range(c.id, 'settled')} | ${fmtX(med(c.id, 'settled') / med('echarts', 'settled'))} | ${fmtMs(med(c.id, 'fcp'))} | ${fmtMs(med(c.id, 'lcp'))} | ${fmtMs(med(c.id, 'tbt'))} | ${med(c.id, 'longTasks')} (${fmtMs(med(c.id, 'longest'))}) | ${fmtKB(med(c.id, 'scriptBytes'))} |`);
  }
  L.push('');
  L.push(`The largest contentful paint, in the middle run: ${PHONE_CONTENDERS.map((c) => `${c.id === 'tn' ? 'dashboard' : c.id === 'echarts' ? 'ECharts' : 'ECharts on every card'}: ${results[c.id][Math.floor(results[c.id].length / 2)].lcpElement ?? '—'}`).join('; ')}.`);
  const wide = results.tn.map((s) => s.scrollWidth).filter((w) => w > PHONE.width);
  if (wide.length) {
    L.push('');
    L.push(`(The dashboard was ${Math.max(...wide)} px wide in a ${PHONE.width} px viewport in this run: it scrolled sideways.)`);
  }
  return L;
}

// ---------------------------------------------------------------- profiles
/**
 * One more run of `contender` at n under the DevTools protocol's CPU profiler and a trace: JS self
 * time by function (mapped to source files where the file has a valid source map) and the renderer
 * main thread's self time by trace event. When dist/tn-indicators.js.map does not describe
 * dist/tn-indicators.js, the profiled tn-indicator page loads a copy of the embed that esbuild builds
 * here from components/embed.ts with a map that does (same sources, esbuild's minifier).
 */
async function profile(browser, base, contender, n) {
  const floorHtml = contender.id === 'floor' ? await floorMarkup(browser, base, n) : undefined;
  let page = contender.page;
  let note;
  if (contender.id === 'tn' && !mapOf(`${root}dist/tn-indicators.js`)) {
    await buildEmbed(`${out}profile/tn-indicators.js`, { sourcemap: true });
    page = `${page}?embed=/bench/.out/profile/tn-indicators.js`;
    note = '`dist/tn-indicators.js.map` does not describe `dist/tn-indicators.js` (it maps more lines than the file has: the map of another build), so this run loaded the same sources bundled by esbuild with a valid map (`bench/.out/profile/tn-indicators.js`).';
  }
  let cdp;
  const s = await measure(browser, base, { ...contender, page }, n, floorHtml, {
    before: async (p) => {
      cdp = await p.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await p.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
      await cdp.send('Profiler.start');
    },
    after: async (p) => {
      const { profile } = await cdp.send('Profiler.stop');
      const trace = JSON.parse(Buffer.from(await p.tracing.stop()).toString('utf8'));
      return { profile, trace };
    },
  });
  const toFile = (url) => (url.startsWith(base) ? `${root}${new URL(url).pathname.slice(1)}` : null);
  return { ms: s.ms, note, js: jsSelfTime(s.extra.profile, toFile), main: mainThreadSelfTime(s.extra.trace) };
}

/** The core's profile (parseResolution then assess of 100,000 indicators, in Node), from a child process. */
function coreProfile() {
  const text = execFileSync(process.execPath, [`${bench}core.js`, '--profile'], { env: { ...process.env, BENCH_SIZES: String(CORE_SIZES.at(-1)) }, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(text.trim().split('\n').pop());
}

// ---------------------------------------------------------------- report
const fmtMs = (x) => (x >= 100 ? `${Math.round(x).toLocaleString('en')} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
const fmtKB = (b) => `${(b / 1024).toFixed(1)} KB`;
const fmtX = (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;
const mark = (ok) => (ok ? '✓' : '✗');

function report({ machine, sizeRows, coreRows, renderResults, phoneResults, profiles = [], coreProfiles = [] }) {
  const L = [];
  const samples = (id, n, key = 'ms') => renderResults[id][n].map((s) => s[key]);
  const med = (id, n, key = 'ms') => median(samples(id, n, key));
  const spread = (id, n) => {
    const xs = samples(id, n);
    return xs.length > 1 ? ` (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})` : '';
  };
  L.push('# Benchmarks');
  L.push('');
  L.push('Written by `npm run bench` (`bench/run.js`): tn-indicators next to the tools a portal would use instead, all measured in one run on the machine below. Every time is the median of several runs (stated per table). Only ratios carry over to another machine: re-run it there.');
  L.push('');
  L.push(`- Date: ${machine.date}`);
  L.push(`- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.os}`);
  L.push(`- Node ${machine.node}; ${machine.chromium}, headless (\`--js-flags=--expose-gc --enable-precise-memory-info\`)`);
  L.push(`- Code measured: ${machine.code}`);
  L.push(`- tn-indicators ${sizeRows[0].lib.split(' ')[1]}; ${BUNDLES.map((b) => b.lib).join(', ')}; esbuild ${pkg('esbuild')}`);
  if (QUICK) L.push('- **Quick run (`--quick`): one run per figure, not for publication.**');
  L.push('');

  const tn = sizeRows[0];
  L.push('## 1. Size');
  L.push('');
  L.push('The smallest bundle of each library that draws a gauge (entries in `bench/enties/`), built the way tsup builds the embed: esbuild, bundled, ESM, browser, es2022, `NODE_ENV=production`, licence comments in a separate file. First minified by esbuild, then by terser with the embed\'s settings (`dist/tn-indicators.js` as `npm run build` writes it is the tn-indicators figure there). gzip level 9; 1 KB = 1,024 bytes.'.replace('enties', 'entries'));
  L.push('');
  L.push('| bundle | what it holds | esbuild: minified | esbuild: gzip | ÷ tn | + terser: minified | + terser: gzip | ÷ tn |', '|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of sizeRows) {
    const t = r.terser ? [fmtKB(r.terser.length), `${fmtKB(r.terserGzip)} (${r.terserGzip.toLocaleString('en')} B)`, fmtX(r.terserGzip / tn.terserGzip)] : ['—', '—', '—'];
    L.push(`| ${r.name} | ${r.what} | ${fmtKB(r.esbuild.length)} | ${fmtKB(r.esbuildGzip)} | ${fmtX(r.esbuildGzip / tn.esbuildGzip)} | ${t.join(' | ')} |`);
  }
  L.push('');

  const ns = RENDER_SIZES;
  const nn = (n) => n.toLocaleString('en');
  L.push('## 2. Rendering in headless Chromium');
  L.push('');
  L.push(`N cards from one generated resolution file (\`bench/.out/resolution-N.json\`: all five target kinds, four yearly figures and a projection each) in a 1280×900 page served by @web/dev-server; each run in a fresh page with the HTTP cache off, the contenders interleaved run by run. Time from insertion until every element shows its final state and the next frame has been painted (a task queued from \`requestAnimationFrame\`). Median of ${runsFor(10)} runs for N = 10 and 100 and of ${runsFor(1000)} for N = 1,000, where the goals are judged; (min–max) in brackets.`);
  L.push('');
  L.push('- **`<tn-indicator>` cards**: N × `<tn-indicator src indicator variant="card">` set with one `innerHTML`; the elements fetch the file (one shared request), validate, assess and render it; done when all N fired `tn-load` (listened for on `document`, capture) and the next frame painted. As on any page, the cards more than one and a half viewports away when the data arrives show their title and status as one line, and draw in full as they come near: the cards in and near the 1280×900 viewport are complete, the rest are that one line (README, "Pages of many cards").');
  L.push('- **`<tn-indicator>` cards, every one drawn in full**: the same, then every card drawn in full as before printing (a `beforeprint` event) before the frame: what it costs to build all N cards.');
  L.push('- **innerHTML floor**: the same cards\' final markup, taken from a warm-up page where tn-indicator rendered them, every one in full (each shadow root\'s content without Lit\'s comment markers, in a `<div class="tn-host">`; the elements\' stylesheet once, in a `<style>`, `:host` turned into `.tn-host`): one `innerHTML` assignment, forced layout, next frame painted. No fetch, no logic, no shadow roots: the cost of the DOM alone.');
  L.push('- **ECharts**: the same file fetched and parsed; per indicator a card with its title and figure as HTML and a gauge, one `echarts.init` each (SVG renderer, `animation: false`, fixed 176×96); done when every chart fired `finished` (with animation off ECharts fires it inside `setOption`: all had fired when the loop returned) and the next frame painted.');
  L.push('- **Chart.js**: the same file fetched and parsed; the same cards with a half doughnut on a 176×96 canvas each (`animation: false`, `responsive: false`: Chart.js draws in the constructor); done when all are built and the next frame painted.');
  L.push('');
  L.push('The chart libraries are handed each indicator\'s latest figure and draw it; tn-indicator also validates the document, assesses every target and formats the status, the target in words, a sparkline and the source, and its cards are richer (the floor is its markup).');
  L.push('');
  L.push(`| contender | ${ns.map((n) => `N = ${nn(n)}`).join(' | ')} | ÷ floor (${ns.map(nn).join(' / ')}) | ÷ ECharts (${ns.map(nn).join(' / ')}) |`, `|---|${ns.map(() => '---:').join('|')}|---:|---:|`);
  for (const c of CONTENDERS) {
    L.push(`| ${c.name} | ${ns.map((n) => `${fmtMs(med(c.id, n))}${spread(c.id, n)}`).join(' | ')} | ${ns.map((n) => fmtX(med(c.id, n) / med('floor', n))).join(' / ')} | ${ns.map((n) => fmtX(med(c.id, n) / med('echarts', n))).join(' / ')} |`);
  }
  L.push('');
  L.push('Where a `<tn-indicator>` run\'s time goes (medians, ms from insertion): the data file received (Resource Timing\'s `responseEnd`), the first card loaded (the document parsed, validated and one card assessed and rendered), the last card loaded, and the next frame painted (style, layout and paint of all the cards).');
  L.push('');
  L.push('| N | file received | first `tn-load` | last `tn-load` | painted |', '|---:|---:|---:|---:|---:|');
  for (const n of ns) {
    const phase = (k) => fmtMs(median(renderResults.tn[n].map((s) => s.phases?.[k] ?? NaN)));
    L.push(`| ${nn(n)} | ${phase('response')} | ${phase('firstLoad')} | ${phase('lastLoad')} | ${fmtMs(med('tn', n))} |`);
  }
  L.push('');
  L.push('Memory at N = 1,000: `performance.memory.usedJSHeapSize` after `gc()`, after the run less before it, per element. The DOM itself is not in the JS heap, so its size is shown as nodes per element (the DevTools protocol\'s `Memory.getDOMCounters`, shadow roots and Lit\'s comment markers included).');
  L.push('');
  L.push('| contender | JS heap per element | ÷ ECharts | DOM nodes per element |', '|---|---:|---:|---:|');
  for (const c of CONTENDERS) {
    const h = med(c.id, 1000, 'heapPer');
    L.push(`| ${c.name} | ${(h / 1024).toFixed(1)} KB | ${fmtX(h / med('echarts', 1000, 'heapPer'))} | ${Math.round(med(c.id, 1000, 'nodesPer'))} |`);
  }
  L.push('');

  L.push('## 3. Core');
  L.push('');
  L.push(`\`parseResolution\` (on the already \`JSON.parse\`d object, a fresh one each run) and \`assess\` of generated documents of ${CORE_SIZES.map(nn).join(', ')} indicators (the same generator), in Node (\`dist/index.js\`), next to \`JSON.parse\` of the same text: the floor. Median of 9 runs (5 for 100,000), after an untimed pass; each table from its own Node process. \`npm run bench:core\` prints the first table alone.`);
  L.push('');
  L.push('The same code runs in browsers (no code generation: a strict Content-Security-Policy allows it).');
  L.push('');
  L.push(...coreTable(coreRows));
  L.push('');

  const requests = samples('tn', 1000, 'requests');
  const parses = samples('tn', 1000, 'parses');
  L.push('## 4. One request and one parse per file');
  L.push('');
  L.push(`Each 1,000-card run: requests for the data file seen by the page (\`page.on('request')\`): ${requests.join(', ')}; \`JSON.parse\` calls on a text the size of a document (\`JSON.parse\` wrapped before the page loads): ${parses.join(', ')}.`);
  L.push('');
  if (phoneResults) L.push(...phoneLines(phoneResults), '');

  const coreGoals = (rows) => {
    const per = rows.map((r) => ((r.parseMs + r.assessMs) * 1000) / r.n);
    const last = rows.at(-1);
    return [
      ['core', `parse + assess of ${nn(last.n)} indicators within 3× JSON.parse`, `${fmtX((last.parseMs + last.assessMs) / last.jsonMs)} (${fmtMs(last.parseMs + last.assessMs)} vs ${fmtMs(last.jsonMs)})`, (last.parseMs + last.assessMs) / last.jsonMs <= GOALS.coreVsJson],
      // Flat: no size costs more per indicator than 1.5× the smallest does (a fixed cost spread thinner is no growth).
      ['core', `Cost per indicator flat from ${nn(rows[0].n)} to ${nn(last.n)} (none above 1.5× that at ${nn(rows[0].n)})`, `${per.map((x) => x.toFixed(1)).join(' → ')} µs (largest ${fmtX(Math.max(...per) / per[0])})`, Math.max(...per) / per[0] <= GOALS.flat],
    ];
  };
  const tn1000 = med('tn', 1000);
  const goals = [
    ['size', 'Embed ≤ 48 KB gzip (49,152 B)', `${fmtKB(tn.terserGzip)} (${tn.terserGzip.toLocaleString('en')} B)`, tn.terserGzip <= GOALS.embedGzip],
    ['render', '1,000 cards within 2× the innerHTML floor', `${fmtX(tn1000 / med('floor', 1000))} (${fmtMs(tn1000)} vs ${fmtMs(med('floor', 1000))})`, tn1000 / med('floor', 1000) <= GOALS.vsFloor],
    ['render', '1,000 cards in at most 0.2× the time of 1,000 ECharts gauges', `${fmtX(tn1000 / med('echarts', 1000))} (${fmtMs(tn1000)} vs ${fmtMs(med('echarts', 1000))})`, tn1000 / med('echarts', 1000) <= GOALS.vsEcharts],
    ['render', '1,000 cards, every one drawn in full, in at most ⅓ of the time of 1,000 ECharts gauges', `${fmtX(med('tnFull', 1000) / med('echarts', 1000))} (${fmtMs(med('tnFull', 1000))} vs ${fmtMs(med('echarts', 1000))})`, med('tnFull', 1000) / med('echarts', 1000) <= GOALS.vsEchartsFull],
    ['render', 'Heap per card ≤ ⅓ of an ECharts instance', `${fmtX(med('tn', 1000, 'heapPer') / med('echarts', 1000, 'heapPer'))} (${(med('tn', 1000, 'heapPer') / 1024).toFixed(1)} KB vs ${(med('echarts', 1000, 'heapPer') / 1024).toFixed(1)} KB)`, med('tn', 1000, 'heapPer') <= med('echarts', 1000, 'heapPer') * GOALS.heapShare],
    ...coreGoals(coreRows),
    ['request', 'One request and one parse per src (1,000 cards)', `${Math.max(...requests)} request(s), ${Math.max(...parses)} parse(s) in every run`, requests.every((x) => x === 1) && parses.every((x) => x === 1)],
  ];
  L.push('## Goals');
  L.push('');
  L.push('| goal | measured | met |', '|---|---|:---:|');
  for (const [, goal, value, ok] of goals) L.push(`| ${goal} | ${value} | ${mark(ok)} |`);
  L.push('');

  if (profiles.length) {
    L.push('## Where the time goes: 1,000 cards, profiled');
    L.push('');
    L.push('One more 1,000-card run of each contender under the DevTools protocol\'s CPU profiler (100 µs sampling) with a trace of the renderer; profiling slows a run, so these totals exceed the medians above. Minified positions are mapped to source files through the bundle\'s source map.');
    for (const p of profiles) {
      L.push('');
      L.push(`### ${p.contender.name}: ${fmtMs(p.ms)} profiled`);
      L.push('');
      if (p.note) L.push(p.note, '');
      L.push(...profileTables(p.js, p.main));
    }
    L.push('');
  }
  for (const c of coreProfiles) {
    L.push(`## Where the time goes: the core, ${nn(c.n)} indicators, profiled`);
    L.push('');
    L.push(`\`parseResolution\` then \`assess\` once under V8\'s sampling profiler (\`node:inspector\`, 100 µs), ${fmtMs(c.ms)} profiled; \`dist/\` positions mapped through its source maps.`);
    L.push('');
    L.push(...profileTables(c.js, null, { browser: false }));
    L.push('');
  }
  return { text: `${L.join('\n')}\n`, goals };
}

// ---------------------------------------------------------------- main
const machine = {
  date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
  cores: os.cpus().length,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  code: (() => {
    try {
      const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src', 'components', 'tsup.config.ts'], { encoding: 'utf8' }).trim();
      return `commit ${head}${dirty ? ' with uncommitted changes to src/, components/ or the build' : ''}`;
    } catch {
      return 'not a git checkout';
    }
  })(),
};

async function startBrowser() {
  const port = await freePort(8800);
  const server = await startDevServer({ config: { rootDir: root, port, nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  machine.chromium = (await browser.version()).replace('/', ' ');
  return { base: `http://localhost:${port}`, browser, stop: async () => { await browser.close(); await server.stop(); } };
}

if (ONLY === 'phone') {
  // Section 5 alone: the ECharts page's bundle, the runs, the table printed; BENCHMARKS.md untouched.
  log('phone only');
  writeFileSync(`${out}echarts-gauge.js`, await bundle(`${bench}entries/echarts-gauge.js`, true));
  const { base, browser, stop } = await startBrowser();
  let lines;
  try {
    lines = phoneLines(await phone(browser, base));
  } finally {
    await stop();
  }
  process.stdout.write(`- Date: ${machine.date}\n- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.os}\n- Node ${machine.node}; ${machine.chromium}, headless\n- Code measured: ${machine.code}\n${QUICK ? '- **Quick run (`--quick`): one run per figure, not for publication.**\n' : ''}\n${lines.join('\n')}\n`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(0);
}

log('size');
const sizeRows = await sizes();
log('core');
const coreRows = core();
log('render');
const { base, browser, stop } = await startBrowser();
let result;
try {
  const renderResults = await render(browser, base);
  log('phone');
  const phoneResults = await phone(browser, base);
  // A first report tells which goals were missed, and so what to profile.
  const { goals } = report({ machine, sizeRows, coreRows, renderResults, phoneResults });
  const missed = (area) => goals.some(([a, , , ok]) => a === area && !ok);
  const profiles = [];
  if (args.has('--profile') || missed('render')) {
    for (const c of CONTENDERS) {
      log(`profile ${c.id} 1000`);
      profiles.push({ contender: c, ...(await profile(browser, base, c, 1000)) });
    }
  }
  const coreProfiles = [];
  if (args.has('--profile') || missed('core')) {
    log('profile core');
    coreProfiles.push(coreProfile());
  }
  result = report({ machine, sizeRows, coreRows, renderResults, phoneResults, profiles, coreProfiles });
} finally {
  await stop();
}
process.stdout.write(result.text);
if (!args.has('--no-write')) {
  // The record of what the benchmark changed (bench/history.md, written by hand) follows the figures.
  writeFileSync(`${root}BENCHMARKS.md`, `${result.text.trimEnd()}\n\n${readFileSync(new URL('./history.md', import.meta.url), 'utf8')}`);
  log('wrote BENCHMARKS.md');
}
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
