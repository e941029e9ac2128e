/**
 * `tn-indicators import <table.csv>`: a spreadsheet exported as CSV (one row per indicator and
 * period) becomes a resolution document. Every bad cell is reported with its physical line, then
 * the document is validated like any other; the JSON is printed only when nothing is wrong.
 *
 * The work is pure (texts in, a document or problems out: `importTables`, import-assemble.ts);
 * `importCommand` does the reading and printing through CliIo. The modules: import-read.ts (the
 * CSV and its header), import-columns.ts (fields and header names), import-cells.ts (numbers,
 * dates, words), import-assemble.ts (the document).
 */
import { SLUG_PATTERN } from '../schema/checks.js';
import { importTables, type ImportOptions, type ImportProblem, type ImportResult } from './import-assemble.js';
import { isYear } from './import-cells.js';
import { readCsv, type NamedText } from './import-read.js';
import { mergeCsv, readExisting } from './import-out.js';
import { importWorkbookCommand, notWritten, writeOut } from './import-workbook.js';
import { printable } from '../schema/json-text.js';
import { cliCount, cliText, pluralOf } from '../format/strings.js';
import type { CliIo, Lang } from './io.js';

export { importTables, type ImportOptions, type ImportProblem, type ImportResult, type NamedText };
export { fold, headerKey, HEADER_ALIASES } from './import-columns.js';
export { APPROX_WORDS, QUALITY_WORDS, readDate, readNumber, readPeriod, readQuality, readTargetValue, slugify, type NumberReading } from './import-cells.js';

export interface ImportCommandOptions extends Partial<Omit<ImportOptions, 'lang' | 'existing'>> {
  lang: Lang;
  file: string;
  indicators?: string;
  /** The JSON file to write (atomically), updated where it exists. */
  out?: string;
}

const isWorkbook = (file: string) => /\.xlsx$/i.test(file);

/** Checks the command line of `import`; a message for the usage error, or the options. */
export function importOptions(files: string[], flags: Map<string, string>, lang: Lang): ImportCommandOptions | string {
  if (files.length !== 1) return cliText('import.csvFile', lang);
  const out = flags.get('--out');
  if (out !== undefined && out.trim() === '') return cliText('import.outName', lang);
  if (out !== undefined && /\.(xlsx|xls|csv)$/i.test(out)) return cliText('import.outJson', lang);
  const file = files[0]!;
  if (isWorkbook(file)) {
    // The workbook carries the resolution's id, title and term (sheet "Nghị quyết").
    const given = ['--id', '--title', '--from', '--to', '--indicators'].filter((f) => flags.has(f));
    if (given.length > 0) return cliText('import.notForWorkbook', lang, { flags: given.join(', ') });
    return { file, lang, ...(out === undefined ? {} : { out }) };
  }
  // With an existing --out file, what the flags leave out comes from it (checked when it is read).
  const missing = ['--id', '--title', '--from', '--to'].filter((f) => !flags.get(f)?.trim());
  if (missing.length > 0 && out === undefined) return cliText('import.missing', lang, { flags: missing.join(', ') });
  const id = flags.get('--id')?.trim();
  if (id !== undefined && !SLUG_PATTERN.test(id)) {
    return cliText('import.id', lang);
  }
  const year = (flag: string) => {
    const s = flags.get(flag)!.trim();
    return /^\d{4}$/.test(s) && isYear(Number(s)) ? Number(s) : undefined;
  };
  const from = flags.has('--from') ? year('--from') : undefined;
  const to = flags.has('--to') ? year('--to') : undefined;
  if ((flags.has('--from') && from === undefined) || (flags.has('--to') && to === undefined)) return cliText('import.years', lang);
  if (from !== undefined && to !== undefined && from >= to) return cliText('import.yearOrder', lang, { from, to });
  const indicators = flags.get('--indicators');
  if (indicators !== undefined && indicators.trim() === '') return cliText('import.indicatorsName', lang);
  const title = flags.get('--title')?.trim();
  return {
    file,
    lang,
    ...(id === undefined ? {} : { id }),
    ...(title === undefined ? {} : { title }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(indicators === undefined ? {} : { indicators }),
    ...(out === undefined ? {} : { out }),
  };
}

/**
 * `tn-indicators import`: 0 and the JSON on stdout (or written to --out, an existing file updated),
 * 1 with every problem on stderr (nothing written), 2 unreadable. A workbook (.xlsx) is read by
 * import-workbook.ts, asynchronously.
 */
export function importCommand(io: CliIo, options: ImportCommandOptions): number | Promise<number> {
  if (isWorkbook(options.file)) return importWorkbookCommand(io, options);
  const { lang } = options;
  const existing = options.out === undefined ? {} : readExisting(io, options.out, lang);
  if ('error' in existing) {
    io.stderr(`${existing.error}\n`);
    return 2;
  }
  const old = existing.document;
  const term = (old?.term ?? {}) as { from?: unknown; to?: unknown };
  const id = options.id ?? (typeof old?.id === 'string' ? old.id : undefined);
  const title = options.title ?? (old?.title as ImportOptions['title'] | undefined);
  const from = options.from ?? (typeof term.from === 'number' ? term.from : undefined);
  const to = options.to ?? (typeof term.to === 'number' ? term.to : undefined);
  const missing = [id === undefined && '--id', title === undefined && '--title', from === undefined && '--from', to === undefined && '--to'].filter((x): x is string => typeof x === 'string');
  if (missing.length > 0) {
    io.stderr(`${cliText('import.missingNoOut', lang, { flags: missing.join(', '), file: printable(options.out ?? '') })}\n`);
    return 2;
  }
  const data = readCsv(io, options.file, lang);
  const indicators = options.indicators === undefined ? undefined : readCsv(io, options.indicators, lang);
  const unreadable = [data, indicators].filter((r): r is string => typeof r === 'string');
  if (unreadable.length > 0) {
    for (const message of unreadable) io.stderr(`${message}\n`);
    return 2;
  }
  const result = importTables(data as NamedText, indicators as NamedText | undefined, { id: id!, title: title!, from: from!, to: to!, lang, ...(old ? { existing: old } : {}) });
  if (result.problems.length > 0) {
    printProblems(io, result.problems, [options.file, ...(options.indicators === undefined ? [] : [options.indicators])], lang, options.out);
    return 1;
  }
  if (options.out === undefined) {
    io.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
    io.stderr(`${summary(result, lang)}\n`);
    return 0;
  }
  const next = old ? mergeCsv(old, result.document!) : result.document!;
  return writeOut(io, options.out, old, next, lang, () => summary(result, lang));
}

function printProblems(io: CliIo, problems: ImportProblem[], files: string[], lang: Lang, out?: string): void {
  const groups: (string | undefined)[] = [...files, undefined];
  for (const file of groups) {
    const mine = problems.filter((p) => p.file === file).map((p, i) => ({ p, i }));
    if (mine.length === 0) continue;
    // By line; problems without a line (the whole file) first; otherwise in the order found.
    mine.sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i);
    const count = cliCount('problem', mine.length, lang);
    io.stderr(`✗ ${file ?? cliText('import.document', lang)}: ${count}\n`);
    for (const { p } of mine) {
      const line = p.line === undefined ? '' : `${cliText('line', lang, { n: p.line })}: `;
      io.stderr(`  ${line}${p.where === undefined ? '' : `${p.where}: `}${p.message}\n`);
    }
  }
  io.stderr(`${out === undefined ? cliText('import.nothingPrinted', lang) : notWritten(out, lang)}\n`);
}

function summary(result: ImportResult, lang: Lang): string {
  const { indicators: n, observations: m, createdSources: s, createdGroups: g } = result;
  const parts = [`${cliCount('indicator', n, lang)}, ${cliCount('observation', m, lang)}`];
  const added = (ids: string[], noun: 'source' | 'group', key: string) =>
    ids.length === 0 ? [] : [cliText(`import.added.${pluralOf(ids.length, lang)}`, lang, { count: cliCount(noun, ids.length, lang), ids: ids.join(', '), key })];
  return [...parts, ...added(s, 'source', 'sources'), ...added(g, 'group', 'groups')].join('; ');
}

