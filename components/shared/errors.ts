import type { ValidationIssue } from '../../src/schema/parse.js';
import type { Lang } from '../../src/schema/messages.js';

export type LoadErrorKind = 'network' | 'http' | 'json' | 'schema' | 'not-found';

/** Why data could not be shown; messages are made in the element's language when shown. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly info: { url?: string; status?: number; id?: string; issues?: Record<Lang, ValidationIssue[]> } = {},
  ) {
    super(kind);
    this.name = 'LoadError';
  }
}

const where = (url: string | undefined) => (url ? ` (${url})` : '');

/** The message shown in the element and sent in `tn-error`. */
export function loadErrorMessage(error: LoadError, lang: Lang): string {
  const { url, status, id, issues } = error.info;
  const vi = lang === 'vi';
  switch (error.kind) {
    case 'network':
      return (vi ? 'Không tải được dữ liệu: lỗi mạng hoặc quá thời gian chờ' : 'Could not load the data: network error or time-out') + where(url);
    case 'http':
      return (vi ? `Máy chủ trả lỗi ${status} khi tải dữ liệu` : `The server answered ${status} when loading the data`) + where(url);
    case 'json':
      return (vi ? 'Tệp dữ liệu không phải JSON hợp lệ' : 'The data file is not valid JSON') + where(url);
    case 'schema': {
      const list = issues?.[lang] ?? [];
      const first = list[0];
      const head = vi ? `Tệp dữ liệu không đúng mẫu (${list.length} lỗi)` : `The data file does not match the schema (${list.length} problem${list.length === 1 ? '' : 's'})`;
      return first ? `${head}: ${first.path || (vi ? '(tệp)' : '(document)')}: ${first.message}` : head;
    }
    case 'not-found':
      return vi ? `Không có chỉ tiêu "${id}" trong tệp dữ liệu` : `No indicator "${id}" in the data file`;
  }
}
