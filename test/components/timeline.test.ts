import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnTimeline } from '../../components/index.js';
import { fresh, settled, shadow, text } from './helpers.js';

const TN = '/examples/data/tp-thai-nguyen-2020-2025.json';

describe('<tn-timeline>', () => {
  it('draws one focusable bar per year with its value announced, the term on the axis, and the target threshold', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline src=${fresh(TN)} indicator="agri-growth"></tn-timeline>`);
    await settled(el);
    const points = [...el.shadowRoot!.querySelectorAll('.point')];
    expect(points.map((p) => p.getAttribute('aria-label'))).to.deep.equal(['2021: 4,2%', '2022: 4,3%']);
    for (const p of points) expect(p.getAttribute('tabindex')).to.equal('0');
    const years = [...el.shadowRoot!.querySelectorAll('text.term')].map((t) => t.textContent);
    expect(years).to.deep.equal(['2020', '2025']);
    expect(shadow(el, 'path.target')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(shadow(el, 'path.running')!.getAttribute('d')).to.match(/^M.+L.+$/);
    expect(text(el, '[part="title"]')).to.equal('Tốc độ tăng ngành nông, lâm nghiệp — mục tiêu bình quân trên 5%/năm');
    await expect(el).to.be.accessible();
  });

  it('marks estimates and projections by their look and says so', async () => {
    const doc = {
      schemaVersion: '1.0', id: 'q', title: 'Q', term: { from: 2020, to: 2025 },
      indicators: [{ id: 'p', title: 'Tỷ lệ hộ nghèo', unit: '%', target: { kind: 'level', op: '<=', value: 0.9, by: 2025 }, baseline: { period: 2020, value: 2 },
        observations: [{ period: 2021, value: 1.5 }, { period: 2023, value: 0.54, quality: 'estimated' }, { period: 2025, value: 0.5, quality: 'projected' }],
        plans: [{ period: 2023, value: 1 }] }],
    };
    const el = await fixture<TnTimeline>(html`<tn-timeline indicator="p" .resolution=${doc}></tn-timeline>`);
    const bars = [...el.shadowRoot!.querySelectorAll('rect.bar')].map((r) => r.getAttribute('class'));
    expect(bars).to.deep.equal(['bar actual', 'bar estimated', 'bar projected']);
    expect([...el.shadowRoot!.querySelectorAll('.point')].map((p) => p.getAttribute('aria-label'))).to.deep.equal([
      '2021: 1,5%',
      '2023: 0,54% (ước)',
      '2025: 0,5% (dự kiến)',
    ]);
    expect(el.shadowRoot!.querySelectorAll('line.plan')).to.have.length(1);
    // a level target is drawn as the path from the baseline (2020, 2 %) to the target (2025, 0.9 %)
    expect(shadow(el, 'path.target')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('always has the data table for screen readers, and shows it on demand', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline lang="en" src=${fresh(TN)} indicator="agri-growth"></tn-timeline>`);
    await settled(el);
    const table = shadow(el, 'table[part="table"]') as HTMLTableElement;
    const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['2021', '4.2%', 'actual', '', ''],
      ['2022', '4.3%', 'actual', '', ''],
      ['2021–2025', '5.1%', 'projected', '', rows[2]![4]],
    ]);
    expect(table.parentElement!.classList.contains('sr-only')).to.equal(true);
    const toggle = shadow(el, 'figure button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(table.parentElement!.classList.contains('sr-only')).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide data table');
  });

  it('unknown indicator: not-found', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline src=${fresh(TN)} indicator="nope"></tn-timeline>`);
    const event = await settled(el);
    expect(event.type).to.equal('tn-error');
    expect(text(el, '[role="alert"]')).to.contain('Không có chỉ tiêu "nope" trong tệp dữ liệu');
  });
});
