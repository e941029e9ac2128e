import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { printable } from '../schema/json-text.js';
import { FileTooLarge, MAX_BYTES, OutputError, type CliIo } from './io.js';

/**
 * The CLI's real input and output. Every write is synchronous and checked: a closed pipe (EPIPE) or
 * a full disk (ENOSPC) becomes an OutputError the command line reports with its own exit code,
 * never Node's stack trace and never exit 0. Text for a terminal has its control characters escaped.
 */
export function nodeIo(): CliIo {
  return {
    // (text on a terminal is shown with its control characters escaped; piped or redirected, it is data)
    stdout: (text) => writeAll(1, process.stdout.isTTY ? terminalSafe(text) : text, '-'),
    stderr: (text) => {
      try {
        writeAll(2, terminalSafe(text), '-');
      } catch {
        // (nowhere left to say anything)
      }
    },
    readBytes,
    writeFile: writeFileAtomic,
  };
}

/** Control characters (an `ESC ]0;…` sequence from a file, say) shown as U+XXXX; line breaks and tabs kept. */
export function terminalSafe(text: string): string {
  return text.split(/(\n|\t)/).map((part) => (part === '\n' || part === '\t' ? part : printable(part))).join('');
}

function readBytes(path: string): Uint8Array {
  if (path === '-') return readFileSync(0);
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_BYTES) throw new FileTooLarge(size);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes every byte to a descriptor, waiting out a full non-blocking pipe (EAGAIN). */
function writeAll(fd: number, data: string | Uint8Array, target: string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw new OutputError(code, target);
    }
  }
}

/** A temporary file in the same folder, written, flushed and renamed over `path`; removed on failure. */
function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeAll(fd, data, path);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // (already failing)
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // (never made, or already gone)
    }
    if (e instanceof OutputError) throw e;
    throw new OutputError((e as NodeJS.ErrnoException).code ?? 'EIO', path);
  }
}
