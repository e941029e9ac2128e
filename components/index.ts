// Element classes only: importing this module registers no tag. `tn-indicators/define` does.
export { TnGauge } from './gauge/tn-gauge.js';
export { TnIndicator } from './indicator/tn-indicator.js';
export { TnTimeline } from './timeline/tn-timeline.js';
export { TnMilestones } from './milestones/tn-milestones.js';
export { TnResolution } from './resolution/tn-resolution.js';
export { TnDataElement } from './shared/tn-data-element.js';
export { TnErrorEvent, TnLoadEvent, type TnErrorDetail } from './shared/events.js';
export { clearResolutionCache } from './shared/fetch-resolution.js';
export { upgradeDataTn, watchDataTn } from './data-tn.js';
export type { LoadErrorKind } from './shared/errors.js';
