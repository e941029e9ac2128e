import { html, nothing, svg, type PropertyDeclarations, type SVGTemplateResult } from 'lit';
import { uiText as t } from '../../src/format/index.js';
import type { Lang, Resolution } from '../../src/index.js';
import { LoadError } from '../shared/errors.js';
import { baseStyles } from '../shared/styles.js';
import { TnDataElement } from '../shared/tn-data-element.js';
import { asOfLine, assessOptions, findIndicator } from '../shared/document.js';
// (the milestones element's controller: one copy for both; it belongs in components/shared/)
import { InlineSizeController } from '../shared/inline-size.js';
import { bandPath, barRect, FONT_SIZE, linePath, timelineLayout } from './timeline.geometry.js';
import { timelineStyles } from './timeline.styles.js';
import { axisNumber, timelineView, type LegendKey, type TimelineView } from './timeline.view.js';

/** The width drawn at before the host is measured (a print or a screenshot taken at once): scaled to fit. */
const DEFAULT_WIDTH = 600;
// A character of the unit's title at 12px, estimated: the title is cut to the chart's width.
const CHAR = 7.2;

/** A met year's check and a missed year's cross, centred on (x, y): the result is not told by colour alone. */
const mark = (met: boolean, x: number, y: number) =>
  svg`<path class="mark ${met ? 'met' : 'missed'}" d=${met ? `M${x - 5},${y}l3.5,3.5l6.5,-7` : `M${x - 4},${y - 4}l8,8m0,-8l-8,8`}></path>`;

/**
 * The legend's swatch for each thing drawn, with the classes of the chart (the same styles); drawn as
 * paths, so that a selector for the chart's own rects and lines never meets the legend.
 */
const SWATCHES: Record<LegendKey, () => SVGTemplateResult> = {
  actual: () => svg`<path class="bar actual" d="M5,1h14v12h-14z"></path>`,
  preliminary: () => svg`<path class="bar preliminary" d="M5,1h14v12h-14z"></path>`,
  estimated: () => svg`<path class="bar estimated" d="M6,2h12v10h-12z"></path>`,
  projected: () => svg`<path class="bar projected" d="M6,2h12v10h-12z"></path>`,
  met: () => svg`<path class="bar met" d="M1,3h8v10h-8z"></path>${mark(true, 17, 7)}`,
  missed: () => svg`<path class="bar missed" d="M1,3h8v10h-8z"></path>${mark(false, 17, 7)}`,
  trajectory: () => svg`<path class="target" d="M1,12L23,2"></path>`,
  threshold: () => svg`<path class="target" d="M1,7H23"></path>`,
  range: () => svg`<path class="range" d="M1,3H23V11H1Z"></path><path class="target" d="M1,3H23M1,11H23"></path>`,
  stretch: () => svg`<path class="stretch-band" d="M1,3H23V9H1Z"></path><path class="stretch" d="M1,3H23"></path>`,
  running: () => svg`<path class="running" d="M1,11L8,6L15,8L23,2"></path>`,
  plan: () => svg`<path class="plan" d="M4,7H20"></path>`,
  break: () => svg`<path class="break" d="M12,0V14"></path>`,
};

/**
 * @tagname tn-timeline
 * @summary One indicator's years on an axis: figures as bars (estimates hollow, projections dashed; a year of an
 * annual target coloured and marked met or missed), the target drawn the way its kind means it (a range or a
 * stretch aim as a band), plan figures, a legend of what is drawn, and the same numbers in a data table.
 * The chart is drawn at the element's own width (its height follows), so that its text is never below 12px.
 *
 * @attr src - URL of the resolution JSON file.
 * @attr indicator - Id of the indicator to show.
 * @attr as-of - Assess as of a year ("2023") or a date ("2023-06-30").
 * @attr timeout - Seconds to wait for the data file before showing a "network" error (default 15; elements naming the same file share its request, and the first to ask sets this).
 * @attr lang - "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese.
 * @property resolution - A resolution document as an object, instead of `src` (read-only once given: to change it, give a new object).
 *
 * @fires tn-load - The data is loaded and shown.
 * @fires tn-error - The data could not be shown. `detail: { kind, message, issues? }`.
 *
 * @slot - An optional `<script type="application/json">` holding a resolution document, instead of `src`.
 *
 * @csspart title - The caption.
 * @csspart chart - The chart.
 * @csspart break - A sentence under the chart for each series break (schema 1.1): from that year on, figures are not comparable with the years before.
 * @csspart as-of - Which date the data speaks for ("Số liệu đến năm 2023"; with `as-of`, "Đánh giá tại 31/12/2021 · số liệu đến năm 2023").
 * @csspart table - The data table (always present for screen readers; shown on screen with the button).
 * @csspart error - The error message.
 */
export class TnTimeline extends TnDataElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
  };

  static override styles = [baseStyles, timelineStyles];

  /** Id of the indicator to show. */
  indicator = '';
  #showTable = false;
  #view?: TimelineView;
  #width = new InlineSizeController(this, '.sizer');

  #toggleTable(): void {
    this.#showTable = !this.#showTable;
    this.requestUpdate();
  }

  protected override prepare(data: Resolution, lang: Lang): LoadError | undefined {
    this.#view = undefined;
    const indicator = findIndicator(data, this.indicator);
    if (!indicator) return new LoadError('not-found', { id: this.indicator });
    this.#view = timelineView(data, indicator, assessOptions(this.asOf, data), lang);
    return undefined;
  }

  protected override renderData(data: Resolution, lang: Lang) {
    const v = this.#view;
    if (!v) return nothing;
    const layout = timelineLayout({
      width: this.#width.width ?? DEFAULT_WIDTH,
      years: v.years,
      values: v.values,
      termFrom: v.termFrom,
      termTo: v.termTo,
      format: (tick, decimals) => axisNumber(tick, decimals, lang),
      marks: v.bars.some((b) => b.met !== undefined),
    });
    const { frame, scales: s } = layout;
    const { width: W, height: H, left: L, right: R, top: T, bottom: B } = frame;
    const bottom = H - B;
    const maxChars = Math.max(1, Math.floor(W / CHAR));
    const unit = v.unit.length > maxChars ? `${v.unit.slice(0, maxChars - 1)}…` : v.unit;
    const path = v.target;
    const show = this.#showTable;
    return html`<div class="sizer"></div><figure>
<figcaption part="title">${v.title}${v.targetText ? html`<span class="muted"> — ${t('target', lang, { x: v.targetText })}</span>` : nothing}</figcaption>
<svg part="chart" width=${W} height=${H} viewBox="0 0 ${W} ${H}" role="group" aria-label=${v.unit ? t('unit', lang, { title: v.title, unit: v.unit }) : v.title}><g aria-hidden="true">${
      unit ? svg`<text class="unit" x="0" y=${FONT_SIZE}>${unit}</text>` : nothing
    }${layout.ticks.map(
      (k) => svg`<line class="grid" x1=${L} x2=${W - R} y1=${k.y} y2=${k.y}></line><text class="value" x=${L - 6} y=${k.y + 4} text-anchor="end">${k.text}</text>`,
    )}${layout.yearLabels.map((y) => svg`<text class=${y === v.termFrom || y === v.termTo ? 'term' : 'year'} x=${s.cx(y)} y=${H - 6} text-anchor="middle">${y}</text>`)}${
      path.high ? svg`<path class="range" d=${bandPath(s, path.points, path.high)}></path>` : nothing
    }${path.stretch ? svg`<path class="stretch-band" d=${bandPath(s, path.points, path.stretch)}></path>` : nothing}${v.plans
      .filter((p) => p.high !== p.low)
      .map((p) => svg`<rect class="plan-range" x=${s.x(p.year) - 3} width=${s.bandwidth + 6} y=${s.y(p.high)} height=${Math.max(0, s.y(p.low) - s.y(p.high))}></rect>`)}</g>${v.bars.map((b) => {
      const r = barRect(s, b.year, b.value);
      const result = b.met === undefined ? '' : b.met ? ' met' : ' missed';
      return svg`<g class="point" tabindex="0" role="img" aria-label=${b.label}><rect class="bar ${b.quality}${result}" x=${r.x} y=${r.y} width=${r.width} height=${Math.max(r.height, 1)}></rect>${
        b.met === undefined ? nothing : mark(b.met, s.cx(b.year), bottom + 10)
      }</g>`;
    })}<g aria-hidden="true">${v.plans.map((p) =>
      (p.high === p.low ? [p.low] : [p.low, p.high]).map((value) => svg`<line class="plan" x1=${s.x(p.year) - 3} x2=${s.x(p.year) + s.bandwidth + 3} y1=${s.y(value)} y2=${s.y(value)}></line>`),
    )}${v.breaks.filter((b) => v.years.includes(b.year)).map((b) => svg`<line class="break" x1=${s.x(b.year) - 4} x2=${s.x(b.year) - 4} y1=${T} y2=${bottom}></line>`)}<path class="target" d=${linePath(s, path.points)}></path>${
      path.high ? svg`<path class="target high" d=${linePath(s, path.high)}></path>` : nothing
    }${path.stretch ? svg`<path class="stretch" d=${linePath(s, path.stretch)}></path>` : nothing}<path class="running" d=${linePath(s, v.running)}></path></g></svg>
${v.legend.length ? html`<ul class="legend muted">${v.legend.map((e) => html`<li class=${e.key}><svg class="swatch" width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">${SWATCHES[e.key]()}</svg>${e.label}</li>`)}</ul>` : nothing}${v.breaks.map((b) => html`<p part="break" class="muted break-note">${b.text}</p>`)}<p part="as-of" class="muted as-of">${asOfLine(data, this.asOf, lang)}</p>
<div><button type="button" aria-expanded=${show} aria-controls="t" @click=${this.#toggleTable}>${t(show ? 'hide' : 'show', lang)}</button></div>
<div class=${show ? '' : 'sr-only'}><table part="table" id="t"><caption class="sr-only">${v.title}</caption>
<thead><tr>${(['period', 'value', 'quality', 'plan', 'note'] as const).map((h) => html`<th scope="col">${t(h, lang)}</th>`)}</tr></thead>
<tbody>${v.rows.map((r) => html`<tr><th scope="row">${r.period}</th><td class="num">${r.value}</td><td>${r.quality}</td><td class="num">${r.plan}</td><td>${r.note}</td></tr>`)}</tbody></table></div>
</figure>`;
  }
}
