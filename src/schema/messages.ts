/**
 * Validation messages in Vietnamese and English, in words a data clerk uses.
 * Every message says what was expected; the field path is reported beside it.
 */
export type Lang = 'vi' | 'en';

export type IssueCode =
  | 'required' | 'type' | 'unknown-key' | 'too-small' | 'too-big' | 'invalid'
  | 'slug' | 'year' | 'isoDate' | 'partialDate' | 'span' | 'period' | 'url' | 'number' | 'text' | 'lang'
  | 'op' | 'range' | 'targetValue' | 'kind' | 'pace' | 'method' | 'quality' | 'approx' | 'decimals'
  | 'level' | 'milestoneStatus' | 'schemaVersion' | 'indicators'
  | 'duplicate-id' | 'unknown-group' | 'unknown-source' | 'term-order' | 'by-outside-term'
  | 'span-order' | 'range-order' | 'between-needs-range' | 'range-needs-between' | 'out-of'
  | 'not-json';

type Params = Record<string, string | number | undefined>;
type Message = (p: Params) => string;

const TYPE_WORDS: Record<string, { vi: string; en: string }> = {
  object: { vi: 'một đối tượng {…}', en: 'an object {…}' },
  array: { vi: 'một danh sách […]', en: 'a list […]' },
  string: { vi: 'một chuỗi văn bản', en: 'a text string' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  tuple: { vi: 'một cặp [thấp, cao]', en: 'a pair [low, high]' },
  record: { vi: 'một đối tượng {…}', en: 'an object {…}' },
};

export function typeWord(expected: string | undefined, lang: Lang): string {
  const w = expected ? TYPE_WORDS[expected] : undefined;
  return w ? w[lang] : lang === 'vi' ? `kiểu ${expected ?? 'khác'}` : `type ${expected ?? 'other'}`;
}

const OPS_LIST = '">=", ">", "<=", "<", "between"';
const KINDS_LIST = '"level", "average-growth", "annual", "cumulative", "average-change"';

const MESSAGES: Record<IssueCode, Record<Lang, Message>> = {
  required: { vi: () => 'Thiếu trường bắt buộc', en: () => 'Required field is missing' },
  type: {
    vi: (p) => `Cần ${p.expected}, nhưng nhận được ${p.received}`,
    en: (p) => `Expected ${p.expected}, got ${p.received}`,
  },
  'unknown-key': {
    vi: (p) => `Trường không có trong mẫu: ${p.keys} (kiểm tra lỗi chính tả)`,
    en: (p) => `Field not in the schema: ${p.keys} (check the spelling)`,
  },
  'too-small': { vi: (p) => `Phải có ít nhất ${p.min}`, en: (p) => `Must have at least ${p.min}` },
  'too-big': { vi: (p) => `Không được quá ${p.max}`, en: (p) => `Must not exceed ${p.max}` },
  invalid: { vi: () => 'Giá trị không hợp lệ', en: () => 'Invalid value' },
  slug: {
    vi: () => 'Mã phải gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ "agri-growth")',
    en: () => 'An identifier must use lowercase letters, digits and hyphens, starting with a letter or digit (e.g. "agri-growth")',
  },
  year: { vi: () => 'Cần một năm là số nguyên từ 1900 đến 2200, ví dụ 2023', en: () => 'Expected a year as a whole number from 1900 to 2200, e.g. 2023' },
  isoDate: { vi: () => 'Cần một ngày dạng YYYY-MM-DD, ví dụ 2023-06-30', en: () => 'Expected a date written YYYY-MM-DD, e.g. 2023-06-30' },
  partialDate: {
    vi: () => 'Cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, ví dụ "2023-08"',
    en: () => 'Expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-08"',
  },
  span: { vi: () => 'Giai đoạn phải viết dạng "YYYY-YYYY", ví dụ "2021-2025"', en: () => 'A span must be written "YYYY-YYYY", e.g. "2021-2025"' },
  period: {
    vi: () => 'Kỳ số liệu phải là một năm (ví dụ 2023) hoặc một giai đoạn "YYYY-YYYY"',
    en: () => 'A period must be a year (e.g. 2023) or a span "YYYY-YYYY"',
  },
  url: { vi: () => 'Địa chỉ phải bắt đầu bằng http:// hoặc https://', en: () => 'An address must start with http:// or https://' },
  number: { vi: () => 'Cần một số hữu hạn (dùng dấu chấm thập phân: 4.2)', en: () => 'Expected a finite number (use a decimal point: 4.2)' },
  text: {
    vi: () => 'Cần một chuỗi không rỗng, hoặc một đối tượng bản dịch như {"vi": "…", "en": "…"}',
    en: () => 'Expected a non-empty string, or an object of translations such as {"vi": "…", "en": "…"}',
  },
  lang: { vi: () => 'Mã ngôn ngữ phải như "vi" hoặc "en"', en: () => 'A language code must look like "vi" or "en"' },
  op: { vi: () => `Phép so sánh phải là một trong ${OPS_LIST}`, en: () => `The comparison must be one of ${OPS_LIST}` },
  range: { vi: () => 'Cần một cặp số [thấp, cao]', en: () => 'Expected a pair of numbers [low, high]' },
  targetValue: {
    vi: () => 'Giá trị mục tiêu phải là một số, hoặc cặp [thấp, cao] khi op là "between"',
    en: () => 'The target value must be a number, or a pair [low, high] when op is "between"',
  },
  kind: { vi: () => `Loại chỉ tiêu (kind) phải là một trong ${KINDS_LIST}`, en: () => `The target kind must be one of ${KINDS_LIST}` },
  pace: { vi: () => 'pace phải là "linear" hoặc "compound"', en: () => 'pace must be "linear" or "compound"' },
  method: { vi: () => 'method phải là "geometric" hoặc "arithmetic"', en: () => 'method must be "geometric" or "arithmetic"' },
  quality: {
    vi: () => 'Loại số liệu phải là "actual" (chính thức), "preliminary" (sơ bộ), "estimated" (ước) hoặc "projected" (dự kiến)',
    en: () => 'quality must be "actual", "preliminary", "estimated" or "projected"',
  },
  approx: { vi: () => 'approx phải là "about" (khoảng), "over" (trên) hoặc "under" (dưới)', en: () => 'approx must be "about", "over" or "under"' },
  decimals: { vi: () => 'Số chữ số thập phân phải là số nguyên từ 0 đến 6', en: () => 'decimals must be a whole number from 0 to 6' },
  level: {
    vi: () => 'Cấp phải là "national", "province", "city", "district", "commune", "ward" hoặc "other"',
    en: () => 'level must be "national", "province", "city", "district", "commune", "ward" or "other"',
  },
  milestoneStatus: {
    vi: () => 'Trạng thái phải là "planned", "in-progress", "done" hoặc "cancelled"',
    en: () => 'status must be "planned", "in-progress", "done" or "cancelled"',
  },
  schemaVersion: { vi: () => 'schemaVersion phải là "1.0"', en: () => 'schemaVersion must be "1.0"' },
  indicators: { vi: () => 'Nghị quyết phải có ít nhất một chỉ tiêu', en: () => 'A resolution needs at least one indicator' },
  'duplicate-id': {
    vi: (p) => `Mã "${p.id}" bị trùng (đã dùng ở ${p.first})`,
    en: (p) => `The id "${p.id}" is used twice (first at ${p.first})`,
  },
  'unknown-group': {
    vi: (p) => `Không có nhóm nào có mã "${p.id}" trong groups`,
    en: (p) => `No group with id "${p.id}" in groups`,
  },
  'unknown-source': {
    vi: (p) => `Không có nguồn nào có mã "${p.id}" trong sources`,
    en: (p) => `No source with id "${p.id}" in sources`,
  },
  'term-order': {
    vi: (p) => `Năm bắt đầu nhiệm kỳ (${p.from}) phải trước năm kết thúc (${p.to})`,
    en: (p) => `The term must start (${p.from}) before it ends (${p.to})`,
  },
  'by-outside-term': {
    vi: (p) => `Năm đạt mục tiêu ${p.by} phải nằm trong nhiệm kỳ ${p.from}–${p.to} (sau ${p.from}, không quá ${p.to})`,
    en: (p) => `The target year ${p.by} must fall inside the term ${p.from}–${p.to} (after ${p.from}, at most ${p.to})`,
  },
  'span-order': {
    vi: (p) => `Giai đoạn "${p.span}" phải có năm đầu trước năm cuối`,
    en: (p) => `The span "${p.span}" must start before it ends`,
  },
  'range-order': {
    vi: (p) => `Khoảng [${p.low}, ${p.high}] phải có giá trị thấp không lớn hơn giá trị cao`,
    en: (p) => `The range [${p.low}, ${p.high}] needs low ≤ high`,
  },
  'between-needs-range': {
    vi: () => 'Khi op là "between", giá trị phải là cặp [thấp, cao]',
    en: () => 'With op "between" the value must be a pair [low, high]',
  },
  'range-needs-between': {
    vi: (p) => `Cặp [thấp, cao] chỉ dùng với op "between", không dùng với "${p.op}"`,
    en: (p) => `A pair [low, high] goes with op "between" only, not "${p.op}"`,
  },
  'out-of': {
    vi: (p) => `Tổng số outOf (${p.outOf}) không được nhỏ hơn giá trị mục tiêu (${p.value})`,
    en: (p) => `outOf (${p.outOf}) must not be less than the target value (${p.value})`,
  },
  'not-json': {
    vi: (p) => `Tệp không phải JSON hợp lệ: ${p.detail}`,
    en: (p) => `The file is not valid JSON: ${p.detail}`,
  },
};

export function message(code: IssueCode, lang: Lang, params: Params = {}): string {
  return MESSAGES[code][lang](params);
}

export function isIssueCode(value: string): value is IssueCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, value);
}
