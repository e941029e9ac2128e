import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnIndicator } from '../../components/index.js';
import { fresh, openFrame, settled, shadow, text, until } from '../components/helpers.js';

const hits = async () => (await (await fetch('/status/hits')).json()) as Record<string, number>;

describe('races and lifecycles', () => {
  it('src changed 100 times in a row: the last one wins, and the abandoned requests are really aborted', async () => {
    const before = await hits();
    const el = await fixture<TnIndicator>(html`<tn-indicator indicator="x"></tn-indicator>`);
    for (let i = 1; i <= 100; i++) {
      el.src = `/status/slow/${i}?t=${Date.now()}`;
      await new Promise((r) => setTimeout(r, 2)); // each request leaves the page
    }
    const event = await settled(el);
    expect(event.type).to.equal('tn-load');
    expect(text(el, '[part="title"]')).to.equal('Slow 100');
    await new Promise((r) => setTimeout(r, 400)); // let the server finish with every request
    const after = await hits();
    const answered = (after.answered ?? 0) - (before.answered ?? 0);
    const abandoned = (after.abandoned ?? 0) - (before.abandoned ?? 0);
    // Some abandoned requests never reach the server at all; of those that do, the server sees the
    // client leave. It answers only the last (and at most a couple that were already answered).
    console.log(`100 src changes: ${answered} answered, ${abandoned} seen abandoned by the server`);
    expect(answered).to.be.at.most(3);
    expect(text(el, '[part="title"]')).to.equal('Slow 100');
  });

  it('indicator changed 100 times: the last id is shown, from one request', async () => {
    const url = fresh('/examples/data/tp-thai-nguyen-2020-2025.json');
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${url} indicator="agri-growth"></tn-indicator>`);
    const ids = ['agri-growth', 'poverty-rate', 'industry-growth', 'near-poor-rate'];
    for (let i = 0; i < 100; i++) el.indicator = ids[i % ids.length]!;
    el.indicator = 'markets-4-0';
    await until(() => text(el, '[part="title"]') !== '');
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.equal('Tỷ lệ chợ đủ điều kiện triển khai mô hình chợ 4.0');
  });

  it('removed while loading: no error, no event, the request is aborted; put back, it loads', async () => {
    const before = await hits();
    const wrap = await fixture(html`<div></div>`);
    const el = document.createElement('tn-indicator') as TnIndicator;
    el.indicator = 'x';
    el.src = `/status/slow/7?t=${Date.now()}`;
    let events = 0;
    el.addEventListener('tn-load', () => events++);
    el.addEventListener('tn-error', () => events++);
    wrap.append(el);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    // Aborted: the server never answered it (it saw the client leave, or never got the request).
    expect(((await hits()).answered ?? 0) - (before.answered ?? 0)).to.equal(0);
    expect(events).to.equal(0);
    wrap.append(el);
    await settled(el);
    expect(text(el, '[part="title"]')).to.equal('Slow 7');
    expect(((await hits()).answered ?? 0) - (before.answered ?? 0)).to.equal(1);
  });

  it('back from a visit to another document (an iframe) while loading, it has its styles, and turns grey once waiting', async () => {
    // The browser clears a shadow root's stylesheets in the other document, and refuses it
    // ElementInternals there: neither may stick once the element is back.
    const grey = (el: Element) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)';
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh('/status/hang')} indicator="x" timeout="30"></tn-indicator>`);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(el));
    await new Promise((r) => setTimeout(r, 400));
    document.body.append(el);
    frame.remove();
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.getBoundingClientRect().height).to.be.at.least(12 * 16);
    expect(grey(el)).to.equal(false);
    await until(() => grey(el), 2000);
    expect(grey(el)).to.equal(true);
    el.remove();
  });

  it('moved into another document (an iframe), it keeps working', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh('/test/fixtures/small-valid.json')} indicator="poverty-rate"></tn-indicator>`);
    await settled(el);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.body.append(other.adoptNode(el));
    el.lang = 'en';
    await el.updateComplete;
    expect(el.ownerDocument).to.equal(other);
    expect(text(el, '.figure')).to.equal('0.54%');
    document.body.append(el);
    frame.remove();
    await el.updateComplete;
    expect(text(el, '.figure')).to.equal('0.54%');
    el.remove();
  });

  it('two copies of the bundle on one page: the second skips the tags and everything works', async () => {
    const frame = await openFrame('/test/hardening/two-copies.html');
    const doc = frame.contentDocument!;
    const el = doc.querySelector('tn-indicator')!;
    await until(() => !!el.shadowRoot?.querySelector('.figure'));
    expect(el.shadowRoot!.querySelector('.figure')!.textContent).to.equal('0,54%');
    expect((frame.contentWindow as Window & { __errors: string[] }).__errors).to.deep.equal([]);
    frame.remove();
  });

  it('an element never writes an empty lang attribute (it would mean "unknown language" to a screen reader)', async () => {
    const wrap = await fixture(html`<div lang="vi"><tn-indicator src=${fresh('/test/fixtures/small-valid.json')} indicator="poverty-rate"></tn-indicator><tn-gauge value="1"></tn-gauge></div>`);
    await settled(wrap.querySelector('tn-indicator')!);
    for (const el of wrap.querySelectorAll('tn-indicator, tn-gauge')) expect(el.hasAttribute('lang'), el.tagName).to.equal(false);
  });

  it('a data element with nothing to show renders nothing and waits', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator></tn-indicator>`);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    el.resolution = await (await fetch('/test/fixtures/small-valid.json')).json();
    el.indicator = 'poverty-rate';
    await el.updateComplete;
    expect(shadow(el, '.figure')!.textContent).to.equal('0,54%');
  });
});
