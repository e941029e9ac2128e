import type { IssueCode } from './messages.js';
import { passes } from './accepts.js';
import type { Tree } from './tree.js';

/** One problem of a value, before it is put in words (parse.ts). */
export interface Problem {
  path: (string | number)[];
  code: IssueCode;
  /** For `type`: the expected and received type names; for enumerations: `values`; for `unknown-key`: `keys`; for the cross-field rules, theirs. */
  params?: Record<string, string | number>;
}

// `stop`: the value is not even of the right kind, so its checks do not run and a union does not
// take this option's problems as the answer (what zod calls an aborting issue).
type Found = Problem & { stop?: boolean };

/**
 * Every problem of `value` by `tree`, in the order zod reports them and with the codes our zod
 * schemas give them: the same list zod's parser gives, which a differential test holds it to. Empty
 * when the value is valid (`accepts` answers that faster).
 */
export function explain(tree: Tree, value: unknown): Problem[] {
  const out: Found[] = [];
  run(tree, value, [], out);
  return out.map(({ stop: _, ...problem }) => problem);
}

/** What a value is, in the words of type issues: null, array, or its typeof. */
export const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const wrongType = (path: Found['path'], expected: string, code: IssueCode | undefined, v: unknown): Found =>
  v === undefined ? { path, code: 'required', stop: true } : code ? { path, code, stop: true } : { path, code: 'type', params: { expected, received: kindOf(v) }, stop: true };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function run(t: Tree, v: unknown, path: Found['path'], out: Found[]): void {
  const start = out.length;
  switch (t.type) {
    case 'optional':
      if (v !== undefined) run(t.inner, v, path, out);
      return;
    case 'string':
    case 'number':
      if (t.type === 'string' ? typeof v !== 'string' : !Number.isFinite(v)) return void out.push(wrongType(path, t.type, t.code, v));
      break;
    case 'enum':
      if (!t.values.includes(v)) out.push(t.code ? { path, code: t.code, params: { values: t.values.map((x) => JSON.stringify(x)).join(', ') }, stop: true } : { path, code: 'invalid', stop: true });
      return;
    case 'custom':
      if (!t.test(v)) out.push({ path, code: t.code, stop: true });
      return;
    case 'array':
      if (!Array.isArray(v)) return void out.push(wrongType(path, 'array', undefined, v));
      for (let i = 0; i < v.length; i++) run(t.element, v[i], [...path, i], out);
      break;
    case 'object': {
      if (!isObject(v)) return void out.push(wrongType(path, 'object', undefined, v));
      // (own keys: a page that adds to Object.prototype must not add members to the schema)
      for (const key of Object.keys(t.shape)) run(t.shape[key]!, v[key], [...path, key], out);
      const unknown: string[] = [];
      for (const key in v) if (!Object.hasOwn(t.shape, key)) unknown.push(`"${key}"`);
      // (not `stop`: the members known are still checked, and reported)
      if (unknown.length) out.push({ path, code: 'unknown-key', params: { keys: unknown.join(', ') } });
      return;
    }
    case 'union':
      return union(t, v, path, out);
  }
  // The checks, once the type is right (and nothing inside the value stopped it).
  if ('checks' in t && t.checks && !out.slice(start).some((f) => f.stop)) {
    for (const check of t.checks) if (!passes(check, v)) out.push({ path, code: check[1] });
  }
}

function union(t: Extract<Tree, { type: 'union' }>, v: unknown, path: Found['path'], out: Found[]): void {
  const results: Found[][] = [];
  for (const option of t.options) {
    const found: Found[] = [];
    run(option, v, path, found);
    if (!found.length) return;
    results.push(found);
  }
  // One option that failed only its checks: its problems are the answer.
  const open = results.filter((found) => !found.some((f) => f.stop));
  if (open.length === 1) return void out.push(...open[0]!);
  if (t.code !== 'kind') return void out.push({ path, code: t.code ?? 'invalid', stop: true });
  // A target: its options are objects told apart by their `kind` member. Report the problems of
  // the kind it names, or that its kind is unknown.
  if (!isObject(v)) return void out.push({ path, code: 'type', params: { expected: 'object', received: kindOf(v) }, stop: true });
  const kinds = t.options.map((o) => (o.type === 'object' && o.shape.kind?.type === 'enum' ? o.shape.kind.values[0] : undefined));
  // (the option named has a stopping problem: its kind is right, so had it none, it would be the one open option)
  const named = results[kinds.indexOf(v.kind)];
  if (named) return void out.push(...named);
  out.push(
    v.kind === undefined
      ? { path: [...path, 'kind'], code: 'required', stop: true }
      : { path: [...path, 'kind'], code: 'kind', params: { values: kinds.map((k) => JSON.stringify(k)).join(', ') }, stop: true },
  );
}
