// Reading V8 CPU profiles (Chromium's DevTools protocol or node:inspector) and Chromium traces:
// self time by function, mapped through the source maps of the files that have a valid one, and
// main-thread self time by trace event.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { originalPositionFor, sourceContentFor, TraceMap } from '@jridgewell/trace-mapping';

const maps = new Map();
const REPO = fileURLToPath(new URL('..', import.meta.url));

/**
 * The source map of a local JS file, when it has one that describes it: a map whose mappings
 * cover more lines than the file has is of another build (and would name the wrong functions).
 */
export function mapOf(file) {
  if (maps.has(file)) return maps.get(file);
  let map = null;
  if (existsSync(`${file}.map`)) {
    const text = readFileSync(`${file}.map`, 'utf8');
    const lines = JSON.parse(text).mappings.split(';').length;
    const fileLines = readFileSync(file, 'utf8').split('\n').length;
    map = lines <= fileLines ? new TraceMap(text) : null;
  }
  maps.set(file, map);
  return map;
}

/** The name a function is declared with on a line of its source (minified bundles rename functions). */
function nameAt(source, line) {
  const text = source?.split('\n')[line - 1] ?? '';
  const m =
    text.match(/function\s*\*?\s*([\w$]+)/) ??
    text.match(/([\w$.]+)\s*[:=]\s*(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*(?::[^=]*)?=>/) ??
    text.match(/^\s*(?:(?:static|async|get|set|private|protected|public|override|readonly)\s+)*([\w$]+)\s*(?:<[^>]*>)?\(/);
  return m?.[1] ?? null;
}

/** Where a profile's call frame comes from: `toFile(url)` turns its URL into a local path (or null). */
function place(frame, toFile) {
  const file = frame.url ? toFile(frame.url) : null;
  const map = file ? mapOf(file) : null;
  if (map) {
    const p = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (p.source) {
      const file = p.source.replace(/^(\.\.\/)+/, '');
      return { where: `${file}:${p.line}`, file, name: p.name ?? nameAt(sourceContentFor(map, p.source), p.line) };
    }
  }
  if (!frame.url) return { where: '', file: '', name: null };
  // (a page's query string is no part of its file)
  const short = frame.url.replace(/\?.*$/, '').replace(/^(https?:\/\/[^/]+\/|file:\/\/)/, '').replace(REPO, '');
  return { where: `${short}:${frame.lineNumber + 1}`, file: short, name: null };
}

/** Self time (ms) by function and by source file; the top `limit` of each. */
export function jsSelfTime(profile, toFile, limit = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map();
  const files = new Map();
  for (const [id, ms] of self) {
    const frame = byId.get(id).callFrame;
    const p = place(frame, toFile);
    // A bundle's short names are shown with the name the source gives the function.
    const name = p.name && p.name !== frame.functionName ? `${p.name}${frame.functionName ? ` (${frame.functionName})` : ''}` : frame.functionName || '(anonymous)';
    // Native functions (setAttribute, importNode…) and V8's own entries have no URL: their name is their place.
    const key = `${name} ${p.where}`;
    functions.set(key, { name, where: p.where, ms: (functions.get(key)?.ms ?? 0) + ms });
    const file = p.file || (name.startsWith('(') ? name : `${name} (native)`);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  return {
    total,
    top: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, limit),
    files: [...files].map(([file, ms]) => ({ file, ms })).sort((a, b) => b.ms - a.ms).slice(0, limit),
  };
}

/** Self time (ms) of the trace events of the busiest renderer main thread, by event name. */
export function mainThreadSelfTime(trace, limit = 12) {
  const events = trace.traceEvents ?? trace;
  // Tracing covers every process; the page's renderer main thread is the busy one.
  const busy = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0));
  const main = mains[0];
  if (!main) return { total: 0, top: [] };
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: an event's duration less that of the events nested directly in it.
  const frames = [];
  const stack = [];
  for (const e of own) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur;
    const frame = { name: e.name, end: e.ts + e.dur, self: e.dur };
    stack.push(frame);
    frames.push(frame);
  }
  const self = new Map();
  for (const f of frames) self.set(f.name, (self.get(f.name) ?? 0) + f.self);
  const all = [...self].map(([name, us]) => ({ name, ms: us / 1000 })).filter((x) => x.ms > 0);
  return { total: all.reduce((a, b) => a + b.ms, 0), top: all.sort((a, b) => b.ms - a.ms).slice(0, limit) };
}

/** Markdown tables for a profile. */
export function profileTables(js, main, { browser = true } = {}) {
  const ms = (x) => (x >= 100 ? `${Math.round(x).toLocaleString('en')} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
  const pct = (x, total) => `${((100 * x) / total).toFixed(0)}%`;
  const L = [];
  L.push(
    browser
      ? `JS profile, ${ms(js.total)} sampled. Self time by function (\`(program)\` is the browser's own work outside JS: style, layout, paint; native DOM calls are listed by name):`
      : `JS profile, ${ms(js.total)} sampled. Self time by function:`,
  );
  L.push('');
  L.push('| function | where | self | share |', '|---|---|---:|---:|');
  for (const f of js.top) L.push(`| \`${f.name}\` | ${f.where} | ${ms(f.ms)} | ${pct(f.ms, js.total)} |`);
  L.push('');
  L.push('Self time by source file:');
  L.push('');
  L.push('| file | self | share |', '|---|---:|---:|');
  for (const f of js.files) L.push(`| ${f.file} | ${ms(f.ms)} | ${pct(f.ms, js.total)} |`);
  if (main) {
    L.push('');
    L.push(`Trace of the renderer's main thread, ${ms(main.total)}. Self time by event (\`RunTask\`'s self time is JS not broken down further by the trace):`);
    L.push('');
    L.push('| event | self | share |', '|---|---:|---:|');
    for (const e of main.top) L.push(`| ${e.name} | ${ms(e.ms)} | ${pct(e.ms, main.total)} |`);
  }
  return L;
}
