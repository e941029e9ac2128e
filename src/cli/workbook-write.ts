/**
 * The document as an .xlsx workbook (write-excel-file): one sheet per part of the document, the
 * header row frozen, columns as wide as their content, numbers as number cells, days as date cells
 * (dd/mm/yyyy), drop-down lists for the columns that take one of a few words, and a sheet
 * "Hướng dẫn" that says what each column holds, in Vietnamese and English.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings, sanitizeAttributeValue, sanitizeTextContent } from 'write-excel-file/utility';
import { MAX_YEAR, MIN_YEAR } from '../schema/checks.js';
import { columnLetter, escapeCellText, FIELD_HEADER, GUIDE_SHEET, headerText, SHEETS, VALUE_HEADER, type ColumnDef, type SheetDef } from './workbook-layout.js';
import { toRecords, type Rec } from './workbook-model.js';

type Cell = SheetData[number][number];
// (the last overload: several sheets, then the options)
type Sheets = Parameters<typeof writeXlsxFile>[0];
type Feature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

/** A data validation rule: a drop-down list, or whole numbers between two bounds. */
export interface DataValidation {
  sqref: string;
  type: 'list' | 'whole';
  /** For a list: its words. */
  list?: readonly string[];
  min?: number;
  max?: number;
  prompt?: string;
}

/**
 * write-excel-file has no data validation: this "feature" (README, "Features") adds a sheet's
 * `<dataValidations>` where the sheet XML's order of elements wants it (after conditional
 * formatting, before the page margins), from the sheet option `dataValidations`.
 */
export const dataValidationFeature: Feature = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform(xml, sheetOptions) {
          const rules = (sheetOptions as { dataValidations?: DataValidation[] }).dataValidations;
          if (!rules || rules.length === 0) return xml;
          const markup = `<dataValidations count="${rules.length}">${rules.map(validationXml).join('')}</dataValidations>`;
          return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [], 'worksheet');
        },
      },
    },
  },
};

function validationXml(rule: DataValidation): string {
  const attrs = [`type="${rule.type}"`, 'allowBlank="1"', 'showErrorMessage="1"', 'showInputMessage="1"'];
  if (rule.type === 'whole') attrs.push('operator="between"');
  if (rule.prompt) attrs.push(`prompt="${sanitizeAttributeValue(rule.prompt.slice(0, 255))}"`);
  attrs.push(`sqref="${rule.sqref}"`);
  const formulas =
    rule.type === 'list'
      ? `<formula1>${sanitizeTextContent(`"${rule.list!.join(',')}"`)}</formula1>`
      : `<formula1>${rule.min}</formula1><formula2>${rule.max}</formula2>`;
  return `<dataValidation ${attrs.join(' ')}>${formulas}</dataValidation>`;
}

/** The rows a sheet's validation covers below its data, for the clerk's new rows. */
const ROOM = 1000;

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#DDEBF7', wrap: true, alignVertical: 'top' } as const;

/** A column as written: the column and, for text, its language ('' the text itself). */
interface OutColumn {
  def: ColumnDef;
  lang: string;
}

/** The language columns of a text column: '' and 'en' always, 'vi' or others where a value needs them. */
function textLanguages(values: unknown[]): string[] {
  const langs = new Set<string>(['', 'en']);
  for (const v of values) {
    if (v === null || typeof v !== 'object') continue;
    const keys = Object.keys(v as Rec);
    for (const k of keys) if (k !== 'vi') langs.add(k);
    if (keys.includes('vi') && keys.length === 1) langs.add('vi');
  }
  return ['', 'en', ...[...langs].filter((l) => l !== '' && l !== 'en').sort()];
}

/** A text's share of each language column. */
export function textCells(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set('', value);
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, string>);
    const alone = entries.length === 1 && entries[0]![0] === 'vi';
    for (const [lang, text] of entries) out.set(lang === 'vi' && !alone ? '' : lang, text);
  }
  return out;
}

function outColumns(def: SheetDef, rows: Rec[]): OutColumn[] {
  return def.columns.flatMap((col) => (col.kind === 'text' ? textLanguages(rows.map((r) => r[col.key])).map((lang) => ({ def: col, lang })) : [{ def: col, lang: '' }]));
}


/** An ISO day as a date cell; a day Excel cannot show (before 1 March 1900) stays text. */
function dateCell(iso: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || iso < '1900-03-01') return { value: escapeCellText(iso), type: String, format: '@' };
  return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), type: Date, format: 'dd/mm/yyyy' };
}

function cellFor(col: OutColumn, rec: Rec): Cell {
  const { def } = col;
  const v = def.kind === 'text' ? textCells(rec[def.key]).get(col.lang) : rec[def.key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return { value: v, type: Number };
  if (typeof v !== 'string') return { value: escapeCellText(JSON.stringify(v)), type: String };
  if (def.kind === 'date') return dateCell(v);
  // Text that Excel must not turn into a day or a number when edited: ids, periods, partial dates.
  const asText = def.kind === 'partial-date' || def.kind === 'period' || def.kind === 'slug';
  return asText ? { value: escapeCellText(v), type: String, format: '@' } : { value: escapeCellText(v), type: String };
}

/** How wide a column is drawn: its longest line, within bounds. */
function widthOf(col: OutColumn, header: string, cells: Cell[]): number {
  const lengthOf = (cell: Cell) => {
    if (cell === null || cell === undefined) return 0;
    const value = typeof cell === 'object' && 'value' in cell ? cell.value : cell;
    if (value instanceof Date) return 10;
    return String(value).split('\n').reduce((m, l) => Math.max(m, l.length), 0);
  };
  // (a loop, not Math.max(...cells): a sheet of 300,000 rows would overflow the stack)
  const longest = cells.reduce<number>((m, cell) => Math.max(m, lengthOf(cell)), 0);
  return Math.min(60, Math.max(col.def.width ?? 10, Math.min(longest + 2, 60), Math.min(header.length, 24)));
}

function validationsFor(col: OutColumn, sqref: string): DataValidation[] {
  const { def } = col;
  if (def.kind === 'enum' && def.values) return [{ sqref, type: 'list', list: def.values }];
  if (def.kind === 'year') return [{ sqref, type: 'whole', min: MIN_YEAR, max: MAX_YEAR, prompt: `${MIN_YEAR}–${MAX_YEAR}` }];
  if (def.key === 'decimals') return [{ sqref, type: 'whole', min: 0, max: 6 }];
  return [];
}

interface SheetOut {
  data: SheetData;
  sheet: string;
  columns: { width: number }[];
  stickyRowsCount: number;
  dataValidations: DataValidation[];
}

function tableSheet(def: SheetDef, rows: Rec[]): SheetOut {
  const columns = outColumns(def, rows);
  const headers = columns.map((c) => headerText(c.def, c.lang));
  const body = rows.map((rec) => columns.map((c) => cellFor(c, rec)));
  const last = body.length + 1 + ROOM;
  return {
    sheet: def.name,
    data: [headers.map((h) => ({ value: h, ...HEADER_STYLE })), ...body],
    columns: columns.map((c, i) => ({ width: widthOf(c, headers[i]!, body.map((r) => r[i]!)) })),
    stickyRowsCount: 1,
    dataValidations: columns.flatMap((c, i) => validationsFor(c, `${columnLetter(i)}2:${columnLetter(i)}${last}`)),
  };
}

function documentSheet(def: SheetDef, rec: Rec): SheetOut {
  const columns = outColumns(def, [rec]);
  const data: SheetData = [[FIELD_HEADER, VALUE_HEADER].map((h) => ({ value: h, ...HEADER_STYLE }))];
  const dataValidations: DataValidation[] = [];
  columns.forEach((c, i) => {
    data.push([{ value: headerText(c.def, c.lang), fontWeight: 'bold' }, cellFor(c, rec)]);
    dataValidations.push(...validationsFor(c, `B${i + 2}`));
  });
  const longest = data.slice(1).reduce((m, r) => Math.max(m, String((r[1] as { value?: unknown } | null)?.value ?? '').length), 0);
  return { sheet: def.name, data, columns: [{ width: 44 }, { width: Math.min(80, Math.max(30, longest + 2)) }], stickyRowsCount: 1, dataValidations };
}

function guideSheet(): SheetOut {
  const rows: SheetData = [
    ['Sheet', 'Cột (column)', 'Nội dung', 'Content'].map((h) => ({ value: h, ...HEADER_STYLE })),
    [null, null, 'Sửa số liệu trong các sheet rồi chạy: tn-indicators import tệp.xlsx --out nghi-quyet.json. Mỗi dòng một mục; dòng 1 là tiêu đề, đừng đổi tên cột (tên trong ngoặc là mã cột). Ô số nhập là số (không gõ dấu phân cách hàng nghìn), ngày nhập là ngày. Văn bản song ngữ: cột "(…)" là tiếng Việt, cột "(….en)" là tiếng Anh.', 'Edit the sheets, then run: tn-indicators import file.xlsx --out resolution.json. One item a row; row 1 is the header: keep the column names (the key in parentheses is what counts). Type numbers as numbers (no thousands separators), days as dates. Bilingual text: the "(…)" column is Vietnamese, "(….en)" English.'],
  ];
  for (const def of SHEETS) {
    for (const col of def.columns) {
      const values = col.values ? ` [${col.values.join(', ')}]` : '';
      rows.push([def.name, `${col.vi} (${col.key})`, `${col.help[0]}${values}`, `${col.en}: ${col.help[1]}`]);
    }
  }
  return { sheet: GUIDE_SHEET, data: rows, columns: [{ width: 16 }, { width: 36 }, { width: 70 }, { width: 60 }], stickyRowsCount: 1, dataValidations: [] };
}

/** The sheets of the workbook (without the library's packing): what `export` writes. */
export function workbookSheets(document: Rec): SheetOut[] {
  const records = toRecords(document);
  return [...SHEETS.map((def) => (def.vertical ? documentSheet(def, records.document[0]!) : tableSheet(def, records[def.id]))), guideSheet()];
}

/** The document as the bytes of an .xlsx file. */
export async function writeWorkbook(document: Rec): Promise<Uint8Array> {
  const sheets = workbookSheets(document);
  const buffer = await writeXlsxFile(sheets as unknown as Sheets, { features: [dataValidationFeature], fontFamily: 'Calibri', fontSize: 11 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

