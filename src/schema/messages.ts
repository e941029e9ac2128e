/**
 * Validation messages in Vietnamese and English, in words a data clerk uses. Every message says
 * what was expected; the field path is reported beside it. `{name}` is filled from the issue.
 */
export type Lang = 'vi' | 'en';

export type IssueCode =
  | 'required' | 'type' | 'unknown-key' | 'invalid' | 'one-of'
  | 'slug' | 'year' | 'isoDate' | 'partialDate' | 'period' | 'url' | 'number' | 'text'
  | 'op' | 'range' | 'targetValue' | 'kind' | 'pace' | 'method' | 'quality' | 'approx' | 'decimals'
  | 'level' | 'milestoneStatus' | 'schemaVersion' | 'indicators'
  | 'duplicate-id' | 'unknown-group' | 'unknown-source' | 'term-order' | 'by-outside-term'
  | 'span-order' | 'range-order' | 'between-needs-range' | 'range-needs-between' | 'out-of'
  | 'not-json'
  // schema 1.1
  | 'url-space' | 'url-length' | 'tolerance' | 'direction' | 'series' | 'prices' | 'verdict'
  | 'needs-1.1' | 'stretch-op' | 'stretch-side' | 'needs-about' | 'unknown-reference' | 'self-reference'
  | 'reference-relative' | 'composition-sum' | 'verdict-empty' | 'unknown-indicator' | 'break-order' | 'base-after-by';

type Params = Record<string, string | number | undefined>;

const TYPE_WORDS: Record<string, [vi: string, en: string]> = {
  object: ['một đối tượng {…}', 'an object {…}'],
  array: ['một danh sách […]', 'a list […]'],
  string: ['một chuỗi văn bản', 'a text string'],
  number: ['một số', 'a number'],
};

export function typeWord(expected: string | undefined, lang: Lang): string {
  const w = expected ? TYPE_WORDS[expected] : undefined;
  return w ? w[lang === 'vi' ? 0 : 1] : lang === 'vi' ? `kiểu ${expected ?? 'khác'}` : `type ${expected ?? 'other'}`;
}

// Enumerations (op, kind, pace, method, approx, level, milestoneStatus, schemaVersion) share "one-of":
// the allowed values come from the schema itself.
const ENUMS = new Set<IssueCode>(['op', 'kind', 'pace', 'method', 'approx', 'level', 'milestoneStatus', 'schemaVersion', 'direction', 'series', 'prices', 'verdict']);

const MESSAGES: Partial<Record<IssueCode, [vi: string, en: string]>> = {
  required: ['Thiếu trường bắt buộc', 'Required field is missing'],
  type: ['Cần {expected}, nhưng nhận được {received}', 'Expected {expected}, got {received}'],
  'unknown-key': ['Trường không có trong mẫu: {keys} (kiểm tra lỗi chính tả)', 'Field not in the schema: {keys} (check the spelling)'],
  invalid: ['Giá trị không hợp lệ', 'Invalid value'],
  'one-of': ['Phải là một trong: {values}', 'Must be one of: {values}'],
  slug: ['Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "agri-growth"', 'An identifier uses lowercase letters, digits and hyphens, e.g. "agri-growth"'],
  year: ['Cần một năm (số nguyên 1900–2200), ví dụ 2023', 'Expected a year (a whole number 1900–2200), e.g. 2023'],
  isoDate: ['Cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2023-06-30 (không có ngày 30/02 hay 29/02 của năm không nhuận)', 'Expected a date that exists, written YYYY-MM-DD, e.g. 2023-06-30 (there is no 30 February, nor 29 February outside leap years)'],
  partialDate: ['Cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, ví dụ "2023-08"', 'Expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-08"'],
  period: ['Kỳ số liệu phải là một năm (ví dụ 2023) hoặc một giai đoạn "YYYY-YYYY"', 'A period must be a year (e.g. 2023) or a span "YYYY-YYYY"'],
  url: ['Địa chỉ phải bắt đầu bằng http:// hoặc https://', 'An address must start with http:// or https://'],
  'url-space': ['Địa chỉ không được chứa dấu cách hay xuống dòng (thay dấu cách bằng %20)', 'An address must not contain a space or line break (write a space as %20)'],
  'url-length': ['Địa chỉ dài quá 2048 ký tự', 'An address must be at most 2048 characters long'],
  tolerance: ['Sai số cho phép (tolerance) phải là một số không âm', 'The tolerance must be a number of zero or more'],
  number: ['Cần một số hữu hạn (dùng dấu chấm thập phân: 4.2)', 'Expected a finite number (use a decimal point: 4.2)'],
  text: [
    'Cần một chuỗi không rỗng, hoặc các bản dịch như {"vi": "…", "en": "…"}',
    'Expected a non-empty string, or translations such as {"vi": "…", "en": "…"}',
  ],
  range: ['Cần một cặp số [thấp, cao]', 'Expected a pair of numbers [low, high]'],
  targetValue: ['Cần một số, hoặc cặp [thấp, cao] khi op là "between"', 'Expected a number, or a pair [low, high] when op is "between"'],
  quality: [
    'Phải là "actual" (chính thức), "preliminary" (sơ bộ), "estimated" (ước) hoặc "projected" (dự kiến)',
    'Must be "actual", "preliminary", "estimated" or "projected"',
  ],
  decimals: ['Cần một số nguyên từ 0 đến 6', 'Expected a whole number from 0 to 6'],
  indicators: ['Nghị quyết phải có ít nhất một chỉ tiêu', 'A resolution needs at least one indicator'],
  'duplicate-id': ['Mã "{id}" bị trùng (đã dùng ở {first})', 'The id "{id}" is used twice (first at {first})'],
  'unknown-group': ['Không có nhóm nào có mã "{id}" trong groups', 'No group with id "{id}" in groups'],
  'unknown-source': ['Không có nguồn nào có mã "{id}" trong sources', 'No source with id "{id}" in sources'],
  'term-order': ['Năm bắt đầu nhiệm kỳ ({from}) phải trước năm kết thúc ({to})', 'The term must start ({from}) before it ends ({to})'],
  'by-outside-term': [
    'Năm đạt mục tiêu {by} phải nằm trong nhiệm kỳ {from}–{to} (sau {from}, không quá {to})',
    'The target year {by} must fall inside the term {from}–{to} (after {from}, at most {to})',
  ],
  'span-order': ['Giai đoạn "{span}" phải có năm đầu trước năm cuối', 'The span "{span}" must start before it ends'],
  'range-order': ['Khoảng [{low}, {high}] cần giá trị thấp không lớn hơn giá trị cao', 'The range [{low}, {high}] needs low ≤ high'],
  'between-needs-range': ['Khi op là "between", giá trị phải là cặp [thấp, cao]', 'With op "between" the value must be a pair [low, high]'],
  'range-needs-between': ['Cặp [thấp, cao] chỉ dùng với op "between" hoặc "about", không dùng với "{op}"; khoảng có mức phấn đấu ("10–10,5%") ghi value là mức thấp và stretch là mức cao', 'A pair [low, high] goes with op "between" or "about" only, not "{op}"; for a band with an aim ("10–10.5%") write the low end as value and the high end as stretch'],
  'needs-1.1': [
    'Trường "{field}" chỉ có từ phiên bản 1.1: ghi "schemaVersion": "1.1" ở đầu tệp',
    'The field "{field}" is new in schema 1.1: write "schemaVersion": "1.1" at the top of the file',
  ],
  'stretch-op': ['Mức phấn đấu (stretch) chỉ dùng với op ">=", ">", "<=" hoặc "<", không dùng với "{op}"', 'A stretch goes with op ">=", ">", "<=" or "<" only, not "{op}"'],
  'stretch-side': [
    'Mức phấn đấu {stretch} phải vượt mức cam kết {value} theo chiều của op "{op}"',
    'The stretch {stretch} must lie beyond the commitment {value} in the direction of op "{op}"',
  ],
  'needs-about': ['Trường "{field}" chỉ dùng với op "about" (khoảng)', 'The field "{field}" goes with op "about" only'],
  'unknown-reference': ['Không có chỉ tiêu nào có mã "{id}" để so sánh', 'No indicator with id "{id}" to compare with'],
  'self-reference': ['Chỉ tiêu không thể so sánh với chính nó', 'An indicator cannot be compared with itself'],
  'reference-relative': ['Chỉ tiêu so sánh "{id}" không được tự là chỉ tiêu so sánh', 'The reference "{id}" must not itself be a relative target'],
  'composition-sum': [
    'Các thành phần của cơ cấu "{composition}" cộng lại {sum}% ({what}), cần xấp xỉ 100%',
    'The parts of the composition "{composition}" add up to {sum}% ({what}); they should add up to about 100%',
  ],
  'verdict-empty': ['Đánh giá cần "verdict" hoặc "text"', 'A verdict needs "verdict" or "text"'],
  'unknown-indicator': ['Không có chỉ tiêu nào có mã "{id}"', 'No indicator with id "{id}"'],
  'base-after-by': ['Năm gốc (of) {of} phải trước năm đạt mục tiêu {by}', 'The base year (of) {of} must come before the target year {by}'],
  'break-order': ['Các năm đứt gãy số liệu (breaks) phải tăng dần và không trùng nhau', 'The years of series breaks must be in ascending order, each once'],
  'out-of': ['Tổng số outOf ({outOf}) không được nhỏ hơn giá trị mục tiêu ({value})', 'outOf ({outOf}) must not be less than the target value ({value})'],
};

/** The message for an issue code in a language, with its parameters filled in. */
export function message(code: IssueCode, lang: Lang, params: Params = {}): string {
  const pair = MESSAGES[ENUMS.has(code) ? 'one-of' : code] ?? MESSAGES.invalid!;
  return pair[lang === 'vi' ? 0 : 1].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

export function isIssueCode(value: string): value is IssueCode {
  return value in MESSAGES || ENUMS.has(value as IssueCode);
}
