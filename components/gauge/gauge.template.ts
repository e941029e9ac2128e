import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatValue, statusLabel, uiText as t } from '../../src/format/index.js';
import type { Lang, Status, Text } from '../../src/index.js';
import { ARC, arcPath, arcTick, gaugeLayout, type GaugeGoal, type GaugeLayout } from './gauge.geometry.js';

export interface GaugeOptions {
  value?: number;
  min?: number;
  max?: number;
  target?: number;
  /**
   * What the target asks (default: at least `target`): the good side is drawn shaded, and a target
   * that asks for less is drawn on a reversed scale so that the fill grows towards it.
   */
  goal?: GaugeGoal;
  /** The target in words (default: the target value with its unit). */
  targetText?: string;
  /** Text shown as the value (default: the value with its unit), e.g. "9/11". */
  valueText?: string;
  label?: string;
  unit?: Text;
  decimals?: number;
  status?: Status;
  /** The status in words when it says more than its label ("Đạt (tạm tính)"): what the aria text says. */
  statusText?: string;
  shape?: 'arc' | 'bar';
  lang: Lang;
}

const finite = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** The gauge used by `<tn-gauge>` and inside `<tn-indicator>`: a meter whose children are hidden from screen readers. */
export function renderGauge(o: GaugeOptions): TemplateResult {
  const { lang } = o;
  const value = finite(o.value) ? o.value : undefined;
  const goal = o.goal ?? (finite(o.target) ? { op: '>=' as const, value: o.target } : undefined);
  const g = gaugeLayout(value, goal, o.min, o.max);
  const min = Math.min(g.left, g.right);
  const max = Math.max(g.left, g.right);
  const target = typeof goal?.value === 'number' ? goal.value : undefined;
  const fmt = (x: number) => formatValue(x, { lang, unit: o.unit, decimals: o.decimals });
  const valueText = o.valueText ?? (value === undefined ? '—' : fmt(value));
  const targetWords = o.targetText || (target === undefined ? '' : fmt(target));
  const targetText = targetWords ? t('target', lang, { x: targetWords }) : '';
  const spoken = [value === undefined ? statusLabel('no-data', lang) : valueText, targetText, o.status ? (o.statusText ?? statusLabel(o.status, lang)) : '']
    .filter(Boolean)
    .join(' — ');
  const bar = o.shape === 'bar';
  // (no white space between the parts: every card carries a gauge)
  return html`<div part="gauge" class="meter ${bar ? 'bar' : 'arc'} s-${o.status ?? 'none'}${g.reversed ? ' reversed' : ''}" role="meter" aria-label=${o.label || t('value', lang)} aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${shownWithin(value ?? min, o.decimals ?? 2, min, max)} aria-valuetext=${spoken}>${
    bar ? barShape(g) : arcShape(g)}<div class="ends muted" aria-hidden="true"><span>${formatValue(g.left, { lang, unit: o.unit })}</span><span>${formatValue(g.right, { lang, unit: o.unit })}</span></div><div part="value" class="value" aria-hidden="true">${valueText}</div>${
    targetText ? html`<div part="target" class="muted" aria-hidden="true">${targetText}</div>` : nothing}</div>`;
}

// The arc's band is the same for every gauge.
const TRACK = arcPath(0, 1);
const AT = `translate(${ARC.cx},${ARC.cy})`;

function arcShape(g: GaugeLayout) {
  return svg`<svg viewBox="0 0 200 106" aria-hidden="true" focusable="false"><g transform=${AT}><path class="track" d=${TRACK}></path>${
    g.zone ? svg`<path class="zone" d=${arcPath(g.zone[0], g.zone[1], ARC.outer + 2, ARC.outer + 7)}></path>` : nothing}${
    g.fill === undefined ? nothing : svg`<path class="fill" d=${arcPath(0, g.fill)}></path>`}${g.ticks.map((f) => {
    const k = arcTick(f);
    return svg`<line class="tick" x1=${k.x1} y1=${k.y1} x2=${k.x2} y2=${k.y2}></line>`;
  })}${g.marker === undefined ? nothing : svg`<path class="marker fill" d=${arcPath(g.marker - 0.012, g.marker + 0.012, ARC.inner - 6, ARC.outer + 6)}></path>`}</g></svg>`;
}

const x200 = (f: number) => Math.round(f * 2000) / 10;

function barShape(g: GaugeLayout) {
  return svg`<svg viewBox="0 0 200 28" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" x="0" y="8" width="200" height="12" rx="3"></rect>${
    g.zone ? svg`<rect class="zone" x=${x200(g.zone[0])} y="1" width=${x200(g.zone[1] - g.zone[0])} height="5"></rect>` : nothing}${
    g.fill === undefined ? nothing : svg`<rect class="fill" x="0" y="8" width=${x200(g.fill)} height="12" rx="3"></rect>`}${g.ticks.map((f) => svg`<line class="tick" x1=${x200(f)} y1="3" x2=${x200(f)} y2="25"></line>`)}${
    g.marker === undefined ? nothing : svg`<rect class="marker fill" x=${x200(g.marker) - 2} y="4" width="4" height="20"></rect>`}</svg>`;
}

/**
 * A value as it is shown (4.24998801 → 4.25 at two decimals), within the scale [min, max], for
 * aria-valuenow (rounding never takes it past an end: 5e-324 at no decimals stays the minimum).
 */
function shownWithin(x: number, decimals: number, min: number, max: number): number {
  const r = Number(x.toFixed(Math.min(20, Math.max(0, decimals))));
  return Math.min(max, Math.max(min, Number.isFinite(r) ? r : x));
}
