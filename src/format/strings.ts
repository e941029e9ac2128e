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
 * - `CLI_WORDS`, keyed `module.what`: what the command line (src/cli/) says, filled by `cliText` and
 *   `cliCount`; nothing the browser bundles import reads it, so they leave it out.
 * A third language is a column of `Entry` in this file, and nowhere else (the workbook's layout,
 * src/cli/workbook-layout.ts, is a file format with Vietnamese headers and a bilingual guide).
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

// ───────────────────────────── the command line ─────────────────────────────
// What the command line says (src/cli/), keyed `module.what`; it is built for Node only, and the
// browser bundles leave this table out (nothing they import reads it). A count's noun has a form per
// plural category (`.one`, `.other`: pluralOf), where English needs "1 problem", "2 problems".
export const CLI_WORDS = {
  // Reading and writing files (io.ts, import-workbook.ts, decode.ts).
  'io.stdin': { vi: '(đầu vào chuẩn)', en: '(standard input)' },
  'io.stdout': { vi: 'đầu ra chuẩn', en: 'standard output' },
  'io.cannotRead': { vi: 'Không đọc được tệp {file}: {why}', en: 'Cannot read {file}: {why}' },
  'io.cannotReadAt': { vi: 'Không đọc được tệp {file} (dòng {line}, byte {offset}): {why}', en: 'Cannot read {file} (line {line}, byte {offset}): {why}' },
  'io.tooLarge': { vi: 'tệp quá lớn ({mb} MB; tối đa 512 MB)', en: 'the file is too large ({mb} MB; at most 512 MB)' },
  'io.noFile': { vi: 'không tìm thấy tệp', en: 'no such file' },
  'io.readDirectory': { vi: 'đây là một thư mục', en: 'it is a directory' },
  'io.noReadPermission': { vi: 'không có quyền đọc tệp', en: 'no permission to read it' },
  'io.cannotWrite': { vi: 'Không ghi được {where}: {why}.{kept}', en: 'Cannot write {where}: {why}.{kept}' },
  'io.closedPipe': { vi: 'chương trình nhận đầu ra đã đóng trước khi in xong (ví dụ `| head`)', en: 'the program reading the output closed it before all was written (e.g. `| head`)' },
  'io.diskFull': { vi: 'đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại', en: 'the disk is full: free some space and run again' },
  'io.noWritePermission': { vi: 'không có quyền ghi vào đó', en: 'no permission to write there' },
  'io.noFolder': { vi: 'thư mục không tồn tại', en: 'the folder does not exist' },
  'io.writeDirectory': { vi: 'đó là một thư mục', en: 'it is a directory' },
  // (after "Không ghi được …: …."; it starts with its space)
  'io.oldKept': { vi: ' Tệp cũ (nếu có) được giữ nguyên.', en: ' The old file, if any, is kept as it was.' },
  // How to save a file as UTF-8, by the encoding it looks like (decode.ts).
  'encoding.UTF-16LE': {
    vi: 'tệp được lưu bằng UTF-16 (Windows PowerShell ghi như vậy khi dùng dấu >). Hãy lưu lại bằng UTF-8: trong PowerShell dùng `| Out-File -Encoding utf8 tệp.json`, trong Notepad chọn Tệp › Lưu thành…, mục Mã hoá chọn UTF-8',
    en: 'the file is saved as UTF-16 (what Windows PowerShell writes with >). Save it as UTF-8: in PowerShell use `| Out-File -Encoding utf8 file.json`; in Notepad choose File › Save As…, Encoding: UTF-8',
  },
  'encoding.UTF-16BE': {
    vi: 'tệp được lưu bằng UTF-16 (big-endian). Hãy lưu lại bằng UTF-8: trong Notepad chọn Tệp › Lưu thành…, mục Mã hoá chọn UTF-8',
    en: 'the file is saved as UTF-16 (big-endian). Save it as UTF-8: in Notepad choose File › Save As…, Encoding: UTF-8',
  },
  'encoding.Windows-1258': {
    vi: 'tệp có vẻ được lưu bằng Windows-1258 (bảng mã tiếng Việt cũ của Windows). Hãy lưu lại bằng UTF-8: trong Notepad chọn Tệp › Lưu thành…, mục Mã hoá chọn UTF-8; trong Excel chọn Lưu thành › "CSV UTF-8 (Comma delimited)"',
    en: 'the file looks saved as Windows-1258 (the old Vietnamese code page of Windows). Save it as UTF-8: in Notepad choose File › Save As…, Encoding: UTF-8; in Excel, Save As › "CSV UTF-8 (Comma delimited)"',
  },
  'encoding.TCVN3': {
    vi: 'tệp có vẻ dùng bảng mã cũ TCVN3 (ABC) hoặc VNI. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu bằng UTF-8',
    en: "the file looks written in an old Vietnamese encoding (TCVN3/ABC or VNI). Convert it to Unicode (for example with Unikey's converter) and save it as UTF-8",
  },
  'encoding.unknown': {
    vi: 'tệp không phải UTF-8. Hãy lưu lại bằng UTF-8: trong Notepad chọn Tệp › Lưu thành…, mục Mã hoá chọn UTF-8; trong Excel chọn Lưu thành › "CSV UTF-8 (Comma delimited)"',
    en: 'the file is not UTF-8. Save it as UTF-8: in Notepad choose File › Save As…, Encoding: UTF-8; in Excel, Save As › "CSV UTF-8 (Comma delimited)"',
  },

  // Counts ("3 chỉ tiêu" / "3 indicators"), by plural category.
  'n.indicator.one': { vi: '{n} chỉ tiêu', en: '{n} indicator' },
  'n.indicator.other': { vi: '{n} chỉ tiêu', en: '{n} indicators' },
  'n.figure.one': { vi: '{n} số liệu', en: '{n} figure' },
  'n.figure.other': { vi: '{n} số liệu', en: '{n} figures' },
  'n.observation.one': { vi: '{n} số liệu', en: '{n} observation' },
  'n.observation.other': { vi: '{n} số liệu', en: '{n} observations' },
  'n.problem.one': { vi: '{n} lỗi', en: '{n} problem' },
  'n.problem.other': { vi: '{n} lỗi', en: '{n} problems' },
  'n.source.one': { vi: '{n} nguồn', en: '{n} source' },
  'n.source.other': { vi: '{n} nguồn', en: '{n} sources' },
  'n.group.one': { vi: '{n} nhóm', en: '{n} group' },
  'n.group.other': { vi: '{n} nhóm', en: '{n} groups' },
  // A place in a table: "dòng 7", "cột D".
  line: { vi: 'dòng {n}', en: 'line {n}' },
  column: { vi: 'cột {n}', en: 'column {n}' },

  // The commands and their options (run.ts, args.ts).
  usage: {
    vi: `Cách dùng:
  tn-indicators validate <tệp.json…> [--lang vi|en]   kiểm tra tệp nghị quyết
  tn-indicators report <tệp.json> [--as-of NĂM] [--lang vi|en] [--format table|json|markdown]
  tn-indicators import <bảng.csv> --id MÃ --title "TÊN" --from NĂM --to NĂM [--indicators <chỉ-tiêu.csv>] [--out <tệp.json>] [--lang vi|en]
                                                       đọc bảng số liệu CSV, in (hoặc ghi vào --out) tệp nghị quyết JSON
  tn-indicators import <sổ.xlsx> [--out <tệp.json>]    đọc sổ Excel do export ghi (đã sửa); --out có sẵn thì cập nhật tệp đó
  tn-indicators export <tệp.json> --out <sổ.xlsx|bảng.csv>
                                                       ghi tệp nghị quyết ra sổ Excel để sửa (hoặc bảng CSV)
  tn-indicators render <tệp.json> --indicator MÃ [--as-of NĂM|NGÀY] [--lang vi|en] [--format svg|html] [--out <thẻ.svg>]
                                                       vẽ một chỉ tiêu thành thẻ SVG để in, đăng bản tin, báo cáo PDF;
                                                       --format html: thẻ <tn-indicator> dựng sẵn (declarative shadow DOM, kèm số liệu)
                                                       hiện ngay cả khi không có JavaScript, tn-indicators.js làm nó hoạt động
  tn-indicators schema                                 in JSON Schema của tệp nghị quyết
Tệp "-" là đầu vào chuẩn. --out được ghi trọn vẹn hoặc không ghi gì: khi có lỗi, tệp cũ được giữ nguyên.
Mã thoát: 0 hợp lệ, 1 có lỗi dữ liệu, 2 không đọc được tệp hoặc sai cách dùng, 3 lỗi nội bộ, 4 không ghi được đầu ra (đĩa đầy, ống dẫn bị đóng).
`,
    en: `Usage:
  tn-indicators validate <file.json…> [--lang vi|en]   check resolution files
  tn-indicators report <file.json> [--as-of YEAR] [--lang vi|en] [--format table|json|markdown]
  tn-indicators import <table.csv> --id ID --title "TITLE" --from YEAR --to YEAR [--indicators <indicators.csv>] [--out <file.json>] [--lang vi|en]
                                                        read a CSV table of figures, print (or write to --out) a resolution file (JSON)
  tn-indicators import <book.xlsx> [--out <file.json>]  read a workbook written by export (and edited); an existing --out file is updated
  tn-indicators export <file.json> --out <book.xlsx|table.csv>
                                                        write a resolution file as an Excel workbook to edit (or a CSV table)
  tn-indicators render <file.json> --indicator ID [--as-of YEAR|DATE] [--lang vi|en] [--format svg|html] [--out <card.svg>]
                                                        draw one indicator as an SVG card for print, newsletters, PDF reports;
                                                        --format html: the <tn-indicator> element pre-rendered (declarative shadow DOM,
                                                        its data inline), shown even without JavaScript, brought alive by tn-indicators.js
  tn-indicators schema                                  print the resolution JSON Schema
A file named "-" is standard input. --out is written whole or not at all: on any problem the old file is kept.
Exit codes: 0 valid, 1 invalid data, 2 unreadable file or wrong usage, 3 internal error, 4 output not written (disk full, closed pipe).
`,
  },
  'args.needsValue': { vi: 'Tùy chọn --{name} cần một giá trị', en: 'Option --{name} needs a value' },
  'args.unknown': { vi: 'Không có tùy chọn {option}', en: 'Unknown option {option}' },
  'run.lang': { vi: '--lang phải là vi hoặc en', en: '--lang must be vi or en' },
  'run.unknownCommand': { vi: 'Không có lệnh "{command}"', en: 'Unknown command "{command}"' },
  'run.files': { vi: 'Cần ít nhất một tệp', en: 'Name at least one file' },
  'run.file': { vi: 'Cần đúng một tệp', en: 'Name exactly one file' },
  'run.jsonFile': { vi: 'Cần đúng một tệp JSON', en: 'Name exactly one JSON file' },
  'run.asOfYear': { vi: '--as-of phải là một năm, ví dụ 2023', en: '--as-of must be a year, e.g. 2023' },
  'run.reportFormat': { vi: '--format phải là table, json hoặc markdown', en: '--format must be table, json or markdown' },
  'run.exportOut': { vi: 'Cần --out <tệp.xlsx> (hoặc <tệp.csv>)', en: 'Name the output: --out <file.xlsx> (or <file.csv>)' },
  'run.exportFormat': { vi: '--out phải là tệp .xlsx hoặc .csv', en: '--out must be an .xlsx or a .csv file' },
  'run.indicator': { vi: 'Cần --indicator MÃ', en: 'Name the indicator: --indicator ID' },
  'run.renderFormat': { vi: '--format của render là svg hoặc html', en: "render's --format is svg or html" },

  // validate, report (validate.ts, load.ts, report.ts; a file's problems: "✗ nq.json: 2 lỗi").
  'validate.valid': { vi: 'hợp lệ, {indicators}', en: 'valid, {indicators}' },
  'load.notJson': { vi: 'Tệp không phải JSON hợp lệ: {detail}', en: 'The file is not valid JSON: {detail}' },
  'report.id': { vi: 'Mã', en: 'Id' },
  'report.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'report.figure': { vi: 'Số liệu', en: 'Figure' },
  'report.target': { vi: 'Mục tiêu', en: 'Target' },
  'report.status': { vi: 'Đánh giá', en: 'Status' },
  'report.verdict': { vi: 'Tự đánh giá', en: 'Own assessment' },
  'report.noFigures': { vi: 'Chưa có số liệu', en: 'No figures yet' },

  // render, export (render.ts, export.ts); "Đã ghi …" also after import --out.
  'render.asOf': { vi: '--as-of phải là một năm (2023) hoặc một ngày (2023-06-30)', en: '--as-of must be a year (2023) or a date (2023-06-30)' },
  'render.noIndicator': { vi: 'Tệp không có chỉ tiêu "{id}" (có: {ids})', en: 'The file has no indicator "{id}" (it has: {ids})' },
  wrote: { vi: 'Đã ghi {file}', en: 'Wrote {file}' },
  wroteWhat: { vi: 'Đã ghi {file}: {what}.', en: 'Wrote {file}: {what}.' },
  'export.invalid': { vi: 'Chưa xuất gì: hãy sửa tệp rồi chạy lại.', en: 'Nothing exported: fix the file and run again.' },
  'export.csvLeaves': {
    vi: 'Lưu ý: bảng CSV không mang {parts}; các phần này vẫn ở trong tệp JSON và được giữ khi nhập lại bằng import … --out {file}. Dùng .xlsx để có tất cả.',
    en: 'Note: a CSV table does not carry {parts}; they stay in the JSON file and are kept by import … --out {file}. Use .xlsx to have everything.',
  },

  // import's command line and what it says at the end (import.ts, import-workbook.ts, import-out.ts).
  'import.csvFile': { vi: 'Cần đúng một tệp CSV', en: 'Name exactly one CSV file' },
  'import.outName': { vi: '--out cần tên một tệp JSON', en: '--out needs a JSON file name' },
  'import.outJson': {
    vi: '--out của import là tệp nghị quyết JSON (ví dụ nghi-quyet.json); để ghi sổ Excel hay bảng CSV hãy dùng export',
    en: "import's --out is the resolution file (JSON, e.g. nghi-quyet.json); to write a workbook or a CSV table use export",
  },
  'import.notForWorkbook': { vi: '{flags} không dùng với tệp .xlsx: sheet "Nghị quyết" ghi các thông tin này', en: '{flags} do not apply to an .xlsx file: its sheet "Nghị quyết" says these' },
  'import.missing': { vi: 'Thiếu {flags}', en: 'Missing {flags}' },
  'import.missingNoOut': { vi: 'Thiếu {flags} (tệp {file} chưa có để lấy các thông tin này)', en: 'Missing {flags} (there is no {file} yet to take them from)' },
  'import.id': {
    vi: '--id phải là mã gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ tp-thai-nguyen-2020-2025',
    en: '--id must use lowercase letters, digits and hyphens, e.g. tp-thai-nguyen-2020-2025',
  },
  'import.years': { vi: '--from và --to phải là năm, ví dụ --from 2020 --to 2025', en: '--from and --to must be years, e.g. --from 2020 --to 2025' },
  'import.yearOrder': { vi: '--from ({from}) phải trước --to ({to})', en: '--from ({from}) must come before --to ({to})' },
  'import.indicatorsName': { vi: '--indicators cần tên một tệp CSV', en: '--indicators needs a CSV file name' },
  // (the document as a whole, where a problem has no file)
  'import.document': { vi: '(tài liệu)', en: '(document)' },
  'import.nothingPrinted': { vi: 'Chưa in tài liệu nào: hãy sửa các lỗi trên rồi chạy lại.', en: 'No document printed: fix the problems above and run again.' },
  'import.notWritten': { vi: 'Chưa ghi gì: tệp {file} được giữ nguyên. Hãy sửa các lỗi trên rồi chạy lại.', en: 'Nothing written: {file} is kept as it was. Fix the problems above and run again.' },
  'import.notes.one': { vi: 'Lưu ý ({n}), đã đọc được nhưng nên xem lại:', en: 'Note ({n}), read but worth a look:' },
  'import.notes.other': { vi: 'Lưu ý ({n}), đã đọc được nhưng nên xem lại:', en: 'Notes ({n}), read but worth a look:' },
  // "đã thêm 2 nguồn (a, b) vào "sources" …": {count} is "2 nguồn", {key} the document's member.
  'import.added.one': { vi: 'đã thêm {count} ({ids}) vào "{key}" với tên tạm là mã, hãy sửa lại tên', en: 'added {count} ({ids}) to "{key}" titled with its id for now; edit the title' },
  'import.added.other': { vi: 'đã thêm {count} ({ids}) vào "{key}" với tên tạm là mã, hãy sửa lại tên', en: 'added {count} ({ids}) to "{key}" titled with their ids for now; edit the titles' },
  'import.updated': { vi: 'Đã cập nhật {file}: {changes}.', en: 'Updated {file}: {changes}.' },
  'import.noChange': { vi: 'không có thay đổi', en: 'no change' },
  'out.kept': { vi: 'Tệp --out được giữ nguyên.', en: 'The --out file is kept as it was.' },
  'out.notJson': {
    vi: 'Tệp {file} (--out) đã có nhưng không phải JSON hợp lệ: {detail}. Hãy sửa tệp, hoặc ghi sang tệp khác; tệp được giữ nguyên.',
    en: 'The --out file {file} exists but is not valid JSON: {detail}. Fix it, or write to another file; it is kept as it was.',
  },
  'out.notResolution': { vi: 'Tệp {file} (--out) không phải là tệp nghị quyết; tệp được giữ nguyên.', en: 'The --out file {file} is not a resolution file; it is kept as it was.' },
  // What an update changed (import-out.ts): "3 số liệu mới, 1 số liệu sửa" / "3 new figures, 1 changed".
  // The first of a part's counts names its noun; English does not repeat it after that
  // (`changes.<part>.changed`, `.removed`), Vietnamese does.
  'changes.added': { vi: '{n} {noun} mới', en: '{n} new {noun}' },
  'changes.changed': { vi: '{n} {noun} sửa', en: '{n} {noun} changed' },
  'changes.removed': { vi: '{n} {noun} bỏ', en: '{n} {noun} removed' },
  'changes.figures.one': { vi: 'số liệu', en: 'figure' },
  'changes.figures.other': { vi: 'số liệu', en: 'figures' },
  'changes.figures.changed': { vi: '{n} số liệu sửa', en: '{n} changed' },
  'changes.figures.removed': { vi: '{n} số liệu bỏ', en: '{n} removed' },
  'changes.indicators.one': { vi: 'chỉ tiêu', en: 'indicator' },
  'changes.indicators.other': { vi: 'chỉ tiêu', en: 'indicators' },
  'changes.indicators.changed': { vi: '{n} chỉ tiêu sửa', en: '{n} changed' },
  'changes.indicators.removed': { vi: '{n} chỉ tiêu bỏ', en: '{n} removed' },
  'changes.plans.one': { vi: 'kế hoạch năm', en: 'plan figure' },
  'changes.plans.other': { vi: 'kế hoạch năm', en: 'plan figures' },
  'changes.plans.changed': { vi: '{n} kế hoạch năm sửa', en: '{n} changed' },
  'changes.plans.removed': { vi: '{n} kế hoạch năm bỏ', en: '{n} removed' },
  'changes.sources.one': { vi: 'nguồn', en: 'source' },
  'changes.sources.other': { vi: 'nguồn', en: 'sources' },
  'changes.sources.changed': { vi: '{n} nguồn sửa', en: '{n} changed' },
  'changes.sources.removed': { vi: '{n} nguồn bỏ', en: '{n} removed' },
  'changes.groups.one': { vi: 'nhóm', en: 'group' },
  'changes.groups.other': { vi: 'nhóm', en: 'groups' },
  'changes.groups.changed': { vi: '{n} nhóm sửa', en: '{n} changed' },
  'changes.groups.removed': { vi: '{n} nhóm bỏ', en: '{n} removed' },
  'changes.milestones.one': { vi: 'mốc công việc', en: 'milestone' },
  'changes.milestones.other': { vi: 'mốc công việc', en: 'milestones' },
  'changes.milestones.changed': { vi: '{n} mốc công việc sửa', en: '{n} changed' },
  'changes.milestones.removed': { vi: '{n} mốc công việc bỏ', en: '{n} removed' },
  'changes.verdicts.one': { vi: 'tự đánh giá', en: 'verdict' },
  'changes.verdicts.other': { vi: 'tự đánh giá', en: 'verdicts' },
  'changes.verdicts.changed': { vi: '{n} tự đánh giá sửa', en: '{n} changed' },
  'changes.verdicts.removed': { vi: '{n} tự đánh giá bỏ', en: '{n} removed' },
  'changes.document': { vi: 'thông tin chung của nghị quyết sửa', en: "the resolution's own fields changed" },

  // A CSV table's rows and header (import-read.ts, import-assemble.ts).
  'csv.notUtf8': { vi: 'tệp không phải UTF-8. Trong Excel hãy chọn Lưu thành "CSV UTF-8 (Comma delimited) (*.csv)"', en: 'the file is not UTF-8. In Excel, Save As "CSV UTF-8 (Comma delimited) (*.csv)"' },
  'csv.openQuote': { vi: 'dấu ngoặc kép (") mở ở đây nhưng không được đóng; phần còn lại của tệp không đọc được', en: 'a quote (") opens here but is never closed; the rest of the file cannot be read' },
  'csv.afterQuote': { vi: 'có ký tự sau dấu ngoặc kép đóng; ô có dấu ngoặc kép phải được bao trọn trong "…"', en: 'characters follow the closing quote; a quoted cell must be wholly inside "…"' },
  emptyFile: { vi: 'tệp rỗng', en: 'the file is empty' },
  'csv.dataColumn': { vi: 'cột này chỉ dùng trong bảng số liệu, không dùng trong tệp chỉ tiêu', en: 'this column belongs in the data table, not in the indicators file' },
  'csv.unknownColumn': { vi: 'không phải là tên cột đã biết; dùng: {names} (hoặc tên tiếng Việt, xem hướng dẫn)', en: 'is not a known column; use: {names} (or the Vietnamese names, see the docs)' },
  repeatsColumn: { vi: 'trùng với cột "{twin}"', en: 'repeats the column "{twin}"' },
  'csv.requiredColumn': { vi: 'thiếu cột bắt buộc ({names})', en: 'the required column is missing ({names})' },
  'csv.longRow': { vi: 'dòng có {cells} ô nhưng dòng tiêu đề chỉ có {columns} cột', en: 'the row has {cells} cells but the header only {columns} columns' },
  unnamedColumn: { vi: 'ô có dữ liệu nhưng cột không có tên ở dòng tiêu đề', en: 'the cell has data but its column has no name in the header' },
  noIndicatorId: { vi: 'thiếu mã chỉ tiêu', en: 'the indicator id is missing' },
  'csv.lineOf': { vi: 'dòng {n} của {file}', en: 'line {n} of {file}' },
  'csv.contradicts': { vi: '{raw} khác với {first} đã ghi cho chỉ tiêu "{id}" ở {where}', en: '{raw} contradicts {first} given for indicator "{id}" on {where}' },
  'csv.indicatorTwice': { vi: 'chỉ tiêu "{id}" đã có ở dòng {line}', en: 'indicator "{id}" is already on line {line}' },
  'csv.noIndicators': { vi: 'tệp không có chỉ tiêu nào dưới dòng tiêu đề', en: 'the file has no indicator under its header' },
  'csv.notListed': { vi: 'chỉ tiêu "{id}" không có trong {file}', en: 'indicator "{id}" is not in {file}' },
  'csv.figureTwice': {
    vi: 'chỉ tiêu "{id}" đã có số liệu kỳ {period} ở dòng {line} (cùng loại số liệu, cùng ngày báo cáo); số liệu sửa đổi cần ngày báo cáo (reported) khác',
    en: 'indicator "{id}" already has a figure for {period} on line {line} (same quality, same report date); a revised figure needs a later report date (reported)',
  },
  'csv.noRows': { vi: 'tệp không có dòng số liệu nào dưới dòng tiêu đề', en: 'the file has no data row under its header' },
  'csv.noTitle': { vi: 'chỉ tiêu "{id}" chưa có tên (cột title hoặc tên)', en: 'indicator "{id}" has no title (column title or tên)' },
  'csv.targetLacks': { vi: 'mục tiêu của chỉ tiêu "{id}" còn thiếu {field}', en: 'the target of indicator "{id}" lacks {field}' },

  // A cell read as a value (import-cells.ts, import-columns.ts, workbook-read.ts); {raw} is the cell, quoted.
  'cell.emptyNumber': { vi: 'ô trống, cần một số', en: 'the cell is empty; a number is needed' },
  'cell.ambiguousComma': {
    vi: '{raw} không rõ: dấu phẩy là phân cách hàng nghìn hay dấu thập phân (các ô khác của bảng không cho biết)? Hãy viết {a} hoặc {b}',
    en: "{raw} is ambiguous: is the comma a thousands separator or a decimal comma (the table's other cells do not say)? Write {a} or {b}",
  },
  'cell.thousandsDots': { vi: '{raw} dùng dấu chấm để phân cách hàng nghìn; hãy viết {a}', en: '{raw} groups thousands with dots; write {a}' },
  'cell.ambiguousDot': { vi: '{raw} không rõ: dấu chấm là phân cách hàng nghìn hay dấu thập phân? Hãy viết {a} hoặc {b}', en: '{raw} is ambiguous: is the dot a thousands separator or a decimal point? Write {a} or {b}' },
  'cell.notNumber': { vi: '{raw} không phải là số', en: '{raw} is not a number' },
  'cell.notPeriod': {
    vi: '{raw} không phải là năm (ví dụ 2022, từ {min} đến {max}) hay giai đoạn (ví dụ 2021-2025)',
    en: '{raw} is not a year (e.g. 2022, from {min} to {max}) or a span (e.g. 2021-2025)',
  },
  'cell.emptyPeriod': { vi: 'ô trống, cần một năm (ví dụ 2022) hay giai đoạn (ví dụ 2021-2025)', en: 'the cell is empty; a year (e.g. 2022) or a span (e.g. 2021-2025) is needed' },
  'cell.spanOrder': { vi: 'giai đoạn {raw} phải có năm đầu trước năm cuối', en: 'the span {raw} must start before it ends' },
  'cell.notDate': { vi: '{raw} không phải là ngày; viết YYYY-MM-DD (ví dụ 2023-06-30) hoặc DD/MM/YYYY', en: '{raw} is not a date; write YYYY-MM-DD (e.g. 2023-06-30) or DD/MM/YYYY' },
  'cell.notId': {
    vi: '{raw} không phải là mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "{eg}"',
    en: '{raw} is not an id: use lowercase letters, digits and hyphens only, e.g. "{eg}"',
  },
  'cell.plan': {
    vi: '"kế hoạch" là chỉ tiêu kế hoạch năm, không phải số liệu thực hiện hay dự kiến: ghi nó vào "plans" của chỉ tiêu trong tệp JSON',
    en: '"kế hoạch" is the year\'s plan figure, not an outcome or a forecast: put it in the indicator\'s "plans" in the JSON file',
  },
  'cell.notQuality': { vi: '{raw} không phải là loại số liệu; dùng một trong: {words}; để trống là chính thức', en: '{raw} is not a kind of figure; use one of: {words}; empty means actual' },
  'cell.notWord': { vi: '{raw} không hiểu được; dùng một trong: {words}', en: '{raw} is not understood; use one of: {words}' },
  'cell.notKind': { vi: '{raw} không phải là loại mục tiêu; dùng một trong: {kinds}', en: '{raw} is not a kind of target; use one of: {kinds}' },
  'cell.notOp': { vi: '{raw} không phải là phép so sánh; dùng một trong: {ops}', en: '{raw} is not a comparison; use one of: {ops}' },
  'cell.notTargetValue': { vi: '{raw} không phải là số hay khoảng (ví dụ 5 hoặc 2-3)', en: '{raw} is not a number or a range (e.g. 5 or 2-3)' },
  'cell.decimals': { vi: '{raw} phải là số nguyên từ 0 đến 6', en: '{raw} must be a whole number from 0 to 6' },
  'cell.notYear': { vi: '{raw} không phải là năm (ví dụ 2025)', en: '{raw} is not a year (e.g. 2025)' },
  'cell.negativeTolerance': { vi: '{raw}: sai số cho phép không được âm', en: '{raw}: a tolerance cannot be negative' },

  // A workbook's sheets and cells (workbook-read.ts, workbook-model.ts): "sheet "Số liệu", dòng 7, cột D".
  'sheet.row': { vi: 'dòng {n}', en: 'row {n}' },
  'sheet.xls': { vi: 'đây là tệp Excel cũ (.xls); trong Excel hãy Lưu thành "Sổ làm việc Excel (*.xlsx)"', en: 'this is an old Excel file (.xls); in Excel, Save As "Excel Workbook (*.xlsx)"' },
  'sheet.notXlsx': { vi: 'không phải tệp .xlsx đọc được ({code}); hãy mở bằng Excel và lưu lại dạng .xlsx', en: 'not a readable .xlsx file ({code}); open it in Excel and save it as .xlsx again' },
  'sheet.typedAsText': { vi: '{raw} là văn bản, đã đọc là số {value}; nên nhập là ô số', en: '{raw} is text, read as the number {value}; better typed as a number' },
  'sheet.comma': { vi: 'dấu phẩy', en: 'the comma' },
  'sheet.dot': { vi: 'dấu chấm', en: 'the dot' },
  // (`{or}` is `sheet.or` or nothing)
  'sheet.ambiguous': {
    vi: '{raw} (ô văn bản) không rõ: {which} là phân cách hàng nghìn hay dấu thập phân? Hãy nhập là ô số: {a}{or}',
    en: '{raw} (a text cell) is ambiguous: is {which} a thousands separator or a decimal mark? Type it as a number: {a}{or}',
  },
  'sheet.or': { vi: ' hoặc {b}', en: ' or {b}' },
  'sheet.wholeNumber': { vi: '{raw} phải là số nguyên', en: '{raw} must be a whole number' },
  'sheet.notPeriod': { vi: '{raw} không phải là năm (ví dụ 2022) hay giai đoạn (ví dụ 2021-2025)', en: '{raw} is not a year (e.g. 2022) or a span (e.g. 2021-2025)' },
  'sheet.periodAsText': { vi: '{raw} không phải là năm hay giai đoạn; định dạng ô là Văn bản và ghi 2021-2025', en: '{raw} is not a year or a span; format the cell as Text and write 2021-2025' },
  'sheet.notDate': { vi: '{raw} không phải là ngày', en: '{raw} is not a date' },
  'sheet.turnedIntoDay': {
    vi: 'Excel đã đổi ô thành ngày {day}; nếu ý là cả tháng hay cả năm, định dạng ô là Văn bản (Text) rồi ghi {month} hoặc {year}',
    en: 'Excel turned the cell into the day {day}; if a month or a year was meant, format the cell as Text and write {month} or {year}',
  },
  'sheet.notDue': { vi: '{raw} không phải là thời hạn: ghi 2023, 2023-08 hoặc 2023-08-15', en: '{raw} is not a due date: write 2023, 2023-08 or 2023-08-15' },
  'sheet.notInList': { vi: '{raw} không có trong danh sách; dùng một trong: {values}', en: '{raw} is not in the list; use one of: {values}' },
  'sheet.viTwice': { vi: 'cột tiếng Việt riêng (….vi) và cột chính cùng có chữ: chỉ ghi ở một cột', en: 'both the Vietnamese column (….vi) and the main column are filled: use one' },
  'sheet.unknownColumn': {
    vi: 'cột không có trong mẫu của sheet này; tên cột (mã trong ngoặc) là một trong: {names}. Xóa cột hoặc sửa tên cột, xem sheet "Hướng dẫn"',
    en: 'a column this sheet does not have; a column\'s key (in parentheses) is one of: {names}. Delete the column or correct its name; see the sheet "Hướng dẫn"',
  },
  'sheet.twoColumns': { vi: 'sheet này chỉ dùng hai cột: tên trường (A) và giá trị (B)', en: 'this sheet has two columns only: the field (A) and its value (B)' },
  'sheet.noField': { vi: 'giá trị không có tên trường ở cột A', en: 'a value without its field in column A' },
  'sheet.unknownField': { vi: 'trường không có trong mẫu; dùng một trong: {names}', en: 'a field the layout does not have; use one of: {names}' },
  'sheet.fieldTwice': { vi: 'trường này đã có ở dòng {row}', en: 'this field is already on row {row}' },
  'sheet.unknownSheet': { vi: 'sheet không có trong mẫu, bỏ qua; các sheet là: {sheets}', en: 'a sheet the layout does not have, left out; the sheets are: {sheets}' },
  'sheet.sheetTwice': { vi: 'sheet này trùng với sheet "{sheet}"', en: 'this sheet repeats the sheet "{sheet}"' },
  'sheet.noSheets': {
    vi: 'không có sheet nào của mẫu ({sheets}); hãy bắt đầu từ tệp do export ghi hoặc examples/data/template.xlsx',
    en: "none of the layout's sheets ({sheets}); start from a file written by export or examples/data/template.xlsx",
  },
  'sheet.notInFile': {
    vi: 'không có chỉ tiêu "{id}" trong tệp (sổ không có sheet "Chỉ tiêu" để thêm chỉ tiêu mới)',
    en: 'there is no indicator "{id}" in the file (the workbook has no sheet "Chỉ tiêu" to add one)',
  },
  'sheet.notOnSheet': { vi: 'không có chỉ tiêu "{id}" trong sheet "Chỉ tiêu"', en: 'there is no indicator "{id}" on the sheet "Chỉ tiêu"' },
} as const satisfies Record<string, Entry>;

export type CliKey = keyof typeof CLI_WORDS;

/**
 * A string of the command line in a language, its placeholders filled, as `t` does for STRINGS:
 * cliText('line', 'vi', { n: 7 }) gives "dòng 7".
 */
export function cliText<K extends CliKey>(key: K, lang: Lang, ...params: ParamsOf<(typeof CLI_WORDS)[K]>): string {
  return fill(CLI_WORDS[key], lang, params[0]);
}

/** The plural category of a count in a language, of the two the catalogue's counts have ("one", "other"). */
export function pluralOf(n: number, lang: Lang): 'one' | 'other' {
  return new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
}

type Counted = { [K in CliKey]: K extends `n.${infer Noun}.one` ? Noun : never }[CliKey];

/** A count with its noun: cliCount('problem', 2, 'en') gives "2 problems", "2 lỗi" in Vietnamese. */
export function cliCount(noun: Counted, n: number, lang: Lang): string {
  return fill(CLI_WORDS[`n.${noun}.${pluralOf(n, lang)}`], lang, { n });
}
