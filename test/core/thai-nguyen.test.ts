import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, parseResolution, safeParseResolution } from '../../src/index.js';

const text = readFileSync(new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url), 'utf8');
const resolution = parseResolution(JSON.parse(text));

describe('the Thái Nguyên 2020–2025 data set', () => {
  it('validates', () => {
    const r = safeParseResolution(JSON.parse(text), { lang: 'en' });
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it('carries the seed’s figures with the right quality', () => {
    const byId = new Map(resolution.indicators.map((i) => [i.id, i]));
    expect(byId.get('agri-growth')!.observations!.map((o) => [o.period, o.value, o.quality ?? 'actual'])).toEqual([
      [2021, 4.2, 'actual'],
      [2022, 4.3, 'actual'],
      ['2021-2025', 5.1, 'projected'],
    ]);
    expect(byId.get('poverty-rate')!.observations!.map((o) => [o.period, o.value, o.quality ?? 'actual'])).toEqual([[2023, 0.54, 'estimated']]);
    expect(byId.get('advanced-new-rural-communes')!.target).toMatchObject({ kind: 'level', op: '>=', value: 11, outOf: 11 });
    expect(byId.get('communes-to-wards')!.target).toMatchObject({ op: 'between', value: [2, 3] });
    for (const ind of resolution.indicators) for (const o of ind.observations ?? []) expect(o.source).toBeDefined();
  });

  it('has the pinned assessment (as of the latest observed year, 2023)', () => {
    const result = assess(resolution);
    expect(result.asOf).toBe(2023);
    const status = Object.fromEntries(result.indicators.map((a) => [a.id, a.status]));
    expect(status).toMatchObject({
      'agri-growth': 'behind',
      'industry-growth': 'on-track',
      'budget-revenue-growth': 'behind',
      'crop-value-per-ha': 'no-data',
      'poverty-rate': 'achieved',
      'near-poor-rate': 'achieved',
      'advanced-new-rural-communes': 'no-data',
      'model-new-rural-communes': 'no-data',
      'communes-to-wards': 'no-data',
      'markets-4-0': 'no-target',
    });
    expect(result.summary.counts).toEqual({
      exceeded: 0,
      achieved: 2,
      'on-track': 1,
      behind: 2,
      'far-behind': 0,
      regressing: 0,
      missed: 0,
      'no-data': 4,
      'no-target': 14,
    });
    const agri = result.indicators.find((a) => a.id === 'agri-growth')!;
    expect(agri.average).toBeCloseTo(4.25, 2);
    expect(agri.required).toBeCloseTo(5.5, 2);
    expect(agri.projected).toBe(5.1);
    expect(result.indicators.find((a) => a.id === 'crop-value-per-ha')!.projected).toBe(180);
    expect(result.indicators.find((a) => a.id === 'party-orgs-clean-strong')!.latest).toEqual({ period: '2021-2022', value: 93.9, quality: 'actual' });
  });

  it('the Huống Thượng bridge, due August 2023, is never called overdue on a mid-2023 interview: upcoming by default, "unreported" at the end of 2023', () => {
    const bridge = (options: Parameters<typeof assess>[1]) => assess(resolution, options).milestones.find((m) => m.id === 'cau-huong-thuong')!.state;
    expect(bridge({})).toBe('upcoming');
    expect(bridge({ asOf: '2023-06-30' })).toBe('upcoming');
    expect(bridge({ asOf: 2023 })).toBe('unreported');
  });

  it('as of 2021 only the 2021 figures count', () => {
    const result = assess(resolution, { asOf: 2021 });
    const agri = result.indicators.find((a) => a.id === 'agri-growth')!;
    expect(agri.latest).toEqual({ period: 2021, value: 4.2, quality: 'actual' });
    expect(result.indicators.find((a) => a.id === 'budget-revenue-growth')!.status).toBe('far-behind');
    expect(result.indicators.find((a) => a.id === 'poverty-rate')!.status).toBe('no-data');
  });
});
