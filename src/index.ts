// The public API of tn-indicators' core, every name listed in ./schema/index.ts, ./progress/index.ts
// and ./format/index.ts: no zod, no DOM. Everything not exported there is internal. The zod schemas
// are the `tn-indicators/schema` subpath (src/schema/zod.ts).
export * from './schema/index.js';
export * from './progress/index.js';
export * from './format/index.js';
