import { asOfText } from '../../src/format/index.js';
import { isAsOf, resolveAsOf } from '../../src/progress/index.js';
import type { AssessOptions, Indicator, Resolution } from '../../src/index.js';

// What the elements derive from a validated document once, not once per element: every card of a
// page would otherwise scan the whole document (N² for N cards). Validated documents never change.
const defaults = new WeakMap<Resolution, number | null>();
const byId = new WeakMap<Resolution, Map<string, Indicator>>();
const asOfLines = new WeakMap<Resolution, Map<string, string>>();

/** Assessment options from an `as-of` attribute when it is a year or a real date; otherwise the document's own default. */
export function assessOptions(asOf: string | undefined, data: Resolution): AssessOptions {
  const a = asOf?.trim();
  // Anything else (a typo such as "2023-13-45") is ignored.
  if (a && isAsOf(a)) return { asOf: a };
  let year = defaults.get(data);
  if (year === undefined) defaults.set(data, (year = resolveAsOf(data, undefined).year));
  return year === null ? {} : { asOf: year };
}

/** The document's indicator with this id. */
export function findIndicator(data: Resolution, id: string): Indicator | undefined {
  let map = byId.get(data);
  if (!map) byId.set(data, (map = new Map(data.indicators.map((i) => [i.id, i]))));
  return map.get(id);
}

/**
 * The line saying which date the data speaks for ("Số liệu đến năm 2023"; with an `as-of` the page
 * set, "Đánh giá tại 31/12/2021 · số liệu đến năm 2023"), once per document, language and as-of.
 */
export function asOfLine(data: Resolution, asOf: string | undefined, lang: string): string {
  const a = asOf?.trim();
  const asked = a && isAsOf(a) ? a : undefined;
  const key = `${lang} ${asked ?? ''}`;
  let lines = asOfLines.get(data);
  if (!lines) asOfLines.set(data, (lines = new Map()));
  let line = lines.get(key);
  if (line === undefined) {
    const year = assessOptions(asked, data).asOf;
    lines.set(key, (line = asOfText(data, typeof year === 'number' ? year : year === undefined ? null : Number(String(year).slice(0, 4)), lang, asked)));
  }
  return line;
}
