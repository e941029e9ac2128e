import { safeParseResolution } from '../../src/schema/parse.js';
import type { Resolution } from '../../src/schema/resolution.js';
import { LoadError } from './errors.js';

// Documents this page has already validated: an element handed one of these (by another
// element, or from the shared cache) does not validate it again.
const validated = new WeakSet<object>();

/** Validates a resolution document once per object; throws a "schema" LoadError with issues in vi and en. */
export function validateResolution(input: unknown, url?: string): Resolution {
  if (typeof input === 'object' && input !== null && validated.has(input)) return input as Resolution;
  const vi = safeParseResolution(input, { lang: 'vi' });
  if (!vi.success) {
    const en = safeParseResolution(input, { lang: 'en' });
    throw new LoadError('schema', { url, issues: { vi: vi.issues, en: en.success ? [] : en.issues } });
  }
  validated.add(vi.data);
  return vi.data;
}
