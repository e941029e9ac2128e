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
import { cliText } from '../format/strings.js';
import type { Lang } from './io.js';

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
  if (r.kind === 'empty') return bad(cliText('cell.emptyNumber', lang));
  if (r.kind === 'ambiguous') {
    const [a, b] = r.write;
    if (r.sep === ',') {
      return bad(cliText('cell.ambiguousComma', lang, { raw: q(raw), a: a!, b: b! }));
    }
    return b === undefined
      ? bad(cliText('cell.thousandsDots', lang, { raw: q(raw), a: a! }))
      : bad(cliText('cell.ambiguousDot', lang, { raw: q(raw), a: a!, b }));
  }
  return bad(cliText('cell.notNumber', lang, { raw: q(raw) }));
}

export const isYear = (n: number) => n >= MIN_YEAR && n <= MAX_YEAR;

/** A year (2022) or a span ("2021-2025", "2021–2025"). */
export function readPeriod(raw: string, lang: Lang): Read<number | string> {
  const s = raw.trim();
  const notPeriod = () =>
    bad(cliText('cell.notPeriod', lang, { raw: q(raw), min: MIN_YEAR, max: MAX_YEAR }));
  if (s === '') return bad(cliText('cell.emptyPeriod', lang));
  if (/^\d{4}$/.test(s)) return isYear(Number(s)) ? ok(Number(s)) : notPeriod();
  const span = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(s);
  if (!span) return notPeriod();
  const [a, b] = [Number(span[1]), Number(span[2])];
  if (!isYear(a) || !isYear(b)) return notPeriod();
  if (a >= b) return bad(cliText('cell.spanOrder', lang, { raw: q(raw) }));
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
  return bad(cliText('cell.notDate', lang, { raw: q(raw) }));
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
  return bad(cliText('cell.notId', lang, { raw: q(raw), eg }));
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
    return bad(cliText('cell.plan', lang));
  }
  return bad(cliText('cell.notQuality', lang, { raw: q(raw), words: wordList(QUALITY_WORDS) }));
}

export function readApprox(raw: string, lang: Lang): Read<'about' | 'over' | 'under'> {
  const approx = APPROX_BY_WORD.get(wordKey(raw));
  if (approx) return ok(approx);
  return bad(cliText('cell.notWord', lang, { raw: q(raw), words: wordList(APPROX_WORDS) }));
}

export const DIRECTION_WORDS: Record<'up' | 'down', readonly string[]> = { up: ['up', 'tăng', 'cao hơn là tốt'], down: ['down', 'giảm', 'thấp hơn là tốt'] };
export const SERIES_WORDS: Record<'rates' | 'levels', readonly string[]> = { rates: ['rates', 'tốc độ', 'tỷ lệ tăng'], levels: ['levels', 'giá trị', 'quy mô'] };

export function readWord<K extends string>(raw: string, words: Record<K, readonly string[]>, lang: Lang): Read<K> {
  const found = wordTable(words).get(wordKey(raw));
  if (found) return ok(found);
  return bad(cliText('cell.notWord', lang, { raw: q(raw), words: wordList(words) }));
}

export function readKind(raw: string, lang: Lang): Read<TargetKind> {
  const kind = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((TARGET_KINDS as readonly string[]).includes(kind)) return ok(kind as TargetKind);
  return bad(cliText('cell.notKind', lang, { raw: q(raw), kinds: TARGET_KINDS.join(', ') }));
}

export function readOp(raw: string, lang: Lang): Read<Op> {
  const s = raw.replace(/\s+/g, '').toLowerCase().replace('≥', '>=').replace('≤', '<=').replace('=>', '>=').replace('=<', '<=').replace(/^(khoảng|khoang|~|≈)$/, 'about');
  if ((OPS as readonly string[]).includes(s)) return ok(s as Op);
  return bad(cliText('cell.notOp', lang, { raw: q(raw), ops: OPS.join(', ') }));
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
  return bad(cliText('cell.notTargetValue', lang, { raw: q(raw) }));
}

