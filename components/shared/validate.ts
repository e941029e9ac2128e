import { safeParseResolution, safeParseResolutionInSlices, type SafeParseResult } from '../../src/schema/parse.js';
import type { Resolution } from '../../src/schema/resolution.js';
import { LoadError } from './errors.js';

// Documents this page has already validated: an element handed one of these (by another
// element, or from the shared cache) does not validate it again.
const validated = new WeakSet<object>();

function accept(vi: SafeParseResult, en: () => SafeParseResult | Promise<SafeParseResult>, url?: string): Resolution | Promise<Resolution> {
  if (vi.success) {
    validated.add(vi.data);
    return vi.data;
  }
  const fail = (e: SafeParseResult) => {
    throw new LoadError('schema', { url, issues: { vi: vi.issues, en: e.success ? [] : e.issues } });
  };
  const english = en();
  return english instanceof Promise ? english.then(fail) : fail(english);
}

/** Validates a resolution document once per object; throws a "schema" LoadError with issues in vi and en. */
export function validateResolution(input: unknown, url?: string): Resolution {
  // (WeakSet.has answers false for anything that is not an object)
  if (validated.has(input as object)) return input as Resolution;
  return accept(safeParseResolution(input, { lang: 'vi' }), () => safeParseResolution(input, { lang: 'en' }), url) as Resolution;
}

/** The same, a slice of indicators at a time with pauses between, so that a large file never freezes the page. */
export async function validateInSlices(input: unknown, url?: string): Promise<Resolution> {
  if (validated.has(input as object)) return input as Resolution;
  return accept(await safeParseResolutionInSlices(input, { lang: 'vi' }), () => safeParseResolutionInSlices(input, { lang: 'en' }), url);
}
