import type { IssueCode, Lang } from '../schema/messages.js';
import { resolveLang } from './localize.js';

/**
 * Every string the core and the elements show, one entry per string, every language a column of it
 * (`Entry`, a `Record<Lang, string>`: adding a language to `Lang` makes TypeScript ask for its column
 * in every entry). Where the strings live, all in this file, all filled by `fill`:
 * - `STRINGS`, keyed by a stable name: what the core's formatting and the elements say (statuses,
 *   figures, targets in words, as-of lines, the error box, legends, buttons). Families are keyed by
 *   their own values (a status, a milestone state, a reason, an error kind), so that `t(status, lang)`
 *   is checked by TypeScript like any key; a few carry a prefix where values collide (`op.`,
 *   `relative.`, `approx.`, `legend.`, `for.`).
 * - `MESSAGES`, keyed by issue code, and `TYPE_WORDS`: the validation messages (src/schema/messages.ts
 *   picks them); `DOCUMENT_WORDS`: a ResolutionError's head and tail.
 * Only the command line (src/cli/) still pairs its own words, and is not bundled for browsers.
 * A sentence that takes values has `{name}` placeholders; test/core/strings.test.ts checks that every
 * language has the same ones, and that no source file picks words with a ternary.
 * Number and date formats (separators, month abbreviations, date order) are not words: number.ts and
 * date.ts keep them. The strings sit together in one module on purpose: the embed's gzip budget
 * (test/core/bundle-size.test.ts) is met because Vietnamese text compresses best next to itself.
 */
export type Entry = Record<Lang, string>;

/** A placeholder's value: filled in as `String(value)`. */
export type Params = Readonly<Record<string, string | number | undefined>>;

type Holes<S> = S extends `${string}{${infer H}}${infer Rest}` ? H | Holes<Rest> : never;

/** The arguments after `lang` an entry takes: its placeholders' values, or nothing when it has none. */
export type ParamsOf<E extends Entry> = [Holes<E[Lang]>] extends [never] ? [] : [Readonly<Record<Holes<E[Lang]>, string | number>>];

const HOLE = /\{(\w+)\}/g;

/**
 * An entry's text in a language, its `{name}` placeholders filled from `params` (a missing value
 * gives ""). A language the entry does not have (a caller without types passing "fr") reads English,
 * as every language but Vietnamese always did.
 */
export function fill(entry: Entry, lang: Lang, params?: Params): string {
  const text = Object.hasOwn(entry, lang) ? entry[lang] : entry.en;
  return params ? text.replace(HOLE, (_, name: string) => String(params[name] ?? '')) : text;
}

// A number's words (number.ts), apart so that formatting a number does not bundle the whole catalogue.
export const NUMBER_WORDS = {
  'approx.about': { vi: 'khoảng\u00a0{x}', en: 'about\u00a0{x}' },
  'approx.over': { vi: 'trên\u00a0{x}', en: 'over\u00a0{x}' },
  'approx.under': { vi: 'dưới\u00a0{x}', en: 'under\u00a0{x}' },
  rank: { vi: 'hạng {n}', en: 'rank {n}' },
  rankOf: { vi: 'hạng {n}/{of}', en: 'rank {n} of {of}' },
} as const satisfies Record<string, Entry>;

export const STRINGS = {
  // Statuses, figures' quality, milestones, the body's verdicts, reasons (status.ts).
  exceeded: { vi: 'Vượt chỉ tiêu', en: 'Exceeded' },
  achieved: { vi: 'Đạt', en: 'Achieved' },
  'on-track': { vi: 'Đúng lộ trình', en: 'On track' },
  behind: { vi: 'Chậm so với lộ trình', en: 'Behind' },
  'far-behind': { vi: 'Nguy cơ không đạt', en: 'Far behind' },
  regressing: { vi: 'Đi ngược mục tiêu', en: 'Regressing' },
  missed: { vi: 'Không đạt', en: 'Missed' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  'no-target': { vi: 'Không có chỉ tiêu', en: 'No target' },
  provisional: { vi: '{status} (tạm tính)', en: '{status} (provisional)' },
  actual: { vi: 'chính thức', en: 'actual' },
  preliminary: { vi: 'sơ bộ', en: 'preliminary' },
  estimated: { vi: 'ước', en: 'estimate' },
  projected: { vi: 'dự kiến', en: 'projected' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  unreported: { vi: 'Đã đến hạn, chưa có thông tin', en: 'Due, not yet reported' },
  upcoming: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  'not-started': { vi: 'Chưa triển khai', en: 'Not started' },
  late: { vi: '{state} (trễ hạn)', en: '{state} (late)' },
  // (a verdict of "achieved" or "missed" reads as the status does)
  'verdict.exceeded': { vi: 'Vượt', en: 'Exceeded' },
  'basically-achieved': { vi: 'Cơ bản đạt', en: 'Basically achieved' },
  expected: { vi: '{verdict} (dự kiến)', en: '{verdict} (expected)' },
  own: { vi: 'Tự đánh giá: {verdict}', en: 'Own assessment: {verdict}' },
  differs: { vi: 'khác kết quả tính toán', en: 'differs from the computed status' },
  'no-baseline': { vi: 'Chưa có số liệu gốc để đo tiến độ.', en: 'No baseline to measure progress from.' },
  'no-observations': { vi: 'Chưa có số liệu thực hiện.', en: 'No figures yet.' },
  'non-positive-values': { vi: 'Có số liệu bằng 0 hoặc âm: không tính được tốc độ tăng.', en: 'Zero or negative figures: no growth rate can be computed.' },
  'baseline-equals-target': { vi: 'Số liệu gốc đã bằng mục tiêu.', en: 'The baseline already equals the target.' },
  'missing-years': { vi: 'Thiếu số liệu năm {years}.', en: 'No figures for {years}.' },
  'series-break': {
    vi: 'Số liệu trước và sau khi sắp xếp đơn vị hành chính không so sánh được: không tính xu hướng qua điểm đứt gãy.',
    en: 'Figures before and after the change of territory are not comparable: no trend is computed across the break.',
  },
  someYears: { vi: 'nào đó', en: 'some years' },

  // Figures (number.ts, headline.ts).
  average: { vi: 'bình quân {span}', en: 'average {span}' },
  total: { vi: 'cộng dồn {span}', en: 'total {span}' },
  change: { vi: 'thay đổi bình quân mỗi năm, {span}', en: 'average change a year, {span}' },
  times: { vi: 'gấp {x} lần', en: '{x} times' },
  against: { vi: 'năm {year} so với năm {base}', en: '{year} against {base}' },

  // Targets in words (comparison.ts, target.ts).
  'op.about': { vi: 'khoảng {x}', en: 'about {x}' },
  'op.>=': { vi: 'từ {x} trở lên', en: 'at least {x}' },
  'op.>': { vi: 'trên {x}', en: 'above {x}' },
  'op.<=': { vi: 'không quá {x}', en: 'at most {x}' },
  'op.<': { vi: 'dưới {x}', en: 'below {x}' },
  range: { vi: 'từ {low} đến {high}', en: '{low} to {high}' },
  first: { vi: 'xếp thứ 1', en: 'ranked 1st' },
  top: { vi: 'trong tốp {n}', en: 'in the top {n}' },
  'relative.<': { vi: 'thấp hơn {x}', en: 'below {x}' },
  'relative.<=': { vi: 'không cao hơn {x}', en: 'not above {x}' },
  'relative.>': { vi: 'cao hơn {x}', en: 'above {x}' },
  'relative.>=': { vi: 'không thấp hơn {x}', en: 'not below {x}' },
  reference: { vi: 'chỉ tiêu so sánh', en: 'the reference' },
  // The year after a target: a level "vào năm 2025" / "by 2025", a total or a hold "đến năm", an average "through".
  byLevel: { vi: 'vào năm', en: 'by' },
  byTotal: { vi: 'đến năm', en: 'by' },
  byAverage: { vi: 'đến năm', en: 'through' },
  perYear: { vi: '%/năm', en: '%' },
  timesUnit: { vi: 'lần', en: 'times' },
  point: { vi: 'điểm %', en: 'percentage point' },
  points: { vi: 'điểm %', en: 'percentage points' },
  rising: { vi: 'bình quân mỗi năm tăng {x}', en: 'rising by {x} a year on average' },
  falling: { vi: 'bình quân mỗi năm giảm {x}', en: 'falling by {x} a year on average' },
  'average-growth': { vi: 'bình quân {x}', en: 'average {x} a year' },
  growing: { vi: 'tăng hằng năm {x}', en: 'growing {x} every year' },
  annual: { vi: 'hằng năm {x}', en: 'every year {x}' },
  cumulative: { vi: 'cộng dồn {x}', en: '{x} in total' },
  maintainMin: { vi: 'duy trì {x}', en: 'maintained at {x} or above' },
  maintain: { vi: 'duy trì {x}', en: 'maintained {x}' },
  multiple: { vi: 'gấp {x}', en: '{x} the base level' },
  multipleOf: { vi: 'gấp {x} so với năm {base}', en: '{x} the {base} level' },
  'term-average': { vi: 'bình quân cả giai đoạn {x}', en: '{x} on average over the term' },

  // Lines about the document (as-of.ts, share.ts, successor.ts).
  dataAsOf: { vi: 'Số liệu đến {date}', en: 'Data as of {date}' },
  dataUpTo: { vi: 'Số liệu đến năm {year}', en: 'Data up to {year}' },
  assessedAt: { vi: 'Đánh giá tại {date}', en: 'Assessed at {date}' },
  share: { vi: 'Tỷ trọng trong {whole}', en: 'Share of {whole}' },
  successor: { vi: 'Đơn vị này nay thuộc {name}.', en: 'This unit is now part of {name}.' },
  successorUntil: { vi: 'Đơn vị này nay thuộc {name} (tồn tại đến {until}).', en: 'This unit is now part of {name} (it existed until {until}).' },

  // The elements (components/).
  target: { vi: 'mục tiêu {x}', en: 'target {x}' },
  targetLabel: { vi: 'Mục tiêu: {x}', en: 'Target: {x}' },
  source: { vi: 'Nguồn: ', en: 'Source: ' },
  value: { vi: 'Giá trị', en: 'Value' },
  met: { vi: 'đạt', en: 'met' },
  unmet: { vi: 'không đạt', en: 'missed' },
  years: { vi: 'Từng năm', en: 'Year by year' },
  notEnough: { vi: 'Chưa đủ số liệu để đánh giá tiến độ.', en: 'Not enough figures to assess progress yet.' },
  // What the remaining years of an average-growth target need (indicator.view.ts).
  need: { vi: 'Các năm còn lại cần tăng bình quân {x}/năm.', en: 'The remaining years need {x} a year on average.' },
  needOnly: { vi: 'Các năm còn lại chỉ cần tăng bình quân {x}/năm.', en: 'The remaining years need only {x} a year on average.' },
  needFall: { vi: 'Các năm còn lại cần giảm bình quân {x}/năm.', en: 'The remaining years need to fall by {x} a year on average.' },
  mayFall: { vi: 'Mục tiêu vẫn đạt nếu bình quân các năm còn lại không giảm quá {x}/năm.', en: 'The target is still met unless the remaining years fall by more than {x} a year on average.' },
  mayGrow: { vi: 'Mục tiêu vẫn đạt nếu bình quân các năm còn lại tăng không quá {x}/năm.', en: 'The target is still met unless the remaining years grow by more than {x} a year on average.' },
  // <tn-timeline>
  unit: { vi: '{title} (đơn vị: {unit})', en: '{title} (unit: {unit})' },
  show: { vi: 'Xem bảng số liệu', en: 'Show data table' },
  hide: { vi: 'Ẩn bảng số liệu', en: 'Hide data table' },
  period: { vi: 'Kỳ', en: 'Period' },
  quality: { vi: 'Loại số liệu', en: 'Quality' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  note: { vi: 'Ghi chú', en: 'Note' },
  runningTotal: { vi: 'Cộng dồn', en: 'Running total' },
  runningAverage: { vi: 'Bình quân từ đầu nhiệm kỳ', en: 'Average since the term began' },
  break: { vi: 'Từ năm {year}, số liệu không so sánh được với các năm trước', en: 'From {year}, figures are not comparable with earlier years' },
  'legend.actual': { vi: 'Số liệu chính thức', en: 'Final figure' },
  'legend.preliminary': { vi: 'Số liệu sơ bộ', en: 'Preliminary figure' },
  'legend.estimated': { vi: 'Ước tính', en: 'Estimate' },
  'legend.projected': { vi: 'Dự kiến', en: 'Projection' },
  'legend.met': { vi: 'Năm đạt', en: 'Year met' },
  'legend.missed': { vi: 'Năm không đạt', en: 'Year missed' },
  'legend.trajectory': { vi: 'Lộ trình tới mục tiêu', en: 'Path to the target' },
  'legend.threshold': { vi: 'Ngưỡng mục tiêu', en: 'Target threshold' },
  'legend.range': { vi: 'Khoảng mục tiêu', en: 'Target range' },
  'legend.stretch': { vi: 'Mục tiêu phấn đấu', en: 'Stretch aim' },
  'legend.plan': { vi: 'Kế hoạch năm', en: 'Annual plan' },
  'legend.break': { vi: 'Đứt gãy số liệu', en: 'Series break' },
  // <tn-milestones>
  doneOn: { vi: 'Hoàn thành: {date}', en: 'Done: {date}' },
  dueOn: { vi: 'Hạn: {date}', en: 'Due: {date}' },
  undated: { vi: 'Chưa có hạn', en: 'No due date' },
  empty: { vi: 'Không có mốc công việc.', en: 'No milestones.' },
  // <tn-resolution>
  term: { vi: 'Nhiệm kỳ {from}–{to}', en: 'Term {from}–{to}' },
  summary: { vi: '{good}/{total} chỉ tiêu vượt, đạt hoặc đúng lộ trình', en: '{good} of {total} targets exceeded, achieved or on track' },
  others: { vi: 'Chỉ tiêu khác', en: 'Other indicators' },
  milestones: { vi: 'Các mốc công việc', en: 'Milestones' },
  // The error box (components/shared/errors.ts); {n} is filled from the error.
  network: { vi: 'Không tải được dữ liệu: lỗi mạng hoặc máy chủ chuyển hướng vòng quanh', en: 'Could not load the data: a network error or a redirect loop' },
  timeout: { vi: 'Máy chủ không trả lời sau {n} giây', en: 'The server did not answer within {n} seconds' },
  cut: { vi: 'Tải dữ liệu bị gián đoạn giữa chừng', en: 'The download was cut off' },
  cors: {
    vi: 'Máy chủ dữ liệu {n} không cho phép trang này đọc tệp: máy chủ dữ liệu cần gửi tiêu đề Access-Control-Allow-Origin',
    en: 'The data server {n} does not let this page read the file: the data server must send the Access-Control-Allow-Origin header',
  },
  http: { vi: 'Máy chủ trả lỗi {n} khi tải dữ liệu', en: 'The server answered {n} when loading the data' },
  json: { vi: 'Tệp dữ liệu không phải JSON hợp lệ', en: 'The data file is not valid JSON' },
  html: { vi: 'Máy chủ trả về một trang web thay vì tệp dữ liệu', en: 'The server sent a web page instead of the data file' },
  encoding: { vi: 'Tệp dữ liệu không phải UTF-8{n}: hãy lưu lại tệp với mã hoá UTF-8', en: 'The data file is not UTF-8{n}: save it again as UTF-8' },
  schema: { vi: 'Tệp dữ liệu không đúng mẫu ({n} lỗi)', en: 'The data file does not match the schema ({n} problem(s))' },
  'not-found': { vi: 'Không có chỉ tiêu "{n}" trong tệp dữ liệu', en: 'No indicator "{n}" in the data file' },
  'no-group': { vi: 'Không có nhóm chỉ tiêu "{n}" trong tệp dữ liệu', en: 'No group "{n}" in the data file' },
  attribute: { vi: 'Thuộc tính {n} không dùng được', en: 'The {n} attribute cannot be used' },
  missing: { vi: 'Thiếu thuộc tính {n}', en: 'Missing the {n} attribute' },
  misspelt: { vi: 'Thuộc tính "{n}" không được nhận ra — có phải "{g}"?', en: 'Attribute "{n}" is not recognised — did you mean "{g}"?' },
  looksLike: { vi: 'có vẻ là {encoding}', en: 'it looks like {encoding}' },
  // What a missing attribute is for, said after its name.
  'for.src': { vi: 'địa chỉ tệp dữ liệu', en: "the data file's address" },
  'for.indicator': { vi: 'mã chỉ tiêu', en: "the indicator's id" },
  groups: { vi: 'có: {groups}', en: 'it has: {groups}' },
  noGroups: { vi: 'tệp không có nhóm nào', en: 'the file has no groups' },
  document: { vi: '(tệp)', en: '(document)' },
  retry: { vi: 'Thử lại', en: 'Retry' },
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof STRINGS;

// Validation messages (src/schema/messages.ts says them), in words a data clerk uses: every message
// says what was expected; `{name}` is filled from the issue. Keyed by issue code; the enumerations
// share "one-of".
export const MESSAGES: Partial<Record<IssueCode, Entry>> = {
  required: { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' },
  type: { vi: 'Cần {expected}, nhưng nhận được {received}', en: 'Expected {expected}, got {received}' },
  'unknown-key': { vi: 'Trường không có trong mẫu: {keys} (kiểm tra lỗi chính tả)', en: 'Field not in the schema: {keys} (check the spelling)' },
  invalid: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'one-of': { vi: 'Phải là một trong: {values}', en: 'Must be one of: {values}' },
  slug: { vi: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "agri-growth"', en: 'An identifier uses lowercase letters, digits and hyphens, e.g. "agri-growth"' },
  year: { vi: 'Cần một năm (số nguyên 1900–2200), ví dụ 2023', en: 'Expected a year (a whole number 1900–2200), e.g. 2023' },
  isoDate: { vi: 'Cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2023-06-30 (không có ngày 30/02 hay 29/02 của năm không nhuận)', en: 'Expected a date that exists, written YYYY-MM-DD, e.g. 2023-06-30 (there is no 30 February, nor 29 February outside leap years)' },
  partialDate: { vi: 'Cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, ví dụ "2023-08"', en: 'Expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-08"' },
  period: { vi: 'Kỳ số liệu phải là một năm (ví dụ 2023) hoặc một giai đoạn "YYYY-YYYY"', en: 'A period must be a year (e.g. 2023) or a span "YYYY-YYYY"' },
  url: { vi: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://', en: 'An address must start with http:// or https://' },
  'url-space': { vi: 'Địa chỉ không được chứa dấu cách hay xuống dòng (thay dấu cách bằng %20)', en: 'An address must not contain a space or line break (write a space as %20)' },
  'url-length': { vi: 'Địa chỉ dài quá 2048 ký tự', en: 'An address must be at most 2048 characters long' },
  tolerance: { vi: 'Sai số cho phép (tolerance) phải là một số không âm', en: 'The tolerance must be a number of zero or more' },
  number: { vi: 'Cần một số hữu hạn (dùng dấu chấm thập phân: 4.2)', en: 'Expected a finite number (use a decimal point: 4.2)' },
  text: {
    vi: 'Cần một chuỗi không rỗng, hoặc các bản dịch như {"vi": "…", "en": "…"}',
    en: 'Expected a non-empty string, or translations such as {"vi": "…", "en": "…"}',
  },
  range: { vi: 'Cần một cặp số [thấp, cao]', en: 'Expected a pair of numbers [low, high]' },
  targetValue: { vi: 'Cần một số, hoặc cặp [thấp, cao] khi op là "between"', en: 'Expected a number, or a pair [low, high] when op is "between"' },
  quality: {
    vi: 'Phải là "actual" (chính thức), "preliminary" (sơ bộ), "estimated" (ước) hoặc "projected" (dự kiến)',
    en: 'Must be "actual", "preliminary", "estimated" or "projected"',
  },
  decimals: { vi: 'Cần một số nguyên từ 0 đến 6', en: 'Expected a whole number from 0 to 6' },
  indicators: { vi: 'Nghị quyết phải có ít nhất một chỉ tiêu', en: 'A resolution needs at least one indicator' },
  'duplicate-id': { vi: 'Mã "{id}" bị trùng (đã dùng ở {first})', en: 'The id "{id}" is used twice (first at {first})' },
  'unknown-group': { vi: 'Không có nhóm nào có mã "{id}" trong groups', en: 'No group with id "{id}" in groups' },
  'unknown-source': { vi: 'Không có nguồn nào có mã "{id}" trong sources', en: 'No source with id "{id}" in sources' },
  'term-order': { vi: 'Năm bắt đầu nhiệm kỳ ({from}) phải trước năm kết thúc ({to})', en: 'The term must start ({from}) before it ends ({to})' },
  'by-outside-term': {
    vi: 'Năm đạt mục tiêu {by} phải nằm trong nhiệm kỳ {from}–{to} (sau {from}, không quá {to})',
    en: 'The target year {by} must fall inside the term {from}–{to} (after {from}, at most {to})',
  },
  'span-order': { vi: 'Giai đoạn "{span}" phải có năm đầu trước năm cuối', en: 'The span "{span}" must start before it ends' },
  'range-order': { vi: 'Khoảng [{low}, {high}] cần giá trị thấp không lớn hơn giá trị cao', en: 'The range [{low}, {high}] needs low ≤ high' },
  'between-needs-range': { vi: 'Khi op là "between", giá trị phải là cặp [thấp, cao]', en: 'With op "between" the value must be a pair [low, high]' },
  'range-needs-between': { vi: 'Cặp [thấp, cao] chỉ dùng với op "between" hoặc "about", không dùng với "{op}"; khoảng có mức phấn đấu ("10–10,5%") ghi value là mức thấp và stretch là mức cao', en: 'A pair [low, high] goes with op "between" or "about" only, not "{op}"; for a band with an aim ("10–10.5%") write the low end as value and the high end as stretch' },
  'needs-1.1': {
    vi: 'Trường "{field}" chỉ có từ phiên bản 1.1: ghi "schemaVersion": "1.1" ở đầu tệp',
    en: 'The field "{field}" is new in schema 1.1: write "schemaVersion": "1.1" at the top of the file',
  },
  'stretch-op': { vi: 'Mức phấn đấu (stretch) chỉ dùng với op ">=", ">", "<=" hoặc "<", không dùng với "{op}"', en: 'A stretch goes with op ">=", ">", "<=" or "<" only, not "{op}"' },
  'stretch-side': {
    vi: 'Mức phấn đấu {stretch} phải vượt mức cam kết {value} theo chiều của op "{op}"',
    en: 'The stretch {stretch} must lie beyond the commitment {value} in the direction of op "{op}"',
  },
  'needs-about': { vi: 'Trường "{field}" chỉ dùng với op "about" (khoảng)', en: 'The field "{field}" goes with op "about" only' },
  'unknown-reference': { vi: 'Không có chỉ tiêu nào có mã "{id}" để so sánh', en: 'No indicator with id "{id}" to compare with' },
  'self-reference': { vi: 'Chỉ tiêu không thể so sánh với chính nó', en: 'An indicator cannot be compared with itself' },
  'reference-relative': { vi: 'Chỉ tiêu so sánh "{id}" không được tự là chỉ tiêu so sánh', en: 'The reference "{id}" must not itself be a relative target' },
  'composition-sum': {
    vi: 'Các thành phần của cơ cấu "{composition}" cộng lại {sum}% ({what}), cần xấp xỉ 100%',
    en: 'The parts of the composition "{composition}" add up to {sum}% ({what}); they should add up to about 100%',
  },
  'verdict-empty': { vi: 'Đánh giá cần "verdict" hoặc "text"', en: 'A verdict needs "verdict" or "text"' },
  'unknown-indicator': { vi: 'Không có chỉ tiêu nào có mã "{id}"', en: 'No indicator with id "{id}"' },
  'base-after-by': { vi: 'Năm gốc (of) {of} phải trước năm đạt mục tiêu {by}', en: 'The base year (of) {of} must come before the target year {by}' },
  'break-order': { vi: 'Các năm đứt gãy số liệu (breaks) phải tăng dần và không trùng nhau', en: 'The years of series breaks must be in ascending order, each once' },
  'out-of': { vi: 'Tổng số outOf ({outOf}) không được nhỏ hơn giá trị mục tiêu ({value})', en: 'outOf ({outOf}) must not be less than the target value ({value})' },
};

// The words for JSON types in those messages ("Cần một số, nhưng nhận được một chuỗi văn bản").
export const TYPE_WORDS: Record<string, Entry> = {
  object: { vi: 'một đối tượng {…}', en: 'an object {…}' },
  array: { vi: 'một danh sách […]', en: 'a list […]' },
  string: { vi: 'một chuỗi văn bản', en: 'a text string' },
  number: { vi: 'một số', en: 'a number' },
};
export const NAMED_TYPE: Entry = { vi: 'kiểu {type}', en: 'type {type}' };
export const OTHER_TYPE: Entry = { vi: 'kiểu khác', en: 'type other' };

/** The head and the tail of a ResolutionError's message (parse.ts). */
export const DOCUMENT_WORDS = {
  invalid: { vi: 'Tệp nghị quyết không hợp lệ', en: 'Invalid resolution document' },
  more: { vi: '… và {n} lỗi khác', en: '… and {n} more' },
} satisfies Record<string, Entry>;


/**
 * A string of the catalogue in a language (any tag, as resolveLang reads it: "en-GB" is en, anything
 * but en is vi), its placeholders filled: t('dueOn', 'vi', { date: '8/2023' })
 * gives "Hạn: 8/2023". TypeScript checks the key and asks for every placeholder's value.
 */
export function t<K extends StringKey>(key: K, lang: string, ...params: ParamsOf<(typeof STRINGS)[K]>): string {
  return fill(STRINGS[key], resolveLang(lang), params[0]);
}
