import type { Lang, Resolution } from '../../src/index.js';
import { assessIndicator } from '../../src/progress/index.js';
import { assessOptions, findIndicator } from '../shared/document.js';
import { indicatorView, type IndicatorView } from './indicator.view.js';

/**
 * A card in one line of plain text, "Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)": the
 * figure, what it is and its quality, and the status in the card's own words. It is what a page
 * shows where the card cannot be drawn: the fallback text the tag builder writes inside a tag, and
 * the line of a pre-rendered card (render --format html) for browsers without declarative shadow DOM.
 */
export function summaryLine(v: IndicatorView): string {
  // (no figure yet, "—" on the card: the title and the status, "… — Chưa có số liệu")
  if (!v.valueText || v.valueText === '—') return `${v.title} — ${v.statusText}`;
  const about = [v.valueCaption, v.qualityText].filter(Boolean).join(', ');
  return `${v.title}: ${v.valueText}${about ? ` (${about})` : ''} — ${v.statusText}`;
}

/**
 * The one line of the card `<tn-indicator indicator=id as-of=… lang=…>` draws from a validated
 * document (assessed as the card assesses it: an `as-of` it cannot read is ignored), or undefined
 * when the document has no such indicator. dist/summary.js holds it, for the tag builder page.
 */
export function indicatorSummary(resolution: Resolution, id: string, lang: Lang, asOf?: string): string | undefined {
  const indicator = findIndicator(resolution, id);
  const assessment = indicator && assessIndicator(resolution, indicator, assessOptions(asOf, resolution));
  return assessment ? summaryLine(indicatorView(resolution, indicator, assessment, lang)) : undefined;
}
