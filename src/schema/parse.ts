import { DOCUMENT_WORDS, fill } from '../format/strings.js';
import { message, typeWord, type IssueCode, type Lang } from './messages.js';
import { formatPath } from './path.js';
import type { Resolution } from './resolution.js';
import { checkCrossFieldRules } from './rules.js';
import { accepts } from './accepts.js';
import { explain, type Problem } from './explain.js';
import { IndicatorTree, ResolutionTree } from './resolution.tree.js';

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
    const head = fill(DOCUMENT_WORDS.invalid, lang);
    const lines = issues.slice(0, 5).map((i) => `${i.path || '(document)'}: ${i.message}`);
    const more = issues.length > 5 ? [fill(DOCUMENT_WORDS.more, lang, { n: issues.length - 5 })] : [];
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
  // The quick check (accepts.ts) passes a valid document; explain.ts finds the problems of any other.
  if (accepts(ResolutionTree, input)) return withRules(input as Resolution, lang);
  const problems: Problem[] = explain(ResolutionTree, input);
  // (never empty, as both walk the same tree; should they ever disagree, the document is still refused)
  return { success: false, issues: (problems.length ? problems : [{ path: [], code: 'invalid' as const }]).map((p) => inWords(p, lang)) };
}

/** A problem put in words: its path written out, its message in the language asked for. */
function inWords({ path, code, params }: Problem, lang: Lang): ValidationIssue {
  const words = code === 'type' ? { expected: typeWord(String(params!.expected), lang), received: typeWord(String(params!.received), lang) } : params;
  return { path: formatPath(path), code, message: message(code, lang, words) };
}

/** The cross-field rules over a structurally valid document. */
function withRules(data: Resolution, lang: Lang): SafeParseResult {
  let ruleIssues;
  try {
    ruleIssues = checkCrossFieldRules(data);
  } catch {
    // Only a document built by a script can get here (a list without Array's methods, a getter that
    // throws): JSON makes plain objects and arrays. Refused, never thrown.
    return { success: false, issues: [inWords({ path: [], code: 'invalid' }, lang)] };
  }
  if (ruleIssues.length === 0) return { success: true, data };
  return { success: false, issues: ruleIssues.map((r) => inWords(r, lang)) };
}

/** Indicators checked between two pauses when a document is checked in slices. */
export const SLICE = 1000;

/** Whether a document has more indicators than one slice: worth checking in slices. */
export function exceedsSlice(input: unknown, slice = SLICE): boolean {
  const list = (input as { indicators?: unknown } | null)?.indicators;
  return Array.isArray(list) && list.length > slice;
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
  const slice = options.slice ?? SLICE;
  if (!exceedsSlice(input, slice)) return safeParseResolution(input, options);
  const list = (input as { indicators: unknown[] }).indicators;
  // setTimeout exists in browsers and Node alike; the core is typed without either's globals.
  const timer = (globalThis as unknown as { setTimeout: (callback: () => void) => unknown }).setTimeout;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => timer(resolve)));
  for (let i = 0; i < list.length; i++) {
    // A problem: every problem of the document is found and explained, in one pass.
    if (!accepts(IndicatorTree, list[i])) return safeParseResolution(input, options);
    if ((i + 1) % slice === 0) await pause();
  }
  // The rest of the document, with its first indicator standing in for the list checked above (a
  // copy has the document's own members only: one with inherited members is checked as a whole).
  for (const key in input as object) if (!Object.hasOwn(input as object, key)) return safeParseResolution(input, options);
  return accepts(ResolutionTree, { ...(input as object), indicators: [list[0]] }) ? withRules(input as Resolution, options.lang ?? 'vi') : safeParseResolution(input, options);
}

/** Validates a resolution document and returns it typed, or throws a `ResolutionError`. */
export function parseResolution(input: unknown, options: ParseOptions = {}): Resolution {
  const result = safeParseResolution(input, options);
  if (!result.success) throw new ResolutionError(result.issues, options.lang);
  return result.data;
}
