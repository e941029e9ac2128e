import type { Quality } from '../schema/indicator.js';
import type { MilestoneAssessment, MilestoneState, Reason, Status } from '../progress/types.js';
import type { Milestone, VerdictValue } from '../schema/resolution.js';
import type { Text } from '../schema/primitives.js';
import { localize, resolveLang } from './localize.js';

/** A label in Vietnamese and English. */
type Pair = [vi: string, en: string];
const pick = (pair: Pair, lang: string) => pair[resolveLang(lang) === 'vi' ? 0 : 1];

const STATUS_LABELS: Record<Status, Pair> = {
  exceeded: ['Vượt chỉ tiêu', 'Exceeded'],
  achieved: ['Đạt', 'Achieved'],
  'on-track': ['Đúng lộ trình', 'On track'],
  behind: ['Chậm so với lộ trình', 'Behind'],
  'far-behind': ['Nguy cơ không đạt', 'Far behind'],
  regressing: ['Đi ngược mục tiêu', 'Regressing'],
  missed: ['Không đạt', 'Missed'],
  'no-data': ['Chưa có số liệu', 'No data'],
  'no-target': ['Không có chỉ tiêu', 'No target'],
};

const QUALITY_LABELS: Record<Quality, Pair> = {
  actual: ['chính thức', 'actual'],
  preliminary: ['sơ bộ', 'preliminary'],
  estimated: ['ước', 'estimate'],
  projected: ['dự kiến', 'projected'],
};

const MILESTONE_STATE_LABELS: Record<MilestoneState, Pair> = {
  done: ['Hoàn thành', 'Done'],
  overdue: ['Quá hạn', 'Overdue'],
  unreported: ['Đã đến hạn, chưa có thông tin', 'Due, not yet reported'],
  upcoming: ['Chưa đến hạn', 'Not yet due'],
  cancelled: ['Đã hủy', 'Cancelled'],
};

const REASON_LABELS: Record<Reason, Pair> = {
  'no-baseline': ['Chưa có số liệu gốc để đo tiến độ.', 'No baseline to measure progress from.'],
  'no-observations': ['Chưa có số liệu thực hiện.', 'No figures yet.'],
  'non-positive-values': ['Có số liệu bằng 0 hoặc âm: không tính được tốc độ tăng.', 'Zero or negative figures: no growth rate can be computed.'],
  'baseline-equals-target': ['Số liệu gốc đã bằng mục tiêu.', 'The baseline already equals the target.'],
  'missing-years': ['Thiếu số liệu năm {years}.', 'No figures for {years}.'],
  'series-break': [
    'Số liệu trước và sau khi sắp xếp đơn vị hành chính không so sánh được: không tính xu hướng qua điểm đứt gãy.',
    'Figures before and after the change of territory are not comparable: no trend is computed across the break.',
  ],
};

const VERDICT_LABELS: Record<VerdictValue, Pair> = {
  exceeded: ['Vượt', 'Exceeded'],
  achieved: ['Đạt', 'Achieved'],
  'basically-achieved': ['Cơ bản đạt', 'Basically achieved'],
  missed: ['Không đạt', 'Missed'],
};

/** Label of an indicator status, e.g. vi "Đúng lộ trình", en "On track". */
export function statusLabel(status: Status, lang: string): string {
  return pick(STATUS_LABELS[status], lang);
}

/**
 * A status as shown to readers: its label, with "(tạm tính)" / "(provisional)" when it rests on figures
 * that are not final (IndicatorAssessment.provisional), e.g. vi "Đạt (tạm tính)", en "Achieved (provisional)".
 */
export function statusText(assessment: { status: Status; provisional?: boolean }, lang: string): string {
  const label = statusLabel(assessment.status, lang);
  return assessment.provisional ? `${label} ${resolveLang(lang) === 'vi' ? '(tạm tính)' : '(provisional)'}` : label;
}

/** Label of the body's own verdict: vi "Cơ bản đạt", en "Basically achieved". */
export function verdictLabel(verdict: VerdictValue, lang: string): string {
  return pick(VERDICT_LABELS[verdict], lang);
}

/**
 * What the body's verdict says: its label, its own words after it when it has both ("Đạt (20/22 chỉ
 * tiêu đạt và vượt)"), or its words alone; "(dự kiến)" / "(expected)" marks a projected or estimated one.
 */
export function verdictWords(verdict: { verdict?: VerdictValue; text?: Text; quality?: Quality }, lang: string): string {
  const vi = resolveLang(lang) === 'vi';
  const said = localize(verdict.text, lang);
  const words = verdict.verdict === undefined ? said : verdictLabel(verdict.verdict, lang) + (said ? ` (${said})` : '');
  const expected = verdict.quality === 'projected' || verdict.quality === 'estimated' ? (vi ? ' (dự kiến)' : ' (expected)') : '';
  return words + expected;
}

/** The body's own verdict with who said it: vi "Tự đánh giá: Cơ bản đạt", en "Own assessment: Basically achieved" (see verdictWords). */
export function verdictText(verdict: { verdict?: VerdictValue; text?: Text; quality?: Quality }, lang: string): string {
  return `${resolveLang(lang) === 'vi' ? 'Tự đánh giá' : 'Own assessment'}: ${verdictWords(verdict, lang)}`;
}

/** What is said beside a verdict that disagrees with the computed status: vi "khác kết quả tính toán". */
export function verdictDiffersText(lang: string): string {
  return resolveLang(lang) === 'vi' ? 'khác kết quả tính toán' : 'differs from the computed status';
}

/** Label of a figure's quality, lower case for use beside a value: vi "sơ bộ", en "preliminary". */
export function qualityLabel(quality: Quality, lang: string): string {
  return pick(QUALITY_LABELS[quality], lang);
}

/** Label of a milestone state, e.g. vi "Quá hạn", en "Overdue". */
export function milestoneStateLabel(state: MilestoneState, lang: string): string {
  return pick(MILESTONE_STATE_LABELS[state], lang);
}

/**
 * What a milestone's status says in words: its state, "In progress" for an upcoming one that its
 * data says is under way, "Not started" for a planned one with no due date, and "(late)" for one
 * done after its due period. vi "Đang thực hiện", "Chưa triển khai", "Hoàn thành (trễ hạn)";
 * en "In progress", "Not started", "Done (late)".
 */
export function milestoneStatusText(milestone: Pick<Milestone, 'status'> & { due?: string | undefined }, assessment: Pick<MilestoneAssessment, 'state' | 'onTime'>, lang: string): string {
  const vi = resolveLang(lang) === 'vi';
  if (assessment.state === 'upcoming' && milestone.status === 'in-progress') return vi ? 'Đang thực hiện' : 'In progress';
  // (a planned project with no due date is not "coming up": nothing says when)
  if (assessment.state === 'upcoming' && milestone.due === undefined) return vi ? 'Chưa triển khai' : 'Not started';
  const late = assessment.state === 'done' && assessment.onTime === false;
  return milestoneStateLabel(assessment.state, lang) + (late ? (vi ? ' (trễ hạn)' : ' (late)') : '');
}

/**
 * One sentence explaining a status reason. For "missing-years", pass the years
 * (IndicatorAssessment.missing) to name them: vi "Thiếu số liệu năm 2022, 2023.", en "No figures for 2022, 2023."
 */
export function reasonLabel(reason: Reason, lang: string, missing?: readonly number[]): string {
  const years = missing?.length ? missing.join(', ') : resolveLang(lang) === 'vi' ? 'nào đó' : 'some years';
  return pick(REASON_LABELS[reason], lang).replace('{years}', years);
}
