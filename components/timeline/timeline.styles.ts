import { css } from 'lit';

export const timelineStyles = css`
  :host { --_ph: 16rem; }
  figure { margin: 0; display: grid; gap: calc(var(--_space) / 2); }
  figcaption { font-weight: 600; }
  svg { inline-size: 100%; block-size: auto; font-size: 11px; }
  .axis line, .grid { stroke: var(--_line); }
  .axis text { fill: var(--_muted); }
  .term { font-weight: 700; fill: var(--_fg); }
  .bar { fill: var(--_accent); }
  .bar.preliminary { fill-opacity: 0.7; }
  .bar.estimated { fill: var(--_bg); stroke: var(--_accent); stroke-width: 2; }
  .bar.projected { fill: none; stroke: var(--_accent); stroke-width: 2; stroke-dasharray: 4 3; }
  .point:focus { outline: none; }
  .point:focus-visible .bar { stroke: var(--_fg); stroke-width: 3; }
  .target { fill: none; stroke: var(--_behind); stroke-width: 2; stroke-dasharray: 6 3; }
  .running { fill: none; stroke: var(--_on-track); stroke-width: 2; }
  .plan { stroke: var(--_fg); stroke-width: 2; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25em 1em; font-size: 0.85em; margin: 0; padding: 0; list-style: none; }
  .key { display: inline-block; inline-size: 1.2em; block-size: 0; border-block-start: 2px solid; vertical-align: middle; margin-inline-end: 0.3em; }
  .key.target { border-color: var(--_behind); border-block-start-style: dashed; }
  .key.running { border-color: var(--_on-track); }
  table { border-collapse: collapse; font-size: 0.9em; inline-size: 100%; }
  th, td { border: 1px solid var(--_line); padding: 0.25em 0.5em; text-align: start; }
  td.num { text-align: end; font-variant-numeric: tabular-nums; }
  @media (forced-colors: active) {
    .bar { fill: CanvasText; }
    .bar.estimated, .bar.projected { fill: Canvas; stroke: CanvasText; }
    .target, .running, .plan { stroke: CanvasText; }
  }
  @media print { .sr-only { position: static; inline-size: auto; block-size: auto; clip-path: none; } }
`;
