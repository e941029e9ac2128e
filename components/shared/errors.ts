import { uiText as t } from '../../src/format/index.js';
import type { Lang, ValidationIssue } from '../../src/index.js';

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

// (a file with many groups is not listed in full in a one-line message)
const LISTED = 12;

/** The message shown in the element and sent in `tn-error`. */
export function loadErrorMessage(error: LoadError, lang: Lang): string {
  const { url, status, id, issues, cause, seconds, known, origin, encoding, attribute, guess } = error.info;
  const list = issues?.[lang] ?? [];
  const n =
    cause === 'cors' ? origin
    : cause === 'encoding' ? (encoding ? ` (${t('looksLike', lang, { encoding })})` : '')
    : error.kind === 'attribute' ? attribute
    : ({ http: status, schema: list.length, 'not-found': id, 'no-group': id }[error.kind as string] ?? seconds);
  let text = t(cause ?? error.kind, lang, { n: String(n), g: String(guess) });
  const first = list[0];
  if (first) text += `: ${first.path || t('document', lang)}: ${first.message}`;
  if (cause === 'missing' && (attribute === 'src' || attribute === 'indicator')) text += ` (${t(`for.${attribute}`, lang)})`;
  if (error.kind === 'no-group' && known) {
    const shown = known.slice(0, LISTED).join(', ') + (known.length > LISTED ? ', …' : '');
    text += ` (${known.length ? t('groups', lang, { groups: shown }) : t('noGroups', lang)})`;
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
