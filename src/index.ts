// The public API of tn-indicators' core. Everything not exported here is internal.
export * from './schema/index.js';
export * from './progress/index.js';
export * from './format/index.js';
