// Stands in for d3-time-format in the embed only (tsup.config.ts aliases it). d3-scale's scaleUtc
// makes its default tick formats when it is created, so these must return formatters; the elements
// never show them (dates are formatted by the core: src/format/date.ts). They write ISO dates.

const iso = (_specifier?: string) => (date: Date) => date.toISOString();

export const timeFormat = iso;
export const utcFormat = iso;
