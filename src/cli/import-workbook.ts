/**
 * `tn-indicators import <file.xlsx> [--out file.json]`: a workbook written by `export` (and edited
 * in Excel) read back to the resolution document: printed, or written to --out (an existing file
 * updated: what the workbook does not carry is kept, and what changed is said). Every problem is
 * named with the file, sheet, row and column; nothing is written while one remains.
 */
import { printable } from '../schema/json-text.js';
import { safeParseResolution } from '../schema/parse.js';
import { changes, changesText, mergeWorkbook, readExisting } from './import-out.js';
import { cliCount, cliText, pluralOf, t } from '../format/strings.js';
import { FileTooLarge, MAX_BYTES, readError, type CliIo, type Lang } from './io.js';
import type { Rec } from './workbook-model.js';
import { placeOf, problemPlace, readWorkbookSheets, workbookToDocument, type WorkbookProblem } from './workbook-read.js';

export interface WorkbookImportOptions {
  file: string;
  out?: string;
  lang: Lang;
}

/** "Tệp nq.json được giữ nguyên." — said whenever a run with --out writes nothing. */
export function notWritten(out: string, lang: Lang): string {
  return cliText('import.notWritten', lang, { file: printable(out) });
}

/** A binary file's bytes, or why it cannot be read, in words. */
function readBinary(io: CliIo, path: string, lang: Lang): Uint8Array | string {
  const shown = path === '-' ? cliText('io.stdin', lang) : printable(path);
  try {
    const bytes = io.readBytes(path);
    if (bytes.length > MAX_BYTES) throw new FileTooLarge(bytes.length);
    return bytes;
  } catch (e) {
    return readError(e, shown, lang);
  }
}

function printWorkbookProblems(io: CliIo, file: string, problems: WorkbookProblem[], lang: Lang): void {
  const shown = printable(file);
  const errors = problems.filter((p) => !p.warning);
  const notes = problems.filter((p) => p.warning);
  const line = (p: WorkbookProblem) => {
    const place = problemPlace(p, lang);
    return `  ${shown}${place ? `, ${place}` : ''}: ${p.message}\n`;
  };
  if (errors.length > 0) {
    io.stderr(`✗ ${shown}: ${cliCount('problem', errors.length, lang)}\n`);
    for (const p of errors) io.stderr(line(p));
  }
  if (notes.length > 0) {
    io.stderr(`${cliText(`import.notes.${pluralOf(notes.length, lang)}`, lang, { n: notes.length })}\n`);
    for (const p of notes) io.stderr(line(p));
  }
}

/** "3 chỉ tiêu, 12 số liệu" / "3 indicators, 12 figures". */
function countsText(document: Rec, lang: Lang): string {
  const indicators = (document.indicators as { observations?: unknown[] }[] | undefined) ?? [];
  const figures = indicators.reduce((k, i) => k + (i.observations?.length ?? 0), 0);
  return `${cliCount('indicator', indicators.length, lang)}, ${cliCount('figure', figures, lang)}`;
}

/**
 * Writes the document to --out (whole or not at all), after checking it against the schema; says
 * what changed in the existing file, or what the new one holds. 0, 1 (invalid: nothing written).
 */
export function writeOut(io: CliIo, out: string, old: Rec | undefined, next: Rec, lang: Lang, summary?: () => string): number {
  const checked = safeParseResolution(next, { lang });
  if (!checked.success) {
    io.stderr(`✗ ${printable(out)}: ${cliCount('problem', checked.issues.length, lang)}\n`);
    for (const issue of checked.issues) io.stderr(`  ${issue.path || t('document', lang)}: ${issue.message}\n`);
    io.stderr(`${notWritten(out, lang)}\n`);
    return 1;
  }
  io.writeFile(out, `${JSON.stringify(next, null, 2)}\n`);
  if (old) {
    const said = changesText(changes(old, next), lang);
    io.stderr(`${cliText('import.updated', lang, { file: printable(out), changes: said || cliText('import.noChange', lang) })}\n`);
  } else {
    const what = summary?.() ?? countsText(next, lang);
    io.stderr(`${cliText('wroteWhat', lang, { file: printable(out), what })}\n`);
  }
  return 0;
}

/**
 * The workbook read into a document, and the existing --out file; or the exit code (2: unreadable).
 * Apart from the command so that the file's bytes and the sheets' rows are garbage once the
 * document is built: a 60 MB sheet's import peaked at 1.5 GB with them alive to the end.
 */
async function load(io: CliIo, options: WorkbookImportOptions): Promise<number | { old: Rec | undefined; read: ReturnType<typeof workbookToDocument> }> {
  const { lang, file } = options;
  const bytes = readBinary(io, file, lang);
  if (typeof bytes === 'string') {
    io.stderr(`${bytes}\n`);
    return 2;
  }
  const sheets = await readWorkbookSheets(bytes, lang);
  if ('error' in sheets) {
    io.stderr(`${cliText('io.cannotRead', lang, { file: printable(file), why: sheets.error })}\n`);
    return 2;
  }
  const existing = options.out === undefined ? {} : readExisting(io, options.out, lang);
  if ('error' in existing) {
    io.stderr(`${existing.error}\n`);
    return 2;
  }
  const old = existing.document;
  return { old, read: workbookToDocument(sheets, lang, old) };
}

/** `import file.xlsx [--out file.json]`: 0, 1 (problems, nothing written), 2 (unreadable), 4 (not written). */
export async function importWorkbookCommand(io: CliIo, options: WorkbookImportOptions): Promise<number> {
  const { lang, file } = options;
  const loaded = await load(io, options);
  if (typeof loaded === 'number') return loaded;
  const { old, read } = loaded;
  const next = old ? mergeWorkbook(old, read) : read.document;
  const problems = [...read.problems];
  // The schema's rules, each issue traced back to its sheet, row and column; rows with a cell already
  // reported are left out (their missing value would be said twice), and so is everything when a
  // sheet could not be read at all.
  const badRows = new Set(problems.filter((p) => !p.warning).map((p) => `${p.sheet}|${p.row}`));
  const sheetRefused = problems.some((p) => !p.warning && (p.row === undefined || p.row === 1));
  if (!sheetRefused) {
    const checked = safeParseResolution(next, { lang });
    if (!checked.success) {
      for (const issue of checked.issues) {
        const place = placeOf(issue.path, read);
        if (badRows.size > 0 && (place.row === undefined || badRows.has(`${place.sheet}|${place.row}`))) continue;
        problems.push({ ...place, message: issue.path ? `${issue.path}: ${issue.message}` : issue.message });
      }
    }
  }
  printWorkbookProblems(io, file, problems, lang);
  if (problems.some((p) => !p.warning)) {
    io.stderr(`${options.out === undefined ? cliText('import.nothingPrinted', lang) : notWritten(options.out, lang)}\n`);
    return 1;
  }
  if (options.out === undefined) {
    io.stdout(`${JSON.stringify(next, null, 2)}\n`);
    io.stderr(`${countsText(next, lang)}\n`);
    return 0;
  }
  return writeOut(io, options.out, old, next, lang);
}
