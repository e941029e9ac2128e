import { css } from 'lit';

// The chart is drawn at its real size (its viewBox is its size in CSS pixels): 12px here is 12px on
// screen. Until the host is measured it is drawn at a default width and scaled down to fit.
export const timelineStyles = css`
:host([aria-busy]){min-block-size:16rem}
.sizer{block-size:0}
figure{margin:0;display:grid;gap:calc(var(--_sp)/2);min-inline-size:0}figcaption{font-weight:600}
svg[part=chart]{font-size:12px;inline-size:auto;max-inline-size:100%;block-size:auto;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.grid{stroke:var(--_ln)}text{fill:var(--_mu)}.term,.unit{font-weight:700;fill:var(--_fg)}
.bar{--_c:var(--_ac);fill:var(--_c)}.bar.met{--_c:var(--_a)}.bar.missed{--_c:var(--_m)}.preliminary{fill-opacity:.7}
.estimated,.projected{fill:var(--_bg);stroke:var(--_c);stroke-width:2}.projected{stroke-dasharray:4 3}
.mark{fill:none;stroke-width:2.5;stroke-linecap:round;stroke-linejoin:round}.mark.met{stroke:var(--_a)}.mark.missed{stroke:var(--_m)}
.point:focus{outline:none}.point:focus-visible .bar{stroke:var(--_fg);stroke-width:3}
.target,.running,.stretch{fill:none;stroke:var(--_b);stroke-width:2;stroke-dasharray:6 3}.stretch{stroke-dasharray:1 3;stroke-linecap:round}
.running{stroke:var(--_o);stroke-dasharray:none}.plan{stroke:var(--_fg);stroke-width:2}
.range,.stretch-band{fill:var(--_b);fill-opacity:.16;stroke:none}.stretch-band{fill-opacity:.08}.plan-range{fill:var(--_fg);fill-opacity:.12}
.break{stroke:var(--_fg);stroke-width:1.5;stroke-dasharray:2 2}
.legend{display:flex;flex-wrap:wrap;gap:.25em 1em;list-style:none;margin:0;padding:0;font-size:max(12px,.85em)}.legend li{display:inline-flex;align-items:center;gap:.4em}
.legend svg.swatch{display:inline-block;inline-size:24px;block-size:14px;flex:none;overflow:visible}
.break-note,.as-of{font-size:max(12px,.85em);margin:0}
table{border-collapse:collapse;font-size:.9em;inline-size:100%}th,td{border:1px solid var(--_ln);padding:.25em .5em;text-align:start}.num{text-align:end}
@media (forced-colors:active){.bar{fill:CanvasText}.estimated,.projected{fill:Canvas;stroke:CanvasText}.target,.running,.stretch,.plan,.mark{stroke:CanvasText}.range,.stretch-band,.plan-range{fill:GrayText}text{fill:CanvasText}}
@media print{figure>.sr-only{position:static;inline-size:auto;block-size:auto;clip-path:none}svg[part=chart]{inline-size:100%}}
`;
