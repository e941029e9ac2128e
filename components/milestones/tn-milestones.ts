import { css, html, type PropertyDeclarations } from 'lit';
import { formatPartialDate } from '../../src/format/date.js';
import { localize } from '../../src/format/localize.js';
import { milestoneStatusText } from '../../src/format/status.js';
import { resolveAsOf } from '../../src/progress/as-of.js';
import { assessMilestone } from '../../src/progress/milestones.js';
import type { MilestoneAssessment, MilestoneState } from '../../src/progress/types.js';
import type { Lang } from '../../src/schema/messages.js';
import type { Milestone, Resolution } from '../../src/schema/resolution.js';
import type { LoadError } from '../shared/errors.js';
import { baseStyles } from '../shared/styles.js';
import { TnDataElement } from '../shared/tn-data-element.js';
import { assessOptions } from '../shared/document.js';

const ICONS: Record<MilestoneState, string> = { done: '✔', overdue: '!', unreported: '?', upcoming: '○', cancelled: '✖' };
const STATUS_CLASS: Record<MilestoneState, string> = { done: 's-achieved', overdue: 's-regressing', unreported: 's-behind', upcoming: 's-no-data', cancelled: 's-no-data' };

interface Row {
  milestone: Milestone;
  assessment: MilestoneAssessment;
}

/**
 * @tagname tn-milestones
 * @summary A resolution's milestones — projects and tasks with due dates — as a list: done (on time or late), overdue, upcoming, cancelled.
 *
 * @attr src - URL of the resolution JSON file.
 * @attr group - Show only the milestones of this group id.
 * @attr as-of - Assess as of a year ("2023", meaning 31 December) or a date ("2023-06-30").
 * @attr timeout - Seconds to wait for the data file before showing a "network" error (default 15; elements naming the same file share its request, and the first to ask sets this).
 * @attr lang - "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese.
 * @property resolution - A resolution document as an object, instead of `src` (read-only once given: to change it, give a new object).
 *
 * @fires tn-load - The data is loaded and shown.
 * @fires tn-error - The data could not be shown. `detail: { kind, message, issues? }`.
 *
 * @slot - An optional `<script type="application/json">` holding a resolution document, instead of `src`.
 *
 * @csspart card - The list.
 * @csspart title - A milestone's title.
 * @csspart status - A milestone's state.
 * @csspart error - The error message.
 */
export class TnMilestones extends TnDataElement {
  static override properties: PropertyDeclarations = {
    group: {},
  };

  static override styles = [
    baseStyles,
    css`ol{list-style:none;margin:0;padding:0}li{display:grid;grid-template-columns:1fr auto;gap:.15em 1em;padding-block:calc(var(--_sp)/2);border-block-end:1px solid var(--_ln)}.meta{grid-column:1/-1;font-size:.85em}`,
  ];

  /** Show only the milestones of this group id. */
  declare group?: string;
  #rows: Row[] = [];

  protected override prepare(data: Resolution): LoadError | undefined {
    const { date, dataDate } = resolveAsOf(data, assessOptions(this.asOf, data).asOf);
    this.#rows = (data.milestones ?? [])
      .map((milestone) => ({ milestone, assessment: assessMilestone(milestone, date, dataDate) }))
      .filter((r) => !this.group || r.milestone.group === this.group)
      .sort((a, b) => (a.milestone.due ?? '9999').localeCompare(b.milestone.due ?? '9999'));
    return undefined;
  }

  protected override renderData(_data: Resolution, lang: Lang) {
    const vi = lang === 'vi';
    if (this.#rows.length === 0) return html`<p class="muted">${vi ? 'Không có mốc công việc.' : 'No milestones.'}</p>`;
    return html`<ol part="card">
      ${this.#rows.map(({ milestone: m, assessment: a }) => {
        return html`<li>
          <span part="title">${localize(m.title, lang)}</span>
          <span part="status" class="status ${STATUS_CLASS[a.state]}"><span class="icon" aria-hidden="true">${ICONS[a.state]}</span>${milestoneStatusText(m, a, lang)}</span>
          <span class="meta muted">${[
            m.due ? `${vi ? 'Hạn' : 'Due'}: ${formatPartialDate(m.due, lang)}` : '',
            m.done ? `${vi ? 'Hoàn thành' : 'Done'}: ${formatPartialDate(m.done, lang)}` : '',
            localize(m.note, lang),
          ].filter(Boolean).join(' · ')}</span>
        </li>`;
      })}
    </ol>`;
  }
}
