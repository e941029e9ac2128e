import '../clone-safe-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnGauge } from '../../components/index.js';

const meter = (el: Element) => el.shadowRoot!.querySelector('[role="meter"]')!;

describe('<tn-gauge>', () => {
  it('gives aria-valuenow as the number shown, not the float behind it', async () => {
    const el = await fixture<TnGauge>(html`<tn-gauge value="4.24998801" target="5" unit="%" decimals="2" status="exceeded"></tn-gauge>`);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('4.25');
    expect(meter(el).getAttribute('aria-valuetext')).to.match(/— Vượt chỉ tiêu$/);
  });

  it('is a meter whose value text says value, target and status in words', async () => {
    const el = await fixture<TnGauge>(html`<tn-gauge value="4.25" target="5" target-text="trên 5%/năm" unit="%" status="behind" label="Nông nghiệp"></tn-gauge>`);
    const m = meter(el);
    expect(m.getAttribute('aria-valuenow')).to.equal('4.25');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(Number(m.getAttribute('aria-valuemax'))).to.be.greaterThan(5);
    expect(m.getAttribute('aria-valuetext')).to.equal('4,25% — mục tiêu trên 5%/năm — Chậm so với lộ trình');
    expect(m.getAttribute('aria-label')).to.equal('Nông nghiệp');
    await expect(el).to.be.accessible();
  });

  it('speaks English when lang="en"', async () => {
    const el = await fixture<TnGauge>(html`<tn-gauge lang="en" value="14800" target="15000" unit="tỷ đồng" status="on-track"></tn-gauge>`);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('14,800\u00a0tỷ đồng — target 15,000\u00a0tỷ đồng — On track');
  });

  it('takes the language of its nearest ancestor', async () => {
    const wrap = await fixture(html`<div lang="en"><tn-gauge value="1" max="2"></tn-gauge></div>`);
    const el = wrap.querySelector('tn-gauge')!;
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('1');
    wrap.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('1');
  });

  it('draws the arc with d paths and the bar with a fill width proportional to the value', async () => {
    const arc = await fixture<TnGauge>(html`<tn-gauge value="50" max="100" target="75"></tn-gauge>`);
    const fill = arc.shadowRoot!.querySelector('path.fill')! as SVGPathElement;
    // (d3-shape's arc, around the centre: half of the band, from the left end up to the top)
    const box = fill.getBBox();
    expect(box.x).to.be.closeTo(-90, 0.5);
    expect(box.x + box.width).to.be.closeTo(0, 3);
    expect(box.y).to.be.closeTo(-90, 0.5);
    expect(arc.shadowRoot!.querySelector('line.tick')).to.exist;
    const bar = await fixture<TnGauge>(html`<tn-gauge shape="bar" value="25" max="100"></tn-gauge>`);
    expect(bar.shadowRoot!.querySelector('rect.fill')!.getAttribute('width')).to.equal('50');
  });

  it('clamps the value into the scale and survives nonsense attributes', async () => {
    const el = await fixture<TnGauge>(html`<tn-gauge value="150" max="100" min="abc" decimals="x" status="weird"></tn-gauge>`);
    const m = meter(el);
    expect(m.getAttribute('aria-valuenow')).to.equal('100');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuetext')).to.equal('150');
    const empty = await fixture<TnGauge>(html`<tn-gauge></tn-gauge>`);
    expect(meter(empty).getAttribute('aria-valuetext')).to.equal('Chưa có số liệu');
  });

  it('shows the status with a shape and a word, never colour alone', async () => {
    const el = await fixture<TnGauge>(html`<tn-gauge value="1" status="missed"></tn-gauge>`);
    const badge = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(badge.textContent).to.equal('✖Không đạt');
  });
});
