import type { Quality } from '../schema/indicator.js';
import type { MilestoneAssessment, MilestoneState, Reason, Status } from '../progress/types.js';
import type { Milestone, VerdictValue } from '../schema/resolution.js';
import type { Text } from '../schema/primitives.js';
import { localize } from './localize.js';
import { t } from './strings.js';

/** Label of an indicator status, e.g. vi "Đúng lộ trình", en "On track". */
export function statusLabel(status: Status, lang: string): string {
  return t(status, lang);
}

/**
 * A status as shown to readers: its label, with "(tạm tính)" / "(provisional)" when it rests on figures
 * that are not final (IndicatorAssessment.provisional), e.g. vi "Đạt (tạm tính)", en "Achieved (provisional)".
 */
export function statusText(assessment: { status: Status; provisional?: boolean }, lang: string): string {
  const label = statusLabel(assessment.status, lang);
  return assessment.provisional ? t('provisional', lang, { status: label }) : label;
}

/** Label of the body's own verdict: vi "Cơ bản đạt", en "Basically achieved". */
export function verdictLabel(verdict: VerdictValue, lang: string): string {
  return t(verdict === 'exceeded' ? 'verdict.exceeded' : verdict, lang);
}

/**
 * What the body's verdict says: its label, its own words after it when it has both ("Đạt (20/22 chỉ
 * tiêu đạt và vượt)"), or its words alone; "(dự kiến)" / "(expected)" marks a projected or estimated one.
 */
export function verdictWords(verdict: { verdict?: VerdictValue; text?: Text; quality?: Quality }, lang: string): string {
  const said = localize(verdict.text, lang);
  const words = verdict.verdict === undefined ? said : verdictLabel(verdict.verdict, lang) + (said ? ` (${said})` : '');
  return verdict.quality === 'projected' || verdict.quality === 'estimated' ? t('expected', lang, { verdict: words }) : words;
}

/** The body's own verdict with who said it: vi "Tự đánh giá: Cơ bản đạt", en "Own assessment: Basically achieved" (see verdictWords). */
export function verdictText(verdict: { verdict?: VerdictValue; text?: Text; quality?: Quality }, lang: string): string {
  return t('own', lang, { verdict: verdictWords(verdict, lang) });
}

/** What is said beside a verdict that disagrees with the computed status: vi "khác kết quả tính toán". */
export function verdictDiffersText(lang: string): string {
  return t('differs', lang);
}

/** Label of a figure's quality, lower case for use beside a value: vi "sơ bộ", en "preliminary". */
export function qualityLabel(quality: Quality, lang: string): string {
  return t(quality, lang);
}

/** Label of a milestone state, e.g. vi "Quá hạn", en "Overdue". */
export function milestoneStateLabel(state: MilestoneState, lang: string): string {
  return t(state, lang);
}

/**
 * What a milestone's status says in words: its state, "In progress" for an upcoming one that its
 * data says is under way, "Not started" for a planned one with no due date, and "(late)" for one
 * done after its due period. vi "Đang thực hiện", "Chưa triển khai", "Hoàn thành (trễ hạn)";
 * en "In progress", "Not started", "Done (late)".
 */
export function milestoneStatusText(milestone: Pick<Milestone, 'status'> & { due?: string | undefined }, assessment: Pick<MilestoneAssessment, 'state' | 'onTime'>, lang: string): string {
  if (assessment.state === 'upcoming' && milestone.status === 'in-progress') return t('in-progress', lang);
  // (a planned project with no due date is not "coming up": nothing says when)
  if (assessment.state === 'upcoming' && milestone.due === undefined) return t('not-started', lang);
  const state = milestoneStateLabel(assessment.state, lang);
  return assessment.state === 'done' && assessment.onTime === false ? t('late', lang, { state }) : state;
}

/**
 * One sentence explaining a status reason. For "missing-years", pass the years
 * (IndicatorAssessment.missing) to name them: vi "Thiếu số liệu năm 2022, 2023.", en "No figures for 2022, 2023."
 */
export function reasonLabel(reason: Reason, lang: string, missing?: readonly number[]): string {
  return t(reason, lang, { years: missing?.length ? missing.join(', ') : t('someYears', lang) });
}
