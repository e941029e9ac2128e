import type { Check, Tree } from './tree.js';

// zod's parser builds a result object, an issue list and a copy of every value it checks; on a file
// of thousands of indicators that allocation, and the garbage collection after it, is most of the
// time spent validating (BENCHMARKS.md). A valid document needs none of it. `accepts` turns the
// schema tree (generated from the zod schemas: resolution.tree.ts) into plain functions, once per
// node, that only answer whether a value is valid as it is; explain.ts says what is wrong with one
// that is not. No `new Function`: this runs under a strict Content-Security-Policy.

// Truthy when the value passes.
type Test = (v: unknown) => unknown;

const compiled = new WeakMap<Tree, Test>();

/** True when `value` is valid by `tree` (zod would accept it unchanged). */
export function accepts(tree: Tree, value: unknown): boolean {
  return !!compile(tree)(value);
}

/** A check's test (a pattern the string matches, or a function) on a value of the right type. */
export const passes = (check: Check, v: unknown): unknown => {
  // (read by index: destructuring walks an iterator, a cost on every value before the code is optimised)
  const test = check[0];
  return typeof test === 'function' ? test(v as never) : test.test(v as string);
};

function compile(tree: Tree): Test {
  let test = compiled.get(tree);
  if (!test) {
    const type = typeTest(tree);
    const checks = 'checks' in tree ? tree.checks : undefined;
    compiled.set(
      tree,
      (test = checks
        ? (v) => {
            if (!type(v)) return false;
            for (let i = 0; i < checks.length; i++) if (!passes(checks[i]!, v)) return false;
            return true;
          }
        : type),
    );
  }
  return test;
}

function typeTest(t: Tree): Test {
  switch (t.type) {
    case 'optional': {
      const inner = compile(t.inner);
      return (v) => v === undefined || inner(v);
    }
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return Number.isFinite;
    case 'enum':
      return (v) => t.values.includes(v);
    case 'custom':
      return t.test;
    case 'array': {
      const item = compile(t.element);
      // (by index, as zod reads a list: a hole is an undefined item, and the list's own iterator,
      // which a script may have replaced, is not used)
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = t.options.map(compile);
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
    case 'object': {
      const shape = t.shape;
      const keys = Object.keys(shape);
      const tests = keys.map((k) => compile(shape[k]!));
      return (v) => {
        if (typeof v !== 'object' || !v || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        // (the members first: a union's other options fail there at once)
        for (let i = 0; i < keys.length; i++) if (!tests[i]!(o[keys[i]!])) return false;
        // (`in`, as zod: inherited enumerable members count as unknown members too)
        for (const key in o) if (!Object.hasOwn(shape, key)) return false;
        return true;
      };
    }
  }
}
