import { qualityLabel } from '../../src/format/index.js';
import type { Lang, YearValue } from '../../src/index.js';

/** One year's figure in words, as announced for a chart point: "2023: 0,54% (ước)". */
export function pointLabel(p: YearValue, format: (value: number, approx?: YearValue['approx']) => string, lang: Lang): string {
  return `${p.period}: ${format(p.value, p.approx)}${p.quality === 'actual' ? '' : ` (${qualityLabel(p.quality, lang)})`}`;
}
