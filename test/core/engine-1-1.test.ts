import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, assessIndicator, safeParseResolution, type IndicatorAssessment } from '../../src/index.js';
import { validDocument } from './arbitraries.js';

// Schema 1.1 in the engine, and the fixes of the engine found on real 2025–2030 resolutions (issue 13).
// Each case is a small real-shaped document of the 2025–2030 term, validated before it is assessed.

const o = (period: number | string, value: number, more: Record<string, unknown> = {}) => ({ period, value, ...more });
const years = (from: number, to: number, value: number) => Array.from({ length: to - from + 1 }, (_, i) => o(from + i, value));

function doc(indicator: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { schemaVersion: '1.1', id: 't', title: 't', term: { from: 2025, to: 2030 }, indicators: [{ id: 'x', title: 'x', ...indicator }], ...extra };
}

function run(d: unknown, asOf?: number): IndicatorAssessment {
  const r = safeParseResolution(d, { lang: 'en' });
  if (!r.success) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return assessIndicator(r.data, 'x', asOf === undefined ? {} : { asOf })!;
}

describe('bands with a stretch aim ("10–10,5%/năm": value 10, stretch 10.5)', () => {
  const band = { kind: 'level', op: '>=', value: 10, stretch: 10.5 };
  it('is exceeded past the stretch, achieved at the commitment, missed below it', () => {
    expect(run(doc({ baseline: o(2025, 8), target: band, observations: [o(2030, 11)] })).status).toBe('exceeded');
    expect(run(doc({ baseline: o(2025, 8), target: band, observations: [o(2030, 10.2)] })).status).toBe('achieved');
    expect(run(doc({ baseline: o(2025, 8), target: band, observations: [o(2030, 9.8)] })).status).toBe('missed');
  });

  it('11%/năm against "10–10,5%/năm" is exceeded, no longer missed as a two-sided range would have it', () => {
    const a = run(doc({ target: { kind: 'average-growth', op: '>=', value: 10, stretch: 10.5 }, observations: years(2026, 2030, 11) }));
    expect(a).toMatchObject({ status: 'exceeded', final: true, average: 11 });
    // a true range stays two-sided
    expect(run(doc({ target: { kind: 'average-growth', op: 'between', value: [10, 10.5] }, observations: years(2026, 2030, 11) })).status).toBe('missed');
  });

  it('is on track mid-term between the commitment and the stretch', () => {
    expect(run(doc({ target: { kind: 'average-growth', op: '>=', value: 10, stretch: 10.5 }, observations: years(2026, 2027, 10.2) })).status).toBe('on-track');
  });
});

describe('approximate figures are read on their side of the bound', () => {
  it('"gần 80%" (under 80) does not reach "đạt 80%"', () => {
    expect(run(doc({ baseline: o(2025, 70), target: { kind: 'level', op: '>=', value: 80 }, observations: [o(2030, 80, { approx: 'under' })] })).status).toBe('missed');
  });
  it('"trên 10%" (over 10) reaches "trên 10%"; an exact 10 does not (a strict bound)', () => {
    const target = { kind: 'level', op: '>', value: 10 };
    expect(run(doc({ baseline: o(2025, 5), target, observations: [o(2030, 10, { approx: 'over' })] })).status).toBe('achieved');
    const exact = run(doc({ baseline: o(2025, 5), target, observations: [o(2030, 10)] }));
    expect(exact.status).toBe('missed');
    // and a target not met has not come all the way: no progress of 1 or more
    expect(exact.progress).toBeNull();
  });
});

describe('"khoảng" (about)', () => {
  const at = (value: number, extra: Record<string, unknown> = {}) =>
    run(doc({ baseline: o(2025, 30), target: { kind: 'level', op: 'about', value: 35, ...extra }, observations: [o(2030, value)] })).status;
  it('accepts 5% either side by default, and the tolerance the file gives', () => {
    expect(at(34)).toBe('achieved'); // within 35 ± 1.75
    expect(at(36.7)).toBe('achieved');
    expect(at(30)).toBe('missed');
    expect(at(37)).toBe('missed'); // two-sided without a direction
    expect(at(34, { tolerance: 0.5 })).toBe('missed');
  });
  it('with a direction, beyond the band on the good side is exceeded, short of it missed', () => {
    expect(at(40, { direction: 'up' })).toBe('exceeded');
    expect(at(33, { direction: 'up' })).toBe('missed');
  });
  it('"khoảng 10–10,5%/năm" widens the range by the tolerance', () => {
    const ag = (v: number) => run(doc({ target: { kind: 'average-growth', op: 'about', value: [10, 10.5] }, observations: years(2026, 2030, v) })).status;
    expect(ag(10.9)).toBe('achieved'); // ≤ 10.5 + 0.525
    expect(ag(9.6)).toBe('achieved');
    expect(ag(11.2)).toBe('missed');
  });
});

describe('falling rates', () => {
  it('"giảm ít nhất 2%/năm" with −1,25% a year so far is behind at R = 0,625, not regressing', () => {
    const a = run(doc({ target: { kind: 'average-growth', op: '<=', value: -2, method: 'arithmetic' }, observations: [o(2026, -1), o(2027, -1.5)] }));
    expect(a).toMatchObject({ status: 'behind', pace: 0.625, average: -1.25 });
    // the default geometric mean gives the same verdict (R ≈ 0,625)
    const g = run(doc({ target: { kind: 'average-growth', op: '<=', value: -2 }, observations: [o(2026, -1), o(2027, -1.5)] }));
    expect(g.status).toBe('behind');
    expect(g.pace).toBeCloseTo(0.625, 3);
  });
});

describe('revisions', () => {
  it('a figure from a source published later wins over an earlier dated estimate, whatever the order in the file', () => {
    const observations = [o(2029, 2, { quality: 'estimated', reported: '2030-02-01' }), o(2029, 0.8, { quality: 'estimated', source: 'late' })];
    for (const list of [observations, [...observations].reverse()]) {
      const a = run(doc({ baseline: o(2025, 5), target: { kind: 'level', op: '<=', value: 1 }, observations: list }, { sources: [{ id: 'late', title: 'L', published: '2030-06-01' }] }));
      expect(a.latest).toMatchObject({ period: 2029, value: 0.8 });
    }
  });
});

describe('figures that are not final', () => {
  const poverty = (obs: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    run(doc({ baseline: o(2025, 5), target: { kind: 'level', op: '<=', value: 1 }, observations: [o(2030, 0.9, obs)] }, extra));
  it('a forecast (an estimate reported before its year ended) is used, but its status is not final and is provisional', () => {
    expect(poverty({ quality: 'estimated', reported: '2030-10-01' })).toMatchObject({ status: 'achieved', final: false, provisional: true });
  });
  it("the source's publication date stands in for a missing reported date", () => {
    const a = poverty({ quality: 'estimated', source: 's' }, { sources: [{ id: 's', title: 'S', published: '2030-09-01' }] });
    expect(a).toMatchObject({ final: false, provisional: true });
  });
  it('an estimate reported after its year is final in time but still provisional; an actual figure is neither', () => {
    expect(poverty({ quality: 'estimated', reported: '2031-03-01' })).toMatchObject({ final: true, provisional: true });
    const actual = poverty({});
    expect(actual.final).toBe(true);
    expect(actual.provisional).toBeUndefined();
  });
});

describe('new kinds of target', () => {
  it('maintain: every year holds the level; one lapse misses it for good', () => {
    const t = { kind: 'maintain', op: '>=', value: 100 };
    expect(run(doc({ target: t, observations: [o(2026, 100), o(2027, 100)] })).status).toBe('on-track');
    expect(run(doc({ target: t, observations: [o(2026, 100), o(2027, 98), o(2028, 100)] }))).toMatchObject({ status: 'missed', final: true });
    expect(run(doc({ target: t, observations: years(2026, 2030, 100) })).status).toBe('achieved');
  });

  it('term-average: the mean of the yearly figures over the term', () => {
    const t = { kind: 'term-average', op: '>', value: 55 };
    expect(run(doc({ target: t, observations: [o(2026, 56), o(2027, 57)] }))).toMatchObject({ status: 'on-track', average: 56.5 });
    expect(run(doc({ target: t, observations: years(2026, 2030, 56) })).status).toBe('achieved');
    expect(run(doc({ target: t, observations: years(2026, 2030, 50) })).status).toBe('missed');
  });

  it('relative: compared each year with the reference series of the same file', () => {
    const rel = (mine: number[], national: number[]) =>
      run({
        schemaVersion: '1.1', id: 't', title: 't', term: { from: 2025, to: 2030 },
        indicators: [
          { id: 'x', title: 'x', target: { kind: 'relative', op: '<', reference: 'vn' }, observations: mine.map((v, i) => o(2026 + i, v)) },
          { id: 'vn', title: 'cả nước', observations: national.map((v, i) => o(2026 + i, v)) },
        ],
      });
    expect(rel([1, 0.8], [1.5, 1.2]).status).toBe('on-track');
    expect(rel([1, 1.3], [1.5, 1.2]).status).toBe('behind');
    expect(rel([1, 0.8, 0.7, 0.6, 0.5], [1.5, 1.2, 1, 0.9, 0.8]).status).toBe('achieved');
  });

  it('multiple: "gấp 2 lần so với năm 2025" on the levels', () => {
    const t = { kind: 'multiple', op: '>=', value: 2 };
    expect(run(doc({ target: t, observations: [o(2025, 100), o(2030, 210)] }))).toMatchObject({ status: 'achieved', average: 2.1 });
    expect(run(doc({ target: t, observations: [o(2025, 100), o(2030, 150)] })).status).toBe('missed');
    expect(run(doc({ target: t, observations: [o(2025, 100), o(2027, 130)] })).status).toBe('behind');
  });

  it('growth from levels: the yearly rates are derived from the published tỷ đồng', () => {
    const a = run(doc({ target: { kind: 'average-growth', op: '>=', value: 10, series: 'levels' }, observations: [o(2025, 100), o(2026, 111), o(2027, 123.21)] }));
    expect(a.status).toBe('on-track');
    expect(a.average).toBeCloseTo(11, 6);
  });

  it('rank: lower is better, "≤ 5" met by rank 3', () => {
    expect(run(doc({ rank: { of: 34 }, baseline: o(2025, 10), target: { kind: 'level', op: '<=', value: 5 }, observations: [o(2030, 3)] })).status).toBe('achieved');
  });

  it('outOf over time: 10 of 10 communes meets "11/11" once the mergers left 10', () => {
    const t = { kind: 'level', op: '>=', value: 11, outOf: 11 };
    expect(run(doc({ target: t, baseline: o(2025, 5), observations: [o(2030, 10, { outOf: 10 })] })).status).toBe('achieved');
    expect(run(doc({ target: t, baseline: o(2025, 5), observations: [o(2030, 9, { outOf: 10 })] })).status).toBe('missed');
  });
});

describe('series breaks (the 2025 merger)', () => {
  it('no level trend or multiple is computed across a break: no data, reason series-break', () => {
    expect(run(doc({ breaks: [{ year: 2026 }], baseline: o(2024, 50), target: { kind: 'level', op: '>=', value: 80 }, observations: [o(2025, 60), o(2026, 65)] }))).toMatchObject({ status: 'no-data', reason: 'series-break' });
    expect(run(doc({ breaks: [{ year: 2027 }], target: { kind: 'multiple', op: '>=', value: 2 }, observations: [o(2025, 100), o(2027, 130)] }))).toMatchObject({ status: 'no-data', reason: 'series-break' });
  });
  it('a rate from levels is not taken across the break, and the assessment says so', () => {
    const a = run(doc({ breaks: [{ year: 2026 }], target: { kind: 'average-growth', op: '>=', value: 10, series: 'levels' }, observations: [o(2025, 100), o(2026, 150), o(2027, 165)] }));
    expect(a.reason).toBe('series-break');
    // only 2027 on 2026 (10%), never 2026 on 2025 (50%)
    expect(a.average).toBeCloseTo(10, 6);
  });
});

describe("the body's own verdicts", () => {
  const verdictOn = (verdict: string) =>
    run(doc({ baseline: o(2025, 8), target: { kind: 'level', op: '>=', value: 10 }, observations: [o(2030, 11)] }, { sources: [{ id: 's', title: 'S', published: '2030-10-01' }], verdicts: [{ indicator: 'x', verdict, source: 's' }] })).verdict;
  it('stand beside the computed status and say whether the two agree', () => {
    expect(verdictOn('exceeded')).toMatchObject({ verdict: 'exceeded', source: 's', agrees: true });
    expect(verdictOn('missed')).toMatchObject({ verdict: 'missed', agrees: false });
    // "cơ bản đạt" (basically achieved) is less than "đạt": it differs from a computed "Đạt"
    expect(verdictOn('basically-achieved')!.agrees).toBe(false);
  });
  it('never change the computed status', () => {
    expect(run(doc({ baseline: o(2025, 8), target: { kind: 'level', op: '>=', value: 10 }, observations: [o(2030, 11)] }, { sources: [{ id: 's', title: 'S' }], verdicts: [{ indicator: 'x', verdict: 'missed', source: 's' }] })).status).toBe('achieved');
  });
});

describe('1.0 documents under 1.1', () => {
  it('assess the same when relabelled 1.1 (any valid 1.0 document)', () => {
    fc.assert(
      fc.property(validDocument, (d) => {
        const v10 = safeParseResolution(d);
        const v11 = safeParseResolution({ ...d, schemaVersion: '1.1' });
        expect(v10.success && v11.success).toBe(true);
        if (!v10.success || !v11.success) return;
        for (const asOf of [2021, 2023, 2025]) expect(assess(v11.data, { asOf })).toEqual(assess(v10.data, { asOf }));
      }),
      { numRuns: 150 },
    );
  });
});
