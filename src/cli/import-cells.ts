/**
 * Cells of a table read as the document's values: numbers as a Vietnamese or English spreadsheet
 * writes them (decimal commas, thousands groups, and the readings that are ambiguous), years and
 * spans, days, ids, and the words for qualities, approximations, kinds and comparisons. Pure: a
 * cell's text in, a value or a message (vi or en) out. Shared by the CSV and the workbook import.
 */
import type { Quality } from '../schema/indicator.js';
import { MAX_YEAR, MIN_YEAR, SLUG_PATTERN } from '../schema/checks.js';
import type { Op, TargetKind } from '../schema/target.js';
import { OPS, TARGET_KINDS } from '../schema/vocabulary.js';
import { t, type Lang } from './io.js';

/** Lowercase, NFC, no diacritics, đ → d. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().normalize('NFC');
}

export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'not-a-number' }
  /**
   * A separator followed by three digits ("14.800", "14,800"): thousands grouping or a decimal mark?
   * The readings to choose from; `sep` is the separator when it is a comma.
   */
  | { kind: 'ambiguous'; write: string[]; sep?: ',' };

/** The decimal mark a table uses, where its cells settle it. */
export type DecimalMark = ',' | '.';

export const SPACES = '[ \\u00a0\\u202f\\u2009]';
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${SPACES}\\d{3})+)(?:[.,](\\d+))?$`);

/**
 * Reads a number as a Vietnamese or English spreadsheet writes it: "4,2" and "4.2" → 4.2,
 * "14.800,5" → 14800.5, "1 234,5" (spaces or no-break spaces grouping thousands) → 1234.5,
 * "14,800.5" → 14800.5, a leading sign and a trailing % (a percent-formatted cell shows "4,2%").
 * "14.800", "14,800" and "1.234.567" could be thousands or a decimal mark: ambiguous, never
 * guessed here (`readNumberIn` reads them where the rest of the table settles the decimal mark).
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
  else if (/^[1-9]\d{0,2},\d{3}$/.test(s)) {
    // "14,800": fourteen thousand eight hundred in English, 14.8 in Vietnamese. Never guessed.
    const [integer, decimal] = s.split(',') as [string, string];
    const short = decimal.replace(/0+$/, '');
    return { kind: 'ambiguous', write: [`${sign}${integer}${decimal}`, `${sign}${integer}${short ? `,${short}` : ''}`], sep: ',' };
  } else if (/^\d*,\d+$/.test(s)) digits = s.replace(',', '.');
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

/** A number's text without its sign and percent sign. */
function bare(raw: string): string {
  let s = raw.trim().replace(/^[-+\u2212]/, '');
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  return s;
}

const AMBIGUOUS_SHAPE = /^[1-9]\d{0,2}[.,]\d{3}$/;

/** The decimal mark a number's text shows beyond doubt ("4,2", "14.800,5" → ","; "4.2", "14,800.5" → "."), if any. */
export function markOf(raw: string): DecimalMark | undefined {
  const s = bare(raw).replace(new RegExp(SPACES, 'g'), '');
  if (AMBIGUOUS_SHAPE.test(s)) return undefined;
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^\d*,\d+$/.test(s)) return ',';
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^\d*\.\d+$/.test(s)) return '.';
  return undefined;
}

/**
 * The decimal mark of a table from the numbers written in it: settled when some cell shows one mark
 * beyond doubt and none shows the other; undefined when no cell settles it or cells disagree.
 */
export function decimalMark(raws: Iterable<string>): DecimalMark | undefined {
  const seen = new Set<DecimalMark>();
  for (const raw of raws) {
    const mark = markOf(raw);
    if (mark) seen.add(mark);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * `readNumber`, where the table's decimal mark is known: the other separator groups thousands, so
 * "14.800" in a table of decimal commas is 14800, and "14,800" in a table of decimal points too. A
 * separator that is the decimal mark followed by three digits stays ambiguous ("14,800" among
 * decimal commas may be 14.8 shown with three decimals, or an English 14800): never read as 14.8.
 */
export function readNumberIn(raw: string, mark: DecimalMark | undefined): NumberReading {
  const r = readNumber(raw);
  if (mark === undefined || r.kind === 'number' || r.kind === 'empty') return r;
  const s = bare(raw);
  const negative = /^[-\u2212]/.test(raw.trim());
  const grouping = mark === ',' ? /^[1-9]\d{0,2}(\.\d{3})+$/ : /^[1-9]\d{0,2}(,\d{3})+$/;
  if (!grouping.test(s)) return r;
  const value = Number(s.replace(/[.,]/g, ''));
  return { kind: 'number', value: negative && value !== 0 ? -value : value };
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
export const bad = (message: string): Read<never> => ({ ok: false, message });

/** A cell quoted for a message: one line, at most 60 characters. */
export function q(raw: string): string {
  const line = raw.replace(/\s+/g, ' ');
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}

export function numberCell(raw: string, lang: Lang, mark?: DecimalMark): Read<number> {
  const r = readNumberIn(raw, mark);
  if (r.kind === 'number') return ok(r.value);
  if (r.kind === 'empty') return bad(t(lang, 'ô trống, cần một số', 'the cell is empty; a number is needed'));
  if (r.kind === 'ambiguous') {
    const [a, b] = r.write;
    if (r.sep === ',') {
      return bad(t(
        lang,
        `${q(raw)} không rõ: dấu phẩy là phân cách hàng nghìn hay dấu thập phân (các ô khác của bảng không cho biết)? Hãy viết ${a} hoặc ${b}`,
        `${q(raw)} is ambiguous: is the comma a thousands separator or a decimal comma (the table's other cells do not say)? Write ${a} or ${b}`,
      ));
    }
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

export const isYear = (n: number) => n >= MIN_YEAR && n <= MAX_YEAR;

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

export function slugCell(raw: string, lang: Lang): Read<string> {
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

export const wordKey = (s: string) => fold(s).replace(/[^a-z0-9]/g, '') || s.trim();

export function wordTable<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  return new Map((Object.entries(words) as [K, readonly string[]][]).flatMap(([k, ws]) => ws.map((w) => [wordKey(w), k] as const)));
}

const QUALITY_BY_WORD = wordTable(QUALITY_WORDS);
const APPROX_BY_WORD = wordTable(APPROX_WORDS);

export function wordList(words: Record<string, readonly string[]>): string {
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

export function readApprox(raw: string, lang: Lang): Read<'about' | 'over' | 'under'> {
  const approx = APPROX_BY_WORD.get(wordKey(raw));
  if (approx) return ok(approx);
  return bad(t(lang, `${q(raw)} không hiểu được; dùng một trong: ${wordList(APPROX_WORDS)}`, `${q(raw)} is not understood; use one of: ${wordList(APPROX_WORDS)}`));
}

export const DIRECTION_WORDS: Record<'up' | 'down', readonly string[]> = { up: ['up', 'tăng', 'cao hơn là tốt'], down: ['down', 'giảm', 'thấp hơn là tốt'] };
export const SERIES_WORDS: Record<'rates' | 'levels', readonly string[]> = { rates: ['rates', 'tốc độ', 'tỷ lệ tăng'], levels: ['levels', 'giá trị', 'quy mô'] };

export function readWord<K extends string>(raw: string, words: Record<K, readonly string[]>, lang: Lang): Read<K> {
  const found = wordTable(words).get(wordKey(raw));
  if (found) return ok(found);
  return bad(t(lang, `${q(raw)} không hiểu được; dùng một trong: ${wordList(words)}`, `${q(raw)} is not understood; use one of: ${wordList(words)}`));
}

export function readKind(raw: string, lang: Lang): Read<TargetKind> {
  const kind = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((TARGET_KINDS as readonly string[]).includes(kind)) return ok(kind as TargetKind);
  return bad(t(lang, `${q(raw)} không phải là loại mục tiêu; dùng một trong: ${TARGET_KINDS.join(', ')}`, `${q(raw)} is not a kind of target; use one of: ${TARGET_KINDS.join(', ')}`));
}

export function readOp(raw: string, lang: Lang): Read<Op> {
  const s = raw.replace(/\s+/g, '').toLowerCase().replace('≥', '>=').replace('≤', '<=').replace('=>', '>=').replace('=<', '<=').replace(/^(khoảng|khoang|~|≈)$/, 'about');
  if ((OPS as readonly string[]).includes(s)) return ok(s as Op);
  return bad(t(lang, `${q(raw)} không phải là phép so sánh; dùng một trong: ${OPS.join(', ')}`, `${q(raw)} is not a comparison; use one of: ${OPS.join(', ')}`));
}

/** A number, or a range "2-3", "2–3", "2,5 - 3,5" for `between`. */
export function readTargetValue(raw: string, lang: Lang, mark?: DecimalMark): Read<number | [number, number]> {
  const single = readNumberIn(raw, mark);
  if (single.kind === 'number' || single.kind === 'ambiguous') return numberCell(raw, lang, mark);
  const range = /^\s*([-\u2212]?[^-\u2212–—~]+?)\s*[-–—~]\s*([-\u2212]?[^-\u2212–—~]+?)\s*$/.exec(raw);
  if (range) {
    const low = numberCell(range[1]!, lang, mark);
    const high = numberCell(range[2]!, lang, mark);
    if (low.ok && high.ok) return ok([low.value, high.value]);
    const ambiguous = [range[1]!, range[2]!].map((x) => readNumberIn(x, mark)).some((r) => r.kind === 'ambiguous');
    if (ambiguous) return !low.ok ? low : high;
  }
  return bad(t(lang, `${q(raw)} không phải là số hay khoảng (ví dụ 5 hoặc 2-3)`, `${q(raw)} is not a number or a range (e.g. 5 or 2-3)`));
}

