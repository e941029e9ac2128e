import { t, type CliIo, type Lang } from './io.js';
import { loadFile } from './load.js';

/** `tn-indicators validate <file…>`: 0 all valid, 1 some invalid (every issue listed), 2 some unreadable. */
export function validateCommand(io: CliIo, files: string[], lang: Lang): number {
  let exit = 0;
  for (const file of files) {
    const loaded = loadFile(io, file, lang);
    if (loaded.kind === 'unreadable') {
      io.stderr(`${loaded.error}\n`);
      exit = 2;
    } else if (loaded.kind === 'invalid') {
      io.stderr(`✗ ${file}: ${t(lang, `${loaded.issues.length} lỗi`, `${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'}`)}\n`);
      for (const issue of loaded.issues) io.stderr(`  ${issue.path || t(lang, '(tệp)', '(document)')}: ${issue.message}\n`);
      exit = Math.max(exit, 1);
    } else {
      const n = loaded.result.data.indicators.length;
      io.stdout(`✓ ${file}: ${t(lang, `hợp lệ, ${n} chỉ tiêu`, `valid, ${n} indicator${n === 1 ? '' : 's'}`)}\n`);
    }
  }
  return exit;
}
