// Writes the source of src/schema/resolution.tree.ts: the zod schemas turned into plain data (see
// src/schema/tree.ts). Used by `npm run schema` and by the test that keeps the file current.
// Anything it does not know how to carry over exactly (a schema kind, a check, a transform) stops it
// with an error, so that the tree can never quietly accept what zod would refuse.
import * as checks from '../src/schema/checks.js';
import * as primitives from '../src/schema/primitives.js';
import * as target from '../src/schema/target.js';
import * as indicator from '../src/schema/indicator.js';
import * as resolution from '../src/schema/resolution.js';

interface Def {
  type: string;
  check?: string;
  format?: string;
  abort?: boolean;
  pattern?: RegExp;
  fn?: unknown;
  error?: () => unknown;
  checks?: Zod[];
  innerType?: Zod;
  element?: Zod;
  options?: Zod[];
  shape?: Record<string, Zod>;
  catchall?: Zod;
}
type Zod = { _zod: { def: Def; values?: Set<unknown> } };

const ROOTS = { ResolutionTree: resolution.ResolutionSchema, IndicatorTree: indicator.IndicatorSchema };

/** The source of resolution.tree.ts, for these roots (each exported under its name). */
export function treeSource(roots: Record<string, unknown> = ROOTS): string {
  // The names of checks (functions and patterns) and of exported schemas, by identity.
  const checkNames = new Map<unknown, string>(Object.entries(checks).map(([name, value]) => [value, name]));
  const schemaNames = new Map<unknown, string>(Object.entries(roots).map(([name, schema]) => [schema, name]));
  for (const module of [primitives, target, indicator, resolution]) {
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Schema') && !schemaNames.has(value)) schemaNames.set(value, name.replace(/Schema$/, 'Tree'));
    }
  }
  const declared = new Map<Zod, string>();
  const lines: string[] = [];
  const used = new Set<string>();
  // (single quotes, like the rest of the code base)
  const lit = (v: unknown): string =>
    typeof v === 'string' ? `'${v.replace(/['\\]/g, '\\$&')}'` : Array.isArray(v) ? `[${v.map(lit).join(', ')}]` : fail(`the value ${String(v)}`);
  const fail = (what: string): never => {
    throw new Error(`tree-source: cannot carry over ${what}; teach scripts/tree-source.ts and src/schema/explain.ts about it`);
  };
  // What each kind of schema may hold, and nothing more: any other member of its definition (a
  // format, coercion, an exclusive union, a discriminator…) or trait (exact optional…) changes what
  // zod accepts in a way the tree would not carry.
  const plain = (d: Def, keys: string[], what: string) => {
    const extra = Object.keys(d).filter((k) => d[k as keyof Def] !== undefined && !keys.includes(k));
    if (extra.length) fail(`${what} with ${extra.join(', ')}`);
    if (d.error && d.error.length > 0) fail('an error given as a function of the issue');
  };
  const only = (schema: Zod, kind: string, keys: string[]) => {
    const d = schema._zod.def;
    plain(d, keys, `a ${d.type} schema`);
    const traits = [...(schema._zod as unknown as { traits: Set<string> }).traits].filter((t) => !['$ZodType', 'ZodMiniType', '$ZodCheck', `$Zod${kind}`, `ZodMini${kind}`].includes(t));
    if (traits.length) fail(`a ${d.type} schema that is also ${traits.join(', ')}`);
  };
  const code = (d: Def): string => {
    const c = d.error?.();
    if (c !== undefined && typeof c !== 'string') fail(`an error that is not an issue code (${String(c)})`);
    return c === undefined ? '' : `, code: ${lit(c)}`;
  };
  const checkList = (d: Def): string => {
    if (!d.checks?.length) return '';
    const items = d.checks.map(({ _zod: { def: c } }) => {
      plain(c, c.check === 'custom' ? ['check', 'type', 'fn', 'error'] : ['check', 'format', 'pattern', 'error'], `a check (${c.check})`);
      const issue = c.error?.();
      if (typeof issue !== 'string' || c.abort) fail(`a check without an issue code, or one that aborts (${c.check})`);
      const test = c.check === 'custom' ? c.fn : c.check === 'string_format' && c.format === 'regex' ? c.pattern : fail(`the check ${c.check}/${c.format}`);
      // (explain.ts and accepts.ts test patterns without resetting lastIndex)
      if (test instanceof RegExp && (test.global || test.sticky)) fail(`the pattern ${test}, which has the g or y flag`);
      const name = checkNames.get(test) ?? fail(`a check that is not exported from src/schema/checks.ts (${String(test)})`);
      used.add(name);
      return `[${name}, ${lit(issue)}]`;
    });
    return `, checks: [${items.join(', ')}]`;
  };
  const node = (schema: Zod): string => {
    const known = declared.get(schema);
    if (known) return known;
    const d = schema._zod.def;
    let out: string;
    switch (d.type) {
      case 'string':
      case 'number':
        only(schema, d.type === 'string' ? 'String' : 'Number', ['type', 'checks', 'error']);
        out = `{ type: '${d.type}'${code(d)}${checkList(d)} }`;
        break;
      case 'array':
        only(schema, 'Array', ['type', 'element', 'checks']);
        out = `{ type: 'array', element: ${node(d.element!)}${checkList(d)} }`;
        break;
      case 'enum':
        only(schema, 'Enum', ['type', 'entries', 'error']);
        out = `{ type: 'enum', values: ${lit([...schema._zod.values!])}${code(d)} }`;
        break;
      case 'custom': {
        // z.custom aborts (its issue stops the checks after it): explain.ts assumes so.
        only(schema, 'Custom', ['type', 'check', 'fn', 'error', 'abort']);
        if (!d.abort) fail('a custom schema that does not abort');
        const name = checkNames.get(d.fn) ?? fail(`a custom test that is not exported from src/schema/checks.ts (${String(d.fn)})`);
        used.add(name);
        out = `{ type: 'custom', test: ${name}${code(d)} }`;
        break;
      }
      case 'optional':
        only(schema, 'Optional', ['type', 'innerType']);
        out = `{ type: 'optional', inner: ${node(d.innerType!)} }`;
        break;
      case 'union':
        only(schema, 'Union', ['type', 'options', 'error']);
        if (d.options!.length < 2) fail('a union of one option');
        out = `{ type: 'union', options: [${d.options!.map(node).join(', ')}]${code(d)} }`;
        break;
      case 'object': {
        if (d.catchall?._zod.def.type !== 'never') fail('an object that is not strict');
        only(schema, 'Object', ['type', 'shape', 'catchall']);
        if (Object.getOwnPropertySymbols(d.shape).length) fail('an object with members named by symbols');
        const members = Object.entries(d.shape!).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : lit(k)}: ${node(v)}`);
        out = `{ type: 'object', shape: { ${members.join(', ')} } }`;
        break;
      }
      default:
        return fail(`the schema kind ${d.type}`);
    }
    const name = schemaNames.get(schema);
    if (!name) return out;
    declared.set(schema, name);
    lines.push(`const ${name}: Tree = ${out};`);
    return name;
  };
  const names = Object.entries(roots).map(([name, schema]) => {
    if (node(schema as unknown as Zod) !== name) fail(`the root ${name}, which must be an exported schema of the same name`);
    return name;
  });
  return [
    '// Generated by `npm run schema` (scripts/tree-source.ts) from the zod schemas in this folder; do not edit.',
    "import type { Tree } from './tree.js';",
    `import { ${[...used].sort().join(', ')} } from './checks.js';`,
    '',
    ...lines,
    '',
    `export { ${names.join(', ')} };`,
    '',
  ].join('\n');
}
