import { safeParseResolution, safeParseResolutionInSlices } from '../../src/schema/parse.js';
import type { Resolution, SafeParseResult, ValidationIssue } from '../../src/index.js';
import { LoadError } from './errors.js';

// Documents this page has already validated: an element handed one of these (by another
// element, or from the shared cache) does not validate it again.
const validated = new WeakSet<object>();

/**
 * The document, or a "schema" LoadError with its issues in vi and en. The English issues are found
 * when first read (an English page, a tn-error listener): a large file with problems is explained
 * once, not twice, on a Vietnamese page.
 */
function accept(vi: SafeParseResult, input: unknown, url?: string): Resolution {
  if (vi.success) {
    validated.add(vi.data);
    return vi.data;
  }
  let en: ValidationIssue[] | undefined;
  throw new LoadError('schema', {
    url,
    issues: {
      vi: vi.issues,
      get en() {
        return (en ??= (safeParseResolution(input, { lang: 'en' }) as { issues?: ValidationIssue[] }).issues ?? []);
      },
    },
  });
}

/** Validates a resolution document once per object; throws a "schema" LoadError with issues in vi and en. */
export function validateResolution(input: unknown, url?: string): Resolution {
  // (WeakSet.has answers false for anything that is not an object)
  if (validated.has(input as object)) return input as Resolution;
  return accept(safeParseResolution(input, { lang: 'vi' }), input, url);
}

/** The same, a slice of indicators at a time with pauses between, so that a large file never freezes the page. */
export async function validateInSlices(input: unknown, url?: string): Promise<Resolution> {
  if (validated.has(input as object)) return input as Resolution;
  return accept(await safeParseResolutionInSlices(input, { lang: 'vi' }), input, url);
}
