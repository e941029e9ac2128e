import { expect, fixture, html } from '@open-wc/testing';
import '../../components/embed.js';
import type { TnIndicator } from '../../components/index.js';
import { fresh, settled, text } from './helpers.js';

// Sanitizer-proof markup: a div with data-* attributes, which editors and sanitizers keep, becomes its
// element when the embed is on the page; without the script, its fallback text is what the reader sees.
const SRC = '/examples/data/tp-thai-nguyen-2020-2025.json';
const FALLBACK = 'Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)';

describe('<div data-tn>', () => {
  it('becomes the element named by data-tn, every other data-* one of its attributes, keeping id, class and lang', async () => {
    const wrap = await fixture(html`<div><div data-tn="indicator" data-src=${fresh(SRC)} data-indicator="poverty-rate" data-as-of="2023" id="poor" class="wide" lang="vi">${FALLBACK}</div></div>`);
    // (upgraded by the page-wide observer as the fixture is inserted)
    await new Promise((r) => setTimeout(r));
    const el = wrap.querySelector('tn-indicator') as TnIndicator;
    expect(el).to.exist;
    expect(wrap.querySelector('[data-tn]')).to.equal(null);
    expect([el.getAttribute('indicator'), el.getAttribute('as-of'), el.id, el.className, el.getAttribute('lang')]).to.deep.equal(['poverty-rate', '2023', 'poor', 'wide', 'vi']);
    await settled(el);
    expect(text(el, '[part="title"]')).to.equal('Tỷ lệ hộ nghèo');
    // the fallback text stays in the light DOM, not shown: the shadow root has no slot for it
    expect(el.textContent).to.equal(FALLBACK);
    expect((el as HTMLElement).innerText.includes(FALLBACK)).to.equal(false);
  });

  it('a span (a figure inside a sentence) becomes an inline tn-indicator; divs added later are upgraded too', async () => {
    const p = await fixture(html`<p>Hộ nghèo còn <span data-tn="indicator" data-variant="inline" data-src=${fresh(SRC)} data-indicator="poverty-rate">0,54%</span>.</p>`);
    await new Promise((r) => setTimeout(r));
    const inline = p.querySelector('tn-indicator')!;
    expect(inline.getAttribute('variant')).to.equal('inline');
    await settled(inline);
    const later = document.createElement('div');
    later.innerHTML = `<div data-tn="timeline" data-src="${fresh(SRC)}" data-indicator="agri-growth">Tốc độ tăng ngành nông, lâm nghiệp</div>`;
    p.after(later);
    await new Promise((r) => setTimeout(r));
    const tl = later.querySelector('tn-timeline')!;
    expect(tl).to.exist;
    await settled(tl);
    later.remove();
  });

  it('an unknown data-tn stays a div with its fallback text, with a console hint', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const wrap = await fixture(html`<div><div data-tn="chart" data-src=${SRC}>Biểu đồ</div></div>`);
      await new Promise((r) => setTimeout(r));
      expect(wrap.querySelector('[data-tn="chart"]')!.textContent).to.equal('Biểu đồ');
      expect(String(warnings[0]?.[0])).to.contain('data-tn="chart"');
    } finally {
      console.warn = warn;
    }
  });
});
