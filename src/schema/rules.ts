import type { IssueCode } from './messages.js';
import { SPAN_PATTERN } from './checks.js';
import type { Resolution } from './resolution.js';
import type { Target } from './target.js';

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
  uniqueIds(doc.indicators, 'indicators', issues);
  uniqueIds(doc.milestones ?? [], 'milestones', issues);

  // Paths are built only for an issue: a large document has hundreds of thousands of references.
  const ref = (ids: Map<string, number>, id: string | undefined, path: () => (string | number)[], code: IssueCode) => {
    if (id !== undefined && !ids.has(id)) issues.push({ path: path(), code, params: { id } });
  };

  doc.indicators.forEach((ind, i) => {
    ref(groupIds, ind.group, () => ['indicators', i, 'group'], 'unknown-group');
    ind.observations?.forEach((obs, j) => {
      ref(sourceIds, obs.source, () => ['indicators', i, 'observations', j, 'source'], 'unknown-source');
      if (typeof obs.period === 'string' && SPAN_PATTERN.test(obs.period)) {
        const [a, b] = obs.period.split('-').map(Number) as [number, number];
        if (a >= b) issues.push({ path: ['indicators', i, 'observations', j, 'period'], code: 'span-order', params: { span: obs.period } });
      }
    });
    if (ind.target) checkTarget(ind.target, ['indicators', i, 'target'], from, to, issues);
  });

  doc.milestones?.forEach((m, i) => {
    ref(groupIds, m.group, () => ['milestones', i, 'group'], 'unknown-group');
    ref(sourceIds, m.source, () => ['milestones', i, 'source'], 'unknown-source');
  });
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

function checkTarget(target: Target, at: (string | number)[], from: number, to: number, issues: RuleIssue[]): void {
  const { op, value } = target;
  if (op === 'between') {
    if (!Array.isArray(value)) issues.push({ path: [...at, 'value'], code: 'between-needs-range' });
    else if (value[0] > value[1]) issues.push({ path: [...at, 'value'], code: 'range-order', params: { low: value[0], high: value[1] } });
  } else if (Array.isArray(value)) {
    issues.push({ path: [...at, 'value'], code: 'range-needs-between', params: { op } });
  }
  const by = (target as { by?: number }).by;
  if (by !== undefined && (by <= from || by > to)) issues.push({ path: [...at, 'by'], code: 'by-outside-term', params: { by, from, to } });
  if (target.kind === 'level' && target.outOf !== undefined && typeof value === 'number' && target.outOf < value) {
    issues.push({ path: [...at, 'outOf'], code: 'out-of', params: { outOf: target.outOf, value } });
  }
}
