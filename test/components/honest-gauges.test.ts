import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnGauge, TnIndicator } from '../../components/index.js';
import { settled } from './helpers.js';

// What a reader sees on a gauge: whether the fill (or a band's marker) reaches the shaded zone
// where the target is met. Measured on the rendered SVG with the browser's own hit test
// (isPointInFill), never on the numbers the template was given.

/** The angle (radians, π = left end, 0 = right end) of a tick line drawn relative to the centre. */
const angleOf = (line: SVGLineElement) => Math.atan2(-Number(line.getAttribute('y2')), Number(line.getAttribute('x2')));

/** Whether a path covers the point on the band's middle radius at this angle. */
function covers(path: SVGGeometryElement | null, angle: number, radius = 76): boolean {
  if (!path) return false;
  const p = new DOMPoint(radius * Math.cos(angle), -radius * Math.sin(angle));
  return path.isPointInFill(p);
}

interface Seen {
  /** The fill (or the marker) reaches past the target tick into the shaded zone. */
  reachesZone: boolean;
  /** The zone lies on the good side of the first tick: a point just past it (clockwise) is in the zone. */
  zoneRightOfTick: boolean;
  status: string;
  ends: string[];
}

function seen(root: ShadowRoot): Seen {
  const meter = root.querySelector('[role="meter"]')!;
  const tick = root.querySelector('line.tick') as SVGLineElement;
  const zone = root.querySelector('path.zone') as SVGGeometryElement | null;
  const fill = root.querySelector('path.fill:not(.marker)') as SVGGeometryElement | null;
  const marker = root.querySelector('path.marker') as SVGGeometryElement | null;
  const t = angleOf(tick);
  // The zone rim is outside the band: test it on its own radius.
  const zoneRightOfTick = covers(zone, t - 0.03, 94.5);
  let reachesZone: boolean;
  if (marker) {
    // A band: the marker's middle is in the zone's angular span.
    const box = marker.getBBox();
    const a = Math.atan2(-(box.y + box.height / 2), box.x + box.width / 2);
    reachesZone = covers(zone, a, 94.5);
  } else {
    reachesZone = covers(fill, t - 0.03);
  }
  return { reachesZone, zoneRightOfTick, status: [...meter.classList].find((c) => c.startsWith('s-'))!, ends: [...root.querySelectorAll('.ends span')].map((s) => s.textContent!) };
}

const doc = (indicator: object, extra: object = {}) => ({ schemaVersion: '1.1', id: 'g', title: 'G', term: { from: 2020, to: 2025 }, ...extra, indicators: [{ id: 'x', title: 'X', ...indicator }] });

async function card(indicator: object, asOf?: string, extra?: object) {
  const el = await fixture<TnIndicator>(html`<tn-indicator indicator="x" as-of=${asOf ?? ''} .resolution=${doc(indicator, extra)}></tn-indicator>`);
  await settled(el);
  return el;
}

describe('gauges whose picture matches the status', () => {
  it('at most (the seed: poverty 0,54% against ≤ 0,9%): the fill reaches the shaded zone, the card says achieved', async () => {
    const el = await card({ unit: '%', target: { kind: 'level', op: '<=', value: 0.9, by: 2025 }, observations: [{ period: 2025, value: 0.54 }] });
    const s = seen(el.shadowRoot!);
    expect(s.status).to.equal('s-achieved');
    expect(s.reachesZone).to.equal(true);
    expect(s.zoneRightOfTick).to.equal(true);
    // A reversed scale: the lowest rate at the right end.
    expect(s.ends[1]).to.equal('0%');
  });

  it('at most, missed (2,9% against ≤ 2%): the fill stops short of the zone', async () => {
    const el = await card({ unit: '%', target: { kind: 'level', op: '<=', value: 2, by: 2025 }, observations: [{ period: 2025, value: 2.9 }] });
    const s = seen(el.shadowRoot!);
    expect(s.status).to.equal('s-missed');
    expect(s.reachesZone).to.equal(false);
  });

  it('at least, met and behind: the fill reaches the zone only when met', async () => {
    const met = seen((await card({ unit: '%', target: { kind: 'level', op: '>=', value: 80, by: 2025 }, observations: [{ period: 2025, value: 85 }] })).shadowRoot!);
    expect([met.status, met.reachesZone, met.zoneRightOfTick]).to.deep.equal(['s-achieved', true, true]);
    const missed = seen((await card({ unit: '%', target: { kind: 'level', op: '>=', value: 80, by: 2025 }, observations: [{ period: 2025, value: 70 }] })).shadowRoot!);
    expect([missed.status, missed.reachesZone]).to.deep.equal(['s-missed', false]);
  });

  it('a band with a stretch, exceeded: the fill passes both ticks', async () => {
    const el = await card({ unit: '%', target: { kind: 'average-growth', op: '>=', value: 10, stretch: 10.5 }, baseline: { period: 2020, value: 100 }, observations: [{ period: 2021, value: 11 }, { period: 2022, value: 11 }, { period: 2023, value: 11 }, { period: 2024, value: 11 }, { period: 2025, value: 11 }] });
    const root = el.shadowRoot!;
    const s = seen(root);
    expect(s.status).to.equal('s-exceeded');
    const ticks = [...root.querySelectorAll('line.tick')] as SVGLineElement[];
    expect(ticks).to.have.length(2);
    const fill = root.querySelector('path.fill') as SVGGeometryElement;
    for (const t of ticks) expect(covers(fill, angleOf(t) - 0.03), 'past each tick').to.equal(true);
  });

  it('about (khoảng 10%, ± 5%): a marker inside the shaded band when achieved, outside when not', async () => {
    const target = { kind: 'level', op: 'about', value: 10, by: 2025 };
    const inBand = seen((await card({ unit: '%', target, observations: [{ period: 2025, value: 10.2 }] })).shadowRoot!);
    expect([inBand.status, inBand.reachesZone]).to.deep.equal(['s-achieved', true]);
    const off = seen((await card({ unit: '%', target, observations: [{ period: 2025, value: 12 }] })).shadowRoot!);
    expect([off.status, off.reachesZone]).to.deep.equal(['s-missed', false]);
  });

  it('a rank (hạng 5/34 against top 10): the best rank at the right end, the fill in the zone', async () => {
    const el = await card({ rank: { of: 34 }, target: { kind: 'level', op: '<=', value: 10, by: 2025 }, observations: [{ period: 2025, value: 5 }] });
    const s = seen(el.shadowRoot!);
    expect(s.status).to.equal('s-achieved');
    expect(s.reachesZone).to.equal(true);
    expect(s.ends).to.deep.equal(['34', '1']);
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('hạng 5/34');
  });

  it('a share that must fall (tỷ trọng nông nghiệp ≤ 15%): drawn like any target that asks for less', async () => {
    const el = await card({ unit: '%', share: { of: { vi: 'GRDP', en: 'GRDP' } }, target: { kind: 'level', op: '<=', value: 15, by: 2025 }, observations: [{ period: 2025, value: 17 }] });
    const s = seen(el.shadowRoot!);
    expect([s.status, s.reachesZone]).to.deep.equal(['s-missed', false]);
  });

  it('maintain: years marked met or missed, no gauge to contradict them', async () => {
    const el = await card({ unit: '%', target: { kind: 'maintain', op: '>=', value: 95, by: 2025 }, observations: [{ period: 2021, value: 96 }, { period: 2022, value: 94 }] });
    expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
    const marks = [...el.shadowRoot!.querySelectorAll('.years li')].map((e) => [e.className, e.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(marks).to.deep.equal([['met', '✔ 2021: 96%, đạt'], ['unmet', '✖ 2022: 94%, không đạt']]);
  });

  it('the aria text says what the picture shows: value, target and status', async () => {
    const el = await card({ unit: '%', target: { kind: 'level', op: '<=', value: 2, by: 2025 }, observations: [{ period: 2025, value: 2.9 }] });
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal('2,9% — mục tiêu không quá 2% vào năm 2025 — Không đạt');
    await expect(el).to.be.accessible();
  });

  it('<tn-gauge op="<="> draws the same reversed scale and zone', async () => {
    const el = await fixture<TnGauge>(html`<tn-gauge value="0.54" target="0.9" op="<=" unit="%" status="achieved"></tn-gauge>`);
    const s = seen(el.shadowRoot!);
    expect(s.reachesZone).to.equal(true);
    expect(s.ends[1]).to.equal('0%');
    const band = await fixture<TnGauge>(html`<tn-gauge value="12" target="9.5" target-high="11" op="between" unit="%"></tn-gauge>`);
    expect(seen(band.shadowRoot!).reachesZone).to.equal(false);
    expect(band.shadowRoot!.querySelectorAll('line.tick')).to.have.length(2);
  });
});

describe('the headline of an average', () => {
  it('one year is that year\'s figure at the indicator\'s decimals, never "bình quân 2021–2021"', async () => {
    const el = await card({ unit: '%', decimals: 1, target: { kind: 'average-growth', op: '>', value: 5 }, observations: [{ period: 2021, value: 4.2 }] });
    expect(el.shadowRoot!.querySelector('.figure')!.textContent).to.equal('4,2%');
    expect(el.shadowRoot!.textContent).not.to.contain('2021–2021');
    expect(el.shadowRoot!.textContent).not.to.contain('bình quân 2021');
  });

  it('where the earlier years already carry the average, the note says "chỉ cần", not a figure that reads as a typo', async () => {
    const el = await card({ unit: '%', decimals: 1, target: { kind: 'average-growth', op: '>=', value: 5 }, observations: [{ period: 2021, value: 9.9 }, { period: 2022, value: 9.9 }, { period: 2023, value: 9.9 }, { period: 2024, value: 9.9 }] });
    const t = el.shadowRoot!.textContent!;
    expect(t).to.match(/Mục tiêu vẫn đạt nếu bình quân các năm còn lại không giảm quá|Các năm còn lại chỉ cần tăng bình quân/);
  });
});

describe('the date the data speaks for, on the card', () => {
  it('says "Số liệu đến năm 2023" on the seed, and names a date the page asked for', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src="/examples/data/tp-thai-nguyen-2020-2025.json" indicator="poverty-rate"></tn-indicator>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="as-of"]')!.textContent).to.equal('Số liệu đến năm 2023');
    // The poverty status rests on a 2023 estimate: provisional, in words.
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('(tạm tính)');
    el.asOf = '2021';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="as-of"]')!.textContent).to.equal('Đánh giá tại 31/12/2021 · số liệu đến năm 2023');
    const inline = await fixture<TnIndicator>(html`<tn-indicator lang="en" variant="inline" src="/examples/data/tp-thai-nguyen-2020-2025.json" indicator="poverty-rate"></tn-indicator>`);
    await settled(inline);
    expect(inline.shadowRoot!.querySelector('[part="as-of"]')!.textContent).to.equal(' (Data up to 2023)');
  });
});
