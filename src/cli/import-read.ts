/**
 * Reading an import table: a CSV file's text as records (csv.ts), its header mapped to fields
 * (import-columns.ts), with every problem of the header, the quoting and stray cells reported at
 * its line and column.
 */
import { parseCsv, type CsvRecord } from './csv.js';
import { HEADER_ALIASES, OBSERVATION_FIELDS, resolveHeader, TEXT_FIELDS, type Column, type Field } from './import-columns.js';
import { readText, t, type CliIo, type Lang } from './io.js';

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
    const column = t(lang, `cột ${p.column}`, `column ${p.column}`);
    if (p.kind === 'unterminated-quote') {
      at(input.name, p.line, column, t(lang, 'dấu ngoặc kép (") mở ở đây nhưng không được đóng; phần còn lại của tệp không đọc được', 'a quote (") opens here but is never closed; the rest of the file cannot be read'));
    } else {
      at(input.name, p.line, column, t(lang, 'có ký tự sau dấu ngoặc kép đóng; ô có dấu ngoặc kép phải được bao trọn trong "…"', 'characters follow the closing quote; a quoted cell must be wholly inside "…"'));
    }
  }
  // Blank lines (and the rows of separators alone that Excel leaves below a table) are skipped.
  const records = csv.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0];
  if (!header) {
    at(input.name, undefined, undefined, t(lang, 'tệp rỗng', 'the file is empty'));
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
        ? t(lang, 'cột này chỉ dùng trong bảng số liệu, không dùng trong tệp chỉ tiêu', 'this column belongs in the data table, not in the indicators file')
        : t(lang, `không phải là tên cột đã biết; dùng: ${names} (hoặc tên tiếng Việt, xem hướng dẫn)`, `is not a known column; use: ${names} (or the Vietnamese names, see the docs)`));
      return;
    }
    if (resolved.field === 'ignore') return;
    const key = `${resolved.field}:${resolved.lang || (TEXT_FIELDS.has(resolved.field) ? 'vi' : '')}`;
    const twin = keys.get(key);
    if (twin !== undefined) {
      at(input.name, header.line, label, t(lang, `trùng với cột "${twin}"`, `repeats the column "${twin}"`));
      headerOk = false;
      return;
    }
    keys.set(key, label);
    columns.push({ index, field: resolved.field, lang: resolved.lang, label });
    if (!labels.has(resolved.field) || resolved.lang === '') labels.set(resolved.field, label);
  });
  for (const field of required) {
    if (!columns.some((c) => c.field === field)) {
      at(input.name, header.line, field, t(lang, `thiếu cột bắt buộc (${HEADER_ALIASES[field].join(', ')})`, `the required column is missing (${HEADER_ALIASES[field].join(', ')})`));
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
  at(table.name, row.line, t(lang, `cột ${index + 1}`, `column ${index + 1}`), index >= table.header.cells.length
    ? t(lang, `dòng có ${row.cells.length} ô nhưng dòng tiêu đề chỉ có ${table.header.cells.length} cột`, `the row has ${row.cells.length} cells but the header only ${table.header.cells.length} columns`)
    : t(lang, 'ô có dữ liệu nhưng cột không có tên ở dòng tiêu đề', 'the cell has data but its column has no name in the header'));
}

/** Reads a CSV file as UTF-8 text, or says why it cannot. */
export function readCsv(io: CliIo, path: string, lang: Lang): NamedText | string {
  const read = readText(io, path, lang);
  if ('error' in read) return read.error;
  const { text } = read;
  // Bytes that are not UTF-8 come out as U+FFFD; UTF-16 ("Unicode Text") as NULs.
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return t(
      lang,
      `Không đọc được tệp ${path}: tệp không phải UTF-8. Trong Excel hãy chọn Lưu thành "CSV UTF-8 (Comma delimited) (*.csv)"`,
      `Cannot read ${path}: the file is not UTF-8. In Excel, Save As "CSV UTF-8 (Comma delimited) (*.csv)"`,
    );
  }
  return { name: path, text };
}

