import type { ValidationIssue } from '../../src/schema/parse.js';
import type { Lang } from '../../src/schema/messages.js';

/**
 * What kind of thing went wrong: the request ('network', 'http'), the file ('json', 'schema'), an id
 * the file does not have ('not-found' for an indicator, 'no-group' for a group), or the tag itself
 * ('attribute': one missing, or misspelt).
 */
export type LoadErrorKind = 'network' | 'http' | 'json' | 'schema' | 'not-found' | 'no-group' | 'attribute';

/**
 * What exactly went wrong within a kind: no answer in time, a body cut short, a web page instead of
 * data, a data server that does not let this page read its files (network), a file not in UTF-8
 * (json), an attribute missing or misspelt (attribute).
 */
export type LoadErrorCause = 'timeout' | 'cut' | 'html' | 'cors' | 'encoding' | 'missing' | 'misspelt';

export interface LoadErrorInfo {
  url?: string;
  status?: number;
  /** The indicator or group id that is not in the file. */
  id?: string;
  cause?: LoadErrorCause;
  seconds?: number;
  issues?: Record<Lang, ValidationIssue[]>;
  /** 'no-group': the group ids the file has. */
  known?: readonly string[];
  /** 'cors': the data server's origin. */
  origin?: string;
  /** 'encoding': the encoding the file seems to be in, when it can be told (UTF-16). */
  encoding?: string;
  /** 'attribute': the attribute missing, or the one written (misspelt). */
  attribute?: string;
  /** 'attribute', misspelt: the attribute it looks like. */
  guess?: string;
}

/** Why data could not be shown; messages are made in the element's language when shown. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly info: LoadErrorInfo = {},
  ) {
    super(kind);
  }
}

// [vi, en]; {n} is filled from the error.
const TEXT = {
  network: ['Không tải được dữ liệu: lỗi mạng hoặc máy chủ chuyển hướng vòng quanh', 'Could not load the data: a network error or a redirect loop'],
  timeout: ['Máy chủ không trả lời sau {n} giây', 'The server did not answer within {n} seconds'],
  cut: ['Tải dữ liệu bị gián đoạn giữa chừng', 'The download was cut off'],
  cors: [
    'Máy chủ dữ liệu {n} không cho phép trang này đọc tệp: máy chủ dữ liệu cần gửi tiêu đề Access-Control-Allow-Origin',
    'The data server {n} does not let this page read the file: the data server must send the Access-Control-Allow-Origin header',
  ],
  http: ['Máy chủ trả lỗi {n} khi tải dữ liệu', 'The server answered {n} when loading the data'],
  json: ['Tệp dữ liệu không phải JSON hợp lệ', 'The data file is not valid JSON'],
  html: ['Máy chủ trả về một trang web thay vì tệp dữ liệu', 'The server sent a web page instead of the data file'],
  encoding: ['Tệp dữ liệu không phải UTF-8{n}: hãy lưu lại tệp với mã hoá UTF-8', 'The data file is not UTF-8{n}: save it again as UTF-8'],
  schema: ['Tệp dữ liệu không đúng mẫu ({n} lỗi)', 'The data file does not match the schema ({n} problem(s))'],
  'not-found': ['Không có chỉ tiêu "{n}" trong tệp dữ liệu', 'No indicator "{n}" in the data file'],
  'no-group': ['Không có nhóm chỉ tiêu "{n}" trong tệp dữ liệu', 'No group "{n}" in the data file'],
  attribute: ['Thuộc tính {n} không dùng được', 'The {n} attribute cannot be used'],
  missing: ['Thiếu thuộc tính {n}', 'Missing the {n} attribute'],
  misspelt: ['Thuộc tính "{n}" không được nhận ra — có phải "{g}"?', 'Attribute "{n}" is not recognised — did you mean "{g}"?'],
} as const;

// What a missing attribute is for, said after its name.
const ATTRIBUTES: Record<string, readonly [string, string]> = {
  src: ['địa chỉ tệp dữ liệu', "the data file's address"],
  indicator: ['mã chỉ tiêu', "the indicator's id"],
};

// (a file with many groups is not listed in full in a one-line message)
const LISTED = 12;

/** The message shown in the element and sent in `tn-error`. */
export function loadErrorMessage(error: LoadError, lang: Lang): string {
  const { url, status, id, issues, cause, seconds, known, origin, encoding, attribute, guess } = error.info;
  const vi = lang === 'vi';
  const list = issues?.[lang] ?? [];
  const n =
    cause === 'cors' ? origin
    : cause === 'encoding' ? (encoding ? ` (${vi ? 'có vẻ là' : 'it looks like'} ${encoding})` : '')
    : error.kind === 'attribute' ? attribute
    : ({ http: status, schema: list.length, 'not-found': id, 'no-group': id }[error.kind as string] ?? seconds);
  let text = TEXT[cause ?? error.kind][vi ? 0 : 1].replace('{n}', String(n)).replace('{g}', String(guess));
  const first = list[0];
  if (first) text += `: ${first.path || (vi ? '(tệp)' : '(document)')}: ${first.message}`;
  if (cause === 'missing' && attribute && ATTRIBUTES[attribute]) text += ` (${ATTRIBUTES[attribute][vi ? 0 : 1]})`;
  if (error.kind === 'no-group' && known) {
    const shown = known.slice(0, LISTED).join(', ') + (known.length > LISTED ? ', …' : '');
    text += known.length ? ` (${vi ? 'có' : 'it has'}: ${shown})` : vi ? ' (tệp không có nhóm nào)' : ' (the file has no groups)';
  }
  const located = url && error.kind !== 'schema' && error.kind !== 'not-found' && error.kind !== 'no-group' && error.kind !== 'attribute' && cause !== 'cors';
  return located ? `${text} (${url})` : text;
}

/**
 * Whether asking again can help: a network failure, no answer in time, a body cut short, a server
 * busy or failing (5xx, 408, 429). Not a file that is wrong, an id it lacks, a slip in the tag, or a
 * server that refuses this page (CORS): those need someone to change something first.
 */
export function canRetry(error: LoadError): boolean {
  if (error.kind === 'network') return error.info.cause !== 'cors';
  if (error.kind !== 'http') return false;
  const status = error.info.status ?? 0;
  return status >= 500 || status === 408 || status === 429;
}
