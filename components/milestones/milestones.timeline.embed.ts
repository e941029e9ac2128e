// The embed's milestones time axis (tsup.config.ts puts it in place of milestones.timeline.ts in
// dist/tn-indicators.js only): none. The axis needs d3-scale's scaleUtc and all of d3-time, about
// 3 KB gzip that the embed's 48 KB budget cannot carry beside the d3 timeline; in the embed,
// `layout="timeline"` shows the list, as it does below 480 px. The npm build
// (tn-indicators/define, tn-indicators/components) draws the time axis.
import type { TemplateResult } from 'lit';
import type { Lang } from '../../src/index.js';
import type { MilestoneRow, MilestonesView } from './milestones.view.js';

/** No time axis in the embed: the element shows its list. */
export function renderTimeline(_v: MilestonesView, _width: number, _lang: Lang, _item: (row: MilestoneRow, undated: boolean) => TemplateResult): TemplateResult | null {
  return null;
}
