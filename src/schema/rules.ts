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
  const { op, value } = target;
  if (op === 'between') {
    if (!Array.isArray(value)) issues.push({ path: at('value'), code: 'between-needs-range' });
    else if (value[0] > value[1]) issues.push({ path: at('value'), code: 'range-order', params: { low: value[0], high: value[1] } });
  } else if (Array.isArray(value)) {
    issues.push({ path: at('value'), code: 'range-needs-between', params: { op } });
  }
  const by = (target as { by?: number }).by;
  if (by !== undefined && (by <= from || by > to)) issues.push({ path: at('by'), code: 'by-outside-term', params: { by, from, to } });
  if (target.kind === 'level' && target.outOf !== undefined && typeof value === 'number' && target.outOf < value) {
    issues.push({ path: at('outOf'), code: 'out-of', params: { outOf: target.outOf, value } });
  }
}
