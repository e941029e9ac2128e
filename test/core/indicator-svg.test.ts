import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorSvg, SVG_STATUS_COLOURS, xml } from '../../components/render/indicator-svg.js';
import { parseResolution, type Resolution } from '../../src/index.js';

// The standalone SVG card (tn-indicators render … --format svg): what the card says, as a picture.
const load = (name: string) => parseResolution(JSON.parse(readFileSync(`examples/data/${name}`, 'utf8')));
const seed = load('tp-thai-nguyen-2020-2025.json');

describe('indicatorSvg', () => {
  it('the poverty card: figure, target, provisional status with its mark, as-of line, source; a gauge', () => {
    const svg = indicatorSvg(seed, 'poverty-rate')!;
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // (the text elements' content in order, lines joined: wrapping may split a sentence)
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    for (const text of ['Tỷ lệ hộ nghèo', '0,54%', 'Mục tiêu: không quá 0,9% vào năm 2025', '✔ Đạt (tạm tính)', 'Số liệu đến năm 2023']) expect(words).toContain(text);
    expect(svg).toContain('aria-label="Tỷ lệ hộ nghèo — 0,54% — không quá 0,9% vào năm 2025 — Đạt (tạm tính)"');
    expect(svg.match(/<path d="M/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg).not.toMatch(/<script|on\w+=|href=/i);
    const en = indicatorSvg(seed, 'poverty-rate', { lang: 'en' })!;
    expect(en).toContain('Achieved (provisional)');
  });

  it('every indicator of every example data set renders, with finite numbers only', () => {
    for (const file of readdirSync('examples/data').filter((f) => f.endsWith('.json') && !f.startsWith('template'))) {
      const doc = load(file);
      for (const ind of doc.indicators) {
        const svg = indicatorSvg(doc, ind.id, { asOf: '2023' })!;
        expect(svg, `${file} ${ind.id}`).not.toMatch(/NaN|Infinity|undefined/);
        expect(Number(/height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(100);
      }
    }
    expect(indicatorSvg(seed, 'no-such-id')).toBeUndefined();
  });

  it('text from the data is escaped, never markup', () => {
    const hostile: Resolution = { ...seed, indicators: [{ ...seed.indicators[0]!, title: '<script>alert(1)</script> & "x"' }] };
    const svg = indicatorSvg(hostile, seed.indicators[0]!.id)!;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(xml('a\u0001b\u001b')).toBe('ab');
  });

  it('draws statuses in the elements\' own light colours (components/shared/styles.ts)', () => {
    const css = readFileSync('components/shared/styles.ts', 'utf8');
    for (const [status, colour] of Object.entries(SVG_STATUS_COLOURS)) {
      const name = status === 'no-target' ? 'no-data' : status;
      // (the first default is the light scheme's)
      expect(new RegExp(`--tn-color-${name},(#[0-9a-f]{6})`).exec(css)?.[1], status).toBe(colour);
    }
  });
});
