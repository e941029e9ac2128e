// The embed's milestones geometry (tsup.config.ts puts it in place of milestones.geometry.ts in
// dist/tn-indicators.js only). The time axis needs d3-scale's scaleUtc and all of d3-time, about
// 2 KB gzip that the embed's 48 KB budget cannot carry beside the d3 timeline: in the embed,
// `layout="timeline"` shows the list, as it does below 480 px and for screen readers. The npm build
// (tn-indicators/define, tn-indicators/components) draws the time axis.
import type { AxisItem, MilestoneAxis } from './milestones.geometry.js';

export { FONT_SIZE, MARK_WIDTH, fitText, periodRange, textWidth, utc } from './milestones.geometry.js';
export type { AxisItem, Lane, MilestoneAxis, Span } from './milestones.geometry.js';

/** No time axis in the embed: the element shows its list. */
export function milestoneAxis(_items: readonly AxisItem[], _asOf: string | null, _width: number, _asOfLabelWidth = 0): MilestoneAxis | null {
  return null;
}
