import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { localize, statusText, uiText as t, verdictDiffersText } from '../../src/format/index.js';
import { assessIndicator } from '../../src/progress/index.js';
import type { Indicator, IndicatorAssessment, Lang, Resolution } from '../../src/index.js';
import { renderGauge } from '../gauge/gauge.template.js';
import { gaugeStyles } from '../gauge/gauge.styles.js';
import { LoadError } from '../shared/errors.js';
import { statusBadge, STATUS_ICONS } from '../shared/status.js';
import { NearController } from '../shared/near.js';
import { setState } from '../shared/custom-state.js';
import { baseStyles } from '../shared/styles.js';
import { TnDataElement } from '../shared/tn-data-element.js';
import { asOfLine, assessOptions, findIndicator } from '../shared/document.js';
import { indicatorView, type IndicatorView } from './indicator.view.js';
import { indicatorStyles } from './indicator.styles.js';
import { sparkline } from './sparkline.geometry.js';

/**
 * @tagname tn-indicator
 * @summary One indicator of a resolution: its latest figure, target, status, a gauge and a sparkline.
 *
 * @attr src - URL of the resolution JSON file.
 * @attr indicator - Id of the indicator to show.
 * @attr as-of - Assess as of a year ("2023") or a date ("2023-06-30").
 * @attr timeout - Seconds to wait for the data file before showing a "network" error (default 15; elements naming the same file share its request, and the first to ask sets this).
 * @attr variant - "card" (default), "compact" (one line) or "inline" (a status mark and the figure, inside a sentence).
 * @attr lang - "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese.
 * @property resolution - A resolution document as an object, instead of `src` (read-only once given: to change it, give a new object).
 *
 * @fires tn-load - The data is loaded and shown (a card away from the viewport shows its title and status until it comes near). `detail.resolution` is the validated document.
 * @fires tn-error - The data could not be shown. `detail: { kind, message, issues? }`.
 *
 * @slot - An optional `<script type="application/json">` holding a resolution document, instead of `src`.
 *
 * @csspart card - The card.
 * @csspart title - The indicator's title.
 * @csspart value - The headline figure.
 * @csspart target - The target in words.
 * @csspart status - The status badge.
 * @csspart verdict - The body's own verdict (schema 1.1), beside the status.
 * @csspart gauge - The gauge (role="meter").
 * @csspart chart - The sparkline.
 * @csspart as-of - Which date the data speaks for ("Số liệu đến năm 2023"; with `as-of`, "Đánh giá tại 31/12/2021 · số liệu đến năm 2023"). Read by screen readers only on the inline variant.
 * @csspart error - The error message.
 */
export class TnIndicator extends TnDataElement {
  static override properties: PropertyDeclarations = {
    indicator: {},
    variant: { reflect: true, useDefault: true },
  };

  static override styles = [baseStyles, gaugeStyles, indicatorStyles];

  /** Id of the indicator to show. */
  indicator = '';
  /** "card", "compact" or "inline". */
  variant: 'card' | 'compact' | 'inline' = 'card';

  /** Away from view, a card shows its title and status only, until it comes near (near.ts). */
  readonly #near = new NearController(this);
  #found?: [Indicator, IndicatorAssessment];
  #wasShort = false;

  /** A card (not compact, not inline) may be drawn short while away from view (near.ts). */
  get #lazy(): boolean {
    return this.variant !== 'inline' && this.variant !== 'compact';
  }

  protected override arrived(): void {
    // A card learns first whether it is away from view, so that one far away is not drawn in full.
    if (this.#lazy) this.#near.place();
    else super.arrived();
  }

  protected override prepare(data: Resolution): LoadError | undefined {
    const indicator = findIndicator(data, this.indicator);
    this.#found = indicator && [indicator, assessIndicator(data, indicator, assessOptions(this.asOf, data))!];
    return indicator ? undefined : new LoadError('not-found', { id: this.indicator });
  }

  protected override renderData(data: Resolution, lang: Lang) {
    if (!this.#found) return nothing;
    const indicator = this.#found[0];
    const assessment = this.#found[1];
    // Away from the viewport (near.ts): the title and status as plain text, until it comes near.
    const short = !!this.#near.far && this.#lazy;
    // (`:state(short)` keeps a card's height around the one line; without custom states, one line high)
    setState(this, 'short', short);
    if (short) {
      this.#wasShort = true;
      return `${localize(indicator.title, lang)}: ${statusText(assessment, lang)}`;
    }
    const v = indicatorView(data, indicator, assessment, lang);
    // Which date the data speaks for, on every variant (inline: for screen readers, the sentence stays short).
    const asOf = asOfLine(data, this.asOf, lang);
    if (this.variant === 'inline') {
      // The figure first, its status after (a screen reader hears "4,25% (Chậm so với lộ trình)");
      // a figure without a target carries no mark at all.
      // A verdict that differs from the status is said in the sentence too; one that agrees, to screen readers.
      return html`<span class="inline s-${v.status}"><span part="value">${v.valueText}</span>${v.status === 'no-target'
        ? nothing
        : html`<span part="status" class="status"> <span class="icon" aria-hidden="true">${STATUS_ICONS[v.status]}</span><span class="sr-only">(${v.statusText})</span></span>`}${
        v.verdictText ? html`<span part="verdict" class=${v.verdictDiffers ? 'verdict differs' : 'sr-only'}> (${v.verdictText})</span>` : nothing}<span part="as-of" class="sr-only"> (${asOf})</span></span>`;
    }
    // (one part per text where a template could hold two: fewer nodes and parts for every card)
    const caption = v.qualityText ? `${v.valueCaption} (${v.qualityText})` : v.valueCaption;
    const figure = html`<span part="value" class="figure">${v.valueText}</span> <span class="muted">${caption}</span>`;
    if (this.variant === 'compact') {
      return html`<div part="card" class="compact s-${v.status}"><span part="title" class="title">${v.title}</span> ${figure} ${statusBadge(v.status, lang, v.statusText)}${this.#renderVerdict(v, lang)} <span part="as-of" class="muted as-of">${asOf}</span></div>`;
    }
    // A card drawn once it came near is skipped by the browser when away again (`lazy`:
    // content-visibility: auto); the cards near from the start do without, which would make the
    // browser lay the whole page out twice in their first frame.
    // (no white space between blocks: a thousand cards would carry tens of thousands of empty text nodes)
    return html`<article part="card" class="card s-${v.status}${this.#wasShort ? ' lazy' : ''}" aria-label=${v.title}><p part="title" class="title">${v.title}</p><div class="body"><div><div>${figure}</div>${
      v.shareText ? html`<div class="muted">${v.shareText}</div>` : nothing}${
      v.targetText ? html`<div part="target">${t('targetLabel', lang, { x: v.targetText })}</div>` : nothing}${
      v.note ? html`<div class="muted">${v.note}</div>` : nothing}</div>${
      v.gauge ? renderGauge({ ...v.gauge, lang }) : v.years ? this.#renderYears(v, lang) : nothing}</div><div class="foot">${statusBadge(v.status, lang, v.statusText)}${this.#renderVerdict(v, lang)}${this.#renderSpark(v)}</div><div part="as-of" class="muted src">${asOf}</div>${
      v.source
        ? html`<div class="muted src">${t('source', lang)}${v.source.href
            ? html`<a href=${v.source.href} rel="noopener noreferrer external" target="_blank">${v.source.title}</a>`
            : v.source.title}</div>`
        : nothing}</article>`;
  }

  /** The body's own verdict beside the computed status; marked (≠, and in words) where the two disagree. */
  #renderVerdict(v: IndicatorView, lang: Lang) {
    if (!v.verdictText) return nothing;
    const differs = v.verdictDiffers ? ` — ${verdictDiffersText(lang)}` : '';
    return html`<span part="verdict" class=${v.verdictDiffers ? 'verdict differs' : 'verdict'}>${v.verdictDiffers ? html`<span aria-hidden="true">≠ </span>` : nothing}${v.verdictText + differs}</span>`;
  }

  #renderYears(v: IndicatorView, lang: Lang): TemplateResult {
    return html`<ol class="years" aria-label=${t('years', lang)}>${v.years!.map(
      (y) => html`<li class=${y.met ? 'met' : 'unmet'}><span aria-hidden="true">${y.met ? '✔' : '✖'}</span> ${`${y.period}: ${y.text}`}<span class="sr-only">${`, ${t(y.met ? 'met' : 'unmet', lang)}`}</span></li>`,
    )}</ol>`;
  }

  #renderSpark(v: IndicatorView) {
    if (v.series.length < 2) return nothing;
    const s = sparkline(v.series, 120, 32);
    // (the figures' dots as two paths, final and not final, rather than an element per dot)
    return svg`<svg part="chart" class="spark" viewBox="0 0 120 32" role="img" aria-label=${v.seriesText}><path d=${s.line}></path><path class="dash" d=${s.projected}></path><path class="dot" d=${s.dots}></path><path class="dot hollow" d=${s.hollowDots}></path></svg>`;
  }
}
