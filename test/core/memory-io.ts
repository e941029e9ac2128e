import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';

/**
 * A CliIo for running the command line in-process: `files` stands in for the disk when given (text
 * is stored as UTF-8), else files are read from disk; what is written lands in `written`.
 */
export function memoryIo(files?: Record<string, string | Uint8Array>) {
  const out = { stdout: '', stderr: '', written: new Map<string, string | Uint8Array>() };
  const io: CliIo = {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    readBytes: (p) => {
      if (!files) return readFileSync(p);
      const content = files[p];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: (p, data) => void out.written.set(p, data),
  };
  return { io, out };
}
