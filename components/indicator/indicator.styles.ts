import { css } from 'lit';

export const indicatorStyles = css`
:host([aria-busy]){min-block-size:12rem}:host([variant=compact][aria-busy]){min-block-size:2.5rem}
:host(:state(short)){min-block-size:12rem}
:host([variant=inline]){display:inline;container-type:normal;font-family:var(--tn-font-family,inherit)}.inline{white-space:nowrap}.inline .icon{margin:0}
:host([variant=inline][aria-busy]){display:inline-block;inline-size:4em;min-block-size:1em;vertical-align:middle}
.card{background:var(--_bg);border:1px solid var(--_ln);border-radius:var(--_rad);padding:var(--_sp);display:grid;gap:calc(var(--_sp)/2);min-block-size:12rem;box-sizing:border-box}
.lazy{content-visibility:auto;contain-intrinsic-size:auto 14rem}
.title{font-weight:600;margin:0}
.body{display:grid;grid-template-columns:1fr minmax(7rem,11rem);gap:var(--_sp);align-items:center}
.figure{font-size:1.6em;font-weight:700;font-variant-numeric:tabular-nums}
.src{font-size:.85em}.foot{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5em;font-size:.85em}
.meter .value,.meter [part=target]{display:none}
.years{display:flex;flex-wrap:wrap;gap:.5em;list-style:none;margin:0;padding:0;font-size:.85em}
.years li{border:1px solid var(--_ln);border-radius:4px;padding:0 .4em}
.verdict{font-size:.95em}.differs{font-weight:600}
.met{color:var(--_a)}.unmet{color:var(--_m)}
.spark{inline-size:7.5rem;block-size:2rem}.spark path{fill:none;stroke:var(--_s);stroke-width:1.5}.spark .dash{stroke-dasharray:3 3}
.spark .dot{fill:var(--_s);stroke:none}.spark .hollow{fill:var(--_bg);stroke:var(--_s);stroke-width:1}
.compact{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25em .75em;min-block-size:2.5rem}
.compact .title{flex:1 1 12rem}.compact .figure{font-size:1.1em}.compact .as-of{font-size:.85em}
@container (max-width:26rem){.body{grid-template-columns:1fr}}
@media (forced-colors:active){.spark path{stroke:CanvasText}.spark .dot{fill:CanvasText}.spark .hollow{fill:Canvas;stroke:CanvasText}}
`;
