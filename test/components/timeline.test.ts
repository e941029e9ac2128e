import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnTimeline } from '../../components/index.js';
import { fresh, settled, shadow, text, until } from './helpers.js';

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
    // which date the data speaks for, in the cards' words (issue 14: on every element)
    expect(text(el, '[part="as-of"]')).to.equal('Số liệu đến năm 2023');
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
    const bars = [...el.shadowRoot!.querySelectorAll('[part="chart"] rect.bar')].map((r) => r.getAttribute('class'));
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

  it('has a legend with a swatch for each thing drawn, and nothing for what is not', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline lang="en" src=${fresh(TN)} indicator="agri-growth"></tn-timeline>`);
    await settled(el);
    const items = [...el.shadowRoot!.querySelectorAll('ul.legend > li')];
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Final figure', 'Target threshold', 'Average since the term began']);
    for (const li of items) {
      const swatch = li.querySelector('svg.swatch')!;
      expect(swatch.getAttribute('aria-hidden')).to.equal('true');
      expect(swatch.children.length).to.be.greaterThan(0);
    }
    // each swatch is drawn with the chart's own classes, so it looks like what it stands for
    expect(items[1]!.querySelector('.target')).to.not.equal(null);
    expect(getComputedStyle(items[1]!.querySelector('.target')!).stroke).to.equal(getComputedStyle(shadow(el, '[part="chart"] path.target')!).stroke);
    expect(getComputedStyle(items[2]!.querySelector('.running')!).stroke).to.equal(getComputedStyle(shadow(el, '[part="chart"] path.running')!).stroke);
    expect(el.shadowRoot!.textContent).to.not.match(/- -|—\s*Average/);

    const doc = {
      schemaVersion: '1.1', id: 'q', title: 'Q', term: { from: 2020, to: 2025 },
      indicators: [{ id: 'p', title: 'GRDP', unit: '%', target: { kind: 'average-growth', op: '>=', value: 8, stretch: 8.5 },
        observations: [{ period: 2021, value: 7 }, { period: 2022, value: 8.2, quality: 'preliminary' }, { period: 2023, value: 8.4, quality: 'estimated' }, { period: 2025, value: 9, quality: 'projected' }],
        plans: [{ period: 2024, value: [8, 8.5] }], breaks: [{ year: 2023 }] }],
    };
    const all = await fixture<TnTimeline>(html`<tn-timeline lang="en" indicator="p" .resolution=${doc}></tn-timeline>`);
    const keys = [...all.shadowRoot!.querySelectorAll('ul.legend > li')].map((li) => li.className);
    expect(keys).to.deep.equal(['actual', 'preliminary', 'estimated', 'projected', 'threshold', 'stretch', 'running', 'plan', 'break']);
    expect(all.shadowRoot!.querySelectorAll('ul.legend svg.swatch')).to.have.length(keys.length);
    // the stretch aim is a line and a band up to it; a plan given as a range is drawn at both ends
    expect(shadow(all, '[part="chart"] path.stretch')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(shadow(all, '[part="chart"] path.stretch-band')!.getAttribute('d')).to.match(/^M.+Z$/);
    expect(all.shadowRoot!.querySelectorAll('[part="chart"] line.plan')).to.have.length(2);
    expect(all.shadowRoot!.querySelectorAll('[part="chart"] rect.plan-range')).to.have.length(1);
    await expect(all).to.be.accessible();
  });

  it('a range target is a band between its two ends, named in the legend', async () => {
    const doc = {
      schemaVersion: '1.0', id: 'q', title: 'Q', term: { from: 2020, to: 2025 },
      indicators: [{ id: 'p', title: 'Đô thị hoá', unit: '%', target: { kind: 'level', op: 'between', value: [40, 45], by: 2025 }, baseline: { period: 2020, value: 30 }, observations: [{ period: 2022, value: 34 }] }],
    };
    const el = await fixture<TnTimeline>(html`<tn-timeline indicator="p" .resolution=${doc}></tn-timeline>`);
    expect(shadow(el, '[part="chart"] path.range')!.getAttribute('d')).to.match(/^M.+Z$/);
    expect(el.shadowRoot!.querySelectorAll('[part="chart"] path.target')).to.have.length(2);
    expect([...el.shadowRoot!.querySelectorAll('ul.legend > li')].map((li) => li.textContent!.trim())).to.deep.equal(['Số liệu chính thức', 'Khoảng mục tiêu']);
  });

  it('an annual target colours and marks each year met or missed, and says it', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline src=${fresh(TN)} indicator="budget-revenue-growth"></tn-timeline>`);
    await settled(el);
    const bars = [...el.shadowRoot!.querySelectorAll('[part="chart"] rect.bar')];
    expect(bars.map((b) => b.getAttribute('class'))).to.deep.equal(['bar actual missed', 'bar actual met']);
    const [missed, met] = bars.map((b) => getComputedStyle(b).fill);
    expect(met).to.not.equal(missed);
    // the achieved and missed colours of the shared tokens (--_a, --_m)
    const token = (name: string) => {
      const probe = document.createElement('div');
      probe.style.color = getComputedStyle(shadow(el, 'figure')!).getPropertyValue(name).trim();
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    expect(met).to.equal(token('--_a'));
    expect(missed).to.equal(token('--_m'));
    // not by colour alone: a check under a met year, a cross under a missed one
    expect([...el.shadowRoot!.querySelectorAll('[part="chart"] path.mark')].map((m) => m.getAttribute('class'))).to.deep.equal(['mark missed', 'mark met']);
    expect([...el.shadowRoot!.querySelectorAll('.point')].map((p) => p.getAttribute('aria-label'))).to.deep.equal(['2021: 5,84%, không đạt', '2022: 37,27%, đạt']);
    expect([...el.shadowRoot!.querySelectorAll('ul.legend > li')].map((li) => li.textContent!.trim())).to.deep.equal(['Năm đạt', 'Năm không đạt', 'Ngưỡng mục tiêu']);
    const swatch = (key: string) => getComputedStyle(shadow(el, `ul.legend li.${key} .bar`)!).fill;
    expect(swatch('met')).to.equal(met);
    expect(swatch('missed')).to.equal(missed);
    await expect(el).to.be.accessible();
  });

  it('the value axis is titled with the unit', async () => {
    const el = await fixture<TnTimeline>(html`<tn-timeline src=${fresh(TN)} indicator="agri-growth"></tn-timeline>`);
    await settled(el);
    expect(text(el, '[part="chart"] text.unit')).to.equal('%');
    const doc = {
      schemaVersion: '1.0', id: 'q', title: 'Q', term: { from: 2020, to: 2025 },
      indicators: [{ id: 'p', title: 'GRDP bình quân đầu người', unit: { vi: 'USD/người', en: 'USD per person' }, target: { kind: 'level', op: '>=', value: 5000, by: 2025 }, observations: [{ period: 2021, value: 3900 }, { period: 2023, value: 4300 }] }],
    };
    const vi = await fixture<TnTimeline>(html`<tn-timeline indicator="p" .resolution=${doc}></tn-timeline>`);
    expect(text(vi, '[part="chart"] text.unit')).to.equal('USD/người');
    expect(shadow(vi, '[part="chart"]')!.getAttribute('aria-label')).to.equal('GRDP bình quân đầu người (đơn vị: USD/người)');
    const en = await fixture<TnTimeline>(html`<tn-timeline lang="en" indicator="p" .resolution=${doc}></tn-timeline>`);
    expect(text(en, '[part="chart"] text.unit')).to.equal('USD per person');
    expect([...en.shadowRoot!.querySelectorAll('[part="chart"] text.value')].map((t) => t.textContent)).to.include('4,000');
  });

  it('extreme figures draw finite bars and paths, and the axis stays readable', async () => {
    for (const values of [[1.7e308, -1.7e308, 5e-324], [5e-324, 5e-324, 5e-324], [3, 3, 3], [0, 0, 0]]) {
      const doc = {
        schemaVersion: '1.0', id: 'q', title: 'Q', term: { from: 2020, to: 2025 },
        indicators: [{ id: 'p', title: 'X', unit: '%', target: { kind: 'level', op: '>=', value: values[0], by: 2025 }, baseline: { period: 2020, value: values[1] },
          observations: values.map((value, i) => ({ period: 2021 + i, value })), plans: [{ period: 2024, value: values[2] }] }],
      };
      const el = await fixture<TnTimeline>(html`<tn-timeline indicator="p" .resolution=${doc}></tn-timeline>`);
      const chart = shadow(el, '[part="chart"]')!;
      expect(chart.querySelectorAll('.point'), String(values)).to.have.length(3);
      for (const node of chart.querySelectorAll('*')) for (const a of node.attributes) expect(a.value, `${node.tagName} ${a.name}`).to.not.match(/NaN|Infinity|undefined/);
      const ticks = [...chart.querySelectorAll('text.value')].map((t) => t.textContent!);
      expect(ticks.length).to.be.greaterThan(1);
      expect(new Set(ticks).size).to.equal(ticks.length);
      for (const t of ticks) expect(t.length).to.be.below(12);
    }
  });

  describe('on a phone', () => {
    const long = {
      schemaVersion: '1.0', id: 'q', title: 'Q', term: { from: 2020, to: 2030 },
      indicators: [{ id: 'p', title: 'Thu nhập bình quân', unit: 'triệu đồng/người/năm', target: { kind: 'level', op: '>=', value: 140000, by: 2030 }, baseline: { period: 2020, value: 52000 },
        observations: Array.from({ length: 11 }, (_, i) => ({ period: 2020 + i, value: 52000 + i * 7900, quality: i > 5 ? 'projected' : 'actual' })) }],
    };
    const boxes = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => t.getBoundingClientRect());
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

    for (const width of [320, 360]) {
      for (const [name, make] of [
        ['Thái Nguyên, annual', () => html`<tn-timeline src=${fresh(TN)} indicator="budget-revenue-growth"></tn-timeline>`],
        ['Thái Nguyên, average growth', () => html`<tn-timeline src=${fresh(TN)} indicator="agri-growth"></tn-timeline>`],
        ['eleven years', () => html`<tn-timeline indicator="p" .resolution=${long}></tn-timeline>`],
      ] as const) {
        it(`${width} px, ${name}: drawn at its real size, text of at least 12 px, no labels over each other`, async () => {
          const wrap = await fixture(html`<div style=${`width:${width}px`}>${make()}</div>`);
          const el = wrap.firstElementChild as TnTimeline;
          const svgEl = () => shadow(el, '[part="chart"]') as SVGSVGElement | null;
          await until(() => svgEl()?.getAttribute('width') === String(width));
          const chart = svgEl()!;
          // scale 1: the viewBox is the drawn size in CSS pixels
          const box = chart.getBoundingClientRect();
          expect(box.width).to.equal(width);
          expect(chart.getAttribute('viewBox')).to.equal(`0 0 ${width} ${chart.getAttribute('height')}`);
          expect(box.height).to.equal(Number(chart.getAttribute('height')));
          expect(box.height).to.be.within(180, 320);
          const texts = [...chart.querySelectorAll('text')];
          expect(texts.length).to.be.greaterThan(5);
          for (const t of texts) {
            expect(t.getBoundingClientRect().height, t.textContent!).to.be.at.least(12);
            expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
            // inside the element (nothing cut off at the edge of the phone)
            expect(t.getBoundingClientRect().left).to.be.at.least(box.left - 0.5);
            expect(t.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
          }
          const years = boxes(el, '[part="chart"] text.term, [part="chart"] text.year');
          expect(years.length).to.be.at.least(2);
          for (let i = 0; i < years.length; i++) for (let j = i + 1; j < years.length; j++) expect(apart(years[i]!, years[j]!), `years ${i} and ${j}`).to.equal(true);
          const terms = [...el.shadowRoot!.querySelectorAll('[part="chart"] text.term')].map((t) => t.textContent);
          expect(terms).to.have.length(2);
          const ticks = boxes(el, '[part="chart"] text.value, [part="chart"] text.unit');
          for (let i = 0; i < ticks.length; i++) for (let j = i + 1; j < ticks.length; j++) expect(apart(ticks[i]!, ticks[j]!), `ticks ${i} and ${j}`).to.equal(true);
          // the legend and the notes are text of the page: never smaller than 12 px either
          for (const li of el.shadowRoot!.querySelectorAll('ul.legend > li')) expect(parseFloat(getComputedStyle(li).fontSize)).to.be.at.least(12);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('eleven years at 320 px: every second year labelled, the term\'s first and last always', async () => {
      const wrap = await fixture(html`<div style="width:320px"><tn-timeline indicator="p" .resolution=${long}></tn-timeline></div>`);
      const el = wrap.firstElementChild as TnTimeline;
      await until(() => shadow(el, '[part="chart"]')?.getAttribute('width') === '320');
      const labels = [...el.shadowRoot!.querySelectorAll('[part="chart"] text.term, [part="chart"] text.year')].map((t) => t.textContent);
      expect(labels).to.deep.equal(['2020', '2022', '2024', '2026', '2028', '2030']);
      // every year still has its bar, each announced
      expect(el.shadowRoot!.querySelectorAll('.point')).to.have.length(11);
    });

    it('follows the width of its box; the height follows the width', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:360px"><tn-timeline src=${fresh(TN)} indicator="agri-growth"></tn-timeline></div>`);
      const el = wrap.firstElementChild as TnTimeline;
      const chart = () => shadow(el, '[part="chart"]');
      await until(() => chart()?.getAttribute('width') === '360');
      expect(chart()!.getAttribute('height')).to.equal('198');
      wrap.style.width = '800px';
      await until(() => chart()?.getAttribute('width') === '800');
      expect(chart()!.getAttribute('height')).to.equal('320');
      expect(chart()!.getBoundingClientRect().width).to.equal(800);
    });

    it('before it can be measured (a hidden box), it draws at a default width and scales to fit', async () => {
      const wrap = await fixture(html`<div hidden><tn-timeline src=${fresh(TN)} indicator="agri-growth"></tn-timeline></div>`);
      const el = wrap.firstElementChild as TnTimeline;
      await settled(el);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const chart = shadow(el, '[part="chart"]')!;
      expect(chart.getAttribute('width')).to.equal('600');
      expect(chart.getAttribute('viewBox')).to.equal('0 0 600 330'.replace('330', chart.getAttribute('height')!));
      expect(chart.querySelectorAll('.point')).to.have.length(2);
      expect(chart.querySelector('path.target')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    });
  });
});

