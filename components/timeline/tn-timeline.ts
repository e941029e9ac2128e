import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { formatNumber } from '../../src/format/number.js';
import type { Lang } from '../../src/schema/messages.js';
import type { Resolution } from '../../src/schema/resolution.js';
import { LoadError } from '../shared/errors.js';
import { baseStyles } from '../shared/styles.js';
import { TnDataElement } from '../shared/tn-data-element.js';
import { assessOptions, findIndicator } from '../shared/document.js';
import { barRect, linePath, timelineScales, type Frame } from './timeline.geometry.js';
import { timelineStyles } from './timeline.styles.js';
import { timelineView, type TimelineView } from './timeline.view.js';

const FRAME: Frame = { width: 600, height: 240, top: 12, right: 12, bottom: 28, left: 48 };

/**
 * @tagname tn-timeline
 * @summary One indicator's years on an axis: figures as bars (estimates hollow, projections dashed), the target
 * drawn the way its kind means it, plan figures, and the same numbers in a data table.
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

  protected override renderData(_data: Resolution, lang: Lang) {
    const v = this.#view;
    if (!v) return nothing;
    const vi = lang === 'vi';
    const { width: W, height: H, left: L, right: R, bottom: B } = FRAME;
    const s = timelineScales(v.years, v.values, FRAME);
    const show = this.#showTable;
    const legend = [
      v.targetKind === 'none' ? '' : `- - ${v.targetKind === 'trajectory' ? (vi ? 'lộ trình tới mục tiêu' : 'path to the target') : vi ? 'ngưỡng mục tiêu' : 'target threshold'}`,
      v.running.length > 1 ? `— ${v.runningLabel}` : '',
      v.breaks.length ? (vi ? '│ đứt gãy số liệu' : '│ series break') : '',
      v.bars.some((b) => b.quality !== 'actual' && b.quality !== 'preliminary') ? (vi ? 'cột rỗng: ước; viền đứt: dự kiến' : 'hollow: estimate; dashed: projection') : '',
    ];
    return html`<figure>
<figcaption part="title">${v.title}${v.targetText ? html`<span class="muted"> — ${vi ? 'mục tiêu' : 'target'} ${v.targetText}</span>` : nothing}</figcaption>
<svg part="chart" viewBox="0 0 ${W} ${H}" role="group" aria-label=${v.title}><g aria-hidden="true">${s.ticks.map(
      (t) => svg`<line class="grid" x1=${L} x2=${W - R} y1=${s.y(t)} y2=${s.y(t)}></line><text x=${L - 6} y=${s.y(t) + 4} text-anchor="end">${formatNumber(t, { lang })}</text>`,
    )}${v.years.map((y) => svg`<text class=${y === v.termFrom || y === v.termTo ? 'term' : ''} x=${s.cx(y)} y=${H - B + 18} text-anchor="middle">${y}</text>`)}</g>${v.bars.map((b) => {
      const r = barRect(s, b.year, b.value);
      return svg`<g class="point" tabindex="0" role="img" aria-label=${b.label}><rect class="bar ${b.quality}" x=${r.x} y=${r.y} width=${r.width} height=${Math.max(r.height, 1)}></rect></g>`;
    })}${v.plans.map((p) => svg`<line class="plan" x1=${s.x(p.year) - 3} x2=${s.x(p.year) + s.bandwidth + 3} y1=${s.y(p.value)} y2=${s.y(p.value)}></line>`)}${v.breaks.filter((b) => v.years.includes(b.year)).map((b) => svg`<line class="break" x1=${s.x(b.year) - 4} x2=${s.x(b.year) - 4} y1=${FRAME.top} y2=${H - B}></line>`)}<path class="target" d=${linePath(s, v.targetLine)}></path><path class="running" d=${linePath(s, v.running)}></path></svg>
<p class="legend muted" aria-hidden="true">${legend.filter(Boolean).join(' · ')}</p>${v.breaks.map((b) => html`<p part="break" class="muted break-note">${b.text}</p>`)}
<div><button type="button" aria-expanded=${show} aria-controls="t" @click=${this.#toggleTable}>${show ? (vi ? 'Ẩn bảng số liệu' : 'Hide data table') : vi ? 'Xem bảng số liệu' : 'Show data table'}</button></div>
<div class=${show ? '' : 'sr-only'}><table part="table" id="t"><caption class="sr-only">${v.title}</caption>
<thead><tr>${(vi ? ['Kỳ', 'Giá trị', 'Loại số liệu', 'Kế hoạch', 'Ghi chú'] : ['Period', 'Value', 'Quality', 'Plan', 'Note']).map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${v.rows.map((r) => html`<tr><th scope="row">${r.period}</th><td class="num">${r.value}</td><td>${r.quality}</td><td class="num">${r.plan}</td><td>${r.note}</td></tr>`)}</tbody></table></div>
</figure>`;
  }
}
