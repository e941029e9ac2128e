import { css } from 'lit';

/**
 * Shared by every element: the `--tn-` tokens with their defaults, status colours (each ≥ 3:1
 * against its background, in light and dark schemes), the status badge, errors and placeholders.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--tn-color-background, #fff);
    --_fg: var(--tn-color-text, #1f2937);
    --_muted: var(--tn-color-muted, #4b5563);
    --_line: var(--tn-color-border, #d1d5db);
    --_track: var(--tn-color-track, #e5e7eb);
    --_accent: var(--tn-color-accent, #1d4ed8);
    --_achieved: var(--tn-color-achieved, #166534);
    --_on-track: var(--tn-color-on-track, #15803d);
    --_behind: var(--tn-color-behind, #b45309);
    --_far-behind: var(--tn-color-far-behind, #c2410c);
    --_regressing: var(--tn-color-regressing, #b91c1c);
    --_missed: var(--tn-color-missed, #991b1b);
    --_none: var(--tn-color-no-data, #6b7280);
    --_radius: var(--tn-radius, 8px);
    --_space: var(--tn-space, 12px);
    display: block;
    font-family: var(--tn-font-family, system-ui, sans-serif);
    color: var(--_fg);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--tn-color-background, #111827);
      --_fg: var(--tn-color-text, #f3f4f6);
      --_muted: var(--tn-color-muted, #9ca3af);
      --_line: var(--tn-color-border, #374151);
      --_track: var(--tn-color-track, #374151);
      --_accent: var(--tn-color-accent, #93c5fd);
      --_achieved: var(--tn-color-achieved, #4ade80);
      --_on-track: var(--tn-color-on-track, #86efac);
      --_behind: var(--tn-color-behind, #fbbf24);
      --_far-behind: var(--tn-color-far-behind, #fb923c);
      --_regressing: var(--tn-color-regressing, #f87171);
      --_missed: var(--tn-color-missed, #fca5a5);
      --_none: var(--tn-color-no-data, #9ca3af);
    }
  }
  [hidden] { display: none !important; }
  .s-achieved { --_s: var(--_achieved); }
  .s-on-track { --_s: var(--_on-track); }
  .s-behind { --_s: var(--_behind); }
  .s-far-behind { --_s: var(--_far-behind); }
  .s-regressing { --_s: var(--_regressing); }
  .s-missed { --_s: var(--_missed); }
  .s-no-data, .s-no-target { --_s: var(--_none); }
  .status { color: var(--_s); font-weight: 600; white-space: nowrap; }
  .status .icon { margin-inline-end: 0.25em; }
  .error { color: var(--_regressing); border: 1px solid currentColor; border-radius: var(--_radius); padding: var(--_space); }
  .error button, .toggle { font: inherit; margin-inline-start: 0.5em; cursor: pointer; }
  .placeholder { min-block-size: var(--_ph, 6rem); border-radius: var(--_radius); background: var(--_track); opacity: 0.5; }
  .muted { color: var(--_muted); }
  .sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  a { color: var(--_accent); }
  svg { display: block; overflow: visible; }
  .track { fill: var(--_track); }
  .fill { fill: var(--_s, var(--_accent)); }
  .tick { stroke: var(--_fg); stroke-width: 2; }
  @media (forced-colors: active) {
    .fill { fill: Highlight; }
    .track { fill: Canvas; stroke: CanvasText; }
    .tick { stroke: CanvasText; }
    .status { color: CanvasText; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill { transition: d 0.3s, width 0.3s; }
  }
  @media print {
    :host { color: #000; }
    .error button, .toggle { display: none; }
  }
`;
