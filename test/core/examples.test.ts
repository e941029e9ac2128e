import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, safeParseResolution, type Resolution } from '../../src/index.js';

// Every data set in examples/data is valid, and the real 2025–2030 resolutions are full ones: at
// least 15 targets each, their 2025 base figures, and every source with its address.
const dir = new URL('../../examples/data/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));

describe('examples/data', () => {
  it.each(files)('%s validates', (f) => {
    const r = safeParseResolution(load(f), { lang: 'en' });
    expect(r.success ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([]);
  });

  const current = files.filter((f) => f.endsWith('-2025-2030.json'));
  it('holds at least three real 2025–2030 resolutions, one of a province merged in 2025', () => {
    expect(current.length).toBeGreaterThanOrEqual(3);
    const merged = current.map((f) => load(f) as Resolution).filter((d) => d.indicators.some((i) => i.breaks?.some((b) => b.year === 2025)));
    expect(merged.length).toBeGreaterThan(0);
  });

  it.each(current)('%s: 1.1, 15 targets or more, 2025 base figures, sourced with addresses, assessable', (f) => {
    const d = load(f) as Resolution;
    expect(d.schemaVersion).toBe('1.1');
    expect(d.term).toEqual({ from: 2025, to: 2030 });
    expect(d.indicators.filter((i) => i.target).length).toBeGreaterThanOrEqual(15);
    const base = d.indicators.filter((i) => i.baseline?.period === 2025 || i.observations?.some((o) => o.period === 2025));
    expect(base.length).toBeGreaterThanOrEqual(5);
    expect(d.sources?.length).toBeGreaterThan(0);
    for (const s of d.sources ?? []) expect(s.url, s.id).toMatch(/^https?:\/\//);
    // every figure names its source
    for (const i of d.indicators) for (const o of i.observations ?? []) expect(o.source, `${i.id} ${o.period}`).toBeTruthy();
    const r = assess(d);
    expect(r.indicators).toHaveLength(d.indicators.length);
  });
});

describe('examples/data: a 2020–2025 provincial resolution at the end of its term', () => {
  const ended = files.filter((f) => f.endsWith('-2020-2025.json')).map((f) => load(f) as Resolution).filter((d) => d.body?.level === 'province');
  it('has its end-of-term figures and the province\'s own verdict, with sources', () => {
    expect(ended.length).toBeGreaterThan(0);
    for (const d of ended) {
      expect(d.schemaVersion).toBe('1.1');
      const endOfTerm = d.indicators.filter((i) => i.target && i.observations?.some((o) => o.period === 2024 || o.period === 2025));
      expect(endOfTerm.length, d.id).toBeGreaterThanOrEqual(8);
      expect(d.verdicts?.length, d.id).toBeGreaterThan(0);
      const sources = new Set((d.sources ?? []).map((s) => s.id));
      for (const v of d.verdicts ?? []) expect(sources.has(v.source)).toBe(true);
    }
  });
});
