import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { STATUSES } from '../../src/progress/index.js';
import type { Status } from '../../src/index.js';
import { LangController } from '../shared/lang-controller.js';
import { statusBadge } from '../shared/status.js';
import { baseStyles } from '../shared/styles.js';
import { gaugeStyles } from './gauge.styles.js';
import type { GaugeGoal } from './gauge.geometry.js';
import { renderGauge } from './gauge.template.js';

/**
 * @tagname tn-gauge
 * @summary A meter for one value against a target: a semicircle or a bullet bar. Needs no data file.
 *
 * @attr value - The value shown.
 * @attr min - Lower end of the scale (default 0).
 * @attr max - Upper end of the scale (default: a round number above the value and the target).
 * @attr target - The target, drawn as a tick; the side where it is met is shaded.
 * @attr op - What the target asks: ">=" (default) or ">" (at least: the good side is above it), "<=" or "<" (at most: the scale is drawn reversed, lowest value at the right end, so that the fill grows towards the good side), or "between" with `target-high` (a band: a marker shows the value against it).
 * @attr target-high - The upper end of a band target (with op="between").
 * @attr stretch - An aim beyond the target ("exceeded" past it), drawn as a second tick.
 * @attr target-text - The target in words, e.g. "trên 5%/năm" (default: the target value with its unit).
 * @attr label - What is measured; the meter's accessible name.
 * @attr unit - Unit shown after numbers, e.g. "%" or "km".
 * @attr decimals - Fraction digits shown (default 0 to 2).
 * @attr status - exceeded, achieved, on-track, behind, far-behind, regressing, missed, no-data or no-target: colours the fill and is said in words.
 * @attr shape - "arc" (default) or "bar".
 * @attr lang - "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese.
 *
 * @csspart gauge - The meter (role="meter").
 * @csspart value - The value.
 * @csspart target - The target caption.
 * @csspart status - The status badge.
 *
 * @cssprop --tn-gauge-size - Largest width of an arc gauge (default 16rem).
 */
export class TnGauge extends LitElement {
  static override properties: PropertyDeclarations = {
    value: { type: Number },
    min: { type: Number },
    max: { type: Number },
    target: { type: Number },
    op: {},
    targetHigh: { type: Number, attribute: 'target-high' },
    stretch: { type: Number },
    targetText: { attribute: 'target-text' },
    label: {},
    unit: {},
    decimals: { type: Number },
    status: {},
    shape: {},
    lang: { reflect: true },
  };

  static override styles = [baseStyles, gaugeStyles];

  /** The value shown. */
  declare value?: number;
  /** Lower end of the scale (default 0). */
  min = 0;
  /** Upper end of the scale (default: a round number above the value and the target). */
  declare max?: number;
  /** The target, drawn as a tick. */
  declare target?: number;
  /** What the target asks: ">=" (default), ">", "<=", "<" or "between" (with `targetHigh`). */
  declare op?: string;
  /** The upper end of a band target (op "between"). */
  declare targetHigh?: number;
  /** An aim beyond the target, drawn as a second tick. */
  declare stretch?: number;
  /** The target in words, e.g. "trên 5%/năm" (default: the target value with its unit). */
  declare targetText?: string;
  /** What is measured; the meter's accessible name. */
  declare label?: string;
  /** Unit shown after numbers, e.g. "%" or "km". */
  declare unit?: string;
  /** Fraction digits shown (default 0 to 2). */
  declare decimals?: number;
  /** A status from the core (achieved, on-track, behind, far-behind, regressing, missed, no-data, no-target): colours the fill and is said in words. */
  declare status?: Status;
  /** "arc" (default) or "bar". */
  shape: 'arc' | 'bar' = 'arc';
  /** "vi" or "en"; by default the nearest ancestor's `lang`, else Vietnamese. */
  // No default: an empty `lang` attribute would mean "unknown language" to the page and its screen readers.
  declare lang: string;

  readonly #lang = new LangController(this);

  /** The goal from `op`, `target`, `target-high` and `stretch`; nothing usable, none (a plain meter, or "at least target"). */
  #goal(): { goal?: GaugeGoal } {
    const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
    if (!num(this.target)) return {};
    const op = this.op?.trim();
    const stretch = num(this.stretch) ? { stretch: this.stretch } : {};
    if (op === 'between' && num(this.targetHigh)) return { goal: { op, value: [this.target, this.targetHigh], ...stretch } };
    const one = op === '>' || op === '<=' || op === '<' ? op : '>=';
    return { goal: { op: one, value: this.target, ...stretch } };
  }

  protected override render() {
    const lang = this.#lang.value;
    // Attributes are text typed into a CMS: anything unusable falls back to a default instead of breaking.
    const status = this.status && (STATUSES as readonly string[]).includes(this.status) ? this.status : undefined;
    const d = this.decimals;
    const decimals = typeof d === 'number' && d >= 0 && d <= 6 ? Math.round(d) : undefined;
    return html`${renderGauge({
      value: this.value,
      min: this.min,
      max: this.max,
      target: this.target,
      ...this.#goal(),
      targetText: this.targetText,
      label: this.label,
      unit: this.unit,
      decimals,
      status,
      shape: this.shape === 'bar' ? 'bar' : 'arc',
      lang,
    })}${this.label ? html`<div class="label" aria-hidden="true">${this.label}</div>` : nothing}${status ? html`<div class="label">${statusBadge(status, lang)}</div>` : nothing}`;
  }
}
