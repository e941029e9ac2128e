/**
 * The columns of an import table: the fields they fill, the header names accepted for each
 * (English, Vietnamese with or without diacritics), per-language text columns ("Tên (en)"), and
 * how a cell of each indicator column is read.
 */
import { fold, numberCell, readNumber, readTargetValue, readKind, readOp, readWord, slugCell, isYear, bad, ok, q, DIRECTION_WORDS, SERIES_WORDS, type DecimalMark, type Read } from './import-cells.js';
import { cliText } from '../format/strings.js';
import type { Lang } from './io.js';

export { fold };

export const OBSERVATION_FIELDS = ['period', 'value', 'quality', 'approx', 'reported', 'source', 'note', 'out_of'] as const;
// Target columns and the document member each fills (schema 1.1 added stretch to reference).
export const TARGET_COLUMNS = {
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
export type TargetColumn = keyof typeof TARGET_COLUMNS;
export const TARGET_FIELDS = Object.keys(TARGET_COLUMNS) as TargetColumn[];
export const INDICATOR_FIELDS = ['title', 'unit', 'description', 'group', 'decimals', ...TARGET_FIELDS] as const;
/** Columns whose text may be given per language: `title`, `title_en`, `tên (en)`… */
export const TEXT_FIELDS = new Set<Field>(['title', 'unit', 'description', 'note']);

export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
export type Field = 'indicator' | ObservationField | IndicatorField | 'ignore';

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

export const ALIAS_TO_FIELD = new Map<string, Field>(
  (Object.entries(HEADER_ALIASES) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [n, field] as const)),
);


export function headerKey(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

export interface Column {
  index: number;
  field: Field;
  /** For text fields: '' for the plain column, or a language code (`title_en` → "en"). */
  lang: string;
  /** The header as the file writes it, used in messages. */
  label: string;
}

/** The field a header names, or undefined; `title_en`, `tên (en)` name the English title. */
export function resolveHeader(name: string): { field: Field; lang: string } | undefined {
  if (name.trim() === '#') return { field: 'ignore', lang: '' };
  const key = headerKey(name);
  const field = ALIAS_TO_FIELD.get(key);
  if (field) return { field, lang: '' };
  const m = /^(.+)_([a-z]{2})$/.exec(key);
  const base = m ? ALIAS_TO_FIELD.get(m[1]!) : undefined;
  return base && TEXT_FIELDS.has(base) ? { field: base, lang: m![2]! } : undefined;
}

export function readIndicatorField(field: IndicatorField, raw: string, lang: Lang, mark?: DecimalMark): Read<unknown> {
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
      return bad(cliText('cell.decimals', lang, { raw: q(raw) }));
    }
    case 'target_kind':
      return readKind(raw, lang);
    case 'target_op':
      return readOp(raw, lang);
    case 'target_value':
      return readTargetValue(raw, lang, mark);
    case 'target_by':
    case 'target_of': {
      const s = raw.trim();
      if (/^\d{4}$/.test(s) && isYear(Number(s))) return ok(Number(s));
      return bad(cliText('cell.notYear', lang, { raw: q(raw) }));
    }
    case 'target_out_of':
    case 'target_stretch':
      return numberCell(raw, lang, mark);
    case 'target_tolerance': {
      const n = numberCell(raw, lang, mark);
      if (!n.ok || n.value >= 0) return n;
      return bad(cliText('cell.negativeTolerance', lang, { raw: q(raw) }));
    }
    case 'target_direction':
      return readWord(raw, DIRECTION_WORDS, lang);
    case 'target_series':
      return readWord(raw, SERIES_WORDS, lang);
    case 'target_reference':
      return slugCell(raw, lang);
  }
}

