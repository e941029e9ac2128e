import { html, nothing, type PropertyDeclarations } from 'lit';
import { uiText as t } from '../../src/format/index.js';
import type { Lang, Resolution } from '../../src/index.js';
import { LoadError } from '../shared/errors.js';
import { baseStyles } from '../shared/styles.js';
import { TnDataElement } from '../shared/tn-data-element.js';
import { InlineSizeController } from '../shared/inline-size.js';
import { renderTimeline } from './milestones.timeline.js';
import { milestonesStyles } from './milestones.styles.js';
import { knownGroups, MILESTONE_CLASSES, MILESTONE_MARKS, milestonesView, type MilestoneRow, type MilestonesView } from './milestones.view.js';

// Drawn at this width until the element has been measured; narrower than NARROW, the list is shown instead.
const DEFAULT_WIDTH = 640;
const NARROW = 480;

/**
 * @tagname tn-milestones
 * @summary A resolution's milestones — projects and tasks with due dates — as a list, or on a time axis: done (on time or late), overdue, due but not yet reported, in progress, not yet due, not started, cancelled; each with its own mark and words.
 *
 * @attr src - URL of the resolution JSON file.
 * @attr group - Show only the milestones of this group id (a group the file does not know is an error, "no-group").
 * @attr as-of - Assess as of a year ("2023", meaning 31 December) or a date ("2023-06-30"); by default the date the data speaks for.
 * @attr layout - "list" (default) or "timeline": each dated milestone on a time axis (its due and done periods, the as-of date as a line), milestones without a date listed below it. Narrower than 480 px, the list is shown; the list is always there for screen readers.
 * @attr timeout - Seconds to wait for the data file before showing a "network" error (default 15; elements naming the same file share its request, and the first to ask sets this).
 * @attr lang - "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese.
 * @property resolution - A resolution document as an object, instead of `src` (read-only once given: to change it, give a new object).
 *
 * @fires tn-load - The data is loaded and shown.
 * @fires tn-error - The data could not be shown. `detail: { kind, message, issues? }`.
 *
 * @slot - An optional `<script type="application/json">` holding a resolution document, instead of `src`.
 *
 * @csspart card - The list (visually hidden in the timeline layout, where screen readers still read it).
 * @csspart chart - The time axis (layout "timeline"; hidden from screen readers, who read the list).
 * @csspart title - A milestone's title.
 * @csspart status - A milestone's state: its mark and words.
 * @csspart as-of - The line under the milestones saying which date the data speaks for ("Số liệu đến năm 2023").
 * @csspart error - The error message.
 */
export class TnMilestones extends TnDataElement {
  static override properties: PropertyDeclarations = {
    group: {},
    layout: {},
  };

  static override styles = [baseStyles, milestonesStyles];

  /** Show only the milestones of this group id. */
  declare group?: string;
  /** "list" (default) or "timeline". */
  layout = 'list';
  #view?: MilestonesView;
  readonly #size = new InlineSizeController(this, '.measure');

  protected override prepare(data: Resolution, lang: Lang): LoadError | undefined {
    this.#view = undefined;
    if (this.group) {
      const known = knownGroups(data);
      if (!known.includes(this.group)) return new LoadError('no-group', { id: this.group, known });
    }
    this.#view = milestonesView(data, this.group || undefined, this.asOf, lang);
    return undefined;
  }

  protected override renderData(_data: Resolution, lang: Lang) {
    const v = this.#view;
    if (!v) return nothing;
    const width = this.#size.width ?? DEFAULT_WIDTH;
    // (the embed has no time axis, milestones.timeline.embed.ts: there the list is what readers see)
    const timeline = this.layout === 'timeline' && width >= NARROW && v.rows.length > 0 ? renderTimeline(v, width, lang, (row, undated) => this.#item(row, undated)) : null;
    const body =
      v.rows.length === 0
        ? html`<p class="muted">${t('empty', lang)}</p>`
        : html`<ol part="card" role="list" class=${timeline ? 'sr-only' : ''}>${v.rows.map((row) => html`<li>${this.#item(row)}</li>`)}</ol>`;
    return html`<div class="measure"></div>${body}${timeline ?? nothing}${v.asOfLine ? html`<p part="as-of" class="as-of muted">${v.asOfLine}</p>` : nothing}`;
  }

  // (under the heading "Chưa có hạn" an item does not say it again)
  #item(row: MilestoneRow, undated = false) {
    const meta = undated ? row.meta : [row.dueText, row.meta].filter(Boolean).join(' · ');
    return html`<span part="title">${row.title}</span><span part="status" class="status ${MILESTONE_CLASSES[row.kind]}" data-kind=${row.kind}><span class="icon" aria-hidden="true">${MILESTONE_MARKS[row.kind]}</span>${row.status}</span>${meta ? html`<span class="meta muted">${meta}</span>` : nothing}`;
  }
}
