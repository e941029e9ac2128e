/**
 * Reading an import table: a CSV file's text as records (csv.ts), its header mapped to fields
 * (import-columns.ts), with every problem of the header, the quoting and stray cells reported at
 * its line and column.
 */
import { parseCsv, type CsvRecord } from './csv.js';
import { HEADER_ALIASES, OBSERVATION_FIELDS, resolveHeader, TEXT_FIELDS, type Column, type Field } from './import-columns.js';
import { cliText } from '../format/strings.js';
import { readText, type CliIo, type Lang } from './io.js';

export interface NamedText {
  /** The file name, as shown in messages. */
  name: string;
  text: string;
}

export interface Table {
  name: string;
  header: CsvRecord;
  rows: CsvRecord[];
  columns: Column[];
  /** The label of the first column of a field in this table. */
  labels: Map<Field, string>;
}

export type Report = (file: string, line: number | undefined, where: string | undefined, message: string) => void;

/** Parses a CSV text and its header; undefined when the rows cannot be read (reported). */
export function readTable(input: NamedText, allowed: Set<Field>, required: Field[], role: 'data' | 'indicators', lang: Lang, at: Report): Table | undefined {
  const csv = parseCsv(input.text);
  for (const p of csv.problems) {
    const column = cliText('column', lang, { n: p.column });
    if (p.kind === 'unterminated-quote') {
      at(input.name, p.line, column, cliText('csv.openQuote', lang));
    } else {
      at(input.name, p.line, column, cliText('csv.afterQuote', lang));
    }
  }
  // Blank lines (and the rows of separators alone that Excel leaves below a table) are skipped.
  const records = csv.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0];
  if (!header) {
    at(input.name, undefined, undefined, cliText('emptyFile', lang));
    return undefined;
  }
  const columns: Column[] = [];
  const labels = new Map<Field, string>();
  const keys = new Map<string, string>();
  let headerOk = true;
  header.cells.forEach((cellText, index) => {
    const label = cellText.trim();
    if (label === '') return;
    const resolved = resolveHeader(label);
    const other = role === 'data' ? undefined : resolved && (OBSERVATION_FIELDS as readonly string[]).includes(resolved.field);
    if (!resolved || !allowed.has(resolved.field)) {
      const names = [...allowed].filter((f) => f !== 'ignore').join(', ');
      at(input.name, header.line, label, other
        ? cliText('csv.dataColumn', lang)
        : cliText('csv.unknownColumn', lang, { names }));
      return;
    }
    if (resolved.field === 'ignore') return;
    const key = `${resolved.field}:${resolved.lang || (TEXT_FIELDS.has(resolved.field) ? 'vi' : '')}`;
    const twin = keys.get(key);
    if (twin !== undefined) {
      at(input.name, header.line, label, cliText('repeatsColumn', lang, { twin }));
      headerOk = false;
      return;
    }
    keys.set(key, label);
    columns.push({ index, field: resolved.field, lang: resolved.lang, label });
    if (!labels.has(resolved.field) || resolved.lang === '') labels.set(resolved.field, label);
  });
  for (const field of required) {
    if (!columns.some((c) => c.field === field)) {
      at(input.name, header.line, field, cliText('csv.requiredColumn', lang, { names: HEADER_ALIASES[field].join(', ') }));
      headerOk = false;
    }
  }
  if (!headerOk) return undefined;
  return { name: input.name, header, rows: records.slice(1), columns, labels };
}

/** A filled cell under no header name (or past the last one) would be lost: report it. */
export function checkUnnamedCells(table: Table, row: CsvRecord, lang: Lang, at: Report): void {
  const index = row.cells.findIndex((c, i) => c.trim() !== '' && (table.header.cells[i] ?? '').trim() === '');
  if (index < 0) return;
  at(table.name, row.line, cliText('column', lang, { n: index + 1 }), index >= table.header.cells.length
    ? cliText('csv.longRow', lang, { cells: row.cells.length, columns: table.header.cells.length })
    : cliText('unnamedColumn', lang));
}

/** Reads a CSV file as UTF-8 text, or says why it cannot. */
export function readCsv(io: CliIo, path: string, lang: Lang): NamedText | string {
  const read = readText(io, path, lang);
  if ('error' in read) return read.error;
  const { text } = read;
  // Bytes that are not UTF-8 come out as U+FFFD; UTF-16 ("Unicode Text") as NULs.
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return cliText('io.cannotRead', lang, { file: path, why: cliText('csv.notUtf8', lang) });
  }
  return { name: path, text };
}

