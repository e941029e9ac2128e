/**
 * `tn-indicators export <file.json> --out <file.xlsx|file.csv>`: the resolution as a workbook a
 * clerk edits in Excel (workbook-write.ts), or as a CSV table in the import's layout (indicators,
 * targets and figures; the rest of the document stays in the JSON and is kept by `import --out`).
 * The output is written whole or not at all (CliIo.writeFile), and only for a valid document.
 */
import type { Text } from '../schema/primitives.js';
import { parseJsonText, printable } from '../schema/json-text.js';
import { cliCount, cliText } from '../format/strings.js';
import { EXIT, readText, type CliIo, type Lang } from './io.js';
import { loadFile, printIssues } from './load.js';
import { writeWorkbook } from './workbook-write.js';

export interface ExportOptions {
  file: string;
  out: string;
  lang: Lang;
}

export type ExportFormat = 'xlsx' | 'csv';

export function exportFormat(out: string): ExportFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' ? 'csv' : undefined;
}

/** Loads and checks the document; the exit code where it cannot be exported. */
function load(io: CliIo, options: ExportOptions): Record<string, unknown> | number {
  const loaded = loadFile(io, options.file, options.lang);
  const { lang } = options;
  if (loaded.kind === 'unreadable') {
    io.stderr(`${loaded.error}\n`);
    return EXIT.unreadable;
  }
  if (loaded.kind === 'invalid') {
    printIssues(io, printable(options.file), loaded.issues, lang);
    io.stderr(`${cliText('export.invalid', lang)}\n`);
    return EXIT.invalid;
  }
  // The document as its file writes it (the parsed value may carry defaults the file does not).
  const read = readText(io, options.file, lang);
  const parsed = 'text' in read ? parseJsonText(read.text) : undefined;
  return parsed?.ok ? (parsed.value as Record<string, unknown>) : EXIT.unreadable;
}

/** `export … --out file.xlsx`: 0 written, 1 invalid document, 2 unreadable, 4 not written. */
export async function exportCommand(io: CliIo, options: ExportOptions): Promise<number> {
  const document = load(io, options);
  if (typeof document === 'number') return document;
  const bytes = await writeWorkbook(document);
  io.writeFile(options.out, bytes);
  io.stderr(`${exportSummary(document, options)}\n`);
  return EXIT.ok;
}

/** `export … --out file.csv`: the import's CSV layout (synchronous: no workbook library). */
export function exportCsvCommand(io: CliIo, options: ExportOptions): number {
  const document = load(io, options);
  if (typeof document === 'number') return document;
  const { text, left } = documentCsv(document);
  io.writeFile(options.out, text);
  io.stderr(`${exportSummary(document, options)}\n`);
  if (left.length > 0) {
    io.stderr(`${cliText('export.csvLeaves', options.lang, { parts: left.join(', '), file: printable(options.file) })}\n`);
  }
  return EXIT.ok;
}

function exportSummary(document: Record<string, unknown>, options: ExportOptions): string {
  const indicators = (document.indicators as { observations?: unknown[] }[]) ?? [];
  const n = indicators.length;
  const m = indicators.reduce((k, i) => k + (i.observations?.length ?? 0), 0);
  const { lang } = options;
  return cliText('wroteWhat', lang, { file: printable(options.out), what: `${cliCount('indicator', n, lang)}, ${cliCount('figure', m, lang)}` });
}

// ───────────────────────────── CSV ─────────────────────────────

const CSV_COLUMNS = [
  'indicator', 'title', 'title_en', 'unit', 'unit_en', 'description', 'description_en', 'group', 'decimals',
  'target_kind', 'target_op', 'target_value', 'target_by', 'target_out_of', 'target_stretch', 'target_tolerance', 'target_direction', 'target_series', 'target_reference', 'target_of',
  'period', 'value', 'quality', 'approx', 'reported', 'source', 'note', 'note_en', 'out_of',
] as const;

/**
 * A number with a decimal comma, as Excel in a Vietnamese locale writes it. A decimal comma before
 * exactly three digits ("14,125") reads as ambiguous ("14,800" might be 14800): a zero is added
 * ("14,1250"), which no reading takes for thousands.
 */
export function csvNumber(n: number): string {
  const text = plainDecimal(n).replace('.', ',');
  return /^-?[1-9]\d{0,2},\d{3}$/.test(text) ? `${text}0` : text;
}

/** A number's shortest exact digits without an exponent (1e-7 → "0.0000001"), as a spreadsheet cell shows it. */
function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead! + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const textPart = (x: unknown, lang: 'vi' | 'en'): string => {
  if (x === undefined) return '';
  if (typeof x === 'string') return lang === 'vi' ? x : '';
  const tr = x as Record<string, string>;
  return lang === 'vi' ? (tr.vi ?? '') : (tr.en ?? '');
};

const quote = (cell: string) => (/[";\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The document's indicators, targets and figures as a CSV table (`;`, decimal commas, BOM, CRLF), and what it leaves out. */
export function documentCsv(document: Record<string, unknown>): { text: string; left: string[] } {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const left = new Set<string>();
  for (const key of ['milestones', 'verdicts']) if (Array.isArray(document[key]) && (document[key] as unknown[]).length > 0) left.add(key);
  if (Array.isArray(document.sources) && (document.sources as { title: unknown; id: string }[]).some((s) => s.title !== s.id)) left.add('sources');
  if (Array.isArray(document.groups) && (document.groups as { title: unknown; id: string }[]).some((g) => g.title !== g.id)) left.add('groups');
  for (const ind of document.indicators as Record<string, unknown>[]) {
    const target = (ind.target ?? {}) as Record<string, unknown>;
    for (const key of ['baseline', 'plans', 'definition', 'rank', 'share', 'prices', 'breaks']) if (ind[key] !== undefined) left.add(key);
    for (const key of ['pace', 'method']) if (target[key] !== undefined) left.add(`target.${key}`);
    const value = target.value;
    const num = (x: unknown) => (typeof x === 'number' ? csvNumber(x) : '');
    const first: Record<string, string> = {
      indicator: ind.id as string,
      title: textPart(ind.title, 'vi'),
      title_en: textPart(ind.title, 'en'),
      unit: textPart(ind.unit, 'vi'),
      unit_en: textPart(ind.unit, 'en'),
      description: textPart(ind.description, 'vi'),
      description_en: textPart(ind.description, 'en'),
      group: (ind.group as string | undefined) ?? '',
      decimals: ind.decimals === undefined ? '' : String(ind.decimals),
      target_kind: (target.kind as string | undefined) ?? '',
      target_op: (target.op as string | undefined) ?? '',
      target_value: Array.isArray(value) ? value.map(csvNumber).join(' – ') : num(value),
      target_by: target.by === undefined ? '' : String(target.by),
      target_out_of: num(target.outOf),
      target_stretch: num(target.stretch),
      target_tolerance: num(target.tolerance),
      target_direction: (target.direction as string | undefined) ?? '',
      target_series: (target.series as string | undefined) ?? '',
      target_reference: (target.reference as string | undefined) ?? '',
      target_of: target.of === undefined ? '' : String(target.of),
    };
    for (const x of [ind.title, ind.unit, ind.description]) if (x && typeof x === 'object' && Object.keys(x).some((k) => k !== 'vi' && k !== 'en')) left.add('translations');
    const observations = (ind.observations as Record<string, unknown>[] | undefined) ?? [];
    const figureCells = (o: Record<string, unknown> | undefined): Record<string, string> =>
      o === undefined
        ? {}
        : {
            period: String(o.period),
            value: csvNumber(o.value as number),
            quality: (o.quality as string | undefined) ?? '',
            approx: (o.approx as string | undefined) ?? '',
            reported: (o.reported as string | undefined) ?? '',
            source: (o.source as string | undefined) ?? '',
            note: textPart(o.note as Text | undefined, 'vi'),
            note_en: textPart(o.note as Text | undefined, 'en'),
            out_of: num(o.outOf),
          };
    for (const o of observations) if (o.original !== undefined) left.add('original');
    const lines = observations.length === 0 ? [undefined] : observations;
    lines.forEach((o, i) => {
      const cells = { ...(i === 0 ? first : { indicator: first.indicator! }), ...figureCells(o) };
      rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ''));
    });
  }
  return { text: `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`, left: [...left] };
}
