import { css } from 'lit';

// The zone where the target is met is a rim outside the band (hatched in forced colours): the good
// side is shown by its place and its tick, not by colour alone.
export const gaugeStyles = css`
.meter{display:grid;justify-items:center;gap:2px;max-inline-size:var(--tn-gauge-size,16rem);margin-inline:auto}
.bar{max-inline-size:none;justify-items:stretch}
.value{font-size:1.5em;font-weight:700;font-variant-numeric:tabular-nums}
.ends{display:flex;justify-content:space-between;inline-size:100%;font-size:.8em}
.label{font-size:.9em;text-align:center}
.zone{fill:var(--_a)}.marker{stroke:var(--_bg);stroke-width:1}
@media (forced-colors:active){.zone{fill:CanvasText}.marker{fill:Highlight}}
`;
