import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorSummary } from '../../components/indicator/summary.js';
import { xml } from '../../components/render/indicator-svg.js';
import { indicatorHtml } from '../../components/render/ssr-indicator.js';
import { localize } from '../../src/format/index.js';
import { parseResolution } from '../../src/index.js';

// The card in one line (components/indicator/summary.ts): the fallback text the tag builder writes
// inside a tag, and the scriptless line of a pre-rendered card (render --format html). One function
// for both, so that a page without the script says what the card says.
const load = (name: string) => parseResolution(JSON.parse(readFileSync(`examples/data/${name}`, 'utf8')));
const seed = load('tp-thai-nguyen-2020-2025.json');
/** The words of the pre-rendered card's shadow root: what the card itself shows (any run of spaces one space). */
const cardText = (html: string) =>
  /<template shadowrootmode="open">([\s\S]*)<\/template>/.exec(html.replace(/ shadowroot="open"/, ""))![1]!.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('indicatorSummary: a card in one line', () => {
  it('says the figure, what it is, its quality and the status, in vi and en', () => {
    expect(indicatorSummary(seed, 'poverty-rate', 'vi', '2023')).toBe('Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)');
    expect(indicatorSummary(seed, 'poverty-rate', 'en', '2023')).toBe('Poor household rate: 0.54% (2023, estimate) — Achieved (provisional)');
  });

  it('assesses as the card does: no as-of is the date the data speaks for, and one it cannot read is ignored', () => {
    const plain = indicatorSummary(seed, 'poverty-rate', 'vi');
    expect(plain).toBe(indicatorSummary(seed, 'poverty-rate', 'vi', '2023'));
    expect(indicatorSummary(seed, 'poverty-rate', 'vi', '2023-13-45')).toBe(plain);
    expect(indicatorSummary(seed, 'no-such-id', 'vi')).toBeUndefined();
  });

  it('for every indicator of every example, in both languages: its title, figure and status are the card’s words, and the pre-rendered card carries the same line', () => {
    let checked = 0;
    for (const file of readdirSync('examples/data').filter((f) => f.endsWith('.json') && !f.startsWith('template'))) {
      const doc = load(file);
      for (const ind of doc.indicators) {
        for (const lang of ['vi', 'en'] as const) {
          const line = indicatorSummary(doc, ind.id, lang, '2023')!;
          const html = indicatorHtml(doc, ind.id, { lang, asOf: '2023' })!;
          const card = cardText(html);
          const title = localize(ind.title, lang);
          const cut = line.lastIndexOf(' — ');
          const status = line.slice(cut + 3);
          // (a card with no figure yet: the title and the status alone)
          const figure = line.slice(0, cut) === title ? undefined : line.slice(title.length + 2, cut).replace(/ \(.*\)$/, '');
          expect(line.startsWith(figure === undefined ? `${title} — ` : `${title}: `), `${file} ${ind.id} ${lang}: ${line}`).toBe(true);
          if (figure !== undefined) expect(card, `${file} ${ind.id} ${lang}: figure "${figure}"`).toContain(xml(figure).replace(/\s+/g, ' '));
          else expect(card, `${file} ${ind.id} ${lang}: no figure`).toContain('—');
          expect(card, `${file} ${ind.id} ${lang}: status "${status}"`).toContain(xml(status).replace(/\s+/g, ' '));
          expect(html).toContain(`<span>${xml(line)}</span></tn-indicator>`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
