/**
 * An .xlsx workbook (read-excel-file, workbook-xlsx.ts) read back into a resolution document: the sheets of
 * workbook-layout.ts by their names, each column by the key in its header's parentheses, each cell
 * by what its column holds. A workbook written by export reads back to the same document; one
 * edited in Excel gets every slip named with its sheet, row and column, in Vietnamese or English:
 * a number typed as text is read and noted, "14.800" is refused unless the sheet settles the
 * decimal mark, a column the layout does not know is refused by its name.
 */
import { ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN, SLUG_PATTERN, LANG_PATTERN, MIN_YEAR, MAX_YEAR } from '../schema/checks.js';
import { decimalMark, DIRECTION_WORDS, fold, SERIES_WORDS, q, readApprox, readDate, readKind, readNumberIn, readOp, readPeriod, readQuality, readWord, slugify, type DecimalMark } from './import-cells.js';
import { cliText } from '../format/strings.js';
import type { Lang } from './io.js';
import { columnLetter, GUIDE_SHEET, SHEETS, type ColumnDef, type SheetDef, type SheetId } from './workbook-layout.js';
import { fromRecords, type Rec, type RowOrigin } from './workbook-model.js';
import { readXlsxSheets } from './workbook-xlsx.js';

type CellValue = string | number | boolean | Date | null | undefined;

export interface WorkbookSheet {
  name: string;
  data: CellValue[][];
}

/** A problem of the workbook, where it is: sheet, row (1-based) and column (a letter). */
export interface WorkbookProblem {
  sheet?: string;
  row?: number;
  column?: string;
  /** The header of the column, as the sheet writes it. */
  label?: string;
  message: string;
  /** A note: the cell was read, but the clerk may want to look (a number typed as text). */
  warning?: boolean;
}

/** The sheets of an .xlsx file's bytes, or what is wrong with the file in words. */
export async function readWorkbookSheets(bytes: Uint8Array, lang: Lang): Promise<WorkbookSheet[] | { error: string }> {
  try {
    // (read-excel-file's reading, its sheet XML fed in slices by a loop: workbook-xlsx.ts)
    const sheets = await readXlsxSheets(bytes, { trim: false });
    return sheets.map((s) => ({ name: s.name, data: s.data as CellValue[][] }));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') {
      return { error: cliText('sheet.xls', lang) };
    }
    if (code === 'NO_DATA') return { error: cliText('emptyFile', lang) };
    return { error: cliText('sheet.notXlsx', lang, { code: code ?? (e as Error).message }) };
  }
}

/** Where a cell is, in words: `sheet "Số liệu", dòng 7, cột D (Giá trị (value))`. */
export function problemPlace(p: WorkbookProblem, lang: Lang): string {
  const parts: string[] = [];
  if (p.sheet !== undefined) parts.push(`sheet "${p.sheet}"`);
  if (p.row !== undefined) parts.push(cliText('sheet.row', lang, { n: p.row }));
  if (p.column !== undefined) parts.push(`${cliText('column', lang, { n: p.column })}${p.label ? ` (${p.label})` : ''}`);
  return parts.join(', ');
}

const sheetKey = (name: string) => fold(name).replace(/[^a-z0-9]+/g, '');

function findSheetDef(name: string): SheetDef | 'guide' | undefined {
  const key = sheetKey(name);
  if (key === sheetKey(GUIDE_SHEET) || key === 'guide') return 'guide';
  return SHEETS.find((s) => [s.name, s.en, s.id].some((n) => sheetKey(n) === key));
}

/** A header resolved: the column, and for text the language ('' the text itself). */
interface Resolved {
  def: ColumnDef;
  lang: string;
}

const headerFold = (s: string) => fold(s).replace(/[^a-z0-9.$]+/g, ' ').trim();

function resolveHeader(def: SheetDef, label: string): Resolved | undefined {
  const key = (/\(([^()]*)\)\s*$/.exec(label)?.[1] ?? label).trim();
  for (const col of def.columns) if (col.key === key) return { def: col, lang: '' };
  for (const col of def.columns) {
    if (col.kind !== 'text' || !key.startsWith(`${col.key}.`)) continue;
    const lang = key.slice(col.key.length + 1);
    if (LANG_PATTERN.test(lang)) return { def: col, lang };
  }
  // A header without its key: the Vietnamese name alone ("Giá trị"), case and diacritics aside.
  const name = headerFold(label);
  for (const col of def.columns) if (headerFold(col.vi) === name || headerFold(col.key) === name) return { def: col, lang: '' };
  return undefined;
}

const isEmpty = (v: CellValue) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function isoDay(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** An Excel serial day number (the 1900 date system) as an ISO day. */
function serialDay(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 61 || n > 200000) return undefined;
  return isoDay(new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000));
}

const shown = (v: CellValue) => (v instanceof Date ? isoDay(v) : String(v));

type Cell = { value: unknown } | { error: string } | undefined;

/** Reads one cell by its column's kind. `note` records a note (a number typed as text). */
function readCell(col: ColumnDef, v: CellValue, mark: DecimalMark | undefined, lang: Lang, note: (message: string) => void): Cell {
  if (v === null || v === undefined || v === '') return undefined;
  const kind = col.kind;
  if (kind === 'text' || kind === 'string') return { value: v instanceof Date ? isoDay(v) : String(v) };
  if (typeof v === 'string' && v.trim() === '') return undefined;
  const text = typeof v === 'string' ? v.trim() : undefined;
  const typedAsText = (value: unknown) => {
    note(cliText('sheet.typedAsText', lang, { raw: q(text!), value: String(value) }));
    return { value };
  };
  switch (kind) {
    case 'slug': {
      const s = text ?? shown(v);
      if (SLUG_PATTERN.test(s)) return { value: s };
      const eg = slugify(s);
      return { error: cliText('cell.notId', lang, { raw: q(s), eg: eg || 'agri-growth' }) };
    }
    case 'number':
    case 'value':
    case 'high': {
      if (typeof v === 'number') return { value: v };
      if (text === undefined) return { error: cliText('cell.notNumber', lang, { raw: q(shown(v)) }) };
      const r = readNumberIn(text, mark);
      if (r.kind === 'number') return typedAsText(r.value);
      if (r.kind === 'ambiguous') {
        const [a, b] = r.write;
        const which = cliText(r.sep === ',' ? 'sheet.comma' : 'sheet.dot', lang);
        const or = b ? cliText('sheet.or', lang, { b }) : '';
        return { error: cliText('sheet.ambiguous', lang, { raw: q(text), which, a: a!, or }) };
      }
      return { error: cliText('cell.notNumber', lang, { raw: q(text) }) };
    }
    case 'integer':
    case 'year': {
      const n = typeof v === 'number' ? v : text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
      const okYear = n !== undefined && Number.isInteger(n) && (kind === 'integer' || (n >= MIN_YEAR && n <= MAX_YEAR));
      if (!okYear) {
        return { error: cliText(kind === 'year' ? 'cell.notYear' : 'sheet.wholeNumber', lang, { raw: q(shown(v)) }) };
      }
      return typeof v === 'number' ? { value: n } : typedAsText(n);
    }
    case 'period': {
      if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) return { value: v };
        return { error: cliText('sheet.notPeriod', lang, { raw: q(String(v)) }) };
      }
      if (text === undefined) return { error: cliText('sheet.periodAsText', lang, { raw: q(shown(v)) }) };
      const r = readPeriod(text, lang);
      if (!r.ok) return { error: r.message };
      return typeof r.value === 'number' ? typedAsText(r.value) : { value: r.value };
    }
    case 'date': {
      if (v instanceof Date) return { value: isoDay(v) };
      if (typeof v === 'number') {
        const day = serialDay(v);
        return day ? { value: day } : { error: cliText('sheet.notDate', lang, { raw: q(String(v)) }) };
      }
      if (text === undefined) return { error: cliText('sheet.notDate', lang, { raw: q(shown(v)) }) };
      // (a day Excel cannot hold, before 1900, is written as ISO text)
      if (ISO_DATE_PATTERN.test(text)) return { value: text };
      const r = readDate(text, lang);
      return r.ok ? { value: r.value } : { error: r.message };
    }
    case 'partial-date': {
      if (v instanceof Date) {
        const day = isoDay(v);
        note(cliText('sheet.turnedIntoDay', lang, { day, month: day.slice(0, 7), year: day.slice(0, 4) }));
        return { value: day };
      }
      const s = text ?? shown(v);
      if (PARTIAL_DATE_PATTERN.test(s)) return { value: s };
      const day = readDate(s, lang);
      if (day.ok) return { value: day.value };
      return { error: cliText('sheet.notDue', lang, { raw: q(s) }) };
    }
    case 'enum': {
      const s = text ?? shown(v);
      const values = col.values ?? [];
      const exact = values.find((x) => x === s) ?? values.find((x) => x.toLowerCase() === s.toLowerCase());
      if (exact) return { value: exact };
      // The words the CSV import knows: "ước", "khoảng", "≥", "tăng"…
      const r =
        col.key.endsWith('quality') ? readQuality(s, lang)
          : col.key === 'approx' ? readApprox(s, lang)
            : col.key === 'target.kind' ? readKind(s, lang)
              : col.key === 'target.op' ? readOp(s, lang)
                : col.key === 'target.direction' ? readWord(s, DIRECTION_WORDS, lang)
                  : col.key === 'target.series' ? readWord(s, SERIES_WORDS, lang)
                    : undefined;
      if (r?.ok) return { value: r.value };
      return { error: r?.message ?? cliText('sheet.notInList', lang, { raw: q(s), values: values.join(', ') }) };
    }
  }
  return undefined;
}

/** Text from its language cells: plain alone → a string; otherwise translations (plain = vi). */
function textOf(cells: Map<string, string>, lang: Lang): Cell {
  if (cells.size === 0) return undefined;
  const plain = cells.get('');
  if (plain !== undefined && cells.has('vi')) return { error: cliText('sheet.viTwice', lang) };
  if (plain !== undefined && cells.size === 1) return { value: plain };
  const out: Record<string, string> = {};
  if (plain !== undefined) out.vi = plain;
  for (const [lang, text] of cells) if (lang !== '') out[lang] = text;
  return { value: out };
}

interface ReadSheet {
  def: SheetDef;
  rows: { rec: Rec; origin: RowOrigin }[];
  /** Column key → its letter and header, for tracing the schema's issues. */
  columns: Map<string, { letter: string; label: string }>;
  /** The columns the sheet has, by their key (a text's own column, not its languages). */
  present: Set<string>;
}

const NUMBER_KINDS = new Set(['number', 'value', 'high']);

function readTableSheet(sheet: WorkbookSheet, def: SheetDef, lang: Lang, at: (p: WorkbookProblem) => void): ReadSheet | undefined {
  const header = sheet.data[0] ?? [];
  const resolved: (Resolved | undefined)[] = [];
  const columns = new Map<string, { letter: string; label: string }>();
  const seen = new Map<string, string>();
  const unknown = new Set<number>();
  let ok = true;
  header.forEach((cell, i) => {
    if (isEmpty(cell)) return;
    const label = String(cell).trim();
    const r = resolveHeader(def, label);
    const letter = columnLetter(i);
    if (!r) {
      const names = def.columns.map((c) => c.key).join(', ');
      at({ sheet: sheet.name, row: 1, column: letter, label, message: cliText('sheet.unknownColumn', lang, { names }) });
      ok = false;
      unknown.add(i);
      return;
    }
    const key = r.lang ? `${r.def.key}.${r.lang}` : r.def.key;
    const twin = seen.get(key);
    if (twin !== undefined) {
      at({ sheet: sheet.name, row: 1, column: letter, label, message: cliText('repeatsColumn', lang, { twin }) });
      ok = false;
      return;
    }
    seen.set(key, label);
    resolved[i] = r;
    columns.set(key, { letter, label });
    if (!columns.has(r.def.key)) columns.set(r.def.key, { letter, label });
  });
  // The sheet's decimal mark, from its numbers typed as text.
  const mark = decimalMark(sheet.data.slice(1).flatMap((row) => row.filter((v, i): v is string => typeof v === 'string' && resolved[i] !== undefined && NUMBER_KINDS.has(resolved[i]!.def.kind))));
  const rows: ReadSheet['rows'] = [];
  sheet.data.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every(isEmpty)) return;
    const rec: Rec = {};
    const texts = new Map<string, Map<string, string>>();
    row.forEach((v, i) => {
      const r = resolved[i];
      const place = { sheet: sheet.name, row: rowNumber, column: columnLetter(i) };
      if (!r) {
        if (!isEmpty(v) && !unknown.has(i)) at({ ...place, message: cliText('unnamedColumn', lang) });
        return;
      }
      const label = columns.get(r.lang ? `${r.def.key}.${r.lang}` : r.def.key)!.label;
      const cell = readCell(r.def, v, mark, lang, (message) => at({ ...place, label, message, warning: true }));
      if (cell === undefined) return;
      if ('error' in cell) {
        at({ ...place, label, message: cell.error });
        // A stand-in, so that the schema's other rules still run on the rest of the document (the
        // row's own issues are not said twice: import-workbook.ts leaves out rows already reported).
        if (r.def.kind === 'number' || r.def.kind === 'value' || r.def.kind === 'integer') rec[r.def.key] = 0;
      } else if (r.def.kind === 'text') addText(texts, r.def.key, r.lang, cell.value);
      else rec[r.def.key] = cell.value;
    });
    for (const [key, cells] of texts) {
      const text = textOf(cells, lang);
      if (text && 'error' in text) at({ sheet: sheet.name, row: rowNumber, column: columns.get(key)?.letter, label: columns.get(key)?.label, message: text.error });
      else if (text) rec[key] = text.value;
    }
    rows.push({ rec, origin: { sheet: def.id, row: rowNumber } });
  });
  const present = new Set(resolved.filter((r): r is Resolved => r !== undefined && r.lang === '').map((r) => r.def.key));
  return ok ? { def, rows, columns, present } : undefined;
}

/** The document sheet: one field a row, its name in column A and its value in column B. */
function readDocumentSheet(sheet: WorkbookSheet, def: SheetDef, lang: Lang, at: (p: WorkbookProblem) => void): ReadSheet | undefined {
  const rec: Rec = {};
  const fieldRows = new Map<string, number>();
  const texts = new Map<string, Map<string, string>>();
  const columns = new Map<string, { letter: string; label: string }>();
  sheet.data.forEach((row, index) => {
    const rowNumber = index + 1;
    const [name, v, ...rest] = row;
    if (index === 0 || row.every(isEmpty)) return;
    const place = { sheet: sheet.name, row: rowNumber };
    const stray = rest.findIndex((x) => !isEmpty(x));
    if (stray >= 0) at({ ...place, column: columnLetter(stray + 2), message: cliText('sheet.twoColumns', lang) });
    if (isEmpty(name)) {
      if (!isEmpty(v)) at({ ...place, column: 'B', message: cliText('sheet.noField', lang) });
      return;
    }
    const label = String(name).trim();
    const r = resolveHeader(def, label);
    if (!r) {
      at({ ...place, column: 'A', label, message: cliText('sheet.unknownField', lang, { names: def.columns.map((c) => c.key).join(', ') }) });
      return;
    }
    const key = r.lang ? `${r.def.key}.${r.lang}` : r.def.key;
    if (fieldRows.has(key)) {
      at({ ...place, column: 'A', label, message: cliText('sheet.fieldTwice', lang, { row: fieldRows.get(key)! }) });
      return;
    }
    fieldRows.set(key, rowNumber);
    if (!fieldRows.has(r.def.key)) fieldRows.set(r.def.key, rowNumber);
    columns.set(key, { letter: 'B', label });
    const cell = readCell(r.def, v, undefined, lang, (message) => at({ ...place, column: 'B', label, message, warning: true }));
    if (cell === undefined) return;
    if ('error' in cell) at({ ...place, column: 'B', label, message: cell.error });
    else if (r.def.kind === 'text') addText(texts, r.def.key, r.lang, cell.value);
    else rec[r.def.key] = cell.value;
  });
  for (const [key, cells] of texts) {
    const text = textOf(cells, lang);
    if (text && 'error' in text) at({ sheet: sheet.name, row: fieldRows.get(key), column: 'B', message: text.error });
    else if (text) rec[key] = text.value;
  }
  return { def, rows: [{ rec, origin: { sheet: 'document', row: 1, fieldRows } }], columns, present: new Set(def.columns.map((c) => c.key).filter((k) => fieldRows.has(k))) };
}

export interface WorkbookRead {
  /** The document as the sheets give it (not validated); the sheets absent give nothing. */
  document: Rec;
  /** The sheets the workbook has. */
  carried: Set<SheetId>;
  /** The sheet name and row of each part: `indicators[2].observations[0]`. */
  origins: Map<string, RowOrigin>;
  sheets: Map<SheetId, ReadSheet>;
  problems: WorkbookProblem[];
  /** Without a sheet "Chỉ tiêu": the other sheets' rows by the existing file's indicator ids. */
  children?: Map<string, Rec>;
}

/** The workbook's sheets as a document, with every problem at its place. */
export function workbookToDocument(sheets: WorkbookSheet[], lang: Lang, existing?: Rec): WorkbookRead {
  const problems: WorkbookProblem[] = [];
  const at = (p: WorkbookProblem) => problems.push(p);
  const read = new Map<SheetId, ReadSheet>();
  const names = new Map<SheetId, string>();
  for (const sheet of sheets) {
    const def = findSheetDef(sheet.name);
    if (def === 'guide') continue;
    if (!def) {
      at({ sheet: sheet.name, message: cliText('sheet.unknownSheet', lang, { sheets: SHEETS.map((s) => s.name).join(', ') }), warning: true });
      continue;
    }
    if (read.has(def.id)) {
      at({ sheet: sheet.name, message: cliText('sheet.sheetTwice', lang, { sheet: names.get(def.id)! }) });
      continue;
    }
    names.set(def.id, sheet.name);
    const r = def.vertical ? readDocumentSheet(sheet, def, lang, at) : readTableSheet(sheet, def, lang, at);
    if (r) read.set(def.id, r);
  }
  if (read.size === 0 && !problems.some((p) => !p.warning)) {
    at({ message: cliText('sheet.noSheets', lang, { sheets: SHEETS.map((s) => s.name).join(', ') }) });
  }
  const knownIds = existing && Array.isArray(existing.indicators) ? (existing.indicators as Rec[]).map((i) => i?.id) : undefined;
  const assembled = fromRecords(Object.fromEntries([...read].map(([id, r]) => [id, r.rows])), knownIds);
  for (const p of assembled.problems) {
    const sheet = read.get(p.origin.sheet);
    const col = p.key ? sheet?.columns.get(p.key) : undefined;
    problems.push({ sheet: names.get(p.origin.sheet), row: p.origin.row, column: col?.letter, label: col?.label, message: p.message(lang) });
  }
  return { document: assembled.document, carried: new Set(read.keys()), origins: assembled.origins, sheets: read, problems, ...(assembled.children ? { children: assembled.children } : {}) };
}

/** Where a document path (`indicators[2].target.by`) is in the workbook, for a schema issue. */
export function placeOf(path: string, read: WorkbookRead): WorkbookProblem {
  let prefix = path;
  for (;;) {
    const origin = read.origins.get(prefix);
    if (origin) {
      const sheet = read.sheets.get(origin.sheet);
      const name = SHEETS.find((s) => s.id === origin.sheet)!.name;
      const rest = path.slice(prefix.length).replace(/^\./, '');
      const parts = rest.split(/\.|\[/);
      for (let n = parts.length; n > 0; n--) {
        const key = parts.slice(0, n).join('.');
        const col = sheet?.columns.get(key);
        if (col) {
          const row = origin.fieldRows?.get(key) ?? origin.row;
          return { sheet: name, row, column: col.letter, label: col.label, message: '' };
        }
      }
      return { sheet: name, row: origin.fieldRows ? undefined : origin.row, message: '' };
    }
    if (prefix === '') return { message: '' };
    const cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
    prefix = cut < 0 ? '' : prefix.slice(0, cut);
  }
}

/** One language's text of a field, gathered until the row is read (one column per language). */
function addText(texts: Map<string, Map<string, string>>, key: string, lang: string, value: unknown): void {
  const m = texts.get(key) ?? new Map<string, string>();
  m.set(lang, String(value));
  texts.set(key, m);
}
