import * as z from 'zod/mini';
import { isIssueCode, message, typeWord, type IssueCode, type Lang } from '../../src/schema/messages.js';
import { formatPath } from '../../src/schema/path.js';
import { ResolutionSchema } from '../../src/schema/resolution.js';
import { TARGET_KINDS } from '../../src/schema/vocabulary.js';
import { checkCrossFieldRules } from '../../src/schema/rules.js';
import type { SafeParseResult, ValidationIssue } from '../../src/schema/parse.js';

// The oracle for explain.ts: validation as it was done with zod's own parser, its issues turned into
// ours by the mapping below (moved here unchanged from src/schema/parse.ts when the library stopped
// running zod). `safeParseResolution` must give exactly what this gives, for any input.

export function zodSafeParseResolution(input: unknown, lang: Lang = 'vi'): SafeParseResult {
  const result = z.safeParse(ResolutionSchema, input, { reportInput: true });
  if (!result.success) return { success: false, issues: result.error.issues.flatMap((issue) => fromZodIssue(issue, lang)) };
  const rules = checkCrossFieldRules(result.data);
  if (rules.length === 0) return { success: true, data: result.data };
  return { success: false, issues: rules.map((r) => ({ path: formatPath(r.path), code: r.code, message: message(r.code, lang, r.params) })) };
}

function receivedWord(input: unknown): string {
  return input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
}

export function fromZodIssue(issue: z.core.$ZodIssue, lang: Lang): ValidationIssue[] {
  // A target: report the problems of the kind it names, or that its kind is unknown.
  if (issue.code === 'invalid_union' && issue.message === 'kind') {
    const input = issue.input as { kind?: unknown } | undefined;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return [{ path: formatPath(issue.path), code: 'type', message: message('type', lang, { expected: typeWord('object', lang), received: typeWord(receivedWord(input), lang) }) }];
    }
    const option = TARGET_KINDS.indexOf(input?.kind as (typeof TARGET_KINDS)[number]);
    const inner = issue.errors[option];
    if (inner) return inner.flatMap((sub) => fromZodIssue({ ...sub, path: [...issue.path, ...sub.path] }, lang));
    const path = formatPath([...issue.path, 'kind']);
    const code = input?.kind === undefined ? 'required' : 'kind';
    return [{ path, code, message: message(code, lang, { values: TARGET_KINDS.map((k) => JSON.stringify(k)).join(', ') }) }];
  }
  return [fromZodIssueAt(issue, lang)];
}

function fromZodIssueAt(issue: z.core.$ZodIssue, lang: Lang): ValidationIssue {
  const path = formatPath(issue.path);
  const make = (code: IssueCode, params?: Record<string, string | number | undefined>) => ({ path, code, message: message(code, lang, params) });
  if (issue.code === 'invalid_type' && issue.input === undefined) return make('required');
  if (issue.code === 'unrecognized_keys') return make('unknown-key', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
  if (isIssueCode(issue.message)) {
    // Enumerations list their allowed values, taken from the schema.
    const allowed = issue.code === 'invalid_value' ? issue.values : undefined;
    return make(issue.message, allowed ? { values: allowed.map((v) => JSON.stringify(v)).join(', ') } : undefined);
  }
  switch (issue.code) {
    case 'invalid_type':
      return make('type', { expected: typeWord(issue.expected, lang), received: typeWord(receivedWord(issue.input), lang) });
    default:
      return make('invalid');
  }
}
