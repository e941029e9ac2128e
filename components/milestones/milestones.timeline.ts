import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatPartialDate, uiText as t } from '../../src/format/index.js';
import type { Lang } from '../../src/index.js';
import { fitText, FONT_SIZE, milestoneAxis, textWidth, type MilestoneAxis, type Span } from './milestones.geometry.js';
import { MILESTONE_CLASSES, MILESTONE_MARKS, type MilestoneRow, type MilestonesView } from './milestones.view.js';

/**
 * `<tn-milestones layout="timeline">`: the dated milestones on a time axis (milestones.geometry.ts,
 * d3 scaleUtc), those without a date listed below. In the embed this module is
 * milestones.timeline.embed.ts, which draws nothing: the element shows its list.
 */
// (aria-hidden: the list above says all of it, and a drawing is no list for a screen reader)
export function renderTimeline(v: MilestonesView, width: number, lang: Lang, item: (row: MilestoneRow, undated: boolean) => TemplateResult): TemplateResult | null {
  const dated = v.rows.filter((r) => r.due || r.done);
  const undated = v.rows.filter((r) => !r.due && !r.done);
  const a = milestoneAxis(dated, v.asOfDate, width, textWidth(v.asOfLabel));
  const line = (cls: string, x1: number, x2: number, y1: number, y2: number) => svg`<line class=${cls} x1=${x1} x2=${x2} y1=${y1} y2=${y2}></line>`;
  const mark = (cls: string, span: Span | undefined, y: number) => (span ? svg`<rect class=${cls} x=${span.x} y=${y - 6} width=${span.width} height="12" rx=${cls === 'done' ? 6 : 2}></rect>` : nothing);
  const chart = (a: MilestoneAxis) => {
    const room = a.width - a.left - a.right;
    const lanes = dated.map((row, i) => {
      const { y, labelY, due, link, glyph } = a.lanes[i]!;
      // (from after the mark "!" to the as-of line: the time it has been overdue)
      const from = due ? due.x + due.width + 18 : 0;
      return svg`<g class="lane ${MILESTONE_CLASSES[row.kind]}" data-id=${row.id} data-kind=${row.kind}><text class="label" x=${a.left} y=${labelY}>${fitText(`${MILESTONE_MARKS[row.kind]} ${row.status} · ${row.title}`, room)}</text>${link ? line(row.kind === 'late' ? 'link late' : 'link', link.x1, link.x2, y, y) : nothing}${row.kind === 'overdue' && due && a.asOf && a.asOf.x > from ? line('overrun', from, a.asOf.x, y, y) : nothing}${mark('due', due, y)}${mark('done', a.lanes[i]!.done, y)}${glyph ? svg`<text class="glyph" x=${glyph.x} y=${y + FONT_SIZE / 2 - 1} text-anchor=${glyph.anchor}>${MILESTONE_MARKS[row.kind]}</text>` : nothing}</g>`;
    });
    return html`<svg part="chart" width=${a.width} height=${a.height} viewBox="0 0 ${a.width} ${a.height}">${a.ticks.map((k) => svg`${line('grid', k.x, k.x, a.lanes[0]!.labelY + 4, a.axisY)}${line('axis', k.x, k.x, a.axisY, a.axisY + 4)}<text class="tick-label" x=${k.x} y=${a.axisY + 18} text-anchor="middle">${formatPartialDate(k.date, lang)}</text>`)}${line('axis', a.left, a.width - a.right, a.axisY, a.axisY)}${lanes}${a.asOf ? svg`${line('as-of-line', a.asOf.x, a.asOf.x, a.asOf.y1, a.asOf.y2)}<text class="as-of-label" x=${a.asOf.x} y=${a.asOf.labelY} text-anchor=${a.asOf.anchor}>${v.asOfLabel}</text>` : nothing}</svg>`;
  };
  return html`<div class="timeline" aria-hidden="true">${a ? chart(a) : nothing}${undated.length ? html`<p class="undated-title">${t('undated', lang)}</p><ul class="undated">${undated.map((row) => html`<li>${item(row, true)}</li>`)}</ul>` : nothing}</div>`;
}
