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
type Test = (v: unknown) => boolean;

/** True when zod's parser would accept `value` unchanged; false when it would not, or may not. */
export function accepts(schema: z.core.$ZodType, value: unknown): boolean {
  return ok(schema as unknown as Schema, value);
}

function ok({ _zod: { def: d, values } }: Schema, v: unknown): boolean {
  switch (d.type) {
    case 'optional':
      return v === undefined || ok(d.innerType!, v);
    case 'string':
      if (typeof v != 'string') return false;
      break;
    case 'number':
      if (!Number.isFinite(v)) return false;
      break;
    case 'enum':
      if (!values!.has(v)) return false;
      break;
    case 'custom':
      if (!d.fn!(v)) return false;
      break;
    case 'array':
      if (!Array.isArray(v) || !v.every((x) => ok(d.element!, x))) return false;
      break;
    case 'union':
      if (!d.options!.some((o) => ok(o, v))) return false;
      break;
    case 'object': {
      // Only strict objects (unknown members refused): zod would drop the unknown members of others.
      if (typeof v != 'object' || !v || Array.isArray(v) || d.catchall?._zod.def.type != 'never') return false;
      const shape = d.shape!;
      for (const k in v) if (!Object.hasOwn(shape, k)) return false;
      for (const k in shape) if (!ok(shape[k]!, (v as Record<string, unknown>)[k])) return false;
      break;
    }
    default:
      return false;
  }
  // Then the schema's checks: refinements and regular expressions.
  return (d.checks ?? []).every(({ _zod: { def: c } }) =>
    c.check == 'custom' ? c.fn!(v) : c.format == 'regex' && ((c.pattern!.lastIndex = 0), c.pattern!.test(v as string)),
  );
}
