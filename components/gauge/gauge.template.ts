import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatValue } from '../../src/format/number.js';
import { statusLabel } from '../../src/format/status.js';
import type { Status } from '../../src/progress/types.js';
import type { Text } from '../../src/schema/primitives.js';
import type { Lang } from '../../src/schema/messages.js';
import { fraction, niceMax, semicircleSector, semicircleTick } from './gauge.geometry.js';

export interface GaugeOptions {
  value?: number;
  min?: number;
  max?: number;
  target?: number;
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
  const min = finite(o.min) ? o.min : 0;
  const value = finite(o.value) ? o.value : undefined;
  const target = finite(o.target) ? o.target : undefined;
  const max = finite(o.max) && o.max > min ? o.max : niceMax([value ?? min, target ?? min], min);
  const fmt = (x: number) => formatValue(x, { lang, unit: o.unit, decimals: o.decimals });
  const valueText = o.valueText ?? (value === undefined ? '—' : fmt(value));
  const targetWords = o.targetText || (target === undefined ? '' : fmt(target));
  const targetText = targetWords ? `${lang === 'vi' ? 'mục tiêu' : 'target'} ${targetWords}` : '';
  const spoken = [value === undefined ? statusLabel('no-data', lang) : valueText, targetText, o.status ? (o.statusText ?? statusLabel(o.status, lang)) : '']
    .filter(Boolean)
    .join(' — ');
  const f = fraction(value ?? min, min, max);
  const ft = target === undefined ? undefined : fraction(target, min, max);
  const bar = o.shape === 'bar';
  // (no white space between the parts: every card carries a gauge)
  return html`<div part="gauge" class="meter ${bar ? 'bar' : 'arc'} s-${o.status ?? 'none'}" role="meter" aria-label=${o.label || (lang === 'vi' ? 'Giá trị' : 'Value')} aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${shownWithin(value ?? min, o.decimals ?? 2, min, max)} aria-valuetext=${spoken}>${
    bar ? barShape(f, ft) : arcShape(f, ft)}<div class="ends muted" aria-hidden="true"><span>${formatValue(min, { lang, unit: o.unit })}</span><span>${formatValue(max, { lang, unit: o.unit })}</span></div><div part="value" class="value" aria-hidden="true">${valueText}</div>${
    targetText ? html`<div part="target" class="muted" aria-hidden="true">${targetText}</div>` : nothing}</div>`;
}

// The arc's band is the same for every gauge.
const TRACK = semicircleSector(0, 1, 90, 62, 100, 100);

function arcShape(f: number, ft: number | undefined) {
  const tick = ft === undefined ? undefined : semicircleTick(ft, 90, 62, 100, 100);
  return svg`<svg viewBox="0 0 200 106" aria-hidden="true" focusable="false"><path class="track" d=${TRACK}></path><path class="fill" d=${semicircleSector(0, f, 90, 62, 100, 100)}></path>${
    tick ? svg`<line class="tick" x1=${tick.x1} y1=${tick.y1} x2=${tick.x2} y2=${tick.y2}></line>` : nothing}</svg>`;
}

function barShape(f: number, ft: number | undefined) {
  return svg`<svg viewBox="0 0 200 24" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" x="0" y="6" width="200" height="12" rx="3"></rect><rect class="fill" x="0" y="6" width=${Math.round(f * 2000) / 10} height="12" rx="3"></rect>${
    ft === undefined ? nothing : svg`<line class="tick" x1=${ft * 200} y1="1" x2=${ft * 200} y2="23"></line>`}</svg>`;
}

/**
 * A value as it is shown (4.24998801 → 4.25 at two decimals), within the scale [min, max], for
 * aria-valuenow (rounding never takes it past an end: 5e-324 at no decimals stays the minimum).
 */
function shownWithin(x: number, decimals: number, min: number, max: number): number {
  const r = Number(x.toFixed(Math.min(20, Math.max(0, decimals))));
  return Math.min(max, Math.max(min, Number.isFinite(r) ? r : x));
}
