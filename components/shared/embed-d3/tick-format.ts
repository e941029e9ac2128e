// Stands in for d3-scale's own tickFormat.js in the embed only (tsup.config.ts resolves it here for
// d3-scale's modules). A scale's .tickFormat() writes tick labels with d3-format; the elements never
// call it — every label is formatted by the core in Vietnamese or English (test/core/embed-d3.test.ts
// checks the sources) — so the embed carries neither it nor d3-format.
export default function tickFormat(): never {
  throw new Error('tn-indicators embed: scale.tickFormat() is not included; format with the core (formatNumber)');
}
