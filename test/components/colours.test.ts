import '../clone-safe-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/define.js';
import { STATUSES } from '../../src/progress/types.js';

// Every status must be told apart from every other, in light and dark schemes: by its colour (far
// enough apart in OKLab, not only each far from the background) and by its mark, so that in forced
// colours (one colour for all) and for colour-blind readers the mark still says it.

const rgb = (css: string) => css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number) as [number, number, number];
const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: number[]) => 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
function oklab([r, g, b]: number[]): number[] {
  const [R, G, B] = [lin(r!), lin(g!), lin(b!)];
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}
const distance = (a: number[], b: number[]) => Math.hypot(...oklab(a).map((x, i) => x - oklab(b)[i]!));

async function statusColours() {
  const wrap = await fixture(html`<div>${STATUSES.map((s) => html`<tn-gauge value="1" target="2" status=${s}></tn-gauge>`)}</div>`);
  const gauges = [...wrap.querySelectorAll('tn-gauge')];
  await Promise.all(gauges.map((g) => (g as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return gauges.map((g, i) => {
    const badge = g.shadowRoot!.querySelector('[part="status"]')!;
    const meter = g.shadowRoot!.querySelector('[role="meter"]')!;
    const bg = getComputedStyle(meter).getPropertyValue('--_bg').trim();
    const probe = document.createElement('span');
    probe.style.color = bg;
    document.body.append(probe);
    const background = rgb(getComputedStyle(probe).color);
    probe.remove();
    return { status: STATUSES[i]!, colour: rgb(getComputedStyle(badge).color), background, mark: badge.querySelector('.icon')!.textContent! };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`status colours, ${scheme} scheme`, () => {
    before(() => emulateMedia({ colorScheme: scheme }));
    after(() => emulateMedia({ colorScheme: 'light' }));

    it('each reads as text on its background (at least 4.5:1)', async () => {
      for (const c of await statusColours()) expect(contrast(c.colour, c.background), c.status).to.be.at.least(4.5);
    });

    it('every two statuses that judge differently differ in colour (OKLab distance at least 0.1)', async () => {
      const colours = await statusColours();
      for (const a of colours) {
        for (const b of colours) {
          if (a.status >= b.status) continue;
          // (no data and no target are both "no judgement": one grey, two marks)
          if ([a.status, b.status].every((s) => s === 'no-data' || s === 'no-target')) continue;
          expect(distance(a.colour, b.colour), `${a.status} / ${b.status}`).to.be.at.least(0.1);
        }
      }
    });
  });
}

describe('status marks', () => {
  it('every status has its own mark, so that none rests on colour alone (forced colours, colour blindness)', async () => {
    const marks = (await statusColours()).map((c) => c.mark);
    expect(new Set(marks).size).to.equal(STATUSES.length);
  });
});
