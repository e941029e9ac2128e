import type * as z from 'zod/mini';

// zod's runtime parser builds a result object, an issue list and a copy of every value it checks;
// on a file of thousands of indicators that allocation, and the garbage collection after it, is most
// of the time spent validating (BENCHMARKS.md). A valid document needs none of it. `accepts` turns
// the same zod schemas (their definitions: there is no second copy of the rules to keep in step)
// into plain functions, once per schema, that only answer whether zod would accept a value as it is.
// They answer false whenever they are not sure (a schema kind or check they do not know), and zod
// then decides and explains. No `new Function`: this runs under a strict Content-Security-Policy.
// Our schemas have no defaults or transforms, so what zod returns for an accepted value equals it.

interface Def {
  type: string;
  checks?: Schema[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  fn?: (v: unknown) => unknown;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
}
type Schema = { _zod: { def: Def; values?: Set<unknown> } };
// Truthy when the value passes.
type Test = (v: unknown) => unknown;

const compiled = new WeakMap<Schema, Test>();

/** True when zod's parser would accept `value` unchanged; false when it would not, or may not. */
export function accepts(schema: z.core.$ZodType, value: unknown): boolean {
  return !!compile(schema as unknown as Schema)(value);
}

function compile(schema: Schema): Test {
  let test = compiled.get(schema);
  if (!test) {
    const d = schema._zod.def;
    const type = typeTest(schema, d);
    // Then the schema's checks: refinements and regular expressions.
    const checks = (d.checks ?? []).map(({ _zod: { def: c } }): Test =>
      c.check === 'custom' ? c.fn! : c.format === 'regex' ? (v) => ((c.pattern!.lastIndex = 0), c.pattern!.test(v as string)) : () => 0,
    );
    compiled.set(schema, (test = checks.length ? (v) => type(v) && checks.every((c) => c(v)) : type));
  }
  return test;
}

function typeTest(schema: Schema, d: Def): Test {
  switch (d.type) {
    case 'optional': {
      const inner = compile(d.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return Number.isFinite;
    case 'enum': {
      const values = schema._zod.values!;
      return (v) => values.has(v);
    }
    case 'custom':
      return d.fn!;
    case 'array': {
      const item = compile(d.element!);
      // (spread: a hole in an array is an undefined item to zod, and Array#every skips holes)
      return (v) => Array.isArray(v) && [...v].every(item);
    }
    case 'union': {
      const options = d.options!.map(compile);
      return (v) => options.some((o) => o(v));
    }
    case 'object': {
      const shape = d.shape!;
      const keys = Object.keys(shape);
      const tests = keys.map((k) => compile(shape[k]!));
      // Only strict objects (unknown members refused): zod would drop the unknown members of others.
      if (d.catchall?._zod.def.type !== 'never') break;
      return (v) => {
        if (typeof v !== 'object' || !v || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const key in o) if (!Object.hasOwn(shape, key)) return false;
        return tests.every((t, i) => t(o[keys[i]!]));
      };
    }
  }
  return () => 0;
}
