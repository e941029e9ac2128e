import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

declare const __VERSION__: string | undefined;

const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';
try {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (p) => readFileSync(p, 'utf8'),
  }, version);
} catch (e) {
  // A bug of ours, not bad input: say so in one line, without a stack trace.
  process.stderr.write(`tn-indicators: internal error / lỗi nội bộ: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 3;
}
