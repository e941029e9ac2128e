// Stands in for internmap in the embed only (tsup.config.ts aliases it; developers bundling the
// package get the real one). d3-array's InternMap keys a Map by each key's valueOf(), so that two
// Date objects of the same time are one key; d3-scale's scaleBand (an ordinal scale) keeps its domain
// in one. The elements' band domains are years and ids, numbers and strings, whose valueOf() is
// themselves: there InternMap is exactly Map (held to the real internmap in test/core/embed-d3.test.ts).
export const InternMap = Map;
export const InternSet = Set;
