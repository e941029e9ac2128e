import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnErrorEvent, TnIndicator, TnResolution, TnTimeline } from '../../components/index.js';
import { fresh, settled, shadow, text } from './helpers.js';

// Issue 14: every slip an editor can make in a tag, or a data host can make in serving the file,
// said in place in Vietnamese and English, sent as tn-error, with a retry button only where asking
// again can help.

const TN = '/examples/data/tp-thai-nguyen-2020-2025.json';
const GOOD = '/test/fixtures/small-valid.json';
const hits = async (key: string) => ((await (await fetch('/status/hits')).json()) as Record<string, number>)[key] ?? 0;
// The same test server under its other name is another origin: localhost ↔ 127.0.0.1.
const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const crossOrigin = (path: string) => `${location.protocol}//${other}:${location.port}${path}`;

const alert = (el: Element) => shadow(el, '[part="error"][role="alert"]') as HTMLElement | null;
const retryButton = (el: Element) => shadow(el, '[role="alert"] button');

async function failed(el: Element): Promise<TnErrorEvent> {
  const event = await settled(el);
  expect(event.type).to.equal('tn-error');
  return event as TnErrorEvent;
}

async function inEnglish(el: TnIndicator | TnResolution | TnTimeline): Promise<string> {
  el.lang = 'en';
  await el.updateComplete;
  return text(el, '[role="alert"]');
}

let warnings: string[] = [];
const originalWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.filter((a) => typeof a === 'string').join(' '));
});
afterEach(() => {
  console.warn = originalWarn;
});

describe('slips in the tag', () => {
  it('a group the file does not have: the error in place, with the groups it has, tn-error, no retry', async () => {
    const el = await fixture<TnResolution>(html`<tn-resolution src=${fresh(TN)} group="kinhte"></tn-resolution>`);
    const event = await failed(el);
    expect(event.detail.kind).to.equal('no-group');
    expect(event.detail.message).to.equal('Không có nhóm chỉ tiêu "kinhte" trong tệp dữ liệu (có: kinh-te, xa-hoi, do-thi, chuyen-doi-so, nong-thon-moi, xay-dung-dang)');
    expect(text(el, '[role="alert"]')).to.equal(event.detail.message);
    expect(text(el, '[part="status"]')).to.equal('');
    expect(retryButton(el)).to.equal(null);
    expect(await inEnglish(el)).to.match(/^No group "kinhte" in the data file \(it has: kinh-te, xa-hoi/);
  });

  it('a group the file has still shows that group', async () => {
    const el = await fixture<TnResolution>(html`<tn-resolution src=${fresh(TN)} group="kinh-te"></tn-resolution>`);
    expect((await settled(el)).type).to.equal('tn-load');
    expect(alert(el)).to.equal(null);
  });

  it('nothing to load (no src, no script, no resolution): the missing attribute is named in place', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator indicator="agri-growth"></tn-indicator>`);
    const event = await failed(el);
    expect(event.detail).to.deep.equal({ kind: 'attribute', message: 'Thiếu thuộc tính src (địa chỉ tệp dữ liệu)' });
    expect(text(el, '[role="alert"]')).to.equal('Thiếu thuộc tính src (địa chỉ tệp dữ liệu)');
    expect(retryButton(el)).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Thiếu thuộc tính src');
    expect(await inEnglish(el)).to.equal("Missing the src attribute (the data file's address)");
  });

  it('the resolution property set by a script just after the element is put on the page: no error', async () => {
    const doc: unknown = await (await fetch(GOOD)).json();
    const el = document.createElement('tn-indicator') as TnIndicator;
    el.indicator = 'poverty-rate';
    document.body.append(el);
    await Promise.resolve();
    el.resolution = doc;
    expect((await settled(el)).type).to.equal('tn-load');
    expect(text(el, '.figure')).to.equal('0,54%');
    expect(warnings).to.deep.equal([]);
    el.remove();
  });

  it('an element given its data after the error says so no longer', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator indicator="poverty-rate"></tn-indicator>`);
    await failed(el);
    el.src = fresh(GOOD);
    expect((await settled(el)).type).to.equal('tn-load');
    expect(alert(el)).to.equal(null);
  });

  for (const tag of ['tn-indicator', 'tn-timeline'] as const) {
    it(`<${tag}> without indicator: "Thiếu thuộc tính indicator (mã chỉ tiêu)"`, async () => {
      const wrap = await fixture(tag === 'tn-indicator' ? html`<div><tn-indicator src=${fresh(GOOD)}></tn-indicator></div>` : html`<div><tn-timeline src=${fresh(GOOD)}></tn-timeline></div>`);
      const el = wrap.firstElementChild as TnIndicator | TnTimeline;
      const event = await failed(el);
      expect(event.detail.kind).to.equal('attribute');
      expect(event.detail.message).to.equal('Thiếu thuộc tính indicator (mã chỉ tiêu)');
      expect(text(el, '[role="alert"]')).to.equal('Thiếu thuộc tính indicator (mã chỉ tiêu)');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(retryButton(el)).to.equal(null);
      expect(await inEnglish(el)).to.equal("Missing the indicator attribute (the indicator's id)");
      // and once it is given, the card or chart shows
      el.indicator = 'poverty-rate';
      await el.updateComplete;
      expect(alert(el)).to.equal(null);
    });
  }

  it('scr= for src: "is not recognised — did you mean src?", tn-error, and one console hint', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator scr=${GOOD} indicator="agri-growth"></tn-indicator>`);
    const event = await failed(el);
    expect(event.detail.kind).to.equal('attribute');
    expect(event.detail.message).to.equal('Thuộc tính "scr" không được nhận ra — có phải "src"?');
    expect(text(el, '[role="alert"]')).to.equal('Thuộc tính "scr" không được nhận ra — có phải "src"?');
    expect(retryButton(el)).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<tn-indicator>').and.contain('"scr"').and.contain('"src"');
    expect(await inEnglish(el)).to.equal('Attribute "scr" is not recognised — did you mean "src"?');
    expect(warnings).to.have.length(1);
  });

  it('indicater= for indicator: the same, on the attribute the card cannot do without', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(GOOD)} indicater="agri-growth"></tn-indicator>`);
    const event = await failed(el);
    expect(event.detail.message).to.equal('Thuộc tính "indicater" không được nhận ra — có phải "indicator"?');
    expect(warnings).to.have.length(1);
  });

  it('slips the element works without (lnag=, as_of, asof, grup): it shows its data, with one console hint', async () => {
    const wrap = await fixture(html`<div>
      <tn-indicator src=${fresh(GOOD)} indicator="agri-growth" lnag="en" as_of="2022"></tn-indicator>
      <tn-resolution src=${fresh(TN)} grup="kinh-te" asof="2023"></tn-resolution>
    </div>`);
    const [card, whole] = [wrap.children[0]!, wrap.children[1]!];
    expect((await settled(card)).type).to.equal('tn-load');
    expect((await settled(whole)).type).to.equal('tn-load');
    expect(alert(card)).to.equal(null);
    expect(warnings).to.have.length(2);
    const [forCard, forWhole] = [warnings.find((w) => w.includes('<tn-indicator>'))!, warnings.find((w) => w.includes('<tn-resolution>'))!];
    expect(forCard).to.contain('"lnag"').and.contain('"lang"').and.contain('"as_of"').and.contain('"as-of"');
    expect(forWhole).to.contain('"grup"').and.contain('"group"').and.contain('"asof"');
  });

  it('attributes every element may carry, and unrelated ones, are no slip', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator id="a" class="b" style="color:red" title="t" data-x="1" aria-label="l" onclick="" tabindex="-1" src=${fresh(GOOD)} indicator="agri-growth" width="300"></tn-indicator>`);
    expect((await settled(el)).type).to.equal('tn-load');
    expect(warnings).to.deep.equal([]);
  });
});

describe('slips in serving the file', () => {
  it('a data server on another origin without Access-Control-Allow-Origin: the cause and the fix, no retry', async () => {
    const url = fresh(crossOrigin('/status/nocors'));
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${url} indicator="agri-growth"></tn-indicator>`);
    const event = await failed(el);
    const origin = new URL(url).origin;
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.message).to.equal(`Máy chủ dữ liệu ${origin} không cho phép trang này đọc tệp: máy chủ dữ liệu cần gửi tiêu đề Access-Control-Allow-Origin`);
    expect(text(el, '[role="alert"]')).to.equal(event.detail.message);
    expect(retryButton(el)).to.equal(null);
    expect(await inEnglish(el)).to.equal(`The data server ${origin} does not let this page read the file: the data server must send the Access-Control-Allow-Origin header`);
  });

  it('the same file from another origin with Access-Control-Allow-Origin: * loads', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(crossOrigin('/status/cors'))} indicator="agri-growth"></tn-indicator>`);
    expect((await settled(el)).type).to.equal('tn-load');
    expect(text(el, '[part="title"]')).to.equal('Tốc độ tăng ngành nông, lâm nghiệp');
  });

  it('another origin where nothing answers is a network failure (with retry), not CORS', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${`${location.protocol}//${other}:1/nowhere.json`} indicator="x"></tn-indicator>`);
    const event = await failed(el);
    expect(event.detail.message).to.match(/^Không tải được dữ liệu: lỗi mạng/);
    expect(retryButton(el)).to.exist;
  });

  for (const [route, what, vi, en] of [
    ['/status/cp1258', 'Windows-1258', 'Tệp dữ liệu không phải UTF-8: hãy lưu lại tệp với mã hoá UTF-8', 'The data file is not UTF-8: save it again as UTF-8'],
    ['/status/utf16nobom', 'UTF-16 without a byte order mark', 'Tệp dữ liệu không phải UTF-8 (có vẻ là UTF-16): hãy lưu lại tệp với mã hoá UTF-8', 'The data file is not UTF-8 (it looks like UTF-16): save it again as UTF-8'],
  ] as const) {
    it(`a file in ${what} is refused with its own message (never shown with "�"), no retry`, async () => {
      const url = fresh(route);
      const el = await fixture<TnIndicator>(html`<tn-indicator src=${url} indicator="agri-growth"></tn-indicator>`);
      const event = await failed(el);
      expect(event.detail.kind).to.equal('json');
      expect(event.detail.message).to.equal(`${vi} (${url})`);
      expect(el.shadowRoot!.textContent).not.to.contain('\ufffd');
      expect(retryButton(el)).to.equal(null);
      expect(await inEnglish(el)).to.equal(`${en} (${url})`);
    });
  }

  it('a 503: retry is offered, and asks the server again', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src="/status/503" indicator="x"></tn-indicator>`);
    const event = await failed(el);
    expect(event.detail.kind).to.equal('http');
    expect(event.detail.message).to.match(/^Máy chủ trả lỗi 503 khi tải dữ liệu/);
    const before = await hits('/status/503');
    (retryButton(el) as HTMLButtonElement).click();
    await failed(el);
    expect(await hits('/status/503')).to.equal(before + 1);
  });
});

describe('the error box', () => {
  it('is no taller than its message at 360 px: no placeholder height, no aria-busy, the retry on the same block', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="inline-size:360px">
      <tn-resolution></tn-resolution>
      <tn-timeline src="/status/503" indicator="x"></tn-timeline>
      <tn-indicator variant="compact" src=${fresh(GOOD)} indicator="nope"></tn-indicator>
      <tn-timeline src=${fresh(GOOD)}></tn-timeline>
      <tn-indicator src=${fresh(GOOD)} indicator="nope"></tn-indicator>
      <tn-resolution src=${fresh(TN)} group="x"></tn-resolution>
    </div>`);
    const elements = [...wrap.children] as HTMLElement[];
    for (const el of elements) await failed(el);
    for (const el of elements) {
      const box = alert(el)!;
      const line = parseFloat(getComputedStyle(box).lineHeight);
      expect(el.hasAttribute('aria-busy'), el.localName).to.equal(false);
      // (the last message lists six groups: three lines at this width, and no more than its text)
      const lines = el === elements[5] ? 4 : 3;
      expect(el.getBoundingClientRect().height, `${el.localName}: ${box.textContent}`).to.be.lessThan(lines * line);
      expect(el.getBoundingClientRect().height, el.localName).to.be.closeTo(box.getBoundingClientRect().height, 1);
    }
    // the 503's retry button sits in the message's block
    expect(alert(elements[1]!)!.contains(retryButton(elements[1]!))).to.equal(true);
  });
});
