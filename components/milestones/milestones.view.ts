import { asOfText, formatPartialDate, localize, milestoneStatusText, uiText as t } from '../../src/format/index.js';
import { assessMilestone, resolveAsOf } from '../../src/progress/index.js';
import type { Lang, Milestone, MilestoneAssessment, Resolution } from '../../src/index.js';
import { assessOptions } from '../shared/document.js';

/**
 * What a reader is told a milestone is at the as-of date: the engine's state, with done split into on
 * time and late, and upcoming into in progress, not yet due and not started (no due date), as
 * milestoneStatusText words them.
 */
export type MilestoneKind = 'done' | 'late' | 'overdue' | 'unreported' | 'in-progress' | 'not-yet-due' | 'not-started' | 'cancelled';

/** A mark for every kind, so that no state rests on colour alone (the words always follow). */
export const MILESTONE_MARKS: Record<MilestoneKind, string> = {
  done: '✔',
  late: '✔!',
  overdue: '!',
  unreported: '?',
  'in-progress': '◐',
  'not-yet-due': '○',
  'not-started': '◌',
  cancelled: '✖',
};

/** The status colour class (components/shared/styles.ts) of each kind. */
export const MILESTONE_CLASSES: Record<MilestoneKind, string> = {
  done: 's-achieved',
  late: 's-behind',
  overdue: 's-regressing',
  unreported: 's-no-data',
  'in-progress': 's-on-track',
  'not-yet-due': 's-no-data',
  'not-started': 's-no-target',
  cancelled: 's-no-target',
};

export interface MilestoneRow {
  id: string;
  title: string;
  kind: MilestoneKind;
  /** The state in words: "Hoàn thành (trễ hạn)", "Đã đến hạn, chưa có thông tin". */
  status: string;
  /** "Hạn: 8/2023", or "Chưa có hạn" when there is no due date. */
  dueText: string;
  /** "Hoàn thành: 9/2023 · note", what follows the due date; may be empty. */
  meta: string;
  due?: string;
  done?: string;
}

export interface MilestonesView {
  rows: MilestoneRow[];
  /** "Số liệu đến năm 2023", "Đánh giá tại 31/12/2023 · số liệu đến năm 2023" (asOfText); empty when nothing is observed. */
  asOfLine: string;
  /** The date the milestones are judged at (YYYY-MM-DD), null when there is none. */
  asOfDate: string | null;
  /** The as-of line's label on the time axis: "Đánh giá tại 1/1/2023". */
  asOfLabel: string;
}

export function milestoneKind(milestone: Milestone, a: MilestoneAssessment): MilestoneKind {
  switch (a.state) {
    case 'done':
      return a.onTime === false ? 'late' : 'done';
    case 'upcoming':
      // (the same order as milestoneStatusText: in progress first, then no due date)
      return milestone.status === 'in-progress' ? 'in-progress' : milestone.due === undefined ? 'not-started' : 'not-yet-due';
    default:
      return a.state;
  }
}

/** The group ids a resolution knows: its groups, and any a milestone or an indicator names. */
export function knownGroups(data: Resolution): string[] {
  const ids = new Set((data.groups ?? []).map((g) => g.id));
  for (const m of data.milestones ?? []) if (m.group) ids.add(m.group);
  for (const i of data.indicators) if (i.group) ids.add(i.group);
  return [...ids];
}

/** The milestones (of one group, if given) judged at the as-of date, by due date (else done date; undated last). */
export function milestonesView(data: Resolution, group: string | undefined, asOf: string | undefined, lang: Lang): MilestonesView {
  // (assessOptions gives a string only for an as-of the page set, valid; its default is the latest
  // observed year, a number, which would judge milestones at 31 December of it: without an as-of they
  // are judged at the date the data speaks for, as assess() does)
  const option = assessOptions(asOf, data).asOf;
  const asked = typeof option === 'string' ? option : undefined;
  const { year, date, dataDate } = resolveAsOf(data, asked);
  const rows = (data.milestones ?? [])
    .filter((m) => !group || m.group === group)
    .map((m): MilestoneRow => {
      const a = assessMilestone(m, date, dataDate);
      const meta = [m.done ? t('doneOn', lang, { date: formatPartialDate(m.done, lang) }) : '', localize(m.note, lang)];
      return {
        id: m.id,
        title: localize(m.title, lang),
        kind: milestoneKind(m, a),
        status: milestoneStatusText(m, a, lang),
        dueText: m.due ? t('dueOn', lang, { date: formatPartialDate(m.due, lang) }) : t('undated', lang),
        meta: meta.filter(Boolean).join(' · '),
        ...(m.due ? { due: m.due } : {}),
        ...(m.done ? { done: m.done } : {}),
      };
    })
    .sort((a, b) => (a.due ?? a.done ?? '9999').localeCompare(b.due ?? b.done ?? '9999'));
  return {
    rows,
    asOfLine: asOfText(data, year, lang, asked),
    asOfDate: date,
    asOfLabel: date ? t('assessedAt', lang, { date: formatPartialDate(date, lang) }) : '',
  };
}
