import type { IssueCode } from './messages.js';
import { SPAN_PATTERN } from './checks.js';
import { replaces } from './figure-order.js';
import type { Resolution } from './resolution.js';
import type { Indicator, Observation } from './indicator.js';
import type { Target, ValueTarget } from './target.js';

export interface RuleIssue {
  path: (string | number)[];
  code: IssueCode;
  params?: Record<string, string | number>;
}

/** The rules JSON Schema cannot say: unique ids, references, order of years and ranges. */
export function checkCrossFieldRules(doc: Resolution): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { from, to } = doc.term;
  if (from >= to) issues.push({ path: ['term', 'to'], code: 'term-order', params: { from, to } });

  const groupIds = uniqueIds(doc.groups ?? [], 'groups', issues);
  const sourceIds = uniqueIds(doc.sources ?? [], 'sources', issues);
  const indicatorIds = uniqueIds(doc.indicators, 'indicators', issues);
  if (doc.schemaVersion === '1.0') for (const path of newerFields(doc)) issues.push({ path, code: 'needs-1.1', params: { field: String(path[path.length - 1]) } });
  uniqueIds(doc.milestones ?? [], 'milestones', issues);

  // Paths and closures are built only for an issue: a large document has hundreds of thousands of
  // references, checked in plain loops.
  const indicators = doc.indicators;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    if (ind.group !== undefined && !groupIds.has(ind.group)) issues.push({ path: ['indicators', i, 'group'], code: 'unknown-group', params: { id: ind.group } });
    const observations = ind.observations ?? [];
    // (a list without Array's methods, which only a script can build, is refused: the engine reads lists as lists)
    if (typeof observations.forEach !== 'function') throw new TypeError('observations is not a list');
    for (let j = 0; j < observations.length; j++) {
      const { source, period } = observations[j]!;
      if (source !== undefined && !sourceIds.has(source)) issues.push({ path: ['indicators', i, 'observations', j, 'source'], code: 'unknown-source', params: { id: source } });
      if (typeof period === 'string' && SPAN_PATTERN.test(period) && Number(period.slice(0, 4)) >= Number(period.slice(5))) {
        issues.push({ path: ['indicators', i, 'observations', j, 'period'], code: 'span-order', params: { span: period } });
      }
    }
    if (ind.target) checkTarget(ind.target, i, from, to, issues);
    if (ind.target?.kind === 'relative') {
      const ref = ind.target.reference;
      const at = ['indicators', i, 'target', 'reference'];
      const j = indicatorIds.get(ref);
      if (j === undefined) issues.push({ path: at, code: 'unknown-reference', params: { id: ref } });
      else if (j === i) issues.push({ path: at, code: 'self-reference' });
      else if (indicators[j]!.target?.kind === 'relative') issues.push({ path: at, code: 'reference-relative', params: { id: ref } });
    }
    const plans = ind.plans ?? [];
    for (let j = 0; j < plans.length; j++) {
      const { source, value } = plans[j]!;
      if (source !== undefined && !sourceIds.has(source)) issues.push({ path: ['indicators', i, 'plans', j, 'source'], code: 'unknown-source', params: { id: source } });
      if (Array.isArray(value) && value[0] > value[1]) issues.push({ path: ['indicators', i, 'plans', j, 'value'], code: 'range-order', params: { low: value[0], high: value[1] } });
    }
    const breaks = ind.breaks ?? [];
    for (let j = 1; j < breaks.length; j++) {
      if (breaks[j]!.year <= breaks[j - 1]!.year) issues.push({ path: ['indicators', i, 'breaks', j, 'year'], code: 'break-order' });
    }
  }
  checkCompositions(indicators, new Map((doc.sources ?? []).flatMap((x) => (x.published === undefined ? [] : [[x.id, x.published] as const]))), issues);

  const verdicts = doc.verdicts ?? [];
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    const at = (member: string): (string | number)[] => ['verdicts', i, member];
    if (v.indicator !== undefined && !indicatorIds.has(v.indicator)) issues.push({ path: at('indicator'), code: 'unknown-indicator', params: { id: v.indicator } });
    if (v.group !== undefined && !groupIds.has(v.group)) issues.push({ path: at('group'), code: 'unknown-group', params: { id: v.group } });
    if (!sourceIds.has(v.source)) issues.push({ path: at('source'), code: 'unknown-source', params: { id: v.source } });
    if (v.verdict === undefined && v.text === undefined) issues.push({ path: ['verdicts', i], code: 'verdict-empty' });
  }

  const milestones = doc.milestones ?? [];
  for (let i = 0; i < milestones.length; i++) {
    const { group, source } = milestones[i]!;
    if (group !== undefined && !groupIds.has(group)) issues.push({ path: ['milestones', i, 'group'], code: 'unknown-group', params: { id: group } });
    if (source !== undefined && !sourceIds.has(source)) issues.push({ path: ['milestones', i, 'source'], code: 'unknown-source', params: { id: source } });
  }
  return issues;
}

/** The ids of a collection (each with where it first appears); a repeated id is an issue. */
function uniqueIds(items: readonly { id: string }[], collection: string, issues: RuleIssue[]): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else issues.push({ path: [collection, i, 'id'], code: 'duplicate-id', params: { id: item.id, first: `${collection}[${first}]` } });
  });
  return seen;
}

function checkTarget(target: Target, i: number, from: number, to: number, issues: RuleIssue[]): void {
  const at = (member: string): (string | number)[] => ['indicators', i, 'target', member];
  if (target.kind !== 'relative') checkValue(target, at, issues);
  const by = (target as { by?: number }).by;
  if (by !== undefined && (by <= from || by > to)) issues.push({ path: at('by'), code: 'by-outside-term', params: { by, from, to } });
  if (target.kind === 'multiple' && target.of !== undefined && target.of >= (by ?? to)) {
    issues.push({ path: at('of'), code: 'base-after-by', params: { of: target.of, by: by ?? to } });
  }
  if (target.kind === 'level' && target.outOf !== undefined && typeof target.value === 'number' && target.outOf < target.value) {
    issues.push({ path: at('outOf'), code: 'out-of', params: { outOf: target.outOf, value: target.value } });
  }
}

function checkValue(target: ValueTarget, at: (member: string) => (string | number)[], issues: RuleIssue[]): void {
  const { op, value } = target;
  const extra = target as { stretch?: number; tolerance?: number; direction?: string };
  if (extra.stretch !== undefined) {
    if (Array.isArray(value) || op === 'between' || op === 'about') issues.push({ path: at('stretch'), code: 'stretch-op', params: { op } });
    else if (op === '>=' || op === '>' ? extra.stretch <= value : extra.stretch >= value) {
      issues.push({ path: at('stretch'), code: 'stretch-side', params: { stretch: extra.stretch, value, op } });
    }
  }
  if (op !== 'about') {
    if (extra.tolerance !== undefined) issues.push({ path: at('tolerance'), code: 'needs-about', params: { field: 'tolerance' } });
    if (extra.direction !== undefined) issues.push({ path: at('direction'), code: 'needs-about', params: { field: 'direction' } });
  }
  if (op === 'between') {
    if (!Array.isArray(value)) issues.push({ path: at('value'), code: 'between-needs-range' });
    else if (value[0] > value[1]) issues.push({ path: at('value'), code: 'range-order', params: { low: value[0], high: value[1] } });
  } else if (Array.isArray(value)) {
    // "khoảng 10–10,5%": about a range is the range widened by the tolerance.
    if (op !== 'about') issues.push({ path: at('value'), code: 'range-needs-between', params: { op } });
    else if (value[0] > value[1]) issues.push({ path: at('value'), code: 'range-order', params: { low: value[0], high: value[1] } });
  }
}

/** Parts of one composition (indicators sharing `share.composition`) add up to 100 ± 1, in their targets and in each year that every part has a figure. */
function checkCompositions(indicators: readonly Indicator[], published: ReadonlyMap<string, string>, issues: RuleIssue[]): void {
  const parts = new Map<string, number[]>();
  for (let i = 0; i < indicators.length; i++) {
    const c = indicators[i]!.share?.composition;
    if (c !== undefined) parts.set(c, [...(parts.get(c) ?? []), i]);
  }
  for (const [composition, members] of parts) {
    if (members.length < 2) continue;
    const at = ['indicators', members[0]!, 'share', 'composition'];
    const off = (sum: number) => Math.abs(sum - 100) > 1;
    const values = members.map((i) => {
      const t = indicators[i]!.target;
      return t && t.kind !== 'relative' && typeof t.value === 'number' ? t.value : undefined;
    });
    if (values.every((v) => v !== undefined)) {
      const sum = round(values.reduce((a, b) => a! + b!, 0)!);
      if (off(sum)) issues.push({ path: at, code: 'composition-sum', params: { composition, sum, what: 'target' } });
    }
    // Each part's figure for a year is the one the engine uses: the best quality, then the latest
    // `reported` (else its source's `published`), then the later entry (a revision is appended).
    const years = new Map<number, (Observation | undefined)[]>();
    members.forEach((i, k) => {
      for (const o of indicators[i]!.observations ?? []) {
        if (typeof o.period !== 'number') continue;
        const row = years.get(o.period) ?? new Array<Observation | undefined>(members.length).fill(undefined);
        const held = row[k];
        if (held === undefined || replaces(o, held, published)) row[k] = o;
        years.set(o.period, row);
      }
    });
    for (const [year, row] of years) {
      if (row.some((o) => o === undefined)) continue;
      const sum = round(row.reduce((a, o) => a + o!.value, 0));
      if (off(sum)) issues.push({ path: at, code: 'composition-sum', params: { composition, sum, what: String(year) } });
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Where a document uses a field of schema 1.1: each path, for a document that says it is 1.0. */
export function newerFields(doc: Resolution): (string | number)[][] {
  const found: (string | number)[][] = [];
  const has = (o: object | undefined, key: string) => o !== undefined && (o as Record<string, unknown>)[key] !== undefined;
  if (has(doc.body, 'successor')) found.push(['body', 'successor']);
  if (doc.verdicts !== undefined) found.push(['verdicts']);
  doc.indicators.forEach((ind, i) => {
    for (const key of ['definition', 'rank', 'share', 'prices', 'breaks']) if (has(ind, key)) found.push(['indicators', i, key]);
    const t = ind.target;
    if (t) {
      if (t.kind === 'maintain' || t.kind === 'term-average' || t.kind === 'relative' || t.kind === 'multiple') found.push(['indicators', i, 'target', 'kind']);
      else if (t.op === 'about') found.push(['indicators', i, 'target', 'op']);
      for (const key of ['stretch', 'tolerance', 'direction', 'series']) if (has(t, key)) found.push(['indicators', i, 'target', key]);
    }
    (ind.observations ?? []).forEach((o, j) => {
      for (const key of ['outOf', 'original']) if (has(o, key)) found.push(['indicators', i, 'observations', j, key]);
    });
    (ind.plans ?? []).forEach((p, j) => {
      for (const key of ['source', 'note']) if (has(p, key)) found.push(['indicators', i, 'plans', j, key]);
      if (Array.isArray(p.value)) found.push(['indicators', i, 'plans', j, 'value']);
    });
  });
  return found;
}
