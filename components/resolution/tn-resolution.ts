import { css, html, nothing, svg, type PropertyDeclarations } from 'lit';
import { localize, statusLabel, successorText, uiText as t, verdictText } from '../../src/format/index.js';
import { assess, STATUSES, summarize } from '../../src/progress/index.js';
import type { Lang, Resolution, ResolutionAssessment } from '../../src/index.js';
import { LoadError } from '../shared/errors.js';
import { STATUS_ICONS } from '../shared/status.js';
import { baseStyles } from '../shared/styles.js';
import { TnDataElement } from '../shared/tn-data-element.js';
import { asOfLine, assessOptions } from '../shared/document.js';

/**
 * @tagname tn-resolution
 * @summary A whole resolution: its title and term, a summary of the statuses, the indicators by group as cards,
 * and the milestones. Uses `<tn-indicator>` and `<tn-milestones>`, so register the tags with `tn-indicators/define`.
 *
 * @attr src - URL of the resolution JSON file.
 * @attr group - Show only this group's indicators and milestones.
 * @attr as-of - Assess as of a year ("2023") or a date ("2023-06-30").
 * @attr timeout - Seconds to wait for the data file before showing a "network" error (default 15; elements naming the same file share its request, and the first to ask sets this).
 * @attr lang - "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese.
 * @property resolution - A resolution document as an object, instead of `src` (read-only once given: to change it, give a new object).
 *
 * @fires tn-load - The data is loaded and shown.
 * @fires tn-error - The data could not be shown. `detail: { kind, message, issues? }`; kind "no-group" when `group` names a group the file does not have.
 *
 * @slot - An optional `<script type="application/json">` holding a resolution document, instead of `src`.
 *
 * @csspart title - The resolution's title.
 * @csspart status - The summary of statuses.
 * @csspart chart - The bar of status counts.
 * @csspart verdict - The body's own verdict on the resolution or a group (schema 1.1).
 * @csspart error - The error message.
 */
export class TnResolution extends TnDataElement {
  static override properties: PropertyDeclarations = {
    group: {},
  };

  static override styles = [
    baseStyles,
    css`:host([aria-busy]){min-block-size:24rem}h2{font-size:1.3em;margin:0}h3{font-size:1.1em;margin:1.25em 0 .5em}.summary{display:grid;gap:.5em;margin-block:var(--_sp)}.summary svg{block-size:14px}.summary rect{fill:var(--_s)}ul{display:flex;flex-wrap:wrap;gap:.25em 1em;list-style:none;margin:0;padding:0}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr));gap:var(--_sp)}@media (forced-colors:active){rect{fill:CanvasText;stroke:Canvas}}`,
  ];

  /** Show only this group's indicators and milestones. */
  declare group?: string;
  #result?: ResolutionAssessment;

  protected override prepare(data: Resolution): LoadError | undefined {
    this.#result = undefined;
    // A group the file does not have (a typo such as "kinhte") is said in place, not shown as "0/0".
    const known = (data.groups ?? []).map((g) => g.id);
    if (this.group && !known.includes(this.group)) return new LoadError('no-group', { id: this.group, known });
    this.#result = assess(data, assessOptions(this.asOf, data));
    return undefined;
  }

  protected override renderData(data: Resolution, lang: Lang) {
    const r = this.#result;
    if (!r) return nothing;
    // (passed on only when the page set one: by default each element judges at the date the data speaks for, and says so)
    const asOf = this.asOf?.trim() || undefined;
    const groups = (data.groups ?? []).filter((g) => !this.group || g.id === this.group);
    const known = new Set((data.groups ?? []).map((g) => g.id));
    const sections = groups.map((g) => ({ id: g.id, title: localize(g.title, lang), indicators: data.indicators.filter((i) => i.group === g.id) }));
    const others = data.indicators.filter((i) => !i.group || !known.has(i.group));
    if (!this.group && others.length) sections.push({ id: '', title: t('others', lang), indicators: others });
    const shown = new Set(sections.flatMap((s) => s.indicators.map((i) => i.id)));
    const summary = this.group ? summarize(r.indicators.filter((a) => shown.has(a.id))) : r.summary;
    const counts = summary.counts;
    const withTarget = summary.total - counts['no-target'];
    const good = counts.exceeded + counts.achieved + counts['on-track'];
    // The body's own verdicts on the whole resolution and on each group (the core's), beside the computed counts.
    const whole = this.group ? r.groupVerdicts?.[this.group] : r.verdict;
    const unit = successorText(data.body, lang);
    let x = 0;
    const present = STATUSES.filter((s) => counts[s] > 0 && s !== 'no-target');
    return html`<section aria-labelledby="t" @tn-load=${(e: Event) => e.stopPropagation()}>
      <h2 part="title" id="t">${localize(data.title, lang)}</h2>
      <div class="muted">${t('term', lang, data.term)}${r.asOf !== null ? ` · ${asOfLine(data, this.asOf, lang)}` : ''}</div>
      ${unit ? html`<p class="muted">${unit}</p>` : nothing}
      <div class="summary" part="status">
        <strong>${t('summary', lang, { good, total: withTarget })}</strong>
        ${whole ? html`<div part="verdict">${verdictText(whole, lang)}</div>` : nothing}
        ${withTarget > 0
          ? svg`<svg part="chart" viewBox="0 0 ${withTarget} 1" preserveAspectRatio="none" aria-hidden="true">${present.map((s) => {
              const at = x;
              x += counts[s];
              return svg`<rect class="s-${s}" x=${at} y="0" width=${counts[s]} height="1"></rect>`;
            })}</svg>`
          : nothing}
        <ul>
          ${STATUSES.filter((s) => counts[s] > 0).map((s) => html`<li class="status s-${s}"><span class="icon" aria-hidden="true">${STATUS_ICONS[s]}</span>${statusLabel(s, lang)}: ${counts[s]}</li>`)}
        </ul>
      </div>
      ${sections.map(
        (s) => html`<h3>${s.title}</h3>${!this.group && r.groupVerdicts?.[s.id] ? html`<p part="verdict" class="muted">${verdictText(r.groupVerdicts[s.id]!, lang)}</p>` : nothing}
          <div class="grid">${s.indicators.map((i) => html`<tn-indicator .resolution=${data} indicator=${i.id} as-of=${asOf ?? nothing}></tn-indicator>`)}</div>`,
      )}
      ${(data.milestones ?? []).some((m) => !this.group || m.group === this.group)
        ? html`<h3>${t('milestones', lang)}</h3>
            <tn-milestones .resolution=${data} group=${this.group ?? nothing} as-of=${asOf ?? nothing}></tn-milestones>`
        : nothing}
    </section>`;
  }
}
