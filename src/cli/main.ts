import { nodeIo } from './node-io.js';
import { runCli } from './run.js';

declare const __VERSION__: string | undefined;

const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';
const io = nodeIo();
try {
  process.exitCode = runCli(process.argv.slice(2), io, version);
} catch (e) {
  // A bug of ours, not bad input: say so in one line, without a stack trace.
  io.stderr(`tn-indicators: internal error / lỗi nội bộ: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 3;
}
