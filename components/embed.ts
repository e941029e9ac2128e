// Entry of dist/tn-indicators.js, the one file portal editors load with a <script> tag:
// registers every element (define.ts) and exposes the classes.
export { TAGS } from './define.js';
export * from './index.js';
