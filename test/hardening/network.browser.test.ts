import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnErrorEvent, TnIndicator } from '../../components/index.js';
import { fresh, settled, shadow, text } from '../components/helpers.js';

const GOOD = '/test/fixtures/small-valid.json';
const hits = async (key: string) => ((await (await fetch('/status/hits')).json()) as Record<string, number>)[key] ?? 0;

// Each failure: its own message in Vietnamese and English, a tn-error, the neighbouring element
// untouched, and a retry control where asking again can help (the network, a server failing or
// busy), not where someone must change the file first (a 404, a web page, broken JSON, UTF-16).
const FAILURES: { what: string; url: string; kind: string; vi: RegExp; en: RegExp; retry: boolean; timeout?: number }[] = [
  { what: '404', url: '/test/fixtures/nowhere.json', kind: 'http', vi: /^Máy chủ trả lỗi 404 khi tải dữ liệu/, en: /^The server answered 404 when loading the data/, retry: false },
  { what: '500', url: '/status/500', kind: 'http', vi: /^Máy chủ trả lỗi 500/, en: /^The server answered 500/, retry: true },
  { what: 'a 200 HTML error page', url: '/status/html', kind: 'json', vi: /^Máy chủ trả về một trang web thay vì tệp dữ liệu/, en: /^The server sent a web page instead of the data file/, retry: false },
  { what: 'invalid JSON', url: '/test/fixtures/broken.json', kind: 'json', vi: /^Tệp dữ liệu không phải JSON hợp lệ/, en: /^The data file is not valid JSON/, retry: false },
  { what: 'a truncated body', url: '/status/truncated', kind: 'network', vi: /^Tải dữ liệu bị gián đoạn giữa chừng/, en: /^The download was cut off/, retry: true },
  { what: 'a response that never ends', url: '/status/hang', kind: 'network', vi: /^Máy chủ không trả lời sau 1 giây/, en: /^The server did not answer within 1 seconds/, retry: true, timeout: 1 },
  { what: 'a 500 whose body never ends (the status is enough)', url: '/status/500hang', kind: 'http', vi: /^Máy chủ trả lỗi 500/, en: /^The server answered 500/, retry: true },
  { what: 'a 500 whose body is cut off', url: '/status/500cut', kind: 'http', vi: /^Máy chủ trả lỗi 500/, en: /^The server answered 500/, retry: true },
  { what: 'a file in UTF-16, not JSON\'s UTF-8', url: '/status/utf16', kind: 'json', vi: /^Tệp dữ liệu không phải UTF-8 \(có vẻ là UTF-16\): hãy lưu lại tệp với mã hoá UTF-8/, en: /^The data file is not UTF-8 \(it looks like UTF-16\): save it again as UTF-8/, retry: false },
  { what: 'a redirect loop', url: '/status/loop', kind: 'network', vi: /^Không tải được dữ liệu: lỗi mạng hoặc máy chủ chuyển hướng vòng quanh/, en: /^Could not load the data: a network error or a redirect loop/, retry: true },
];

describe('failing networks', () => {
  for (const f of FAILURES) {
    it(`${f.what}: "${f.kind}", a clear message in vi and en, ${f.retry ? 'a retry control' : 'no retry control'}, tn-error; the neighbour is untouched`, async () => {
      const wrap = await fixture(html`<div>
        <tn-indicator src=${fresh(f.url)} indicator="agri-growth" timeout=${f.timeout ?? 15}></tn-indicator>
        <tn-indicator src=${fresh(GOOD)} indicator="poverty-rate"></tn-indicator>
      </div>`);
      const [bad, good] = [...wrap.querySelectorAll('tn-indicator')] as TnIndicator[];
      const [event] = await Promise.all([settled(bad!), settled(good!)]);
      expect(event.type).to.equal('tn-error');
      expect((event as TnErrorEvent).detail.kind).to.equal(f.kind);
      expect((event as TnErrorEvent).detail.message).to.match(f.vi);
      expect(text(bad!, '[role="alert"]')).to.match(f.vi);
      expect(!!shadow(bad!, '[role="alert"] button')).to.equal(f.retry);
      bad!.lang = 'en';
      await bad!.updateComplete;
      expect(text(bad!, '[role="alert"]')).to.match(f.en);
      expect(text(good!, '.figure')).to.equal('0,54%');
    });
  }

  for (const url of ['/status/latin1', '/status/bom']) {
    it(`a JSON file is read as UTF-8 (${url.slice(8)}: ${url === '/status/bom' ? 'a byte order mark first' : 'its header names another charset'})`, async () => {
      const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(url)} indicator="agri-growth"></tn-indicator>`);
      expect((await settled(el)).type).to.equal('tn-load');
      expect(text(el, '[part="title"]')).to.equal('Tốc độ tăng ngành nông, lâm nghiệp');
    });
  }

  it('the time-out aborts the request and retry asks again', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src="/status/hang" indicator="x" timeout="1"></tn-indicator>`);
    await settled(el);
    const before = await hits('/status/hang');
    (shadow(el, '[role="alert"] button') as HTMLButtonElement).click();
    expect(el.getAttribute('aria-busy')).to.equal(null); // not yet: the update is async
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await settled(el);
    expect(await hits('/status/hang')).to.equal(before + 1);
  });

  it('a 20 MB document loads, and the page gets control back many times while it is validated', async () => {
    // Not a timing assertion: the library must split its work after JSON.parse into many tasks,
    // so the page's own timers run in between. The longest gap is printed for the record.
    const el = document.createElement('tn-indicator') as TnIndicator;
    el.src = '/status/big.json';
    el.indicator = 'chi-tieu-35999';
    let ticks = 0;
    let last = performance.now();
    let longest = 0;
    let running = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    const done = settled(el);
    document.body.append(el);
    tick();
    const event = await done;
    running = false;
    console.log(`20 MB document: ${ticks} page tasks ran while it loaded; longest gap ${Math.round(longest)} ms (JSON.parse included)`);
    expect(event.type).to.equal('tn-load');
    expect(text(el, '[part="title"]')).to.equal('Chỉ tiêu số 35999 của nghị quyết');
    expect(ticks).to.be.greaterThan(20);
    el.remove();
  });
});
