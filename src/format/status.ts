import type { Quality } from '../schema/indicator.js';
import type { Lang } from '../schema/messages.js';
import type { MilestoneState, Reason, Status } from '../progress/types.js';
import { resolveLang } from './localize.js';

const STATUS_LABELS: Record<Status, Record<Lang, string>> = {
  achieved: { vi: 'Đạt', en: 'Achieved' },
  'on-track': { vi: 'Đúng lộ trình', en: 'On track' },
  behind: { vi: 'Chậm so với lộ trình', en: 'Behind' },
  'far-behind': { vi: 'Nguy cơ không đạt', en: 'Far behind' },
  regressing: { vi: 'Đi ngược mục tiêu', en: 'Regressing' },
  missed: { vi: 'Không đạt', en: 'Missed' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  'no-target': { vi: 'Không có chỉ tiêu', en: 'No target' },
};

const QUALITY_LABELS: Record<Quality, Record<Lang, string>> = {
  actual: { vi: 'chính thức', en: 'actual' },
  preliminary: { vi: 'sơ bộ', en: 'preliminary' },
  estimated: { vi: 'ước', en: 'estimate' },
  projected: { vi: 'dự kiến', en: 'projected' },
};

const MILESTONE_STATE_LABELS: Record<MilestoneState, Record<Lang, string>> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  upcoming: { vi: 'Sắp tới', en: 'Upcoming' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

const REASON_LABELS: Record<Reason, Record<Lang, string>> = {
  'no-baseline': {
    vi: 'Chưa có số liệu gốc để đo tiến độ.',
    en: 'There is no baseline to measure progress from.',
  },
  'no-observations': {
    vi: 'Chưa có số liệu thực hiện.',
    en: 'There are no figures yet.',
  },
  'non-positive-values': {
    vi: 'Số liệu bằng 0 hoặc âm nên không tính được tốc độ tăng.',
    en: 'Some figures are zero or negative, so a growth rate cannot be computed.',
  },
  'baseline-equals-target': {
    vi: 'Số liệu gốc đã bằng mục tiêu nên không có khoảng cách để đo tiến độ.',
    en: 'The baseline already equals the target, so there is no gap to measure progress on.',
  },
  'missing-years': {
    vi: 'Thiếu số liệu của một số năm.',
    en: 'Figures for some years are missing.',
  },
};

/** Label of an indicator status, e.g. vi "Đúng lộ trình", en "On track". */
export function statusLabel(status: Status, lang: string): string {
  return STATUS_LABELS[status][resolveLang(lang)];
}

/** Label of a figure's quality, lower case for use beside a value: vi "sơ bộ", en "preliminary". */
export function qualityLabel(quality: Quality, lang: string): string {
  return QUALITY_LABELS[quality][resolveLang(lang)];
}

/** Label of a milestone state, e.g. vi "Quá hạn", en "Overdue". */
export function milestoneStateLabel(state: MilestoneState, lang: string): string {
  return MILESTONE_STATE_LABELS[state][resolveLang(lang)];
}

/**
 * One sentence explaining a status reason.
 * For "missing-years", pass the years (IndicatorAssessment.missing) to name them:
 * vi "Thiếu số liệu các năm 2022, 2023.", en "Figures for 2022, 2023 are missing."
 */
export function reasonLabel(reason: Reason, lang: string, missing?: readonly number[]): string {
  const l = resolveLang(lang);
  if (reason === 'missing-years' && missing && missing.length > 0) {
    const years = missing.map(String).join(', ');
    if (l === 'vi') return missing.length === 1 ? `Thiếu số liệu năm ${years}.` : `Thiếu số liệu các năm ${years}.`;
    return missing.length === 1 ? `The figure for ${years} is missing.` : `Figures for ${years} are missing.`;
  }
  return REASON_LABELS[reason][l];
}
