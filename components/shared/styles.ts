import { css } from 'lit';

/**
 * Shared by every element: the documented `--tn-` custom properties with their defaults (status
 * colours each ≥ 4.5:1 against the background in light and dark schemes, and apart from each other:
 * test/components/colours.test.ts), the status badge, errors,
 * the loading placeholder (the host itself: its space at once, a grey box once loading takes a
 * while, where the browser has custom states; at once elsewhere), forced colours, reduced motion
 * and print.
 */
export const baseStyles = css`
:host{display:block;font-family:var(--tn-font-family,system-ui,sans-serif);color:var(--tn-color-text,#1f2937);container-type:inline-size}
:host([aria-busy]){min-block-size:6rem;border-radius:var(--tn-radius,8px);background:var(--tn-color-track,#e5e7eb)}
:host>*{--_bg:var(--tn-color-background,#fff);--_fg:var(--tn-color-text,#1f2937);--_mu:var(--tn-color-muted,#4b5563);--_ln:var(--tn-color-border,#d1d5db);--_tr:var(--tn-color-track,#e5e7eb);--_ac:var(--tn-color-accent,#1d4ed8);--_e:var(--tn-color-exceeded,#7c3aed);--_a:var(--tn-color-achieved,#15803d);--_o:var(--tn-color-on-track,#075985);--_b:var(--tn-color-behind,#854d0e);--_f:var(--tn-color-far-behind,#c2410c);--_r:var(--tn-color-regressing,#db2777);--_m:var(--tn-color-missed,#7f1d1d);--_n:var(--tn-color-no-data,#6b7280);--_rad:var(--tn-radius,8px);--_sp:var(--tn-space,12px)}
@media (prefers-color-scheme:dark){:host{color:var(--tn-color-text,#f3f4f6)}:host([aria-busy]){background:var(--tn-color-track,#374151)}:host>*{--_bg:var(--tn-color-background,#111827);--_fg:var(--tn-color-text,#f3f4f6);--_mu:var(--tn-color-muted,#9ca3af);--_ln:var(--tn-color-border,#374151);--_tr:var(--tn-color-track,#374151);--_ac:var(--tn-color-accent,#93c5fd);--_e:var(--tn-color-exceeded,#c084fc);--_a:var(--tn-color-achieved,#4ade80);--_o:var(--tn-color-on-track,#67e8f9);--_b:var(--tn-color-behind,#fde047);--_f:var(--tn-color-far-behind,#fb923c);--_r:var(--tn-color-regressing,#f9a8d4);--_m:var(--tn-color-missed,#ef4444);--_n:var(--tn-color-no-data,#94a3b8)}}
@supports selector(:state(w)){:host([aria-busy]:not(:state(waiting))){background:none}}
.s-exceeded{--_s:var(--_e)}.s-achieved{--_s:var(--_a)}.s-on-track{--_s:var(--_o)}.s-behind{--_s:var(--_b)}.s-far-behind{--_s:var(--_f)}.s-regressing{--_s:var(--_r)}.s-missed{--_s:var(--_m)}.s-no-data,.s-no-target{--_s:var(--_n)}
.status{color:var(--_s);font-weight:600;white-space:nowrap}.icon{margin-inline-end:.25em}
.error{color:var(--_r);border:1px solid;border-radius:var(--_rad);padding:calc(var(--_sp)/2) var(--_sp);line-height:1.4;overflow-wrap:anywhere;min-block-size:0;block-size:auto}
button{font:inherit;margin-inline-start:.5em;cursor:pointer}.error button{padding-block:0;line-height:inherit}
.muted{color:var(--_mu)}a{color:var(--_ac)}
.sr-only{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
svg{display:block;overflow:visible;inline-size:100%;block-size:auto}
.track{fill:var(--_tr)}.fill{fill:var(--_s,var(--_ac))}.tick{stroke:var(--_fg);stroke-width:2}
@media (forced-colors:active){.fill{fill:Highlight}.track{fill:Canvas;stroke:CanvasText}.tick{stroke:CanvasText}.status{color:CanvasText}}
@media (prefers-reduced-motion:no-preference){.fill{transition:d .3s,width .3s}}
@media print{:host{color:#000}button{display:none}}
`;
