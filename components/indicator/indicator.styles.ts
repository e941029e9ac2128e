import { css } from 'lit';

export const indicatorStyles = css`
  :host { --_ph: 12rem; }
  :host([variant='compact']) { --_ph: 3.5rem; }
  :host([variant='inline']) { display: inline; container-type: normal; --_ph: 1em; }
  :host([variant='inline']) .placeholder { display: inline-block; inline-size: 4em; min-block-size: 1em; vertical-align: middle; }
  .card { background: var(--_bg); border: 1px solid var(--_line); border-radius: var(--_radius); padding: var(--_space); display: grid; gap: calc(var(--_space) / 2); min-block-size: var(--_ph); box-sizing: border-box; }
  .title { font-weight: 600; font-size: 1.05em; margin: 0; }
  .body { display: grid; grid-template-columns: 1fr minmax(7rem, 11rem); gap: var(--_space); align-items: center; }
  .figure { font-size: 1.6em; font-weight: 700; font-variant-numeric: tabular-nums; }
  .foot { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5em; font-size: 0.85em; }
  .meter { display: grid; justify-items: center; }
  .meter .value, .meter [part='target'] { display: none; }
  .ends { display: flex; justify-content: space-between; inline-size: 100%; font-size: 0.75em; }
  .years { display: flex; flex-wrap: wrap; gap: 0.5em; list-style: none; margin: 0; padding: 0; font-size: 0.85em; }
  .years li { border: 1px solid var(--_line); border-radius: 4px; padding: 0.1em 0.4em; }
  .met { color: var(--_on-track); }
  .unmet { color: var(--_regressing); }
  .spark { inline-size: 7.5rem; block-size: 2rem; }
  .spark path { fill: none; stroke: var(--_s, var(--_accent)); stroke-width: 1.5; }
  .spark .dash { stroke-dasharray: 3 3; }
  .spark circle { fill: var(--_s, var(--_accent)); }
  .spark .hollow { fill: var(--_bg); stroke: var(--_s, var(--_accent)); }
  .compact { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 0.75em; padding: 0.25em 0; min-block-size: var(--_ph); }
  .compact .title { flex: 1 1 12rem; font-size: 1em; }
  .compact .figure { font-size: 1.1em; }
  .inline .status { font-weight: inherit; }
  @container (max-width: 22rem) {
    .body { grid-template-columns: 1fr; }
  }
  @media (forced-colors: active) {
    .spark path { stroke: CanvasText; }
    .spark circle { fill: CanvasText; }
  }
`;
