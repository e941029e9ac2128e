// Stands in for d3-format in the embed only (tsup.config.ts aliases it). d3-scale needs d3-format
// only for `scale.tickFormat()`, which the elements never call: every number on screen is formatted
// by the core (src/format/number.ts, Intl, vi and en). test/core/embed-d3.test.ts checks that no
// element calls tickFormat. Calling anything here says so, instead of formatting wrongly.

function notIncluded(..._args: unknown[]): never {
  throw new Error('tn-indicators embed: d3-format is not included (numbers are formatted by the core)');
}

export const format = notIncluded;
export const formatPrefix = notIncluded;
export const formatSpecifier = notIncluded;
export const precisionFixed = notIncluded;
export const precisionPrefix = notIncluded;
export const precisionRound = notIncluded;
