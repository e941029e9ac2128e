import { nodeIo } from './node-io.js';
import { runCli } from './run.js';

declare const __VERSION__: string | undefined;

const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';
const io = nodeIo();
// A bug of ours, not bad input: said in one line, without a stack trace.
const internal = (e: unknown) => {
  io.stderr(`tn-indicators: internal error / lỗi nội bộ: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 3;
};
try {
  const code = runCli(process.argv.slice(2), io, version);
  if (typeof code === 'number') process.exitCode = code;
  else code.then((c) => (process.exitCode = c), internal);
} catch (e) {
  internal(e);
}
