import fc from 'fast-check';
import { validDocument } from './arbitraries.js';

type Json = unknown;

/** Every place in a JSON value: the parent and key of each object member and list item. */
export function places(v: Json, out: [Record<string, Json> | Json[], string | number][] = []) {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), places(x, out)));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([v as Record<string, Json>, k]), places(x, out);
  return out;
}

/**
 * A valid document (random, or one of `dataSets`) with one change at a random place: a value
 * replaced by `junk`, a member removed, or a member added.
 */
export function mutatedDocument(dataSets: readonly Record<string, unknown>[], junk: fc.Arbitrary<unknown>) {
  return fc.tuple(fc.oneof(validDocument, fc.constantFrom(...dataSets)), fc.nat(), fc.nat(2), junk).map(([doc, pick, how, value]) => {
    const copy = structuredClone(doc) as Record<string, Json>;
    const all = places(copy);
    const [parent, key] = all[pick % all.length]!;
    if (how === 0) (parent as Record<string | number, Json>)[key] = value;
    else if (how === 1 && !Array.isArray(parent)) delete parent[key as string];
    else if (how === 1) (parent as Json[]).splice(key as number, 1);
    else {
      const target = (parent as Record<string | number, Json>)[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, Json>).extra = value;
      else (parent as Record<string | number, Json>)[key] = [value];
    }
    return copy;
  });
}
