/**
 * The workbook a clerk edits: which sheets, which columns, what each holds. `export` writes it
 * (workbook-write.ts), `import` reads it back (workbook-read.ts); both take the layout from here,
 * so that what one writes the other reads to the same document.
 *
 * Every column header is its Vietnamese name with its key in parentheses, "Mã chỉ tiêu (id)": the
 * key is what the reader goes by (a header without parentheses is matched by its key or its
 * Vietnamese name). Text that may be given per language ({vi, en}) has one column per language:
 * "Tên (title)" holds the text (the Vietnamese when there are translations), "Tên tiếng Anh
 * (title.en)" the English; a column "(title.vi)" or "(title.fr)" appears only where a document needs
 * it (Vietnamese alone, as a translation; another language).
 */
import { BODY_LEVELS, MILESTONE_STATUSES, OPS, QUALITIES, SCHEMA_VERSIONS, TARGET_KINDS, VERDICTS } from '../schema/vocabulary.js';

export type CellKind =
  /** Text, or translations keyed by language (one column per language). */
  | 'text'
  /** Plain text in one column (an address, a code). */
  | 'string'
  /** An id: lowercase letters, digits and hyphens. */
  | 'slug'
  | 'number'
  /** A whole number from 1900 to 2200. */
  | 'year'
  /** A whole number (decimals). */
  | 'integer'
  /** A year (a number cell) or a span "2021-2025" (text). */
  | 'period'
  /** A calendar day: a date cell (shown dd/mm/yyyy); text YYYY-MM-DD or DD/MM/YYYY is read too. */
  | 'date'
  /** "2023", "2023-08" or "2023-08-15", kept as text (Excel would turn "2023-08" into a day). */
  | 'partial-date'
  /** One of `values` (a drop-down list in the workbook). */
  | 'enum'
  /** A number, or the low end of a range whose high end is the next column (`….high`). */
  | 'value'
  | 'high';

export interface ColumnDef {
  /** The document path inside the row's object: `target.kind`, `title`. */
  key: string;
  vi: string;
  en: string;
  kind: CellKind;
  values?: readonly string[];
  /** What the column holds, for the "Hướng dẫn" sheet. */
  help: [vi: string, en: string];
  width?: number;
}

export type SheetId = 'document' | 'indicators' | 'observations' | 'plans' | 'breaks' | 'groups' | 'sources' | 'milestones' | 'verdicts';

export interface SheetDef {
  id: SheetId;
  /** The sheet's name in the workbook. */
  name: string;
  /** English, for messages and the guide; also accepted as the sheet's name. */
  en: string;
  columns: ColumnDef[];
  /** The document sheet: one field a row ("Trường", "Giá trị") instead of one item a row. */
  vertical?: boolean;
}

const c = (key: string, vi: string, en: string, kind: CellKind, help: [string, string], extra: Partial<ColumnDef> = {}): ColumnDef => ({ key, vi, en, kind, help, ...extra });
const INDICATOR_ID = c('indicator', 'Mã chỉ tiêu', 'Indicator id', 'slug', ['mã của một chỉ tiêu trong sheet "Chỉ tiêu"', 'the id of an indicator on the sheet "Chỉ tiêu"'], { width: 22 });
const SOURCE = (what: string, en: string) => c('source', 'Mã nguồn', 'Source id', 'slug', [`mã một nguồn trong sheet "Nguồn" (${what})`, `the id of a source on the sheet "Nguồn" (${en})`], { width: 22 });
const NOTE = c('note', 'Ghi chú', 'Note', 'text', ['ghi chú', 'a note'], { width: 30 });

export const QUALITY_VALUES = QUALITIES;
export const APPROX_VALUES = ['about', 'over', 'under'] as const;

export const SHEETS: readonly SheetDef[] = [
  {
    id: 'document',
    name: 'Nghị quyết',
    en: 'Resolution',
    vertical: true,
    columns: [
      c('$schema', 'Mẫu tệp', 'Schema address', 'string', ['địa chỉ bản mô tả mẫu tệp ($schema), để trình soạn thảo gợi ý', 'the JSON Schema the file names ($schema), for editors']),
      c('schemaVersion', 'Phiên bản mẫu tệp', 'Schema version', 'enum', ['"1.1" (hoặc "1.0" cho tệp cũ)', '"1.1" (or "1.0" for an old file)'], { values: SCHEMA_VERSIONS }),
      c('id', 'Mã nghị quyết', 'Resolution id', 'slug', ['mã của nghị quyết, ví dụ tinh-thai-nguyen-2025-2030', 'the resolution\'s id, e.g. tinh-thai-nguyen-2025-2030']),
      c('title', 'Tên nghị quyết', 'Title', 'text', ['tên nghị quyết', 'the resolution\'s title']),
      c('adopted', 'Ngày thông qua', 'Adopted on', 'date', ['ngày thông qua (ô ngày)', 'the day it was adopted (a date cell)']),
      c('term.from', 'Năm đầu nhiệm kỳ', 'Term from', 'year', ['năm Đại hội, ví dụ 2025', 'the congress year, e.g. 2025']),
      c('term.to', 'Năm cuối nhiệm kỳ', 'Term to', 'year', ['năm cuối nhiệm kỳ, ví dụ 2030', 'the last year of the term, e.g. 2030']),
      c('body.name', 'Cơ quan ban hành', 'Body', 'text', ['tên đảng bộ, cơ quan ban hành', 'the body that adopted it']),
      c('body.level', 'Cấp', 'Level', 'enum', ['cấp: national, province, city, district, commune, ward, other', 'its level'], { values: BODY_LEVELS }),
      c('body.code', 'Mã đơn vị hành chính', 'Administrative code', 'string', ['mã đơn vị hành chính', 'the administrative unit code']),
      c('body.validFrom', 'Tồn tại từ ngày', 'Valid from', 'date', ['ngày đơn vị bắt đầu tồn tại', 'the day the unit came to exist']),
      c('body.validTo', 'Tồn tại đến ngày', 'Valid to', 'date', ['ngày đơn vị thôi tồn tại (sáp nhập)', 'the day the unit ceased (a merger)']),
      c('body.successor', 'Đơn vị tiếp nhận', 'Successor', 'text', ['đơn vị tiếp nhận sau khi sáp nhập', 'the unit that took over']),
      c('$empty', 'Danh sách để trống', 'Empty lists', 'string', [
        'các danh sách có trong tệp nhưng chưa có dòng nào, ví dụ "milestones; agri-growth.observations" (để xuất–nhập giữ nguyên tệp)',
        'lists the file has with no item yet, e.g. "milestones; agri-growth.observations" (so that a round trip keeps the file as it was)',
      ]),
    ],
  },
  {
    id: 'indicators',
    name: 'Chỉ tiêu',
    en: 'Indicators',
    columns: [
      c('id', 'Mã chỉ tiêu', 'Indicator id', 'slug', ['mã chỉ tiêu, không trùng; đừng đổi sau khi đã đăng', 'the indicator\'s id, unique; do not change it once published'], { width: 22 }),
      c('group', 'Mã nhóm', 'Group id', 'slug', ['mã một nhóm trong sheet "Nhóm"', 'the id of a group on the sheet "Nhóm"'], { width: 14 }),
      c('title', 'Tên chỉ tiêu', 'Title', 'text', ['tên chỉ tiêu', 'the indicator\'s title'], { width: 40 }),
      c('description', 'Diễn giải', 'Description', 'text', ['diễn giải, thường là nguyên văn mục tiêu trong nghị quyết', 'what the resolution says, often word for word'], { width: 40 }),
      c('unit', 'Đơn vị', 'Unit', 'text', ['đơn vị: %, tỷ đồng, xã…', 'the unit: %, billion VND, communes…'], { width: 10 }),
      c('decimals', 'Số chữ số thập phân', 'Decimals', 'integer', ['số chữ số thập phân khi hiển thị, 0 đến 6', 'decimal places shown, 0 to 6']),
      c('target.kind', 'Loại mục tiêu', 'Target kind', 'enum', ['loại mục tiêu (danh sách chọn): level mức, average-growth tăng bình quân, annual hằng năm, cumulative cộng dồn, average-change thay đổi bình quân, maintain duy trì, term-average bình quân cả giai đoạn, relative so với chỉ tiêu khác, multiple gấp bao nhiêu lần', 'the kind of target (drop-down)'], { values: TARGET_KINDS, width: 16 }),
      c('target.op', 'Phép so sánh', 'Comparison', 'enum', ['>= từ … trở lên, > trên, <= không quá, < dưới, between trong khoảng, about khoảng', '>= at least, > over, <= at most, < under, between, about'], { values: OPS }),
      c('target.value', 'Giá trị mục tiêu', 'Target value', 'value', ['con số mục tiêu; với between là số thấp', 'the target figure; for between, the low end']),
      c('target.value.high', 'Giá trị mục tiêu, cận trên', 'Target value, high end', 'high', ['với between (hoặc khoảng): số cao', 'for between (or a range): the high end']),
      c('target.by', 'Năm đạt mục tiêu', 'By year', 'year', ['năm phải đạt; bỏ trống là năm cuối nhiệm kỳ', 'the year to reach it; empty is the term\'s last year']),
      c('target.outOf', 'Tổng số (mục tiêu)', 'Out of', 'number', ['tổng số, ví dụ 11 trong "11/11 xã"', 'the whole, e.g. 11 in "11 of 11 communes"']),
      c('target.pace', 'Lộ trình', 'Pace', 'enum', ['linear (đều) hoặc compound (theo tỷ lệ)', 'linear or compound'], { values: ['linear', 'compound'] }),
      c('target.method', 'Cách tính bình quân', 'Method', 'enum', ['geometric (bình quân nhân) hoặc arithmetic (bình quân cộng)', 'geometric or arithmetic'], { values: ['geometric', 'arithmetic'] }),
      c('target.series', 'Dạng số liệu', 'Series', 'enum', ['rates (tốc độ tăng) hoặc levels (giá trị tuyệt đối)', 'rates or levels'], { values: ['rates', 'levels'] }),
      c('target.stretch', 'Mức phấn đấu', 'Stretch', 'number', ['mức phấn đấu cao hơn cam kết', 'the stretch aim beyond the commitment']),
      c('target.tolerance', 'Sai số cho phép', 'Tolerance', 'number', ['sai số của "khoảng" (about)', 'the tolerance of "about"']),
      c('target.direction', 'Chiều tốt', 'Direction', 'enum', ['up (cao hơn là tốt) hoặc down (thấp hơn là tốt)', 'up or down'], { values: ['up', 'down'] }),
      c('target.reference', 'So với chỉ tiêu', 'Reference', 'slug', ['mã chỉ tiêu để so sánh (relative)', 'the indicator compared with (relative)']),
      c('target.of', 'Năm gốc', 'Base year', 'year', ['năm gốc của multiple', 'the base year of multiple']),
      c('baseline.period', 'Năm gốc (số liệu gốc)', 'Baseline year', 'year', ['năm của số liệu gốc', 'the baseline\'s year']),
      c('baseline.value', 'Số liệu gốc', 'Baseline value', 'number', ['số liệu gốc để đo tiến độ', 'the baseline figure']),
      c('definition', 'Định nghĩa', 'Definition', 'text', ['cách hiểu chỉ tiêu (1.1)', 'what the indicator means (1.1)'], { width: 30 }),
      c('rank.of', 'Xếp hạng trong số', 'Rank of', 'number', ['số đơn vị được xếp hạng, ví dụ 34', 'how many are ranked, e.g. 34']),
      c('rank.among', 'Xếp hạng giữa', 'Rank among', 'text', ['xếp hạng giữa những ai, ví dụ "34 tỉnh, thành phố"', 'ranked among whom']),
      c('share.of', 'Tỷ trọng trong', 'Share of', 'text', ['tỷ trọng của tổng nào, ví dụ GRDP', 'a share of what whole, e.g. GRDP']),
      c('share.composition', 'Mã cơ cấu', 'Composition', 'slug', ['các phần của một cơ cấu cộng lại 100', 'parts of one composition add up to 100']),
      c('share.basis', 'Cơ sở tỷ trọng', 'Share basis', 'text', ['cơ sở tính, ví dụ giá hiện hành', 'the basis, e.g. current prices']),
      c('prices.basis', 'Cơ sở giá', 'Price basis', 'enum', ['constant (giá so sánh) hoặc current (giá hiện hành)', 'constant or current'], { values: ['constant', 'current'] }),
      c('prices.year', 'Năm giá so sánh', 'Price year', 'year', ['năm gốc của giá so sánh, ví dụ 2010', 'the base year of constant prices']),
    ],
  },
  {
    id: 'observations',
    name: 'Số liệu',
    en: 'Figures',
    columns: [
      INDICATOR_ID,
      c('period', 'Kỳ', 'Period', 'period', ['năm (ô số, ví dụ 2023) hoặc giai đoạn (ô văn bản, ví dụ 2021-2025)', 'a year (a number, e.g. 2023) or a span (text, e.g. 2021-2025)']),
      c('value', 'Giá trị', 'Value', 'number', ['con số (ô số)', 'the figure (a number cell)'], { width: 14 }),
      c('quality', 'Loại số liệu', 'Quality', 'enum', ['actual chính thức, preliminary sơ bộ, estimated ước, projected dự kiến; để trống là chính thức', 'actual, preliminary, estimated, projected; empty means actual'], { values: QUALITY_VALUES, width: 14 }),
      c('approx', 'Gần đúng', 'Approx', 'enum', ['about khoảng, over trên, under dưới', 'about, over, under'], { values: APPROX_VALUES }),
      c('reported', 'Ngày báo cáo', 'Reported on', 'date', ['ngày công bố con số (ô ngày); cần cho số điều chỉnh', 'the day the figure was published (a date cell); needed for a revision'], { width: 14 }),
      SOURCE('nguồn của con số', 'where the figure comes from'),
      NOTE,
      c('outOf', 'Tổng số', 'Out of', 'number', ['tổng số của riêng con số này (1.1)', 'this figure\'s own whole (1.1)']),
      c('original.value', 'Con số gốc', 'Original value', 'number', ['con số như nguồn ghi, bằng đơn vị khác (1.1)', 'the figure as its source gave it, in another unit (1.1)']),
      c('original.unit', 'Đơn vị gốc', 'Original unit', 'text', ['đơn vị của con số gốc', 'its unit']),
      c('original.conversion', 'Cách quy đổi', 'Conversion', 'text', ['cách quy đổi', 'how it was converted']),
    ],
  },
  {
    id: 'plans',
    name: 'Kế hoạch',
    en: 'Plans',
    columns: [
      INDICATOR_ID,
      c('period', 'Năm', 'Year', 'year', ['năm kế hoạch', 'the plan\'s year']),
      c('value', 'Kế hoạch', 'Plan value', 'value', ['chỉ tiêu kế hoạch năm; với khoảng là số thấp', 'the year\'s plan figure; for a range the low end']),
      c('value.high', 'Kế hoạch, cận trên', 'Plan, high end', 'high', ['với khoảng: số cao', 'for a range: the high end']),
      SOURCE('nguồn giao kế hoạch', 'where the plan was set'),
      NOTE,
    ],
  },
  {
    id: 'breaks',
    name: 'Đứt gãy số liệu',
    en: 'Series breaks',
    columns: [
      INDICATOR_ID,
      c('year', 'Từ năm', 'From year', 'year', ['từ năm này, số liệu không so được với các năm trước (sáp nhập)', 'from this year on, figures are not comparable with earlier years']),
      NOTE,
    ],
  },
  {
    id: 'groups',
    name: 'Nhóm',
    en: 'Groups',
    columns: [
      c('id', 'Mã nhóm', 'Group id', 'slug', ['mã nhóm, ví dụ kinh-te', 'the group\'s id, e.g. kinh-te'], { width: 16 }),
      c('title', 'Tên nhóm', 'Title', 'text', ['tên nhóm', 'the group\'s title'], { width: 30 }),
      c('description', 'Diễn giải', 'Description', 'text', ['diễn giải', 'a description'], { width: 30 }),
    ],
  },
  {
    id: 'sources',
    name: 'Nguồn',
    en: 'Sources',
    columns: [
      c('id', 'Mã nguồn', 'Source id', 'slug', ['mã nguồn', 'the source\'s id'], { width: 22 }),
      c('title', 'Tên nguồn', 'Title', 'text', ['tên văn bản, bài báo', 'the title of the document or article'], { width: 40 }),
      c('url', 'Địa chỉ', 'URL', 'string', ['địa chỉ http:// hoặc https://', 'an http:// or https:// address'], { width: 40 }),
      c('published', 'Ngày công bố', 'Published on', 'date', ['ngày công bố (ô ngày)', 'the day it was published (a date cell)'], { width: 14 }),
    ],
  },
  {
    id: 'milestones',
    name: 'Mốc công việc',
    en: 'Milestones',
    columns: [
      c('id', 'Mã mốc', 'Milestone id', 'slug', ['mã mốc công việc', 'the milestone\'s id'], { width: 22 }),
      c('title', 'Tên công việc', 'Title', 'text', ['tên công trình, dự án, nhiệm vụ', 'the work, project or task'], { width: 40 }),
      c('group', 'Mã nhóm', 'Group id', 'slug', ['mã một nhóm trong sheet "Nhóm"', 'the id of a group on the sheet "Nhóm"']),
      c('due', 'Hạn', 'Due', 'partial-date', ['hạn, ô văn bản: 2023, 2023-08 hoặc 2023-08-15', 'the due date, as text: 2023, 2023-08 or 2023-08-15']),
      c('done', 'Hoàn thành', 'Done', 'partial-date', ['ngày/tháng hoàn thành, ô văn bản như "Hạn"', 'when it was done, as text like "Due"']),
      c('status', 'Trạng thái', 'Status', 'enum', ['planned kế hoạch, in-progress đang thực hiện, done hoàn thành, cancelled đã hủy', 'planned, in-progress, done, cancelled'], { values: MILESTONE_STATUSES, width: 13 }),
      SOURCE('nguồn thông tin', 'where it is said'),
      NOTE,
    ],
  },
  {
    id: 'verdicts',
    name: 'Tự đánh giá',
    en: 'Verdicts',
    columns: [
      c('indicator', 'Mã chỉ tiêu', 'Indicator id', 'slug', ['chỉ tiêu được đánh giá (để trống: cả nghị quyết hoặc một nhóm)', 'the indicator judged (empty: the whole resolution or a group)'], { width: 22 }),
      c('group', 'Mã nhóm', 'Group id', 'slug', ['nhóm được đánh giá', 'the group judged']),
      c('verdict', 'Đánh giá', 'Verdict', 'enum', ['exceeded vượt, achieved đạt, basically-achieved cơ bản đạt, missed không đạt', 'exceeded, achieved, basically-achieved, missed'], { values: VERDICTS, width: 16 }),
      c('text', 'Nguyên văn', 'Text', 'text', ['lời đánh giá nguyên văn', 'the words of the verdict'], { width: 40 }),
      SOURCE('văn bản đánh giá', 'the document that says it'),
      c('date', 'Ngày', 'Date', 'date', ['ngày đánh giá (ô ngày)', 'the day of the verdict (a date cell)']),
      c('period', 'Kỳ', 'Period', 'period', ['kỳ được đánh giá: năm hoặc giai đoạn', 'the period judged: a year or a span']),
      c('quality', 'Loại số liệu', 'Quality', 'enum', ['loại số liệu mà đánh giá dựa vào', 'the quality of the figures it rests on'], { values: QUALITY_VALUES }),
    ],
  },
];

export const GUIDE_SHEET = 'Hướng dẫn';

export const sheetDef = (id: SheetId): SheetDef => SHEETS.find((s) => s.id === id)!;

/** A text column's language in its (Vietnamese) header. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'tiếng Anh', vi: 'chỉ tiếng Việt' };

/** The header of a column: its Vietnamese name and key, "Tên chỉ tiêu (title)"; per language "Tên chỉ tiêu, tiếng Anh (title.en)". */
export function headerText(column: ColumnDef, lang = ''): string {
  if (lang === '') return `${column.vi} (${column.key})`;
  const name = LANGUAGE_NAMES[lang] ?? lang;
  return `${column.vi}, ${name} (${column.key}.${lang})`;
}

/** Vertical document sheet: its two header cells. */
export const FIELD_HEADER = 'Trường (field)';
export const VALUE_HEADER = 'Giá trị (value)';

/** Column letters, as Excel names them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ───────────────────────── text that XML cannot hold ─────────────────────────
// A cell's text goes through XML, which has no control characters and turns \r\n into \n; Excel's
// own escape (_xHHHH_, with a literal "_x" written _x005F_x) carries them, and the readers undo it.

export function escapeCellText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
