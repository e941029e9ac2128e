import { readFileSync } from 'node:fs';
import { treeSource } from '../../scripts/tree-source.js';
import { describe, expect, it } from 'vitest';
import { assessIndicator, parseResolution, ResolutionError, safeParseResolution } from '../../src/index.js';
import { resolutionJsonSchema } from '../../src/schema/zod.js';

const valid = (): any => ({
  schemaVersion: '1.0',
  id: 'tp-test',
  title: { vi: 'Nghị quyết', en: 'Resolution' },
  term: { from: 2020, to: 2025 },
  sources: [{ id: 'seed', title: 'Interview', url: 'https://example.org/a' }],
  groups: [{ id: 'econ', title: 'Kinh tế' }],
  indicators: [
    {
      id: 'agri-growth',
      group: 'econ',
      title: 'Tăng trưởng nông nghiệp',
      unit: '%',
      target: { kind: 'average-growth', op: '>', value: 5 },
      observations: [{ period: 2021, value: 4.2, source: 'seed' }],
    },
  ],
  milestones: [{ id: 'bridge', title: 'Cầu', due: '2023-08', group: 'econ', source: 'seed' }],
});

type Doc = any;
const issuesOf = (mutate: (d: Doc) => void, lang: 'vi' | 'en' = 'en') => {
  const d = valid() as Doc;
  mutate(d);
  const r = safeParseResolution(d, { lang });
  if (r.success) throw new Error('expected the document to be refused');
  return r.issues;
};

describe('parseResolution', () => {
  it('accepts a valid document as written (a missing quality means "actual", as the engine reads it)', () => {
    const r = parseResolution(valid());
    expect(r).toEqual(valid());
    expect(assessIndicator(r, 'agri-growth')!.latest!.quality).toBe('actual');
  });

  it('throws a ResolutionError with every issue, path and message', () => {
    const d = valid() as Doc;
    d.term.from = 'x';
    d.indicators[0].target.value = '5';
    try {
      parseResolution(d, { lang: 'en' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ResolutionError);
      const err = e as ResolutionError;
      expect(err.issues.map((i) => i.path)).toEqual(['term.from', 'indicators[0].target.value']);
      expect(err.message).toMatch(/^Invalid resolution document \(2\):/);
    }
  });

  it('messages are Vietnamese by default', () => {
    const r = safeParseResolution({ ...valid(), term: { from: 2020 } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: 'term.to', code: 'required', message: 'Thiếu trường bắt buộc' }]);
  });

  it('names the field and what was expected', () => {
    expect(issuesOf((d) => (d.indicators[0].id = 'Agri Growth'))[0]).toMatchObject({ path: 'indicators[0].id', code: 'slug' });
    expect(issuesOf((d) => (d.term.to = 2025.5))[0]).toMatchObject({ path: 'term.to', code: 'year' });
    expect(issuesOf((d) => (d.indicators[0].observations[0].period = '2021/22'))[0]).toMatchObject({
      path: 'indicators[0].observations[0].period',
      code: 'period',
    });
    expect(issuesOf((d) => (d.indicators[0].observations[0].quality = 'ước'))[0]!.message).toMatch(/"estimated"/);
    expect(issuesOf((d) => (d.indicators[0].target.kind = 'growth'))[0]).toMatchObject({ path: 'indicators[0].target.kind', code: 'kind' });
    expect(issuesOf((d) => (d.sources[0].url = 'javascript:alert(1)'))[0]).toMatchObject({ path: 'sources[0].url', code: 'url' });
    expect(issuesOf((d) => (d.indicators = []))[0]).toMatchObject({ path: 'indicators', code: 'indicators' });
    expect(issuesOf((d) => (d.title = ''))[0]).toMatchObject({ path: 'title', code: 'text' });
    expect(issuesOf((d) => (d.title = {}))[0]).toMatchObject({ path: 'title', code: 'text' });
    expect(issuesOf((d) => (d.schemaVersion = '2.0'))[0]).toMatchObject({ path: 'schemaVersion', code: 'schemaVersion' });
    expect(issuesOf((d) => (d.adopted = '2020-13-01'))[0]).toMatchObject({ path: 'adopted', code: 'isoDate' });
    expect(issuesOf((d) => (d.milestones[0].due = 'August 2023'))[0]).toMatchObject({ code: 'partialDate' });
  });

  it('lists the allowed values of an enumeration, from the schema', () => {
    expect(issuesOf((d) => (d.indicators[0].target.kind = 'growth'))[0]!.message).toBe(
      'Must be one of: "level", "average-growth", "annual", "cumulative", "average-change", "maintain", "term-average", "relative", "multiple"',
    );
    expect(issuesOf((d) => (d.indicators[0].target.op = '=>'), 'vi')[0]).toEqual({
      path: 'indicators[0].target.op',
      code: 'op',
      message: 'Phải là một trong: ">=", ">", "<=", "<", "between", "about"',
    });
  });

  it('reports a type mismatch in words, not zod internals', () => {
    const [issue] = issuesOf((d) => (d.indicators = 'x'), 'vi');
    expect(issue).toMatchObject({ path: 'indicators', code: 'type' });
    expect(issue!.message).toBe('Cần một danh sách […], nhưng nhận được một chuỗi văn bản');
  });

  it('refuses unknown fields (typos) by name', () => {
    const [issue] = issuesOf((d) => (d.indicators[0].obervations = []));
    expect(issue).toMatchObject({ path: 'indicators[0]', code: 'unknown-key' });
    expect(issue!.message).toContain('"obervations"');
  });

  it('refuses non-finite numbers', () => {
    expect(issuesOf((d) => (d.indicators[0].observations[0].value = Number.POSITIVE_INFINITY))[0]!.code).toBe('number');
    expect(issuesOf((d) => (d.indicators[0].observations[0].value = Number.NaN))[0]!.code).toBe('number');
  });

  it('never throws, whatever the input', () => {
    for (const input of [undefined, null, 0, 'x', [], {}, () => 1, Symbol('s'), new Date(), { indicators: [null] }]) {
      expect(() => safeParseResolution(input)).not.toThrow();
      expect(safeParseResolution(input).success).toBe(false);
    }
  });
});

describe('cross-field rules', () => {
  it('unique ids per collection', () => {
    const [issue] = issuesOf((d) => d.indicators.push({ ...d.indicators[0] }));
    expect(issue).toMatchObject({ path: 'indicators[1].id', code: 'duplicate-id' });
    expect(issue!.message).toBe('The id "agri-growth" is used twice (first at indicators[0])');
  });
  it('references to groups and sources exist', () => {
    expect(issuesOf((d) => (d.indicators[0].group = 'nope'))[0]).toMatchObject({ path: 'indicators[0].group', code: 'unknown-group' });
    expect(issuesOf((d) => (d.indicators[0].observations[0].source = 'nope'))[0]).toMatchObject({ code: 'unknown-source' });
    expect(issuesOf((d) => (d.milestones[0].source = 'nope'))[0]).toMatchObject({ path: 'milestones[0].source' });
  });
  it('term.from < term.to and by inside the term', () => {
    expect(issuesOf((d) => (d.term = { from: 2025, to: 2020 }))[0]).toMatchObject({ path: 'term.to', code: 'term-order' });
    expect(issuesOf((d) => (d.indicators[0].target.by = 2030))[0]).toMatchObject({ path: 'indicators[0].target.by', code: 'by-outside-term' });
    expect(issuesOf((d) => (d.indicators[0].target.by = 2020))[0]!.code).toBe('by-outside-term');
  });
  it('between needs [low, high] with low ≤ high; other ops a number', () => {
    expect(issuesOf((d) => (d.indicators[0].target = { kind: 'level', op: 'between', value: 2 }))[0]!.code).toBe('between-needs-range');
    expect(issuesOf((d) => (d.indicators[0].target = { kind: 'level', op: 'between', value: [3, 2] }))[0]!.code).toBe('range-order');
    expect(issuesOf((d) => (d.indicators[0].target = { kind: 'level', op: '>=', value: [2, 3] }))[0]!.code).toBe('range-needs-between');
  });
  it('outOf ≥ value; spans start before they end', () => {
    expect(issuesOf((d) => (d.indicators[0].target = { kind: 'level', op: '>=', value: 12, outOf: 11 }))[0]).toMatchObject({ code: 'out-of' });
    expect(issuesOf((d) => (d.indicators[0].observations[0].period = '2025-2021'))[0]).toMatchObject({ code: 'span-order' });
  });
});

describe('published JSON Schema', () => {
  it('schemas/resolution.schema.json is current with the zod source (run `npm run schema` to update)', () => {
    const file = JSON.parse(readFileSync(new URL('../../schemas/resolution.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(resolutionJsonSchema());
  });

  it('src/schema/resolution.tree.ts, the rules validation runs on, is current with the zod source (run `npm run schema` to update)', () => {
    expect(readFileSync(new URL('../../src/schema/resolution.tree.ts', import.meta.url), 'utf8')).toBe(treeSource());
  });

  it('is 2020-12 with an $id, bilingual titles, and says what JSON Schema can say', () => {
    const s = resolutionJsonSchema() as any;
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toMatch(/^https:\/\//);
    expect(s.title).toBe('Resolution / Nghị quyết');
    expect(s.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'term', 'indicators']));
    expect(s.properties.indicators.minItems).toBe(1);
    expect(s.additionalProperties).toBe(false);
    // (maxLength counts code points, as the zod rule does; the two patterns give two clear messages)
    expect(s.$defs.Url).toMatchObject({ type: 'string', maxLength: 2048, allOf: [{ pattern: '^https?:\\/\\/.' }, { pattern: '^\\S*$' }] });
    expect(s.$defs.Year).toMatchObject({ type: 'integer', minimum: 1900, maximum: 2200 });
    expect(s.$defs.Quality.enum).toEqual(['actual', 'preliminary', 'estimated', 'projected']);
    expect(s.$defs.LevelTarget.allOf[0].if.properties.op.const).toBe('between');
  });
});

describe('target issues', () => {
  const withTarget = (target: unknown) => ({
    schemaVersion: '1.0', id: 'a', title: 'a', term: { from: 2020, to: 2025 }, indicators: [{ id: 'x', title: 'x', target }],
  });
  const issues = (target: unknown) => {
    const r = safeParseResolution(withTarget(target), { lang: 'en' });
    return r.success ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
  };
  it('are those of the kind the target names, with their own paths', () => {
    expect(issues({ kind: 'level', op: '=>', value: 1 })).toEqual(['indicators[0].target.op op']);
    expect(issues({ kind: 'annual', op: '>', value: 1, by: 2022 })).toEqual(['indicators[0].target unknown-key']);
  });
  it('name the kind when it is missing or unknown, and the type when the target is not an object', () => {
    expect(issues({ op: '>', value: 1 })).toEqual(['indicators[0].target.kind required']);
    expect(issues({ kind: 'levels', op: '>', value: 1 })).toEqual(['indicators[0].target.kind kind']);
    expect(issues('x')).toEqual(['indicators[0].target type']);
  });
});
