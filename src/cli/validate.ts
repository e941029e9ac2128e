import { cliCount, cliText } from '../format/strings.js';
import type { CliIo, Lang } from './io.js';
import { loadFile, printIssues } from './load.js';

/** `tn-indicators validate <file…>`: 0 all valid, 1 some invalid (every issue listed), 2 some unreadable. */
export function validateCommand(io: CliIo, files: string[], lang: Lang): number {
  let exit = 0;
  for (const file of files) {
    const loaded = loadFile(io, file, lang);
    if (loaded.kind === 'unreadable') {
      io.stderr(`${loaded.error}\n`);
      exit = 2;
    } else if (loaded.kind === 'invalid') {
      printIssues(io, file, loaded.issues, lang);
      exit = Math.max(exit, 1);
    } else {
      const n = loaded.result.data.indicators.length;
      io.stdout(`✓ ${file}: ${cliText('validate.valid', lang, { indicators: cliCount('indicator', n, lang) })}\n`);
    }
  }
  return exit;
}
