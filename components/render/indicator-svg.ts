import { asOfText, formatValue, uiText as t } from '../../src/format/index.js';
import { assessIndicator, resolveAsOfYear } from '../../src/progress/index.js';
import type { Lang, Resolution, Status } from '../../src/index.js';
import { ARC, arcPath, arcTick, gaugeLayout } from '../gauge/gauge.geometry.js';
import { indicatorView } from '../indicator/indicator.view.js';
import { STATUS_ICONS } from '../shared/status.js';

/**
 * One indicator as a standalone SVG card, for print, newsletters, social posts and PDF reports: the
 * figure, the target in words, the status with its mark and words (never colour alone), the gauge
 * where the card draws one, which date the data speaks for, and the source. No script, no external
 * font (a list that falls back to the reader's sans-serif), every text from the data escaped.
 * The same view (indicator.view.ts) and geometry (gauge.geometry.ts) as `<tn-indicator>`: the picture
 * says what the card says.
 */
export interface IndicatorSvgOptions {
  lang?: Lang;
  /** A year ("2023") or a date ("2023-06-30"); by default the latest observed year, as the card. */
  asOf?: string;
  /** Width in px (default 480; at least 320). */
  width?: number;
}

// The elements' default light palette (components/shared/styles.ts, held to it by
// test/core/indicator-svg.test.ts): a picture has no dark mode.
export const SVG_STATUS_COLOURS: Record<Status, string> = {
  exceeded: '#7c3aed',
  achieved: '#15803d',
  'on-track': '#075985',
  behind: '#854d0e',
  'far-behind': '#c2410c',
  regressing: '#db2777',
  missed: '#7f1d1d',
  'no-data': '#6b7280',
  'no-target': '#6b7280',
};
const TEXT = '#1f2937';
const MUTED = '#4b5563';
const TRACK = '#e5e7eb';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** The card, or undefined when the document has no indicator with that id. */
export function indicatorSvg(resolution: Resolution, id: string, options: IndicatorSvgOptions = {}): string | undefined {
  const lang = options.lang ?? 'vi';
  const indicator = resolution.indicators.find((i) => i.id === id);
  if (!indicator) return undefined;
  const asOf = options.asOf;
  const assessment = assessIndicator(resolution, indicator, asOf === undefined ? {} : { asOf })!;
  const v = indicatorView(resolution, indicator, assessment, lang);
  const width = Math.max(320, Math.round(options.width ?? 480));
  const pad = 16;
  const gaugeWidth = v.gauge ? 160 : 0;
  const textWidth = width - pad * 2 - (gaugeWidth ? gaugeWidth + 12 : 0);
  const lines: string[] = [];
  let y = pad;
  const line = (text: string, size: number, opts: { weight?: number; fill?: string; maxWidth?: number } = {}) => {
    for (const part of wrap(text, opts.maxWidth ?? textWidth, size)) {
      y += size * 1.3;
      lines.push(`<text x="${pad}" y="${round(y - size * 0.3)}" font-size="${size}"${opts.weight ? ` font-weight="${opts.weight}"` : ''} fill="${opts.fill ?? TEXT}">${xml(part)}</text>`);
    }
  };
  line(v.title, 16, { weight: 600, maxWidth: width - pad * 2 });
  const top = y;
  y += 4;
  line(v.valueText, 28, { weight: 700 });
  line(v.qualityText ? `${v.valueCaption} (${v.qualityText})` : v.valueCaption, 13, { fill: MUTED });
  if (v.targetText) line(t('targetLabel', lang, { x: v.targetText }), 14);
  if (v.note) line(v.note, 13, { fill: MUTED });
  let gauge = '';
  if (v.gauge) {
    const g = gaugeLayout(v.gauge.value, v.gauge.goal, v.gauge.min, v.gauge.max);
    const colour = SVG_STATUS_COLOURS[v.status];
    const scale = gaugeWidth / 200;
    const gx = width - pad - gaugeWidth;
    const gy = top + 8;
    const ticks = g.ticks.map((f) => {
      const t = arcTick(f);
      return `<line x1="${t.x1}" y1="${t.y1}" x2="${t.x2}" y2="${t.y2}" stroke="${TEXT}" stroke-width="2.5"/>`;
    });
    const fmt = (x: number) => formatValue(x, { lang, unit: indicator.unit });
    gauge = `<g transform="translate(${round(gx)},${round(gy)}) scale(${round(scale)})" aria-hidden="true"><g transform="translate(${ARC.cx},${ARC.cy})"><path d="${arcPath(0, 1)}" fill="${TRACK}"/>${
      g.zone ? `<path d="${arcPath(g.zone[0], g.zone[1], ARC.outer + 2, ARC.outer + 7)}" fill="${SVG_STATUS_COLOURS.achieved}"/>` : ''}${
      g.fill === undefined ? '' : `<path d="${arcPath(0, g.fill)}" fill="${colour}"/>`}${ticks.join('')}${
      g.marker === undefined ? '' : `<path d="${arcPath(g.marker - 0.012, g.marker + 0.012, ARC.inner - 6, ARC.outer + 6)}" fill="${colour}"/>`}</g>` +
      `<text x="10" y="122" font-size="14" fill="${MUTED}">${xml(fmt(g.left))}</text><text x="190" y="122" font-size="14" text-anchor="end" fill="${MUTED}">${xml(fmt(g.right))}</text></g>`;
    y = Math.max(y, gy + 128 * scale);
  }
  y += 6;
  const badge = `${STATUS_ICONS[v.status]} ${v.statusText}`;
  line(badge, 15, { weight: 600, fill: SVG_STATUS_COLOURS[v.status], maxWidth: width - pad * 2 });
  if (v.verdictText) line(v.verdictDiffers ? `≠ ${v.verdictText}` : v.verdictText, 13, { maxWidth: width - pad * 2 });
  const year = resolveAsOfYear(resolution, asOf);
  const asOfLine = asOfText(resolution, year, lang, asOf);
  if (asOfLine) line(asOfLine, 12, { fill: MUTED, maxWidth: width - pad * 2 });
  if (v.source) line(`${t('source', lang)}${v.source.title}${v.source.href ? ` (${v.source.href})` : ''}`, 12, { fill: MUTED, maxWidth: width - pad * 2 });
  const height = Math.ceil(y + pad);
  const label = [v.title, v.valueText, v.targetText, v.statusText].filter(Boolean).join(' — ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xml(label)}" lang="${lang}" font-family="${xml(FONT)}">
<title>${xml(label)}</title>
<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="#ffffff" stroke="#d1d5db"/>
${lines.join('\n')}
${gauge}
</svg>
`;
}

/** Escapes text for XML (content and attributes); drops the control characters XML 1.0 forbids. */
export function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Lines of at most `width` px at `size` px, by words, with an average glyph width of 0.55 em. */
function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.55)));
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && [...current].length + 1 + [...word].length > max) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out.length ? out : [''];
}

const round = (x: number) => Math.round(x * 100) / 100;
