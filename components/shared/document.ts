import { isAsOf, resolveAsOf } from '../../src/progress/as-of.js';
import type { AssessOptions } from '../../src/progress/types.js';
import type { Indicator } from '../../src/schema/indicator.js';
import type { Resolution } from '../../src/schema/resolution.js';

// What the elements derive from a validated document once, not once per element: every card of a
// page would otherwise scan the whole document (N² for N cards). Validated documents never change.
const defaults = new WeakMap<Resolution, number | null>();
const byId = new WeakMap<Resolution, Map<string, Indicator>>();

/** Assessment options from an `as-of` attribute when it is a year or a real date; otherwise the document's own default. */
export function assessOptions(asOf: string | undefined, data: Resolution): AssessOptions {
  const a = asOf?.trim();
  // Anything else (a typo such as "2023-13-45") is ignored.
  if (a && isAsOf(a)) return { asOf: a };
  let year = defaults.get(data);
  if (year === undefined) defaults.set(data, (year = resolveAsOf(data, undefined).year));
  return year === null ? {} : { asOf: year };
}

/** The document's indicator with this id. */
export function findIndicator(data: Resolution, id: string): Indicator | undefined {
  let map = byId.get(data);
  if (!map) byId.set(data, (map = new Map(data.indicators.map((i) => [i.id, i]))));
  return map.get(id);
}
