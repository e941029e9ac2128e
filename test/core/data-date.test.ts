import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, dataDate, parseResolution, statedDate } from '../../src/index.js';

const load = (name: string) => parseResolution(JSON.parse(readFileSync(`examples/data/${name}.json`, 'utf8')));
const base = { schemaVersion: '1.0' as const, id: 'x', title: 'X', term: { from: 2020, to: 2025 } };

describe('dataDate: the date the data speaks for', () => {
  it('the Thái Nguyên 2023 interview: 2022 actual, mid-2023 preliminary, 2023 estimated, no dates → 1/1/2023; the bridge due 8/2023 is not overdue', () => {
    const r = load('tp-thai-nguyen-2020-2025');
    expect(dataDate(r)).toBe('2023-01-01');
    expect(statedDate(r)).toBeNull();
    const a = assess(r);
    expect(a.asOf).toBe(2023);
    expect(a.asOfDate).toBe('2023-01-01');
    expect(a.milestones.find((m) => m.id === 'cau-huong-thuong')!.state).toBe('upcoming');
    // The dashboard's slider at 2023 asks for a date the data does not reach: not "overdue".
    expect(assess(r, { asOf: 2023 }).milestones.find((m) => m.id === 'cau-huong-thuong')!.state).toBe('unreported');
  });

  it('the latest of reported, published, verdict and done dates, and the end of the last year with a final figure', () => {
    const ind = (observations: object[]) => [{ id: 'a', title: 'A', observations }];
    expect(dataDate(parseResolution({ ...base, indicators: ind([{ period: 2022, value: 1, quality: 'estimated' }]) }))).toBeNull();
    expect(dataDate(parseResolution({ ...base, indicators: ind([{ period: 2022, value: 1, quality: 'preliminary' }]) }))).toBe('2022-01-01');
    expect(dataDate(parseResolution({ ...base, indicators: ind([{ period: 2022, value: 1 }]) }))).toBe('2022-12-31');
    expect(dataDate(parseResolution({ ...base, indicators: ind([{ period: 2024, value: 1, quality: 'estimated', reported: '2024-06-30' }, { period: 2023, value: 1 }]) }))).toBe('2024-06-30');
    expect(dataDate(parseResolution({ ...base, sources: [{ id: 's', title: 'S', published: '2025-10-14' }], indicators: ind([{ period: 2025, value: 1, quality: 'estimated', source: 's' }]) }))).toBe('2025-10-14');
    expect(dataDate(parseResolution({ ...base, indicators: ind([]), milestones: [{ id: 'm', title: 'M', done: '2024-03' }] }))).toBe('2024-03-01');
  });

  it('every example file speaks for a date no later than its latest source', () => {
    for (const name of ['gia-lai-2025-2030', 'thai-nguyen-2025-2030', 'quang-ninh-2025-2030', 'quang-ninh-2020-2025']) {
      const d = dataDate(load(name));
      expect(d, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
