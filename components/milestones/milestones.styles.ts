import { css } from 'lit';

export const milestonesStyles = css`
.measure{block-size:0}
ol,ul{list-style:none;margin:0;padding:0}
li{display:grid;grid-template-columns:1fr auto;gap:.15em 1em;padding-block:calc(var(--_sp)/2);border-block-end:1px solid var(--_ln)}
.meta{grid-column:1/-1;font-size:max(12px,.85em)}
.as-of{font-size:max(12px,.85em);margin:calc(var(--_sp)/2) 0 0}
@container (max-width:479px){li{grid-template-columns:1fr}.status{white-space:normal}}
svg{font-size:13px}text{fill:var(--_fg)}.tick-label,.as-of-label{fill:var(--_mu)}.as-of-label{font-weight:600}
.grid{stroke:var(--_ln)}.axis{stroke:var(--_mu)}
.due{fill:var(--_bg);stroke:var(--_s);stroke-width:2}.done{fill:var(--_s);stroke:var(--_s);stroke-width:2}
.link,.overrun{stroke:var(--_s);stroke-width:2}.late,.overrun{stroke-dasharray:4 3}
.as-of-line{stroke:var(--_ac);stroke-width:2}
.glyph{fill:var(--_s);font-weight:700}
.undated-title{font-weight:600;margin:var(--_sp) 0 0}
@media (forced-colors:active){text,.glyph{fill:CanvasText}.due{fill:Canvas;stroke:CanvasText}.done{fill:CanvasText;stroke:CanvasText}.link,.overrun,.grid,.axis{stroke:CanvasText}.as-of-line{stroke:Highlight}}
@media print{text,.tick-label,.as-of-label{fill:#000}li{break-inside:avoid}}
`;
