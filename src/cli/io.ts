import { decodeUtf8, encodingMessage } from './decode.js';
import { printable } from '../schema/json-text.js';

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

export type Lang = 'vi' | 'en';

export function t(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

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
  const where = error.target === '-' ? t(lang, 'đầu ra chuẩn', 'standard output') : error.target;
  const why =
    error.code === 'EPIPE'
      ? t(lang, 'chương trình nhận đầu ra đã đóng trước khi in xong (ví dụ `| head`)', 'the program reading the output closed it before all was written (e.g. `| head`)')
      : error.code === 'ENOSPC' || error.code === 'EDQUOT'
        ? t(lang, 'đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại', 'the disk is full: free some space and run again')
        : error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS'
          ? t(lang, 'không có quyền ghi vào đó', 'no permission to write there')
          : error.code === 'ENOENT'
            ? t(lang, 'thư mục không tồn tại', 'the folder does not exist')
            : error.code === 'EISDIR'
              ? t(lang, 'đó là một thư mục', 'it is a directory')
              : error.code;
  const kept = error.target === '-' ? '' : t(lang, ' Tệp cũ (nếu có) được giữ nguyên.', ' The old file, if any, is kept as it was.');
  return t(lang, `Không ghi được ${printable(where)}: ${why}.${kept}`, `Cannot write ${printable(where)}: ${why}.${kept}`);
}

/** Reads a file as strict UTF-8 text, or says in words why it cannot (no such file, a directory, UTF-16, too large, …). */
export function readText(io: CliIo, path: string, lang: Lang): { text: string } | { error: string } {
  const shown = path === '-' ? t(lang, '(đầu vào chuẩn)', '(standard input)') : printable(path);
  const tooLarge = (bytes: number) => {
    const mb = Math.round(bytes / 1024 / 1024);
    return { error: t(lang, `Không đọc được tệp ${shown}: tệp quá lớn (${mb} MB; tối đa 512 MB)`, `Cannot read ${shown}: the file is too large (${mb} MB; at most 512 MB)`) };
  };
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (e) {
    if (e instanceof FileTooLarge) return tooLarge(e.bytes);
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? t(lang, 'không tìm thấy tệp', 'no such file')
        : code === 'EISDIR'
          ? t(lang, 'đây là một thư mục', 'it is a directory')
          : code === 'EACCES' || code === 'EPERM'
            ? t(lang, 'không có quyền đọc tệp', 'no permission to read it')
            : (code ?? String(e));
    return { error: t(lang, `Không đọc được tệp ${shown}: ${why}`, `Cannot read ${shown}: ${why}`) };
  }
  if (bytes.length > MAX_BYTES) return tooLarge(bytes.length);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { error: encodingMessage(shown, decoded, lang) };
  return { text: decoded.text };
}
