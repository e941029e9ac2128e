/**
 * `tn-indicators import <table.csv>`: a spreadsheet exported as CSV (one row per indicator and
 * period) becomes a resolution document. Every bad cell is reported with its physical line, then
 * the document is validated like any other; the JSON is printed only when nothing is wrong.
 *
 * The work is pure (texts in, a document or problems out: `importTables`); `importCommand` does
 * the reading and printing through CliIo.
 */
import { QUALITIES, type Quality } from '../schema/indicator.js';
import { safeParseResolution } from '../schema/parse.js';
import { MAX_YEAR, MIN_YEAR, SLUG_PATTERN } from '../schema/checks.js';
import { SCHEMA_ID, SCHEMA_VERSION, type Resolution } from '../schema/resolution.js';
import { newerFields } from '../schema/rules.js';
import { OPS, TARGET_KINDS, type Op, type TargetKind } from '../schema/target.js';
import { parseCsv, type CsvRecord } from './csv.js';
import { readText, t, type CliIo, type Lang } from './io.js';

// ───────────────────────────── columns ─────────────────────────────

const OBSERVATION_FIELDS = ['period', 'value', 'quality', 'approx', 'reported', 'source', 'note', 'out_of'] as const;
// Target columns and the document member each fills (schema 1.1 added stretch to reference).
const TARGET_COLUMNS = {
  target_kind: 'kind',
  target_op: 'op',
  target_value: 'value',
  target_by: 'by',
  target_out_of: 'outOf',
  target_stretch: 'stretch',
  target_tolerance: 'tolerance',
  target_direction: 'direction',
  target_series: 'series',
  target_reference: 'reference',
  target_of: 'of',
} as const;
type TargetColumn = keyof typeof TARGET_COLUMNS;
const TARGET_FIELDS = Object.keys(TARGET_COLUMNS) as TargetColumn[];
const INDICATOR_FIELDS = ['title', 'unit', 'description', 'group', 'decimals', ...TARGET_FIELDS] as const;
/** Columns whose text may be given per language: `title`, `title_en`, `tên (en)`… */
const TEXT_FIELDS = new Set<Field>(['title', 'unit', 'description', 'note']);

type ObservationField = (typeof OBSERVATION_FIELDS)[number];
type IndicatorField = (typeof INDICATOR_FIELDS)[number];
type Field = 'indicator' | ObservationField | IndicatorField | 'ignore';

/**
 * Header names, compared after `headerKey`: lowercase, without diacritics, runs of anything but
 * letters and digits turned into `_` ("Chỉ tiêu" → chi_tieu, "Đơn vị tính" → don_vi_tinh).
 */
export const HEADER_ALIASES: Record<Field, readonly string[]> = {
  indicator: ['indicator', 'indicator_id', 'id', 'chi_tieu', 'ma_chi_tieu', 'ma'],
  period: ['period', 'year', 'ky', 'ky_so_lieu', 'nam'],
  value: ['value', 'gia_tri', 'so_lieu'],
  quality: ['quality', 'loai', 'loai_so_lieu'],
  approx: ['approx', 'xap_xi'],
  reported: ['reported', 'ngay_bao_cao'],
  source: ['source', 'nguon', 'nguon_so_lieu'],
  note: ['note', 'ghi_chu'],
  out_of: ['out_of', 'outof', 'tren_tong_so', 'tong_so'],
  title: ['title', 'ten', 'ten_chi_tieu'],
  unit: ['unit', 'don_vi', 'don_vi_tinh', 'dvt'],
  description: ['description', 'mo_ta'],
  group: ['group', 'nhom'],
  decimals: ['decimals'],
  target_kind: ['target_kind'],
  target_op: ['target_op'],
  target_value: ['target_value'],
  target_by: ['target_by'],
  target_out_of: ['target_out_of', 'target_outof'],
  target_stretch: ['target_stretch', 'muc_phan_dau'],
  target_tolerance: ['target_tolerance', 'sai_so'],
  target_direction: ['target_direction', 'chieu_tot'],
  target_series: ['target_series', 'dang_so_lieu'],
  target_reference: ['target_reference', 'so_sanh_voi'],
  target_of: ['target_of', 'nam_goc'],
  // Row numbers that spreadsheets carry ("STT", "#"): read past.
  ignore: ['stt', 'tt', 'so_thu_tu'],
};

const ALIAS_TO_FIELD = new Map<string, Field>(
  (Object.entries(HEADER_ALIASES) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [n, field] as const)),
);

/** Lowercase, NFC, no diacritics, đ → d. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().normalize('NFC');
}

export function headerKey(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

interface Column {
  index: number;
  field: Field;
  /** For text fields: '' for the plain column, or a language code (`title_en` → "en"). */
  lang: string;
  /** The header as the file writes it, used in messages. */
  label: string;
}

/** The field a header names, or undefined; `title_en`, `tên (en)` name the English title. */
function resolveHeader(name: string): { field: Field; lang: string } | undefined {
  if (name.trim() === '#') return { field: 'ignore', lang: '' };
  const key = headerKey(name);
  const field = ALIAS_TO_FIELD.get(key);
  if (field) return { field, lang: '' };
  const m = /^(.+)_([a-z]{2})$/.exec(key);
  const base = m ? ALIAS_TO_FIELD.get(m[1]!) : undefined;
  return base && TEXT_FIELDS.has(base) ? { field: base, lang: m![2]! } : undefined;
}

// ───────────────────────────── cell readers ─────────────────────────────

export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'not-a-number' }
  /** Dots that look like Vietnamese thousands grouping ("14.800"): the two readings to choose from. */
  | { kind: 'ambiguous'; write: string[] };

const SPACES = '[ \\u00a0\\u202f\\u2009]';
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${SPACES}\\d{3})+)(?:[.,](\\d+))?$`);

/**
 * Reads a number as a Vietnamese or English spreadsheet writes it: "4,2" and "4.2" → 4.2,
 * "14.800,5" → 14800.5, "1 234,5" (spaces or no-break spaces grouping thousands) → 1234.5,
 * "14,800.5" → 14800.5, a leading sign and a trailing % (a percent-formatted cell shows "4,2%").
 * "14.800" and "1.234.567" could be thousands or a decimal point: ambiguous, never guessed.
 */
export function readNumber(raw: string): NumberReading {
  let s = raw.trim();
  if (s === '') return { kind: 'empty' };
  let sign = '';
  if (s[0] === '-' || s[0] === '\u2212') sign = '-';
  if (sign || s[0] === '+') s = s.slice(1);
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  let digits: string | undefined;
  const spaced = SPACE_GROUPED.exec(s);
  if (spaced) digits = spaced[1]!.replace(/\D/g, '') + (spaced[2] ? `.${spaced[2]}` : '');
  else if (/^\d+$/.test(s)) digits = s;
  else if (/^\d*,\d+$/.test(s)) digits = s.replace(',', '.');
  else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(s)) {
    const parts = s.split('.');
    const integer = `${sign}${parts.join('')}`;
    if (parts.length > 2) return { kind: 'ambiguous', write: [integer] };
    const decimal = parts[1]!.replace(/0+$/, '');
    return { kind: 'ambiguous', write: [integer, `${sign}${parts[0]}${decimal ? `,${decimal}` : ''}`] };
  } else if (/^\d*\.\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) digits = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) digits = s.replace(/,/g, '');
  if (digits === undefined) return { kind: 'not-a-number' };
  const value = Number(`${sign}${digits}`);
  if (!Number.isFinite(value)) return { kind: 'not-a-number' };
  return { kind: 'number', value: value === 0 ? 0 : value };
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

/** A cell quoted for a message: one line, at most 60 characters. */
function q(raw: string): string {
  const line = raw.replace(/\s+/g, ' ');
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}

function numberCell(raw: string, lang: Lang): Read<number> {
  const r = readNumber(raw);
  if (r.kind === 'number') return ok(r.value);
  if (r.kind === 'empty') return bad(t(lang, 'ô trống, cần một số', 'the cell is empty; a number is needed'));
  if (r.kind === 'ambiguous') {
    const [a, b] = r.write;
    return b === undefined
      ? bad(t(lang, `${q(raw)} dùng dấu chấm để phân cách hàng nghìn; hãy viết ${a}`, `${q(raw)} groups thousands with dots; write ${a}`))
      : bad(t(
          lang,
          `${q(raw)} không rõ: dấu chấm là phân cách hàng nghìn hay dấu thập phân? Hãy viết ${a} hoặc ${b}`,
          `${q(raw)} is ambiguous: is the dot a thousands separator or a decimal point? Write ${a} or ${b}`,
        ));
  }
  return bad(t(lang, `${q(raw)} không phải là số`, `${q(raw)} is not a number`));
}

const isYear = (n: number) => n >= MIN_YEAR && n <= MAX_YEAR;

/** A year (2022) or a span ("2021-2025", "2021–2025"). */
export function readPeriod(raw: string, lang: Lang): Read<number | string> {
  const s = raw.trim();
  const notPeriod = () =>
    bad(t(
      lang,
      `${q(raw)} không phải là năm (ví dụ 2022, từ ${MIN_YEAR} đến ${MAX_YEAR}) hay giai đoạn (ví dụ 2021-2025)`,
      `${q(raw)} is not a year (e.g. 2022, from ${MIN_YEAR} to ${MAX_YEAR}) or a span (e.g. 2021-2025)`,
    ));
  if (s === '') return bad(t(lang, 'ô trống, cần một năm (ví dụ 2022) hay giai đoạn (ví dụ 2021-2025)', 'the cell is empty; a year (e.g. 2022) or a span (e.g. 2021-2025) is needed'));
  if (/^\d{4}$/.test(s)) return isYear(Number(s)) ? ok(Number(s)) : notPeriod();
  const span = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(s);
  if (!span) return notPeriod();
  const [a, b] = [Number(span[1]), Number(span[2])];
  if (!isYear(a) || !isYear(b)) return notPeriod();
  if (a >= b) return bad(t(lang, `giai đoạn ${q(raw)} phải có năm đầu trước năm cuối`, `the span ${q(raw)} must start before it ends`));
  return ok(`${a}-${b}`);
}

/** YYYY-MM-DD, or DD/MM/YYYY as Excel writes dates in a Vietnamese locale; a real calendar day. */
export function readDate(raw: string, lang: Lang): Read<string> {
  const s = raw.trim();
  let ymd: [number, number, number] | undefined;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (iso) ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) ymd = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  if (ymd) {
    const [y, m, d] = ymd;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (isYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= days) {
      return ok(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  }
  return bad(t(lang, `${q(raw)} không phải là ngày; viết YYYY-MM-DD (ví dụ 2023-06-30) hoặc DD/MM/YYYY`, `${q(raw)} is not a date; write YYYY-MM-DD (e.g. 2023-06-30) or DD/MM/YYYY`));
}

/** What an id might have been meant to be: "Kinh tế" → "kinh-te". */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
}

function slugCell(raw: string, lang: Lang): Read<string> {
  const s = raw.trim();
  if (SLUG_PATTERN.test(s)) return ok(s);
  const suggestion = slugify(s);
  const eg = suggestion && SLUG_PATTERN.test(suggestion) ? suggestion : 'agri-growth';
  return bad(t(
    lang,
    `${q(raw)} không phải là mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "${eg}"`,
    `${q(raw)} is not an id: use lowercase letters, digits and hyphens only, e.g. "${eg}"`,
  ));
}

/** Accepted words, compared by `wordKey` (case, spaces and diacritics do not matter). */
export const QUALITY_WORDS: Record<Quality, readonly string[]> = {
  actual: ['actual', 'chính thức', 'thực hiện'],
  preliminary: ['preliminary', 'sơ bộ'],
  estimated: ['estimated', 'ước', 'ước tính', 'ước thực hiện', 'dự ước'],
  projected: ['projected', 'dự kiến'],
};

export const APPROX_WORDS: Record<'about' | 'over' | 'under', readonly string[]> = {
  about: ['about', 'khoảng', 'xấp xỉ', '~', '≈'],
  over: ['over', 'trên', 'hơn'],
  under: ['under', 'dưới'],
};

const wordKey = (s: string) => fold(s).replace(/[^a-z0-9]/g, '') || s.trim();

function wordTable<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  return new Map((Object.entries(words) as [K, readonly string[]][]).flatMap(([k, ws]) => ws.map((w) => [wordKey(w), k] as const)));
}

const QUALITY_BY_WORD = wordTable(QUALITY_WORDS);
const APPROX_BY_WORD = wordTable(APPROX_WORDS);

function wordList(words: Record<string, readonly string[]>): string {
  return Object.entries(words).map(([k, ws]) => `${k} (${ws.filter((w) => w !== k).join(', ')})`).join('; ');
}

export function readQuality(raw: string, lang: Lang): Read<Quality> {
  const quality = QUALITY_BY_WORD.get(wordKey(raw));
  if (quality) return ok(quality);
  // A plan figure is the year's target, not a figure of what happened or is forecast.
  if (wordKey(raw) === wordKey('kế hoạch')) {
    return bad(t(
      lang,
      `"kế hoạch" là chỉ tiêu kế hoạch năm, không phải số liệu thực hiện hay dự kiến: ghi nó vào "plans" của chỉ tiêu trong tệp JSON`,
      `"kế hoạch" is the year's plan figure, not an outcome or a forecast: put it in the indicator's "plans" in the JSON file`,
    ));
  }
  return bad(t(
    lang,
    `${q(raw)} không phải là loại số liệu; dùng một trong: ${wordList(QUALITY_WORDS)}; để trống là chính thức`,
    `${q(raw)} is not a kind of figure; use one of: ${wordList(QUALITY_WORDS)}; empty means actual`,
  ));
}

function readApprox(raw: string, lang: Lang): Read<'about' | 'over' | 'under'> {
  const approx = APPROX_BY_WORD.get(wordKey(raw));
  if (approx) return ok(approx);
  return bad(t(lang, `${q(raw)} không hiểu được; dùng một trong: ${wordList(APPROX_WORDS)}`, `${q(raw)} is not understood; use one of: ${wordList(APPROX_WORDS)}`));
}

const DIRECTION_WORDS: Record<'up' | 'down', readonly string[]> = { up: ['up', 'tăng', 'cao hơn là tốt'], down: ['down', 'giảm', 'thấp hơn là tốt'] };
const SERIES_WORDS: Record<'rates' | 'levels', readonly string[]> = { rates: ['rates', 'tốc độ', 'tỷ lệ tăng'], levels: ['levels', 'giá trị', 'quy mô'] };

function readWord<K extends string>(raw: string, words: Record<K, readonly string[]>, lang: Lang): Read<K> {
  const found = wordTable(words).get(wordKey(raw));
  if (found) return ok(found);
  return bad(t(lang, `${q(raw)} không hiểu được; dùng một trong: ${wordList(words)}`, `${q(raw)} is not understood; use one of: ${wordList(words)}`));
}

function readKind(raw: string, lang: Lang): Read<TargetKind> {
  const kind = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((TARGET_KINDS as readonly string[]).includes(kind)) return ok(kind as TargetKind);
  return bad(t(lang, `${q(raw)} không phải là loại mục tiêu; dùng một trong: ${TARGET_KINDS.join(', ')}`, `${q(raw)} is not a kind of target; use one of: ${TARGET_KINDS.join(', ')}`));
}

function readOp(raw: string, lang: Lang): Read<Op> {
  const s = raw.replace(/\s+/g, '').toLowerCase().replace('≥', '>=').replace('≤', '<=').replace('=>', '>=').replace('=<', '<=').replace(/^(khoảng|khoang|~|≈)$/, 'about');
  if ((OPS as readonly string[]).includes(s)) return ok(s as Op);
  return bad(t(lang, `${q(raw)} không phải là phép so sánh; dùng một trong: ${OPS.join(', ')}`, `${q(raw)} is not a comparison; use one of: ${OPS.join(', ')}`));
}

/** A number, or a range "2-3", "2–3", "2,5 - 3,5" for `between`. */
export function readTargetValue(raw: string, lang: Lang): Read<number | [number, number]> {
  const single = readNumber(raw);
  if (single.kind === 'number' || single.kind === 'ambiguous') return numberCell(raw, lang);
  const range = /^\s*([-\u2212]?[^-\u2212–—~]+?)\s*[-–—~]\s*([-\u2212]?[^-\u2212–—~]+?)\s*$/.exec(raw);
  if (range) {
    const low = numberCell(range[1]!, lang);
    const high = numberCell(range[2]!, lang);
    if (low.ok && high.ok) return ok([low.value, high.value]);
    const ambiguous = [range[1]!, range[2]!].map(readNumber).some((r) => r.kind === 'ambiguous');
    if (ambiguous) return !low.ok ? low : high;
  }
  return bad(t(lang, `${q(raw)} không phải là số hay khoảng (ví dụ 5 hoặc 2-3)`, `${q(raw)} is not a number or a range (e.g. 5 or 2-3)`));
}

function readIndicatorField(field: IndicatorField, raw: string, lang: Lang): Read<unknown> {
  switch (field) {
    case 'title':
    case 'unit':
    case 'description':
      return ok(raw.trim());
    case 'group':
      return slugCell(raw, lang);
    case 'decimals': {
      const n = readNumber(raw);
      if (n.kind === 'number' && Number.isInteger(n.value) && n.value >= 0 && n.value <= 6) return ok(n.value);
      return bad(t(lang, `${q(raw)} phải là số nguyên từ 0 đến 6`, `${q(raw)} must be a whole number from 0 to 6`));
    }
    case 'target_kind':
      return readKind(raw, lang);
    case 'target_op':
      return readOp(raw, lang);
    case 'target_value':
      return readTargetValue(raw, lang);
    case 'target_by':
    case 'target_of': {
      const s = raw.trim();
      if (/^\d{4}$/.test(s) && isYear(Number(s))) return ok(Number(s));
      return bad(t(lang, `${q(raw)} không phải là năm (ví dụ 2025)`, `${q(raw)} is not a year (e.g. 2025)`));
    }
    case 'target_out_of':
    case 'target_stretch':
      return numberCell(raw, lang);
    case 'target_tolerance': {
      const n = numberCell(raw, lang);
      if (!n.ok || n.value >= 0) return n;
      return bad(t(lang, `${q(raw)}: sai số cho phép không được âm`, `${q(raw)}: a tolerance cannot be negative`));
    }
    case 'target_direction':
      return readWord(raw, DIRECTION_WORDS, lang);
    case 'target_series':
      return readWord(raw, SERIES_WORDS, lang);
    case 'target_reference':
      return slugCell(raw, lang);
  }
}

// ───────────────────────────── building ─────────────────────────────

export interface NamedText {
  /** The file name, as shown in messages. */
  name: string;
  text: string;
}

export interface ImportOptions {
  id: string;
  title: string;
  from: number;
  to: number;
  lang: Lang;
}

export interface ImportProblem {
  /** The file the problem is in; undefined for the document as a whole (`--id`, the term…). */
  file?: string;
  /** The physical line (the header is line 1). */
  line?: number;
  /** The column as the header names it, or a document path like `indicators[2].target.by`. */
  where?: string;
  message: string;
}

export interface ImportResult {
  /** The document, when there is no problem. */
  document?: Record<string, unknown>;
  problems: ImportProblem[];
  indicators: number;
  observations: number;
  /** Source and group ids given in the table, added with their id as a placeholder title. */
  createdSources: string[];
  createdGroups: string[];
}

interface Origin {
  file: string;
  line: number;
  label: string;
}

interface FieldValue {
  value: unknown;
  raw: string;
  origin: Origin;
}

interface Draft {
  id: string;
  origin: Origin;
  /** Keyed `title`, `title:en`, `decimals`…; the first value given. */
  fields: Map<string, FieldValue>;
  /** Fields that had an unreadable cell (already reported). */
  failed: Set<Field>;
  observations: { data: Record<string, unknown>; origin: Origin; key: string }[];
}

interface Table {
  name: string;
  header: CsvRecord;
  rows: CsvRecord[];
  columns: Column[];
  /** The label of the first column of a field in this table. */
  labels: Map<Field, string>;
}

const equalValues = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ') : JSON.stringify(a) === JSON.stringify(b);

/** Turns the data table (and an optional indicators table) into a validated resolution document. */
export function importTables(data: NamedText, indicatorsFile: NamedText | undefined, options: ImportOptions): ImportResult {
  const { lang } = options;
  const problems: ImportProblem[] = [];
  const at = (file: string, line: number | undefined, where: string | undefined, message: string) => problems.push({ file, line, where, message });
  const drafts = new Map<string, Draft>();
  const sources: string[] = [];
  const covered = new Set<string>(); // document paths whose problem is already reported by line

  const tables: Table[] = [];
  const indicatorsTable = indicatorsFile
    ? readTable(indicatorsFile, new Set<Field>(['indicator', ...INDICATOR_FIELDS, 'ignore']), ['indicator'], 'indicators', lang, at)
    : undefined;
  const dataTable = readTable(data, new Set<Field>(['indicator', ...OBSERVATION_FIELDS, ...INDICATOR_FIELDS, 'ignore']), ['indicator', 'period', 'value'], 'data', lang, at);

  const setField = (draft: Draft, key: string, value: unknown, raw: string, origin: Origin) => {
    const first = draft.fields.get(key);
    if (!first) draft.fields.set(key, { value, raw, origin });
    else if (!equalValues(first.value, value)) {
      const where = first.origin.file === origin.file ? t(lang, `dòng ${first.origin.line}`, `line ${first.origin.line}`) : t(lang, `dòng ${first.origin.line} của ${first.origin.file}`, `line ${first.origin.line} of ${first.origin.file}`);
      at(origin.file, origin.line, origin.label, t(
        lang,
        `${q(raw)} khác với ${q(first.raw)} đã ghi cho chỉ tiêu "${draft.id}" ở ${where}`,
        `${q(raw)} contradicts ${q(first.raw)} given for indicator "${draft.id}" on ${where}`,
      ));
    }
  };

  /** Reads the indicator columns of a row into the draft (or only checks them, without one). */
  const readIndicatorColumns = (table: Table, row: CsvRecord, draft: Draft | undefined) => {
    for (const col of table.columns) {
      if (!(INDICATOR_FIELDS as readonly string[]).includes(col.field)) continue;
      const raw = (row.cells[col.index] ?? '').trim();
      if (raw === '') continue;
      const read = readIndicatorField(col.field as IndicatorField, raw, lang);
      const origin = { file: table.name, line: row.line, label: col.label };
      if (!read.ok) {
        at(table.name, row.line, col.label, read.message);
        draft?.failed.add(col.field);
      } else if (draft) setField(draft, col.lang ? `${col.field}:${col.lang}` : col.field, read.value, raw, origin);
    }
  };

  /** The indicator id of a row, or undefined (reported). */
  const readId = (table: Table, row: CsvRecord): string | undefined => {
    const col = table.columns.find((c) => c.field === 'indicator')!;
    const raw = (row.cells[col.index] ?? '').trim();
    if (raw === '') {
      at(table.name, row.line, col.label, t(lang, 'thiếu mã chỉ tiêu', 'the indicator id is missing'));
      return undefined;
    }
    const id = slugCell(raw, lang);
    if (!id.ok) at(table.name, row.line, col.label, id.message);
    return id.ok ? id.value : undefined;
  };

  const newDraft = (id: string, table: Table, row: CsvRecord): Draft => {
    const draft: Draft = { id, origin: { file: table.name, line: row.line, label: table.labels.get('indicator')! }, fields: new Map(), failed: new Set(), observations: [] };
    drafts.set(id, draft);
    return draft;
  };

  if (indicatorsTable) {
    tables.push(indicatorsTable);
    for (const row of indicatorsTable.rows) {
      checkUnnamedCells(indicatorsTable, row, lang, at);
      const id = readId(indicatorsTable, row);
      const seen = id === undefined ? undefined : drafts.get(id);
      if (seen) {
        at(indicatorsTable.name, row.line, indicatorsTable.labels.get('indicator'), t(lang, `chỉ tiêu "${id}" đã có ở dòng ${seen.origin.line}`, `indicator "${id}" is already on line ${seen.origin.line}`));
      }
      readIndicatorColumns(indicatorsTable, row, id === undefined || seen ? undefined : newDraft(id, indicatorsTable, row));
    }
    if (indicatorsTable.rows.length === 0) at(indicatorsTable.name, undefined, undefined, t(lang, 'tệp không có chỉ tiêu nào dưới dòng tiêu đề', 'the file has no indicator under its header'));
  }

  let observationCount = 0;
  if (dataTable) {
    tables.push(dataTable);
    const col = (field: Field) => dataTable.columns.filter((c) => c.field === field);
    for (const row of dataTable.rows) {
      checkUnnamedCells(dataTable, row, lang, at);
      const id = readId(dataTable, row);
      let draft = id === undefined ? undefined : drafts.get(id);
      if (id !== undefined && !draft) {
        if (indicatorsTable) {
          at(dataTable.name, row.line, dataTable.labels.get('indicator'), t(lang, `chỉ tiêu "${id}" không có trong ${indicatorsTable.name}`, `indicator "${id}" is not in ${indicatorsTable.name}`));
        } else draft = newDraft(id, dataTable, row);
      }
      readIndicatorColumns(dataTable, row, draft);

      // The observation: a row with none of its cells filled only describes the indicator.
      const cell = (c: Column) => (row.cells[c.index] ?? '').trim();
      const obsColumns = dataTable.columns.filter((c) => (OBSERVATION_FIELDS as readonly string[]).includes(c.field));
      if (obsColumns.every((c) => cell(c) === '')) continue;
      const obs: Record<string, unknown> = {};
      let rowOk = draft !== undefined;
      const take = <T>(c: Column, read: Read<T>, put: (v: T) => void) => {
        if (read.ok) put(read.value);
        else {
          at(dataTable.name, row.line, c.label, read.message);
          rowOk = false;
        }
      };
      const [period] = col('period');
      const [value] = col('value');
      take(period!, readPeriod(cell(period!), lang), (v) => (obs.period = v));
      take(value!, numberCell(cell(value!), lang), (v) => (obs.value = v));
      for (const c of col('quality')) if (cell(c)) take(c, readQuality(cell(c), lang), (v) => v !== 'actual' && (obs.quality = v));
      for (const c of col('approx')) if (cell(c)) take(c, readApprox(cell(c), lang), (v) => (obs.approx = v));
      for (const c of col('reported')) if (cell(c)) take(c, readDate(cell(c), lang), (v) => (obs.reported = v));
      for (const c of col('source')) if (cell(c)) take(c, slugCell(cell(c), lang), (v) => (obs.source = v));
      for (const c of col('out_of')) if (cell(c)) take(c, numberCell(cell(c), lang), (v) => (obs.outOf = v));
      const note = text(col('note').map((c) => [c.lang, cell(c)] as const));
      if (note !== undefined) obs.note = note;
      if (!rowOk || !draft) continue;
      const key = `${String(obs.period)}|${String(obs.quality ?? 'actual')}|${String(obs.reported ?? '')}`;
      const twin = draft.observations.find((o) => o.key === key);
      if (twin) {
        at(dataTable.name, row.line, period!.label, t(
          lang,
          `chỉ tiêu "${draft.id}" đã có số liệu kỳ ${String(obs.period)} ở dòng ${twin.origin.line} (cùng loại số liệu, cùng ngày báo cáo); số liệu sửa đổi cần ngày báo cáo (reported) khác`,
          `indicator "${draft.id}" already has a figure for ${String(obs.period)} on line ${twin.origin.line} (same quality, same report date); a revised figure needs a later report date (reported)`,
        ));
        continue;
      }
      draft.observations.push({ data: obs, origin: { file: dataTable.name, line: row.line, label: period!.label }, key });
      observationCount++;
      if (typeof obs.source === 'string' && !sources.includes(obs.source)) sources.push(obs.source);
    }
    // With an indicators file, a table of no figures yet still makes a document.
    if (dataTable.rows.length === 0 && !indicatorsTable) at(dataTable.name, undefined, undefined, t(lang, 'tệp không có dòng số liệu nào dưới dòng tiêu đề', 'the file has no data row under its header'));
  }

  // The indicators, in the order first seen.
  const groups: string[] = [];
  const list = [...drafts.values()];
  const indicators = list.map((draft, i) => {
    const labelIn = (field: Field) => tables.find((tb) => tb.name === draft.origin.file)?.labels.get(field) ?? field;
    const get = (field: Field) => draft.fields.get(field)?.value;
    const out: Record<string, unknown> = { id: draft.id };
    const group = get('group');
    if (typeof group === 'string') {
      out.group = group;
      if (!groups.includes(group)) groups.push(group);
    }
    const title = draftText(draft, 'title');
    if (title !== undefined) out.title = title;
    else if (!draft.failed.has('title')) {
      at(draft.origin.file, draft.origin.line, labelIn('title'), t(lang, `chỉ tiêu "${draft.id}" chưa có tên (cột title hoặc tên)`, `indicator "${draft.id}" has no title (column title or tên)`));
      covered.add(`indicators[${i}].title`);
    }
    const description = draftText(draft, 'description');
    if (description !== undefined) out.description = description;
    const unit = draftText(draft, 'unit');
    if (unit !== undefined) out.unit = unit;
    if (get('decimals') !== undefined) out.decimals = get('decimals');

    const targetFields = TARGET_FIELDS.filter((f) => draft.fields.has(f) || draft.failed.has(f));
    if (targetFields.length > 0) {
      const firstOrigin = targetFields.map((f) => draft.fields.get(f)?.origin).find((o) => o !== undefined);
      const kind = get('target_kind');
      const value = get('target_value');
      const op = get('target_op') ?? (Array.isArray(value) ? 'between' : undefined);
      const missing: string[] = [];
      if (kind === undefined && !draft.failed.has('target_kind')) missing.push('target_kind');
      if (op === undefined && !draft.failed.has('target_op')) missing.push('target_op');
      const relative = kind === 'relative';
      if (!relative && value === undefined && !draft.failed.has('target_value')) missing.push('target_value');
      if (relative && get('target_reference') === undefined && !draft.failed.has('target_reference')) missing.push('target_reference');
      if (missing.length > 0 && firstOrigin) {
        for (const f of missing) {
          at(firstOrigin.file, firstOrigin.line, labelIn(f as Field), t(lang, `mục tiêu của chỉ tiêu "${draft.id}" còn thiếu ${f}`, `the target of indicator "${draft.id}" lacks ${f}`));
        }
      }
      if (kind !== undefined && op !== undefined && (value !== undefined || relative) && missing.length === 0) {
        const target: Record<string, unknown> = { kind, op };
        for (const f of TARGET_FIELDS.slice(2)) if (get(f) !== undefined) target[TARGET_COLUMNS[f]] = get(f);
        out.target = target;
      } else covered.add(`indicators[${i}].target`);
    }
    if (draft.observations.length > 0) out.observations = draft.observations.map((o) => o.data);
    return out;
  });

  const document: Record<string, unknown> = {
    $schema: SCHEMA_ID,
    schemaVersion: '1.0',
    id: options.id,
    title: options.title,
    term: { from: options.from, to: options.to },
    ...(sources.length > 0 ? { sources: sources.map((id) => ({ id, title: id })) } : {}),
    ...(groups.length > 0 ? { groups: groups.map((id) => ({ id, title: id })) } : {}),
    indicators,
  };

  // The oldest version that carries the document: a table using no field of 1.1 stays readable by 1.0 readers.
  if (newerFields(document as unknown as Resolution).length > 0) document.schemaVersion = SCHEMA_VERSION;

  // The document as a whole, with each issue traced back to the line it came from.
  const checked = safeParseResolution(document, { lang });
  if (!checked.success) {
    const hadProblems = problems.length > 0;
    for (const issue of checked.issues) {
      if (hadProblems && (issue.code === 'indicators' || [...covered].some((p) => issue.path === p || issue.path.startsWith(`${p}.`)))) continue;
      const origin = originOf(issue.path, list);
      problems.push({ file: origin?.file, line: origin?.line, where: issue.path || undefined, message: issue.message });
    }
  }
  const result: ImportResult = { problems, indicators: indicators.length, observations: observationCount, createdSources: sources, createdGroups: groups };
  if (problems.length === 0) result.document = document;
  return result;
}

/** A text field from its plain and per-language cells: a string, or translations (plain = vi). */
function text(cells: readonly (readonly [lang: string, text: string])[]): string | Record<string, string> | undefined {
  const given = cells.filter(([, s]) => s !== '');
  if (given.length === 0) return undefined;
  const plain = given.find(([l]) => l === '');
  if (given.length === 1 && plain) return plain[1];
  const out: Record<string, string> = {};
  if (plain) out.vi = plain[1];
  for (const [l, s] of given) if (l !== '') out[l] = s;
  return out;
}

function draftText(draft: Draft, field: Field): string | Record<string, string> | undefined {
  const cells = [...draft.fields.entries()]
    .filter(([k]) => k === field || k.startsWith(`${field}:`))
    .map(([k, v]) => [k === field ? '' : k.slice(field.length + 1), String(v.value)] as const);
  // vi first, whatever the column order.
  cells.sort((a, b) => Number(b[0] === '' || b[0] === 'vi') - Number(a[0] === '' || a[0] === 'vi'));
  return text(cells);
}

/** The line a document path comes from: `indicators[2].observations[0].value` → that row. */
function originOf(path: string, drafts: Draft[]): Origin | undefined {
  const m = /^indicators\[(\d+)\](?:\.(\w+)(?:\[(\d+)\]|\.(\w+))?)?/.exec(path);
  const draft = m ? drafts[Number(m[1])] : undefined;
  if (!m || !draft) return undefined;
  const [, , field, index, sub] = m;
  if (field === 'observations' && index !== undefined) return draft.observations[Number(index)]?.origin ?? draft.origin;
  if (field === 'target') {
    const key = sub === undefined ? undefined : TARGET_FIELDS.find((f) => TARGET_COLUMNS[f] === sub);
    const any = TARGET_FIELDS.map((k) => draft.fields.get(k)?.origin).find((o) => o !== undefined);
    return (key && draft.fields.get(key)?.origin) || any || draft.origin;
  }
  if (field !== undefined) {
    const found = [...draft.fields.entries()].find(([k]) => k === field || k.startsWith(`${field}:`));
    if (found) return found[1].origin;
  }
  return draft.origin;
}

type Report = (file: string, line: number | undefined, where: string | undefined, message: string) => void;

/** Parses a CSV text and its header; undefined when the rows cannot be read (reported). */
function readTable(input: NamedText, allowed: Set<Field>, required: Field[], role: 'data' | 'indicators', lang: Lang, at: Report): Table | undefined {
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
function checkUnnamedCells(table: Table, row: CsvRecord, lang: Lang, at: Report): void {
  const index = row.cells.findIndex((c, i) => c.trim() !== '' && (table.header.cells[i] ?? '').trim() === '');
  if (index < 0) return;
  at(table.name, row.line, t(lang, `cột ${index + 1}`, `column ${index + 1}`), index >= table.header.cells.length
    ? t(lang, `dòng có ${row.cells.length} ô nhưng dòng tiêu đề chỉ có ${table.header.cells.length} cột`, `the row has ${row.cells.length} cells but the header only ${table.header.cells.length} columns`)
    : t(lang, 'ô có dữ liệu nhưng cột không có tên ở dòng tiêu đề', 'the cell has data but its column has no name in the header'));
}

// ───────────────────────────── the command ─────────────────────────────

export interface ImportCommandOptions extends ImportOptions {
  file: string;
  indicators?: string;
}

/** Checks the command line of `import`; a message for the usage error, or the options. */
export function importOptions(files: string[], flags: Map<string, string>, lang: Lang): ImportCommandOptions | string {
  if (files.length !== 1) return t(lang, 'Cần đúng một tệp CSV', 'Name exactly one CSV file');
  const missing = ['--id', '--title', '--from', '--to'].filter((f) => !flags.get(f)?.trim());
  if (missing.length > 0) return t(lang, `Thiếu ${missing.join(', ')}`, `Missing ${missing.join(', ')}`);
  const id = flags.get('--id')!.trim();
  if (!SLUG_PATTERN.test(id)) {
    return t(lang, `--id phải là mã gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ tp-thai-nguyen-2020-2025`, `--id must use lowercase letters, digits and hyphens, e.g. tp-thai-nguyen-2020-2025`);
  }
  const year = (flag: string) => {
    const s = flags.get(flag)!.trim();
    return /^\d{4}$/.test(s) && isYear(Number(s)) ? Number(s) : undefined;
  };
  const from = year('--from');
  const to = year('--to');
  if (from === undefined || to === undefined) return t(lang, '--from và --to phải là năm, ví dụ --from 2020 --to 2025', '--from and --to must be years, e.g. --from 2020 --to 2025');
  if (from >= to) return t(lang, `--from (${from}) phải trước --to (${to})`, `--from (${from}) must come before --to (${to})`);
  const indicators = flags.get('--indicators');
  if (indicators !== undefined && indicators.trim() === '') return t(lang, '--indicators cần tên một tệp CSV', '--indicators needs a CSV file name');
  return { file: files[0]!, id, title: flags.get('--title')!.trim(), from, to, lang, ...(indicators === undefined ? {} : { indicators }) };
}

/** Reads a CSV file as UTF-8 text, or says why it cannot. */
function readCsv(io: CliIo, path: string, lang: Lang): NamedText | string {
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

/** `tn-indicators import`: 0 and the JSON on stdout, 1 with every problem on stderr, 2 unreadable. */
export function importCommand(io: CliIo, options: ImportCommandOptions): number {
  const { lang } = options;
  const data = readCsv(io, options.file, lang);
  const indicators = options.indicators === undefined ? undefined : readCsv(io, options.indicators, lang);
  const unreadable = [data, indicators].filter((r): r is string => typeof r === 'string');
  if (unreadable.length > 0) {
    for (const message of unreadable) io.stderr(`${message}\n`);
    return 2;
  }
  const result = importTables(data as NamedText, indicators as NamedText | undefined, options);
  if (result.problems.length > 0) {
    printProblems(io, result.problems, [options.file, ...(options.indicators === undefined ? [] : [options.indicators])], lang);
    return 1;
  }
  io.stdout(`${JSON.stringify(result.document, null, 2)}\n`);
  io.stderr(`${summary(result, lang)}\n`);
  return 0;
}

function printProblems(io: CliIo, problems: ImportProblem[], files: string[], lang: Lang): void {
  const groups: (string | undefined)[] = [...files, undefined];
  for (const file of groups) {
    const mine = problems.filter((p) => p.file === file).map((p, i) => ({ p, i }));
    if (mine.length === 0) continue;
    // By line; problems without a line (the whole file) first; otherwise in the order found.
    mine.sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i);
    const count = t(lang, `${mine.length} lỗi`, `${mine.length} problem${mine.length === 1 ? '' : 's'}`);
    io.stderr(`✗ ${file ?? t(lang, '(tài liệu)', '(document)')}: ${count}\n`);
    for (const { p } of mine) {
      const line = p.line === undefined ? '' : `${t(lang, 'dòng', 'line')} ${p.line}: `;
      io.stderr(`  ${line}${p.where === undefined ? '' : `${p.where}: `}${p.message}\n`);
    }
  }
  io.stderr(`${t(lang, 'Chưa in tài liệu nào: hãy sửa các lỗi trên rồi chạy lại.', 'No document printed: fix the problems above and run again.')}\n`);
}

function summary(result: ImportResult, lang: Lang): string {
  const { indicators: n, observations: m, createdSources: s, createdGroups: g } = result;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const parts = [t(lang, `${n} chỉ tiêu, ${m} số liệu`, `${plural(n, 'indicator')}, ${plural(m, 'observation')}`)];
  const added = (ids: string[], vi: string, en: string, key: string) =>
    ids.length === 0
      ? []
      : [t(
          lang,
          `đã thêm ${ids.length} ${vi} (${ids.join(', ')}) vào "${key}" với tên tạm là mã, hãy sửa lại tên`,
          `added ${plural(ids.length, en)} (${ids.join(', ')}) to "${key}" titled with ${ids.length === 1 ? 'its id' : 'their ids'} for now; edit the title${ids.length === 1 ? '' : 's'}`,
        )];
  return [...parts, ...added(s, 'nguồn', 'source', 'sources'), ...added(g, 'nhóm', 'group', 'groups')].join('; ');
}
