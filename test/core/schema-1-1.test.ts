import { describe, expect, it } from 'vitest';
import { safeParseResolution } from '../../src/index.js';
import { resolutionJsonSchema } from '../../src/schema/zod.js';

// Schema 1.1 in validation: what a 1.0 document may not use, real calendar dates, addresses, and the
// cross-field rules of the new fields, each with a message in Vietnamese and English naming the field.

const base = (version: string, indicator: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  schemaVersion: version, id: 't', title: 't', term: { from: 2025, to: 2030 }, indicators: [{ id: 'x', title: 'x', ...indicator }], ...extra,
});
const issues = (d: unknown, lang: 'vi' | 'en' = 'en') => {
  const r = safeParseResolution(d, { lang });
  return r.success ? [] : r.issues;
};
const codes = (d: unknown) => issues(d).map((i) => `${i.path} ${i.code}`);

describe('schema versions', () => {
  it('a 1.0 document using a 1.1 field is told which field, and to say "1.1"', () => {
    const d = base('1.0', { target: { kind: 'level', op: '>=', value: 10, stretch: 10.5 } });
    const en = issues(d);
    expect(en.map((i) => `${i.path} ${i.code}`)).toEqual(['indicators[0].target.stretch needs-1.1']);
    expect(en[0]!.message).toMatch(/stretch/);
    expect(en[0]!.message).toMatch(/1\.1/);
    expect(issues(d, 'vi')[0]!.message).toMatch(/1\.1/);
    expect(codes(base('1.1', { target: { kind: 'level', op: '>=', value: 10, stretch: 10.5 } }))).toEqual([]);
  });

  it('a 1.0 document using a 1.1 kind or indicator field is told so too', () => {
    expect(codes(base('1.0', { target: { kind: 'maintain', op: '>=', value: 100 } }))).toContain('indicators[0].target.kind needs-1.1');
    expect(codes(base('1.0', { rank: { of: 34 } }))).toEqual(['indicators[0].rank needs-1.1']);
  });
});

describe('dates that exist', () => {
  const reported = (date: string) => codes(base('1.1', { observations: [{ period: 2026, value: 1, reported: date }] }));
  it('refuses 30 February and 29 February of a year that is not a leap year, in zod and in the JSON Schema', () => {
    const pattern = new RegExp((resolutionJsonSchema() as any).$defs.IsoDate.pattern, 'u');
    for (const bad of ['2023-02-30', '2100-02-29', '2025-04-31', '2025-13-01']) {
      expect(reported(bad), bad).toEqual(['indicators[0].observations[0].reported isoDate']);
      expect(pattern.test(bad), bad).toBe(false);
    }
    for (const good of ['2024-02-29', '2000-02-29', '2025-12-31']) {
      expect(reported(good), good).toEqual([]);
      expect(pattern.test(good), good).toBe(true);
    }
  });
});

describe('web addresses', () => {
  const url = (u: string, lang: 'vi' | 'en' = 'en') => issues(base('1.1', {}, { sources: [{ id: 's', title: 'S', url: u }] }), lang);
  it('refuse a space, with a message saying how to write one', () => {
    const [i] = url('https://example.vn/nghi quyet');
    expect(i).toMatchObject({ path: 'sources[0].url', code: 'url-space' });
    expect(i!.message).toMatch(/%20/);
    expect(url('https://example.vn/nghi quyet', 'vi')[0]!.message).toMatch(/dấu cách/);
  });
  it('count their length in characters (code points), up to 2048', () => {
    const head = 'https://ví-dụ.vn/';
    expect(url(head + 'đ'.repeat(2048 - [...head].length))).toEqual([]);
    expect(url(head + 'đ'.repeat(2049 - [...head].length)).map((i) => i.code)).toEqual(['url-length']);
    // an emoji is one character, not two UTF-16 units
    expect(url(head + '🙂'.repeat(2048 - [...head].length))).toEqual([]);
  });
});

describe('cross-field rules of 1.1', () => {
  it('a stretch lies beyond the value, on the side the op points to', () => {
    expect(codes(base('1.1', { target: { kind: 'level', op: '>=', value: 10, stretch: 9 } }))).toEqual(['indicators[0].target.stretch stretch-side']);
    expect(codes(base('1.1', { target: { kind: 'level', op: '<=', value: 2, stretch: 1.5 } }))).toEqual([]);
    expect(codes(base('1.1', { target: { kind: 'level', op: 'between', value: [1, 2], stretch: 3 } }))).toEqual(['indicators[0].target.stretch stretch-op']);
  });
  it('tolerance and direction belong to "about"', () => {
    expect(codes(base('1.1', { target: { kind: 'level', op: '>=', value: 10, tolerance: 1 } }))).toEqual(['indicators[0].target.tolerance needs-about']);
    expect(codes(base('1.1', { target: { kind: 'level', op: 'about', value: [10, 10.5], tolerance: 0.2, direction: 'up' } }))).toEqual([]);
  });
  it('a relative target names another indicator of the file', () => {
    expect(codes(base('1.1', { target: { kind: 'relative', op: '<', reference: 'vn' } }))).toEqual(['indicators[0].target.reference unknown-reference']);
    expect(codes(base('1.1', { target: { kind: 'relative', op: '<', reference: 'x' } }))).toEqual(['indicators[0].target.reference self-reference']);
  });
  it('the parts of one composition add up to about 100, in their targets', () => {
    const part = (id: string, value: number) => ({ id, title: id, share: { of: 'GRDP', composition: 'grdp' }, unit: '%', target: { kind: 'level', op: 'about', value } });
    const doc = (a: number, b: number, c: number) => ({ ...base('1.1', {}), indicators: [part('cn', a), part('dv', b), part('nn', c)] });
    expect(codes(doc(54.6, 36.5, 8.9))).toEqual([]);
    expect(codes(doc(54.6, 36.5, 18.9))).toEqual(['indicators[0].share.composition composition-sum']);
  });
  it('a composition\'s yearly sum uses the figure the engine uses: an actual figure over a later estimate', () => {
    const part = (id: string, figures: Record<string, unknown>[]) => ({ id, title: id, unit: '%', share: { of: 'GRDP', composition: 'grdp' }, observations: figures });
    const doc = (extra: Record<string, unknown>) => ({
      ...base('1.1', {}),
      indicators: [part('cn', [{ period: 2026, value: 55 }, { period: 2026, value: 70, quality: 'estimated', ...extra }]), part('dv', [{ period: 2026, value: 45 }])],
    });
    // the actual 55 + 45 = 100 stands, whatever estimate follows it
    expect(codes(doc({}))).toEqual([]);
    // and between two estimates, the later-reported one is summed
    const two = { ...base('1.1', {}), indicators: [part('cn', [{ period: 2026, value: 70, quality: 'estimated', reported: '2026-12-01' }, { period: 2026, value: 55, quality: 'estimated', reported: '2026-06-01' }]), part('dv', [{ period: 2026, value: 45 }])] };
    expect(codes(two)).toEqual(['indicators[0].share.composition composition-sum']);
  });
  it('a verdict says something, about a known indicator, with a known source', () => {
    const d = (v: Record<string, unknown>) => base('1.1', {}, { sources: [{ id: 's', title: 'S' }], verdicts: [v] });
    expect(codes(d({ indicator: 'x', verdict: 'achieved', source: 's' }))).toEqual([]);
    expect(codes(d({ indicator: 'x', source: 's' }))).toEqual(['verdicts[0] verdict-empty']);
    expect(codes(d({ indicator: 'y', verdict: 'achieved', source: 'z' }))).toEqual(['verdicts[0].indicator unknown-indicator', 'verdicts[0].source unknown-source']);
  });
  it('series breaks come in order; a multiple\'s base year comes before its target year', () => {
    expect(codes(base('1.1', { breaks: [{ year: 2027 }, { year: 2026 }] }))).toEqual(['indicators[0].breaks[1].year break-order']);
    expect(codes(base('1.1', { target: { kind: 'multiple', op: '>=', value: 2, of: 2028, by: 2027 } }))).toEqual(['indicators[0].target.of base-after-by']);
  });
});
