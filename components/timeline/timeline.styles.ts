import { css } from 'lit';

export const timelineStyles = css`
:host([aria-busy]){min-block-size:16rem}
figure{margin:0;display:grid;gap:calc(var(--_sp)/2)}figcaption{font-weight:600}
svg{font-size:11px}.grid{stroke:var(--_ln)}text{fill:var(--_mu)}.term{font-weight:700;fill:var(--_fg)}
.bar{fill:var(--_ac)}.preliminary{fill-opacity:.7}.estimated,.projected{fill:var(--_bg);stroke:var(--_ac);stroke-width:2}.projected{stroke-dasharray:4 3}
.point:focus{outline:none}.point:focus-visible .bar{stroke:var(--_fg);stroke-width:3}
.target,.running{fill:none;stroke:var(--_b);stroke-width:2;stroke-dasharray:6 3}.running{stroke:var(--_o);stroke-dasharray:none}.plan{stroke:var(--_fg);stroke-width:2}
.break{stroke:var(--_fg);stroke-width:1.5;stroke-dasharray:2 2}
.legend,.break-note{font-size:.85em;margin:0}
table{border-collapse:collapse;font-size:.9em;inline-size:100%}th,td{border:1px solid var(--_ln);padding:.25em .5em;text-align:start}.num{text-align:end}
@media (forced-colors:active){.bar{fill:CanvasText}.estimated,.projected{fill:Canvas;stroke:CanvasText}.target,.running,.plan{stroke:CanvasText}}
@media print{figure>.sr-only{position:static;inline-size:auto;block-size:auto;clip-path:none}}
`;
