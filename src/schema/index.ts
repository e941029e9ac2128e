export * from './primitives.js';
export * from './target.js';
export * from './indicator.js';
export * from './resolution.js';
export { parseResolution, safeParseResolution, safeParseResolutionInSlices, exceedsSlice, ResolutionError, type ParseOptions, type SafeParseResult, type SliceOptions, type ValidationIssue } from './parse.js';
export { formatPath } from './path.js';
export { resolutionJsonSchema } from './json-schema.js';
export type { IssueCode, Lang } from './messages.js';
