import * as z from 'zod/mini';
import { isIssueCode, message, typeWord, type IssueCode, type Lang } from './messages.js';
import { formatPath } from './path.js';
import { IndicatorSchema, type Indicator } from './indicator.js';
import { ResolutionSchema, type Resolution } from './resolution.js';
import { TARGET_KINDS } from './target.js';
import { checkCrossFieldRules } from './rules.js';
import { accepts } from './accepts.js';

export interface ValidationIssue {
  /** Where the problem is, e.g. `indicators[2].target.value`; empty for the document itself. */
  path: string;
  /** A stable code for programs, e.g. `year`, `unknown-group`. */
  code: IssueCode;
  /** What was expected, in the requested language. */
  message: string;
}

export interface ParseOptions {
  /** Language of the messages; Vietnamese by default. */
  lang?: Lang;
}

export type SafeParseResult =
  | { success: true; data: Resolution }
  | { success: false; issues: ValidationIssue[] };

/** Thrown by `parseResolution`: an Error whose `issues` list every problem found. */
export class ResolutionError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[], lang: Lang = 'vi') {
    const head = lang === 'vi' ? 'Tệp nghị quyết không hợp lệ' : 'Invalid resolution document';
    const lines = issues.slice(0, 5).map((i) => `${i.path || '(document)'}: ${i.message}`);
    const more = issues.length > 5 ? [lang === 'vi' ? `… và ${issues.length - 5} lỗi khác` : `… and ${issues.length - 5} more`] : [];
    super([`${head} (${issues.length}):`, ...lines, ...more].join('\n'));
    this.name = 'ResolutionError';
    this.issues = issues;
  }
}

/**
 * Validates a resolution document; never throws. A valid document is returned as it is (validation
 * changes nothing in it): treat it as read-only from then on.
 */
export function safeParseResolution(input: unknown, options: ParseOptions = {}): SafeParseResult {
  const lang = options.lang ?? 'vi';
  // The quick check (accepts.ts) passes a valid document; zod's parser finds and explains the problems of any other.
  if (accepts(ResolutionSchema, input)) return withRules(input as Resolution, lang);
  const result = z.safeParse(ResolutionSchema, input, { reportInput: true });
  if (!result.success) {
    return { success: false, issues: result.error.issues.flatMap((issue) => fromZodIssue(issue, lang)) };
  }
  return withRules(result.data, lang);
}

/** The cross-field rules over a structurally valid document. */
function withRules(data: Resolution, lang: Lang): SafeParseResult {
  const ruleIssues = checkCrossFieldRules(data);
  if (ruleIssues.length === 0) return { success: true, data };
  return { success: false, issues: ruleIssues.map((r) => ({ path: formatPath(r.path), code: r.code, message: message(r.code, lang, r.params) })) };
}

export interface SliceOptions extends ParseOptions {
  /** Indicators checked between two pauses (default 1,000). */
  slice?: number;
  /** Awaited between slices; by default a macrotask (setTimeout 0), so that a page stays responsive. */
  pause?: () => Promise<unknown>;
}

/**
 * The validation of `safeParseResolution`, for very large documents: the indicators are checked a
 * slice at a time with a pause between slices, so that no single task blocks a page for long. The
 * result is the same (issues may come in another order). Documents of one slice or less are checked
 * at once.
 */
export async function safeParseResolutionInSlices(input: unknown, options: SliceOptions = {}): Promise<SafeParseResult> {
  const slice = options.slice ?? 1000;
  const list = (input as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list) || list.length <= slice) return safeParseResolution(input, options);
  // setTimeout exists in browsers and Node alike; the core is typed without either's globals.
  const timer = (globalThis as unknown as { setTimeout: (callback: () => void) => unknown }).setTimeout;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => timer(resolve)));
  for (let i = 0; i < list.length; i++) {
    // A problem: zod finds and explains every problem of the document, in one pass.
    if (!accepts(IndicatorSchema, list[i])) return safeParseResolution(input, options);
    if ((i + 1) % slice === 0) await pause();
  }
  // The rest of the document, with its first indicator standing in for the list checked above.
  return accepts(ResolutionSchema, { ...(input as object), indicators: [list[0]] }) ? withRules(input as Resolution, options.lang ?? 'vi') : safeParseResolution(input, options);
}

/** Validates a resolution document and returns it typed, or throws a `ResolutionError`. */
export function parseResolution(input: unknown, options: ParseOptions = {}): Resolution {
  const result = safeParseResolution(input, options);
  if (!result.success) throw new ResolutionError(result.issues, options.lang);
  return result.data;
}

function receivedWord(input: unknown): string {
  return input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
}

function fromZodIssue(issue: z.core.$ZodIssue, lang: Lang): ValidationIssue[] {
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
