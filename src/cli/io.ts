import { decodeUtf8, encodingMessage } from './decode.js';
import { cliText } from '../format/strings.js';
import { printable } from '../schema/json-text.js';
import type { Lang } from '../schema/messages.js';

/** What the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A file's bytes; `-` is standard input. Throws a Node error (ENOENT, EISDIR, …) or a FileTooLarge. */
  readBytes: (path: string) => Uint8Array;
  /**
   * Writes a file whole or not at all: a temporary file beside it, flushed to disk and renamed over
   * it only once all is written. Throws an OutputError where it could not (the old file is kept).
   */
  writeFile: (path: string, data: string | Uint8Array) => void;
}

export type { Lang };

/** Exit codes: 0 valid, 1 invalid data, 2 unreadable file or wrong usage, 3 internal error, 4 the output could not be written. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2, internal: 3, output: 4 } as const;

/**
 * The largest file the CLI reads: a JavaScript string holds at most about 512 MB (V8's limit is
 * 2^29 − 24 characters), and a document that large is no resolution.
 */
export const MAX_BYTES = 2 ** 29 - 24;

/** A file over MAX_BYTES, refused before it is read. */
export class FileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`file too large (${bytes} bytes)`);
  }
}

/** What went wrong writing output (a full disk, a closed pipe), with the destination. */
export class OutputError extends Error {
  constructor(
    readonly code: string,
    readonly target: string,
  ) {
    super(`${code} writing ${target}`);
  }
}

/** An output error in words: which output, what happened, what to do. */
export function outputMessage(error: OutputError, lang: Lang): string {
  const where = error.target === '-' ? cliText('io.stdout', lang) : error.target;
  const why =
    error.code === 'EPIPE'
      ? cliText('io.closedPipe', lang)
      : error.code === 'ENOSPC' || error.code === 'EDQUOT'
        ? cliText('io.diskFull', lang)
        : error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS'
          ? cliText('io.noWritePermission', lang)
          : error.code === 'ENOENT'
            ? cliText('io.noFolder', lang)
            : error.code === 'EISDIR'
              ? cliText('io.writeDirectory', lang)
              : error.code;
  const kept = error.target === '-' ? '' : cliText('io.oldKept', lang);
  return cliText('io.cannotWrite', lang, { where: printable(where), why, kept });
}

/** Reads a file as strict UTF-8 text, or says in words why it cannot (no such file, a directory, UTF-16, too large, …). */
export function readText(io: CliIo, path: string, lang: Lang): { text: string } | { error: string } {
  const shown = path === '-' ? cliText('io.stdin', lang) : printable(path);
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (e) {
    return { error: readError(e, shown, lang) };
  }
  if (bytes.length > MAX_BYTES) return { error: readError(new FileTooLarge(bytes.length), shown, lang) };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { error: encodingMessage(shown, decoded, lang) };
  return { text: decoded.text };
}

/** Why a file could not be read, in words: "Không đọc được tệp nq.json: không tìm thấy tệp". */
export function readError(e: unknown, shown: string, lang: Lang): string {
  if (e instanceof FileTooLarge) return cliText('io.cannotRead', lang, { file: shown, why: cliText('io.tooLarge', lang, { mb: Math.round(e.bytes / 1024 / 1024) }) });
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? cliText('io.noFile', lang)
      : code === 'EISDIR'
        ? cliText('io.readDirectory', lang)
        : code === 'EACCES' || code === 'EPERM'
          ? cliText('io.noReadPermission', lang)
          : (code ?? String(e));
  return cliText('io.cannotRead', lang, { file: shown, why });
}
