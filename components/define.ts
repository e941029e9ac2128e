// The only module that registers tags. A tag that is already defined (a second copy of the
// library on the same page) is skipped, not redefined.
import { TnGauge } from './gauge/tn-gauge.js';
import { TnIndicator } from './indicator/tn-indicator.js';
import { TnMilestones } from './milestones/tn-milestones.js';
import { TnResolution } from './resolution/tn-resolution.js';
import { TnTimeline } from './timeline/tn-timeline.js';

export const TAGS = {
  'tn-gauge': TnGauge,
  'tn-indicator': TnIndicator,
  'tn-timeline': TnTimeline,
  'tn-milestones': TnMilestones,
  'tn-resolution': TnResolution,
} as const;

for (const [tag, element] of Object.entries(TAGS)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'tn-gauge': TnGauge;
    'tn-indicator': TnIndicator;
    'tn-timeline': TnTimeline;
    'tn-milestones': TnMilestones;
    'tn-resolution': TnResolution;
  }
}
