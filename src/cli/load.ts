import { jsonProblemText, parseJsonText } from '../schema/json-text.js';
import { safeParseResolution, type SafeParseResult, type ValidationIssue } from '../schema/parse.js';
import { cliCount, cliText, t } from '../format/strings.js';
import { readText, type CliIo, type Lang } from './io.js';

export type Loaded =
  | { kind: 'unreadable'; error: string }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'valid'; result: Extract<SafeParseResult, { success: true }> };

/** Reads, parses and validates one file; never throws. */
export function loadFile(io: CliIo, path: string, lang: Lang): Loaded {
  const read = readText(io, path, lang);
  if ('error' in read) return { kind: 'unreadable', error: read.error };
  const { text } = read;
  // (a byte order mark is dropped by the decoder; a slip made by hand is named with its line and column)
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const detail = jsonProblemText(parsed.problem, lang);
    return { kind: 'invalid', issues: [{ path: '', code: 'not-json', message: cliText('load.notJson', lang, { detail }) }] };
  }
  const result = safeParseResolution(parsed.value, { lang });
  return result.success ? { kind: 'valid', result } : { kind: 'invalid', issues: result.issues };
}

/** A file's problems as `validate` lists them: "✗ nq.json: 2 lỗi", then each field path and message. */
export function printIssues(io: CliIo, shown: string, issues: readonly ValidationIssue[], lang: Lang): void {
  io.stderr(`✗ ${shown}: ${cliCount('problem', issues.length, lang)}\n`);
  for (const issue of issues) io.stderr(`  ${issue.path || t('document', lang)}: ${issue.message}\n`);
}
