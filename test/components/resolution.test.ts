import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnErrorEvent, TnMilestones, TnResolution } from '../../components/index.js';
import { fresh, requestsFor, settled, shadow, text } from './helpers.js';

const TN = '/examples/data/tp-thai-nguyen-2020-2025.json';

describe('<tn-milestones>', () => {
  it('lists milestones with their state at as-of: the bridge is in progress in June 2023, due but not yet reported in December (the data speaks for early 2023)', async () => {
    const url = fresh(TN);
    const june = await fixture<TnMilestones>(html`<tn-milestones src=${url} as-of="2023-06-30"></tn-milestones>`);
    await settled(june);
    const bridge = () => [...june.shadowRoot!.querySelectorAll('li')].find((li) => li.textContent!.includes('Huống Thượng'))!;
    expect(bridge().querySelector('[part="status"]')!.textContent).to.equal('◐Đang thực hiện');
    expect(bridge().textContent).to.contain('Hạn: 8/2023');
    june.asOf = '2023-12-31';
    await june.updateComplete;
    expect(bridge().querySelector('[part="status"]')!.textContent).to.equal('?Đã đến hạn, chưa có thông tin');
    await expect(june).to.be.accessible();
  });

  it('filters by group and speaks English; a group the file does not know is an error', async () => {
    const known = await fixture<TnMilestones>(html`<tn-milestones lang="en" src=${fresh(TN)} group="kinh-te"></tn-milestones>`);
    await settled(known);
    expect(text(known, 'p')).to.equal('No milestones.');
    const el = await fixture<TnMilestones>(html`<tn-milestones lang="en" src=${fresh(TN)} group="nope"></tn-milestones>`);
    const event = await settled(el);
    expect(event.type).to.equal('tn-error');
    expect((event as TnErrorEvent).detail.kind).to.equal('no-group');
    expect(text(el, '[part="error"]')).to.contain('No group "nope" in the data file');
  });
});

describe('<tn-resolution>', () => {
  it('shows the title, term, a summary of statuses, every indicator as a card and the milestones, from one request', async () => {
    const url = fresh(TN);
    const el = await fixture<TnResolution>(html`<tn-resolution src=${url}></tn-resolution>`);
    await settled(el);
    expect(text(el, 'h2')).to.equal('Nghị quyết Đại hội Đảng bộ thành phố Thái Nguyên lần thứ XVIII, nhiệm kỳ 2020–2025');
    expect(text(el, '.summary strong')).to.equal('3/9 chỉ tiêu vượt, đạt hoặc đúng lộ trình');
    // the header says the date the data speaks for as every card does
    expect(text(el, 'h2 + .muted')).to.equal('Nhiệm kỳ 2020–2025 · Số liệu đến năm 2023');
    const cards = [...el.shadowRoot!.querySelectorAll('tn-indicator')];
    expect(cards).to.have.length(23);
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(text(cards[0]!, '[part="title"]')).to.equal('Tốc độ tăng ngành nông, lâm nghiệp');
    expect(el.shadowRoot!.querySelector('tn-milestones')).to.exist;
    expect(requestsFor(url)).to.equal(1);
    const legend = [...el.shadowRoot!.querySelectorAll('.summary li')].map((li) => li.textContent);
    expect(legend).to.deep.equal(['✔Đạt: 2', '●Đúng lộ trình: 1', '◐Chậm so với lộ trình: 2', '○Chưa có số liệu: 4', '–Không có chỉ tiêu: 14']);
  });

  it('as-of 2021 and one group', async () => {
    const el = await fixture<TnResolution>(html`<tn-resolution lang="en" src=${fresh(TN)} as-of="2021" group="kinh-te"></tn-resolution>`);
    await settled(el);
    expect(text(el, '.summary strong')).to.equal('1 of 4 targets exceeded, achieved or on track');
    const cards = [...el.shadowRoot!.querySelectorAll('tn-indicator')];
    expect(cards.every((c) => c.getAttribute('as-of') === '2021')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(1);
  });

  it('passes its validated document to its cards: they do not fetch or fail', async () => {
    const el = await fixture<TnResolution>(html`<tn-resolution src=${fresh(TN)}></tn-resolution>`);
    await settled(el);
    const cards = [...el.shadowRoot!.querySelectorAll('tn-indicator')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.filter((c) => c.shadowRoot!.querySelector('[role="alert"]'))).to.have.length(0);
    expect(cards.every((c) => c.getAttribute('src') === null)).to.equal(true);
  });
});

describe('registration', () => {
  it('define skips tags that are already defined (two copies on one page) instead of throwing', async () => {
    const before = customElements.get('tn-indicator');
    // A second evaluation of the define module, as a second copy of the bundle would do.
    const second = `../../components/define.ts?copy=${Date.now()}`;
    await import(/* @vite-ignore */ second);
    expect(customElements.get('tn-indicator')).to.equal(before);
  });

  it('importing the classes registers nothing', async () => {
    const mod = await import('../../components/index.js');
    expect(typeof mod.TnIndicator).to.equal('function');
    expect(shadow).to.be.a('function');
  });
});
