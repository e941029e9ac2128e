import { fill, MESSAGES, NAMED_TYPE, OTHER_TYPE, TYPE_WORDS, type Params } from '../format/strings.js';

/**
 * Validation messages in Vietnamese and English, in words a data clerk uses. Every message says
 * what was expected; the field path is reported beside it. `{name}` is filled from the issue.
 * The messages themselves are in src/format/strings.ts (MESSAGES, keyed by issue code), beside
 * every other string.
 */
export type Lang = 'vi' | 'en';

export type IssueCode =
  | 'required' | 'type' | 'unknown-key' | 'invalid' | 'one-of'
  | 'slug' | 'year' | 'isoDate' | 'partialDate' | 'period' | 'url' | 'number' | 'text'
  | 'op' | 'range' | 'targetValue' | 'kind' | 'pace' | 'method' | 'quality' | 'approx' | 'decimals'
  | 'level' | 'milestoneStatus' | 'schemaVersion' | 'indicators'
  | 'duplicate-id' | 'unknown-group' | 'unknown-source' | 'term-order' | 'by-outside-term'
  | 'span-order' | 'range-order' | 'between-needs-range' | 'range-needs-between' | 'out-of'
  | 'not-json'
  // schema 1.1
  | 'url-space' | 'url-length' | 'tolerance' | 'direction' | 'series' | 'prices' | 'verdict'
  | 'needs-1.1' | 'stretch-op' | 'stretch-side' | 'needs-about' | 'unknown-reference' | 'self-reference'
  | 'reference-relative' | 'composition-sum' | 'verdict-empty' | 'unknown-indicator' | 'break-order' | 'base-after-by';

export function typeWord(expected: string | undefined, lang: Lang): string {
  const w = expected ? TYPE_WORDS[expected] : undefined;
  return fill(w ?? (expected === undefined ? OTHER_TYPE : NAMED_TYPE), lang, { type: expected });
}

// Enumerations (op, kind, pace, method, approx, level, milestoneStatus, schemaVersion) share "one-of":
// the allowed values come from the schema itself.
const ENUMS = new Set<IssueCode>(['op', 'kind', 'pace', 'method', 'approx', 'level', 'milestoneStatus', 'schemaVersion', 'direction', 'series', 'prices', 'verdict']);

/** The message for an issue code in a language, with its parameters filled in. */
export function message(code: IssueCode, lang: Lang, params: Params = {}): string {
  return fill(MESSAGES[ENUMS.has(code) ? 'one-of' : code] ?? MESSAGES.invalid!, lang, params);
}

export function isIssueCode(value: string): value is IssueCode {
  return value in MESSAGES || ENUMS.has(value as IssueCode);
}
