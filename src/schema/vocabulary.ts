// The schema's fixed words (kinds, ops, qualities, statuses of a milestone, verdicts, versions),
// with no zod: the core's public API exports them, and the zod schemas (tn-indicators/schema) build
// their enums from them.

/** The version this library writes; it reads every version in SCHEMA_VERSIONS. */
export const SCHEMA_VERSION = '1.1';
export const SCHEMA_VERSIONS = ['1.0', '1.1'] as const;
export const SCHEMA_ID = 'https://tn-indicators.github.io/schemas/resolution.schema.json';

export const OPS = ['>=', '>', '<=', '<', 'between', 'about'] as const;
/** The ops that compare one way: what `stretch` and `relative` targets take. */
export const ONE_SIDED_OPS = ['>=', '>', '<=', '<'] as const;
export const TARGET_KINDS = ['level', 'average-growth', 'annual', 'cumulative', 'average-change', 'maintain', 'term-average', 'relative', 'multiple'] as const;

export const QUALITIES = ['actual', 'preliminary', 'estimated', 'projected'] as const;

export const BODY_LEVELS = ['national', 'province', 'city', 'district', 'commune', 'ward', 'other'] as const;
export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const VERDICTS = ['exceeded', 'achieved', 'basically-achieved', 'missed'] as const;
