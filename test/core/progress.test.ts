import { describe, expect, it } from 'vitest';
import { assess, assessIndicator } from '../../src/index.js';
import { deepFreeze, obs, resolutionWith } from './helpers.js';

const growth = (observations: unknown[], target: Record<string, unknown> = {}) =>
  resolutionWith([{ id: 'x', title: 'x', target: { kind: 'average-growth', op: '>', value: 5, ...target }, observations }]);
const level = (observations: unknown[], target: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  resolutionWith([{ id: 'x', title: 'x', target: { kind: 'level', by: 2025, ...target }, observations, ...extra }]);
const one = (r: ReturnType<typeof resolutionWith>, asOf?: number | string) => assessIndicator(r, 'x', asOf === undefined ? {} : { asOf })!;

describe('worked values from the Thái Nguyên interview', () => {
  it('agriculture 4.2 % and 4.3 % against "average above 5 %": behind, average ≈ 4.25 %, remaining years need ≈ 5.50 %', () => {
    const a = one(growth([obs(2021, 4.2), obs(2022, 4.3)]));
    expect(a.status).toBe('behind');
    expect(a.average).toBeCloseTo(4.25, 2);
    expect(a.required).toBeCloseTo(5.5, 2);
    expect(a.pace).toBeCloseTo(0.85, 2);
    expect(a.final).toBe(false);
    expect(a.latest).toEqual({ period: 2022, value: 4.3, quality: 'actual' });
  });

  it('local industry 10.8 % and 15 % against "average above 5 %": on-track', () => {
    const a = one(growth([obs(2021, 10.8), obs(2022, 15)]));
    expect(a.status).toBe('on-track');
    expect(a.average).toBeCloseTo(12.88, 2);
  });

  it('budget revenue "10 % every year" 5.84 %, 37.27 %: behind, 2021 missed', () => {
    const r = resolutionWith([{ id: 'x', title: 'x', target: { kind: 'annual', op: '>=', value: 10 }, observations: [obs(2021, 5.84), obs(2022, 37.27)] }]);
    const a = one(r);
    expect(a.status).toBe('behind');
    expect(a.periods).toEqual([
      { period: 2021, value: 5.84, met: false },
      { period: 2022, value: 37.27, met: true },
    ]);
  });

  it('poverty rate 0.54 % (2023 estimate) against "down to 0.9 % by 2025": achieved, not final', () => {
    const a = one(level([obs(2023, 0.54, 'estimated')], { op: '<=', value: 0.9 }));
    expect(a.status).toBe('achieved');
    expect(a.final).toBe(false);
    expect(a.latest).toEqual({ period: 2023, value: 0.54, quality: 'estimated' });
  });
});

describe('asOf', () => {
  const r = growth([obs(2021, 4.2), obs(2022, 4.3), obs(2023, 6.0, 'projected')]);

  it('defaults to the latest observed non-projected year', () => {
    expect(assess(r).asOf).toBe(2022);
    expect(assess(r).asOfDate).toBe('2022-12-31');
  });

  it('accepts a year, a year string and an ISO date', () => {
    expect(assess(r, { asOf: 2021 }).indicators[0]!.average).toBeCloseTo(4.2, 6);
    expect(assess(r, { asOf: '2021' }).asOf).toBe(2021);
    expect(assess(r, { asOf: '2022-06-30' })).toMatchObject({ asOf: 2022, asOfDate: '2022-06-30' });
  });

  it('before any data gives no-data', () => {
    const a = assess(r, { asOf: 2019 }).indicators[0]!;
    expect(a.status).toBe('no-data');
    expect(a.latest).toBeNull();
  });

  it('refuses what is neither a year nor a date, with a bilingual message', () => {
    expect(() => assess(r, { asOf: 'soon' })).toThrow(/asOf must be a year.*asOf phải là/);
    expect(() => assess(r, { asOf: Number.NaN })).toThrow(RangeError);
    expect(() => assess(r, { asOf: 2022.5 })).toThrow(RangeError);
  });

  it('with no observation anywhere is null and every target is no-data', () => {
    const empty = growth([]);
    const result = assess(empty);
    expect(result.asOf).toBeNull();
    expect(result.indicators[0]!.status).toBe('no-data');
  });
});

describe('observation selection', () => {
  it('the best quality wins for one period: actual > preliminary > estimated', () => {
    const a = one(level([obs(2022, 3, 'estimated'), obs(2022, 2, 'actual'), obs(2022, 1, 'preliminary')], { op: '<=', value: 0.5 }, { baseline: { period: 2020, value: 4 } }));
    expect(a.latest).toEqual({ period: 2022, value: 2, quality: 'actual' });
  });

  it('same quality: the latest reported wins (a revised figure)', () => {
    const a = one(
      level(
        [obs(2022, 2.5, 'actual', { reported: '2023-03-01' }), obs(2022, 2.1, 'actual', { reported: '2023-09-01' }), obs(2022, 2.9, 'actual', { reported: '2023-01-01' })],
        { op: '<=', value: 0.5 },
        { baseline: { period: 2020, value: 4 } },
      ),
    );
    expect(a.latest!.value).toBe(2.1);
  });

  it('span periods and projections never set the status; a projected span ending at `by` is the official forecast', () => {
    const a = one(growth([obs(2021, 4.2), obs('2021-2022', 99), obs(2022, 4.3), obs('2021-2025', 5.1, 'projected'), obs(2024, 50, 'projected')]));
    expect(a.average).toBeCloseTo(4.25, 2);
    expect(a.projected).toBe(5.1);
    expect(a.latest!.period).toBe(2022);
  });

  it('a projection reported after asOf is not known at asOf', () => {
    const a = one(growth([obs(2021, 4.2), obs('2021-2025', 5.1, 'projected', { reported: '2023-05-01' })]), 2021);
    expect(a.projected).toBeNull();
  });
});

describe('level targets', () => {
  it('linear pace from an explicit baseline', () => {
    // needs −0.5 a year (4 → 1.5 over 5 years); did −0.5 a year over two → R = 1
    const a = one(level([obs(2022, 3)], { op: '<=', value: 1.5 }, { baseline: { period: 2020, value: 4 } }));
    expect(a.status).toBe('on-track');
    expect(a.pace).toBeCloseTo(1, 9);
    expect(a.progress).toBeCloseTo(0.4, 9);
    expect(a.projected).toBeCloseTo(1.5, 9);
  });

  it('the earliest usable observation is the baseline when none is declared', () => {
    const a = one(level([obs(2021, 10), obs(2023, 12)], { op: '>=', value: 20 }));
    // 1 a year against (20 − 10) / 4 = 2.5 a year → R = 0.4 → far-behind
    expect(a.pace).toBeCloseTo(0.4, 9);
    expect(a.status).toBe('far-behind');
  });

  it('one point and no baseline: no-data with reason no-baseline, latest still returned', () => {
    const a = one(level([obs(2022, 3)], { op: '<=', value: 1 }));
    expect(a.status).toBe('no-data');
    expect(a.reason).toBe('no-baseline');
    expect(a.latest!.value).toBe(3);
  });

  it('moving away from the target is regressing', () => {
    const a = one(level([obs(2021, 10), obs(2022, 9)], { op: '>=', value: 20 }));
    expect(a.status).toBe('regressing');
    expect(a.pace!).toBeLessThan(0);
  });

  it('behind between 0.6 and 0.95', () => {
    const a = one(level([obs(2021, 10), obs(2022, 13)], { op: '>=', value: 20 }, { baseline: { period: 2020, value: 10 } }));
    // 1.5 a year against 2 a year → 0.75
    expect(a.pace).toBeCloseTo(0.75, 9);
    expect(a.status).toBe('behind');
  });

  it('baseline equal to the target and not met is regressing', () => {
    const a = one(level([obs(2022, 98)], { op: '>=', value: 100 }, { baseline: { period: 2020, value: 100 } }));
    expect(a.status).toBe('regressing');
    expect(a.reason).toBe('baseline-equals-target');
  });

  it('the target year observed and not met is missed and final; met is achieved and final', () => {
    expect(one(level([obs(2021, 10), obs(2025, 15)], { op: '>=', value: 20 }))).toMatchObject({ status: 'missed', final: true });
    expect(one(level([obs(2021, 10), obs(2025, 25)], { op: '>=', value: 20 }))).toMatchObject({ status: 'achieved', final: true });
  });

  it('values after the target year do not change a final result', () => {
    const a = one(level([obs(2021, 10), obs(2025, 15), obs(2026, 30)], { op: '>=', value: 20 }), 2026);
    expect(a).toMatchObject({ status: 'missed', final: true });
    expect(a.latest!.period).toBe(2025);
  });

  it('strict comparisons: exactly the target does not meet ">"', () => {
    expect(one(level([obs(2021, 10), obs(2025, 20)], { op: '>', value: 20 })).status).toBe('missed');
    expect(one(level([obs(2021, 10), obs(2025, 20)], { op: '>=', value: 20 })).status).toBe('achieved');
  });

  it('between: inside the range is achieved; otherwise aims at the bound nearer the baseline', () => {
    expect(one(level([obs(2024, 2)], { op: 'between', value: [2, 3] })).status).toBe('achieved');
    const a = one(level([obs(2021, 0), obs(2023, 1)], { op: 'between', value: [2, 3] }, { baseline: { period: 2020, value: 0 } }));
    // aim 2 from 0 over 5 years = 0.4 a year; did 1/3 a year → R ≈ 0.83
    expect(a.pace).toBeCloseTo(1 / 3 / 0.4, 9);
    expect(a.status).toBe('behind');
  });

  it('outOf counts: 9 of 11 communes against 11/11 by 2025', () => {
    const a = one(level([obs(2021, 5), obs(2023, 9)], { op: '>=', value: 11, outOf: 11 }, { baseline: { period: 2020, value: 5 } }));
    // 4/3 a year against 6/5 → R ≈ 1.11
    expect(a.status).toBe('on-track');
    expect(a.progress).toBeCloseTo(4 / 6, 9);
  });

  it('zero and negative values work with linear pace', () => {
    const a = one(level([obs(2021, -4), obs(2023, -2)], { op: '>=', value: 0 }, { baseline: { period: 2021, value: -4 } }));
    // +1 a year against +1 a year → R = 1
    expect(a.pace).toBeCloseTo(1, 9);
    expect(a.status).toBe('on-track');
  });

  it('compound pace uses Open SDG d·CAGR / |CAGR required|', () => {
    const a = one(level([obs(2020, 100), obs(2022, 121)], { op: '>=', value: 200, pace: 'compound' }));
    const observed = 0.1;
    const required = Math.pow(2, 1 / 5) - 1;
    expect(a.pace).toBeCloseTo(observed / required, 6);
    expect(a.status).toBe('behind') // 0.1 / 0.1487 ≈ 0.67;
    expect(a.projected).toBeCloseTo(121 * 1.1 ** 3, 6);
  });

  it('compound pace on a falling target: d = −1', () => {
    const a = one(level([obs(2020, 4), obs(2022, 3.24)], { op: '<=', value: 1, pace: 'compound' }));
    const observed = Math.sqrt(3.24 / 4) - 1; // −10 % a year
    const required = Math.pow(1 / 4, 1 / 5) - 1;
    expect(a.pace).toBeCloseTo(-observed / Math.abs(required), 6);
  });

  it('compound pace with zero or negative values is no-data with reason', () => {
    const a = one(level([obs(2020, 0), obs(2022, 2)], { op: '>=', value: 5, pace: 'compound' }));
    expect(a).toMatchObject({ status: 'no-data', reason: 'non-positive-values' });
  });

  it('custom thresholds move the cut-offs', () => {
    const r = level([obs(2021, 10), obs(2022, 13)], { op: '>=', value: 20 }, { baseline: { period: 2020, value: 10 } });
    expect(assessIndicator(r, 'x', { thresholds: { onTrack: 0.7 } })!.status).toBe('on-track');
    expect(assessIndicator(r, 'x', { thresholds: { behind: 0.8 } })!.status).toBe('far-behind');
  });
});

describe('average-growth targets', () => {
  it('final once the target year has a value: achieved or missed', () => {
    const values = [obs(2021, 6), obs(2022, 6), obs(2023, 6), obs(2024, 6), obs(2025, 6)];
    expect(one(growth(values))).toMatchObject({ status: 'achieved', final: true });
    expect(one(growth(values.map((o) => ({ ...o, value: 4 }))))).toMatchObject({ status: 'missed', final: true });
  });

  it('missing years in between are averaged over and named', () => {
    const a = one(growth([obs(2021, 6), obs(2023, 6), obs(2025, 6)]));
    expect(a).toMatchObject({ status: 'achieved', final: true, reason: 'missing-years', missing: [2022, 2024] });
  });

  it('arithmetic method: mean of rates, required = (N·T − Σg)/(N − k)', () => {
    const a = one(growth([obs(2021, 4), obs(2022, 5)], { method: 'arithmetic' }));
    expect(a.average).toBeCloseTo(4.5, 9);
    expect(a.required).toBeCloseTo((25 - 9) / 3, 9);
  });

  it('a target of 0 % growth: on-track when the average satisfies it, else regressing', () => {
    expect(one(growth([obs(2021, 1)], { op: '>=', value: 0 })).status).toBe('on-track');
    expect(one(growth([obs(2021, -1)], { op: '>=', value: 0 })).status).toBe('regressing');
  });

  it('negative growth against a positive target is regressing', () => {
    expect(one(growth([obs(2021, -2)])).status).toBe('regressing');
  });

  it('a 2020 value (the term’s first year) is not part of the term average', () => {
    expect(one(growth([obs(2020, 100), obs(2021, 4)])).average).toBeCloseTo(4, 9);
  });

  it('rates of −100 % or less have no geometric mean', () => {
    expect(one(growth([obs(2021, -100)]))).toMatchObject({ status: 'no-data', reason: 'non-positive-values' });
  });

  it('"at most" growth: below the cap is on-track', () => {
    expect(one(growth([obs(2021, 3)], { op: '<=', value: 4 })).status).toBe('on-track');
    expect(one(growth([obs(2021, 8)], { op: '<=', value: 4 })).status).toBe('far-behind');
  });
});

describe('annual targets', () => {
  const annual = (values: unknown[]) => resolutionWith([{ id: 'x', title: 'x', target: { kind: 'annual', op: '>=', value: 10 }, observations: values }]);
  it('all met so far: on-track; latest missed: far-behind', () => {
    expect(one(annual([obs(2021, 11), obs(2022, 12)])).status).toBe('on-track');
    expect(one(annual([obs(2021, 11), obs(2022, 9)])).status).toBe('far-behind');
  });
  it('final at the term end: achieved only if every year met', () => {
    const all = [2021, 2022, 2023, 2024, 2025].map((y) => obs(y, 12));
    expect(one(annual(all))).toMatchObject({ status: 'achieved', final: true });
    expect(one(annual([...all.slice(0, 4), obs(2025, 9)]))).toMatchObject({ status: 'missed', final: true });
  });
});

describe('cumulative targets', () => {
  const cumulative = (values: unknown[], op = '>=', value: unknown = 100) =>
    resolutionWith([{ id: 'x', title: 'x', target: { kind: 'cumulative', op, value }, observations: values }]);
  it('pace = (S/k)/(T/N), required = (T − S)/(N − k)', () => {
    const a = one(cumulative([obs(2021, 10), obs(2022, 20)]));
    expect(a.pace).toBeCloseTo(15 / 20, 9);
    expect(a.required).toBeCloseTo(70 / 3, 9);
    expect(a.progress).toBeCloseTo(0.3, 9);
    expect(a.status).toBe('behind');
  });
  it('reaching the total early is achieved; the last year short is missed', () => {
    expect(one(cumulative([obs(2021, 60), obs(2022, 50)])).status).toBe('achieved');
    expect(one(cumulative([2021, 2022, 2023, 2024, 2025].map((y) => obs(y, 10))))).toMatchObject({ status: 'missed', final: true });
  });
  it('a cap ("at most") is missed as soon as it is exceeded', () => {
    expect(one(cumulative([obs(2021, 60)], '<=')).status).toBe('on-track');
    expect(one(cumulative([obs(2021, 60), obs(2022, 50)], '<='))).toMatchObject({ status: 'missed', final: true });
  });
});

describe('average-change targets', () => {
  const change = (values: unknown[], op = '<=', value = -1, extra: Record<string, unknown> = {}) =>
    resolutionWith([{ id: 'x', title: 'x', target: { kind: 'average-change', op, value }, observations: values, ...extra }]);
  it('poverty falls at least 1 point a year: −1.5 a year is on-track', () => {
    const a = one(change([obs(2021, 5), obs(2023, 2)]));
    expect(a.average).toBeCloseTo(-1.5, 9);
    expect(a.status).toBe('on-track');
  });
  it('falling 0.5 a year: far-behind (R = 0.5); rising: regressing', () => {
    expect(one(change([obs(2021, 5), obs(2023, 4)])).status).toBe('far-behind');
    expect(one(change([obs(2021, 5), obs(2023, 6)])).status).toBe('regressing');
  });
  it('final at the target year', () => {
    expect(one(change([obs(2020, 6), obs(2025, 0.5)]))).toMatchObject({ status: 'achieved', final: true });
    expect(one(change([obs(2020, 6), obs(2025, 5)]))).toMatchObject({ status: 'missed', final: true });
  });
  it('one point and no baseline is no-data', () => {
    expect(one(change([obs(2022, 5)]))).toMatchObject({ status: 'no-data', reason: 'no-baseline' });
  });
});

describe('no data, no target', () => {
  it('no observations: no-data; no target: no-target with the latest value', () => {
    const r = resolutionWith([
      { id: 'a', title: 'a', target: { kind: 'level', op: '>=', value: 11, outOf: 11 } },
      { id: 'b', title: 'b', observations: [obs(2022, 52.3)] },
    ]);
    const result = assess(r);
    expect(result.indicators.map((i) => i.status)).toEqual(['no-data', 'no-target']);
    expect(result.indicators[1]!.latest!.value).toBe(52.3);
    expect(result.summary).toMatchObject({ total: 2, counts: { 'no-data': 1, 'no-target': 1, achieved: 0 } });
  });

  it('assessIndicator of an unknown id is undefined', () => {
    expect(assessIndicator(growth([]), 'nope')).toBeUndefined();
  });
});

describe('milestones', () => {
  const r = resolutionWith([{ id: 'x', title: 'x' }], {
    milestones: [
      { id: 'bridge', title: 'Cầu', due: '2023-08', status: 'in-progress' },
      { id: 'early', title: 'E', due: '2023-08', done: '2023-07-15' },
      { id: 'late', title: 'L', due: '2022', done: '2023-02' },
      { id: 'gone', title: 'G', due: '2021', status: 'cancelled' },
      { id: 'undated', title: 'U', status: 'done' },
    ],
    // (the data speaks for January 2024: a report published then)
    sources: [{ id: 'report', title: 'Báo cáo', published: '2024-01-15' }],
  });
  const states = (asOf: string | number) => Object.fromEntries(assess(r, { asOf }).milestones.map((m) => [m.id, m]));

  it('on the last day of the due month nothing is overdue yet; the next day it is', () => {
    expect(states('2023-08-31').bridge!.state).toBe('upcoming');
    expect(states('2023-09-01').bridge!.state).toBe('overdue');
  });
  it('a bare year means 31 December', () => {
    expect(states(2023).bridge!.state).toBe('overdue');
  });
  it('never overdue on data older than the due date: "unreported" when the page asks for a later date', () => {
    const old = { ...r, sources: [{ id: 'interview', title: 'Phỏng vấn', published: '2023-06-20' }] };
    const at = (asOf?: string) => assess(old, asOf === undefined ? {} : { asOf }).milestones.find((m) => m.id === 'bridge')!.state;
    // The data speaks for 20 June 2023 (the interview), the bridge is due in August 2023.
    expect(at()).toBe('upcoming');
    expect(assess(old).asOfDate).toBe('2023-07-15');
    expect(at('2023-12-31')).toBe('unreported');
    expect(at('2023-08-31')).toBe('upcoming');
    // Once the data speaks for a date after the due month, the same bridge is overdue.
    expect(assess({ ...old, sources: [{ id: 'interview', title: 'Phỏng vấn', published: '2023-09-01' }] }).milestones.find((m) => m.id === 'bridge')!.state).toBe('overdue');
  });
  it('done on time or late against due; not done before its done date', () => {
    const s = states('2023-12-31');
    expect(s.early).toMatchObject({ state: 'done', onTime: true });
    expect(s.late).toMatchObject({ state: 'done', onTime: false });
    expect(states('2023-07-01').early!.state).toBe('upcoming');
    expect(s.gone!.state).toBe('cancelled');
    expect(s.undated!.state).toBe('done');
  });
});

describe('purity', () => {
  it('never mutates its input and gives the same answer twice', () => {
    const r = deepFreeze(growth([obs(2022, 4.3), obs(2021, 4.2), obs('2021-2025', 5.1, 'projected')]));
    const first = assess(r, { asOf: 2023 });
    expect(assess(r, { asOf: 2023 })).toEqual(first);
  });
});

describe('indicators without a target', () => {
  it('show a span figure as the latest value when no single year has one', () => {
    const r = resolutionWith([{ id: 'x', title: 'x', observations: [obs('2021-2022', 93.9), obs('2021-2025', 95, 'projected')] }]);
    expect(one(r, 2023)).toMatchObject({ status: 'no-target', latest: { period: '2021-2022', value: 93.9, quality: 'actual' } });
    expect(one(r, 2021).latest).toBeNull();
  });
});

describe('current figure and series for display', () => {
  it('current is what the target is judged on: latest, average so far, or sum so far', () => {
    expect(one(growth([obs(2021, 4.2), obs(2022, 4.3)])).current).toBeCloseTo(4.25, 2);
    expect(one(level([obs(2021, 10), obs(2023, 12)], { op: '>=', value: 20 })).current).toBe(12);
    const cumulative = resolutionWith([{ id: 'x', title: 'x', target: { kind: 'cumulative', op: '>=', value: 100 }, observations: [obs(2021, 10), obs(2022, 20)] }]);
    expect(one(cumulative)).toMatchObject({ current: 30, total: 30 });
  });

  it('latest carries the approximation of its figure', () => {
    const r = resolutionWith([{ id: 'x', title: 'x', observations: [obs(2023, 14800, 'preliminary', { approx: 'over' })] }]);
    expect(one(r).latest).toEqual({ period: 2023, value: 14800, quality: 'preliminary', approx: 'over' });
  });

  it('yearlySeries: the engine’s figure per year, plus projections for years without one', async () => {
    const { yearlySeries } = await import('../../src/index.js');
    const r = level([obs(2021, 3, 'estimated'), obs(2021, 2), obs(2022, 5, 'projected'), obs(2022, 1.5), obs(2025, 0.5, 'projected')], { op: '<=', value: 1 });
    expect(yearlySeries(r.indicators[0]!).map((p) => [p.period, p.value, p.quality])).toEqual([
      [2021, 2, 'actual'],
      [2022, 1.5, 'actual'],
      [2025, 0.5, 'projected'],
    ]);
    expect(yearlySeries(r.indicators[0]!, 2021).map((p) => p.period)).toEqual([2021, 2022, 2025]);
  });
});

describe('projections stay within the limits the figures imply', () => {
  it('a count never projects past outOf', () => {
    const a = one(level([obs(2021, 5), obs(2023, 10)], { op: '>=', value: 11, outOf: 11 }, { baseline: { period: 2020, value: 2 } }));
    expect(a.projected).toBe(11);
  });
  it('a falling rate never projects below zero', () => {
    const a = one(level([obs(2021, 3), obs(2023, 1)], { op: '<=', value: 0.5 }));
    expect(a.projected).toBe(0);
    const change = resolutionWith([{ id: 'x', title: 'x', target: { kind: 'average-change', op: '<=', value: -1 }, observations: [obs(2021, 4), obs(2023, 1)] }]);
    expect(one(change).projected).toBe(0);
  });
  it('a figure that may be negative is continued as it is', () => {
    const a = one(level([obs(2021, 1), obs(2023, -1)], { op: '<=', value: -2 }));
    expect(a.projected).toBeCloseTo(-3, 9);
  });
});
