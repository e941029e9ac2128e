import type { ValidationIssue } from '../../src/schema/parse.js';
import type { Lang } from '../../src/schema/messages.js';

export type LoadErrorKind = 'network' | 'http' | 'json' | 'schema' | 'not-found';

/** What exactly went wrong within a kind: no answer in time, a body cut short, a web page instead of data. */
export type LoadErrorCause = 'timeout' | 'cut' | 'html';

/** Why data could not be shown; messages are made in the element's language when shown. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly info: { url?: string; status?: number; id?: string; cause?: LoadErrorCause; seconds?: number; issues?: Record<Lang, ValidationIssue[]> } = {},
  ) {
    super(kind);
  }
}

// [vi, en]; {n} is filled from the error.
const TEXT = {
  network: ['Không tải được dữ liệu: lỗi mạng hoặc máy chủ chuyển hướng vòng quanh', 'Could not load the data: a network error or a redirect loop'],
  timeout: ['Máy chủ không trả lời sau {n} giây', 'The server did not answer within {n} seconds'],
  cut: ['Tải dữ liệu bị gián đoạn giữa chừng', 'The download was cut off'],
  http: ['Máy chủ trả lỗi {n} khi tải dữ liệu', 'The server answered {n} when loading the data'],
  json: ['Tệp dữ liệu không phải JSON hợp lệ', 'The data file is not valid JSON'],
  html: ['Máy chủ trả về một trang web thay vì tệp dữ liệu', 'The server sent a web page instead of the data file'],
  schema: ['Tệp dữ liệu không đúng mẫu ({n} lỗi)', 'The data file does not match the schema ({n} problem(s))'],
  'not-found': ['Không có chỉ tiêu "{n}" trong tệp dữ liệu', 'No indicator "{n}" in the data file'],
} as const;

/** The message shown in the element and sent in `tn-error`. */
export function loadErrorMessage(error: LoadError, lang: Lang): string {
  const { url, status, id, issues, cause, seconds } = error.info;
  const list = issues?.[lang] ?? [];
  const n = { http: status, schema: list.length, 'not-found': id }[error.kind as string] ?? seconds;
  let text = TEXT[cause ?? error.kind][lang === 'vi' ? 0 : 1].replace('{n}', String(n));
  const first = list[0];
  if (first) text += `: ${first.path || (lang === 'vi' ? '(tệp)' : '(document)')}: ${first.message}`;
  return url && error.kind !== 'schema' && error.kind !== 'not-found' ? `${text} (${url})` : text;
}
