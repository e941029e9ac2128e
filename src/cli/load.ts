import { safeParseResolution, type SafeParseResult, type ValidationIssue } from '../schema/parse.js';
import { readText, t, type CliIo, type Lang } from './io.js';

export type Loaded =
  | { kind: 'unreadable'; error: string }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'valid'; result: Extract<SafeParseResult, { success: true }> };

/** Reads, parses and validates one file; never throws. */
export function loadFile(io: CliIo, path: string, lang: Lang): Loaded {
  const read = readText(io, path, lang);
  if ('error' in read) return { kind: 'unreadable', error: read.error };
  const { text } = read;
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = jsonErrorWhere(text, e, lang);
    return { kind: 'invalid', issues: [{ path: '', code: 'not-json', message: t(lang, `Tệp không phải JSON hợp lệ: ${detail}`, `The file is not valid JSON: ${detail}`) }] };
  }
  const result = safeParseResolution(data, { lang });
  return result.success ? { kind: 'valid', result } : { kind: 'invalid', issues: result.issues };
}

/** Turns V8's "… at position N" into a line and column a person can find. */
function jsonErrorWhere(text: string, error: unknown, lang: Lang): string {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(raw);
  if (!match) return text.trim() === '' ? t(lang, 'tệp rỗng', 'the file is empty') : raw;
  const pos = Number(match[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return t(lang, `lỗi cú pháp ở dòng ${line}, cột ${column}`, `syntax error at line ${line}, column ${column}`);
}
