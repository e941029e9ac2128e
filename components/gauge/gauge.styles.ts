import { css } from 'lit';

export const gaugeStyles = css`
.meter{display:grid;justify-items:center;gap:2px;max-inline-size:var(--tn-gauge-size,16rem);margin-inline:auto}
.bar{max-inline-size:none;justify-items:stretch}
.value{font-size:1.5em;font-weight:700;font-variant-numeric:tabular-nums}
.ends{display:flex;justify-content:space-between;inline-size:100%;font-size:.8em}
.label{font-size:.9em;text-align:center}
`;
