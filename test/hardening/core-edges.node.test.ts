import { describe, expect, it } from 'vitest';
import {
  assess,
  assessIndicator,
  assessMilestone,
  describeTarget,
  endOfPeriod,
  formatNumber,
  formatPartialDate,
  formatValue,
  localize,
  parseResolution,
  qualityLabel,
  reasonLabel,
  resolveAsOf,
  resolveLang,
  safeParseResolution,
  safeParseResolutionInSlices,
  satisfies,
  statusLabel,
  summarize,
  yearlySeries,
} from '../../src/index.js';
import { deepFreeze, obs, resolutionWith } from '../core/helpers.js';

// The documented behaviour of every public function at the edges (README, "Edge values"), on frozen
// inputs so that any mutation throws.
const frozen = () =>
  deepFreeze(
    resolutionWith([
      { id: 'a', title: 'A', target: { kind: 'level', op: '>=', value: 0 }, observations: [obs(2021, -0), obs(2022, 0)] },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C', observations: [] },
    ]),
  );

describe('edge values', () => {
  it('validation: NaN and ±Infinity are refused as "number"; -0 is a number; empty lists follow the schema', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const r = safeParseResolution(deepFreeze({ schemaVersion: '1.0', id: 'x', title: 'x', term: { from: 2020, to: 2025 }, indicators: [{ id: 'a', title: 'a', observations: [{ period: 2021, value }] }] }));
      expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(['number']);
    }
    expect(safeParseResolution(deepFreeze({ schemaVersion: '1.0', id: 'x', title: 'x', term: { from: 2020, to: 2025 }, indicators: [{ id: 'a', title: 'a', observations: [{ period: 2021, value: -0 }] }] })).success).toBe(true);
    const empty = safeParseResolution({ schemaVersion: '1.0', id: 'x', title: 'x', term: { from: 2020, to: 2025 }, indicators: [] });
    expect(empty.success ? [] : empty.issues.map((i) => i.code)).toEqual(['indicators']);
    expect(parseResolution(deepFreeze({ schemaVersion: '1.0', id: 'x', title: 'x', term: { from: 2020, to: 2025 }, indicators: [{ id: 'a', title: 'a' }], groups: [], sources: [], milestones: [] })).groups).toEqual([]);
  });

  it('validation in slices gives the same answer, and never mutates its input', async () => {
    const doc = deepFreeze({ schemaVersion: '1.0', id: 'x', title: 'x', term: { from: 2020, to: 2025 }, indicators: Array.from({ length: 25 }, (_, i) => ({ id: `i${i}`, title: 't', observations: [{ period: 2021, value: i === 7 ? Number.NaN : -0 }] })) });
    const sync = safeParseResolution(doc);
    const sliced = await safeParseResolutionInSlices(doc, { slice: 10 });
    expect(sliced).toEqual(sync);
  });

  it('assess: -0 and 0 figures, a target of 0, no observations, no target, empty milestones; input untouched', () => {
    const r = frozen();
    const result = assess(r);
    expect(result.indicators.map((a) => a.status)).toEqual(['achieved', 'no-target', 'no-target']);
    expect(result.milestones).toEqual([]);
    expect(Object.is(result.indicators[0]!.latest!.value, 0)).toBe(true);
    expect(assessIndicator(r, 'c')).toMatchObject({ status: 'no-target', latest: null });
  });

  it('asOf: NaN, ±Infinity and fractions are refused with a RangeError; -0 is year 0 (before any data)', () => {
    const r = frozen();
    for (const asOf of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2022.5, '', '2023-02-30x']) expect(() => assess(r, { asOf })).toThrow(RangeError);
    expect(resolveAsOf(r, -0)).toEqual({ year: 0, date: '0000-12-31', dataDate: '2022-12-31' });
    expect(assess(r, { asOf: -0 }).indicators[0]!.status).toBe('no-data');
  });

  it('summarize([]) counts zero of everything; yearlySeries of no observations is empty', () => {
    expect(summarize([])).toEqual({ total: 0, counts: { exceeded: 0, achieved: 0, 'on-track': 0, behind: 0, 'far-behind': 0, regressing: 0, missed: 0, 'no-data': 0, 'no-target': 0 } });
    expect(yearlySeries(frozen().indicators[2]!)).toEqual([]);
    expect(yearlySeries(frozen().indicators[1]!)).toEqual([]);
  });

  it('satisfies: NaN satisfies nothing; ±Infinity compares as a number', () => {
    expect(satisfies(Number.NaN, '>=', 0)).toBe(false);
    expect(satisfies(Number.NaN, 'between', [0, 1])).toBe(false);
    expect(satisfies(Number.POSITIVE_INFINITY, '>', 5)).toBe(true);
    expect(satisfies(-0, '>=', 0)).toBe(true);
  });

  it('formatting: NaN and ±Infinity read "—"; -0 reads "0"; missing unit, decimals and text read as nothing', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatValue(x, { lang: 'vi', unit: '%' })).toBe('—');
      expect(formatNumber(x, { lang: 'en' })).toBe('—');
    }
    expect(formatValue(-0, { lang: 'vi', unit: '%' })).toBe('0%');
    expect(formatNumber(-0.001, { lang: 'en' })).toBe('0');
    expect(describeTarget({ kind: 'level', op: '>=', value: -0 }, { lang: 'en' })).toBe('at least 0');
    expect(describeTarget({ kind: 'level', op: '>=', value: Number.NaN }, { lang: 'vi' })).toBe('từ — trở lên');
    expect(localize(undefined, 'vi')).toBe('');
    expect(localize({ fr: 'Bonjour' } as never, 'vi')).toBe('Bonjour');
    expect(formatPartialDate('', 'vi')).toBe('');
    expect(formatPartialDate('2023-13', 'en')).toBe('2023-13');
    expect(formatPartialDate('2023-02-30', 'vi')).toBe('2023-02-30');
    expect(resolveLang(undefined)).toBe('vi');
    expect(resolveLang('')).toBe('vi');
    expect(statusLabel('no-data', 'xx')).toBe('Chưa có số liệu');
    expect(qualityLabel('estimated', 'en-GB')).toBe('estimate');
    expect(reasonLabel('missing-years', 'en', [])).toBe('No figures for some years.');
  });

  it('milestones: no due, no done, a done date after asOf, and no asOf date', () => {
    expect(assessMilestone(deepFreeze({ id: 'm', title: 'm' }), '2023-01-01')).toEqual({ id: 'm', due: null, done: null, state: 'upcoming' });
    expect(assessMilestone(deepFreeze({ id: 'm', title: 'm', due: '2022', done: '2024' }), '2023-01-01').state).toBe('overdue');
    expect(assessMilestone(deepFreeze({ id: 'm', title: 'm', due: '2022' }), null).state).toBe('upcoming');
    expect(endOfPeriod('2024-02')).toBe('2024-02-29');
  });
});
