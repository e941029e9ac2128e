import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnIndicator, TnResolution, TnTimeline } from '../../components/index.js';
import { fresh, settled, shadow, text } from './helpers.js';

// Schema 1.1 on screen: exceeded, ranks (on a reversed arc), the body's own verdict beside the computed status (flagged
// where the two differ), series breaks, and a unit that no longer exists.
const V11 = '/test/fixtures/v11.json';

describe('schema 1.1 in the elements', () => {
  it('a card shows "Vượt chỉ tiêu" in its own colour, and the verdict that agrees, unflagged', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(V11)} indicator="grdp"></tn-indicator>`);
    await settled(el);
    expect(text(el, '.foot [part="status"]')).to.equal('★Vượt chỉ tiêu');
    expect(shadow(el, '.card')!.classList.contains('s-exceeded')).to.equal(true);
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: bình quân 8–8,5%/năm');
    expect(text(el, '[part="verdict"]')).to.equal('Tự đánh giá: Vượt');
    expect(shadow(el, '.differs')).to.equal(null);
    // the exceeded colour is not the achieved one
    const badge = shadow(el, '.foot [part="status"]')!;
    const exceeded = getComputedStyle(badge).color;
    const achieved = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(V11)} indicator="pci"></tn-indicator>`);
    await settled(achieved);
    expect(getComputedStyle(shadow(achieved, '.foot [part="status"]')!).color).not.to.equal(exceeded);
    await expect(el).to.be.accessible();
  });

  it('a rank reads "hạng 5/63"; a verdict that differs is flagged in words, in card, compact and inline', async () => {
    const card = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(V11)} indicator="pci"></tn-indicator>`);
    await settled(card);
    expect(text(card, '.figure')).to.equal('hạng 5/63');
    expect(text(card, '.foot [part="status"]')).to.equal('✔Đạt');
    expect(text(card, '[part="verdict"]')).to.equal('≠ Tự đánh giá: Không đạt — khác kết quả tính toán');
    // a rank's arc runs from the last place to the first (an arc from 0 up would say 5th of 63 is
    // almost nothing), and its words say the same as the card
    const meter = shadow(card, '[role="meter"]')!;
    expect(meter.classList.contains('reversed')).to.equal(true);
    expect(meter.getAttribute('aria-valuetext')).to.equal('hạng 5/63 — mục tiêu trong tốp 10 — Đạt');
    const compact = await fixture<TnIndicator>(html`<tn-indicator variant="compact" lang="en" src=${fresh(V11)} indicator="pci"></tn-indicator>`);
    await settled(compact);
    expect(text(compact, '[part="verdict"]')).to.equal('≠ Own assessment: Missed — differs from the computed status');
    const p = await fixture(html`<p>PCI: <tn-indicator variant="inline" src=${fresh(V11)} indicator="pci"></tn-indicator>.</p>`);
    const inline = p.querySelector('tn-indicator')!;
    await settled(inline);
    expect(text(inline, '.inline')).to.equal('hạng 5/63 ✔(Đạt) (Tự đánh giá: Không đạt) (Số liệu đến 20/8/2025)');
    expect(shadow(inline, '[part="verdict"]')!.classList.contains('differs')).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('a timeline draws a series break and says it in words', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline src=${fresh(V11)} indicator="forest"></tn-timeline>`);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('line.break').length).to.equal(1);
    expect(text(el, '[part="break"]')).to.equal('Từ năm 2024, số liệu không so sánh được với các năm trước: Đổi phương pháp kiểm kê rừng.');
    await expect(el).to.be.accessible();
  });

  it('a relative target: the card marks each year against the reference, the timeline draws the reference series', async () => {
    const card = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(V11)} indicator="poor"></tn-indicator>`);
    await settled(card);
    expect(text(card, '[part="target"]')).to.equal('Mục tiêu: thấp hơn Tỷ lệ hộ nghèo cả nước');
    expect(text(card, '.years')).to.equal('✔ 2023: 1,2%, đạt✔ 2024: 1%, đạt');
    const tl = await fixture<TnTimeline>(html`<tn-timeline src=${fresh(V11)} indicator="poor"></tn-timeline>`);
    await settled(tl);
    expect(shadow(tl, 'path.running')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(text(tl, '.legend')).to.contain('Tỷ lệ hộ nghèo cả nước');
  });

  it('a share says of what, and on what basis', async () => {
    const card = await fixture<TnIndicator>(html`<tn-indicator lang="en" src=${fresh(V11)} indicator="digital"></tn-indicator>`);
    await settled(card);
    expect(card.shadowRoot!.textContent).to.contain('Share of GRDP (current prices)');
  });

  it('a resolution counts exceeded as good, and shows the unit\'s successor and the verdicts on the whole and on a group', async () => {
    const el = await fixture<TnResolution>(html`<tn-resolution src=${fresh(V11)}></tn-resolution>`);
    await settled(el);
    expect(text(el, '.summary strong')).to.equal('3/5 chỉ tiêu vượt, đạt hoặc đúng lộ trình');
    expect(el.shadowRoot!.textContent).to.contain('Đơn vị này nay thuộc Thành phố Hồ Chí Minh (tồn tại đến 30/6/2025).');
    expect(text(el, '.summary [part="verdict"]')).to.equal('Tự đánh giá: Đạt (20/22 chỉ tiêu đạt và vượt)');
    expect(text(el, 'h3 + [part="verdict"]')).to.equal('Tự đánh giá: Vượt');
    expect(text(el, '.summary ul')).to.contain('Vượt chỉ tiêu: 1');
  });
});
