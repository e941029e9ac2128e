import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnErrorEvent, TnIndicator } from '../../components/index.js';
import { fresh, requestsFor, settled, shadow, text, until } from './helpers.js';

const SMALL = '/test/fixtures/small-valid.json';
const TN = '/examples/data/tp-thai-nguyen-2020-2025.json';

describe('<tn-indicator>', () => {
  it('renders an average-growth card from src: average so far, target in words, status, what the rest needs', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(SMALL)} indicator="agri-growth"></tn-indicator>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const event = await settled(el);
    expect(event.type).to.equal('tn-load');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(text(el, '[part="title"]')).to.equal('Tốc độ tăng giá trị sản xuất nông, lâm nghiệp');
    expect(text(el, '.figure')).to.equal('4,25%');
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: bình quân trên 5%/năm');
    expect(text(el, '.card > [part="status"], .foot [part="status"]')).to.equal('◐Chậm so với lộ trình');
    expect(el.shadowRoot!.textContent).to.contain('Các năm còn lại cần tăng bình quân 5,50%/năm.');
    const meter = shadow(el, '[role="meter"]')!;
    expect(meter.getAttribute('aria-valuetext')).to.equal('4,25% — mục tiêu bình quân trên 5%/năm — Chậm so với lộ trình');
    await expect(el).to.be.accessible();
  });

  it('shows an estimate as "ước" and speaks English when asked', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator lang="en" src=${fresh(SMALL)} indicator="poverty-rate"></tn-indicator>`);
    await settled(el);
    expect(text(el, '.figure')).to.equal('0.54%');
    expect(el.shadowRoot!.textContent).to.contain('(estimate)');
    expect(text(el, '[part="target"]')).to.equal('Target: at most 0.9% by 2025');
    // (the status rests on a 2023 estimate: it says so)
    expect(text(el, '.foot [part="status"]')).to.equal('✔Achieved (provisional)');
    // the meter says what the badge says
    expect(shadow(el, '[role="meter"]')!.getAttribute('aria-valuetext')).to.match(/— Achieved \(provisional\)$/);
    const vi = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(SMALL)} indicator="poverty-rate"></tn-indicator>`);
    await settled(vi);
    expect(vi.shadowRoot!.textContent).to.contain('(ước)');
  });

  it('follows a page language toggle', async () => {
    const wrap = await fixture(html`<div lang="vi"><tn-indicator src=${fresh(SMALL)} indicator="poverty-rate"></tn-indicator></div>`);
    const el = wrap.querySelector('tn-indicator')!;
    await settled(el);
    expect(text(el, '.foot [part="status"]')).to.equal('✔Đạt (tạm tính)');
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, '.foot [part="status"]')).to.equal('✔Achieved (provisional)');
  });

  it('reads an inline <script type="application/json"> and the resolution property', async () => {
    const doc = await (await fetch(SMALL)).json();
    const inline = await fixture<TnIndicator>(html`<tn-indicator indicator="poverty-rate"><script type="application/json">${JSON.stringify(doc)}</script></tn-indicator>`);
    await inline.updateComplete;
    expect(text(inline, '.figure')).to.equal('0,54%');
    const prop = await fixture<TnIndicator>(html`<tn-indicator indicator="poverty-rate" .resolution=${doc}></tn-indicator>`);
    expect(text(prop, '.figure')).to.equal('0,54%');
  });

  it('counts outOf targets as "9/11"-style figures and annual targets as one mark per year', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(TN)} indicator="budget-revenue-growth"></tn-indicator>`);
    await settled(el);
    const years = [...el.shadowRoot!.querySelectorAll('.years li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(years).to.deep.equal(['✖ 2021: 5,84%, không đạt', '✔ 2022: 37,27%, đạt']);
    const doc = {
      schemaVersion: '1.0', id: 'c', title: 'C', term: { from: 2020, to: 2025 },
      indicators: [{ id: 'nt', title: 'Xã nông thôn mới nâng cao', unit: 'xã', target: { kind: 'level', op: '>=', value: 11, outOf: 11, by: 2025 }, observations: [{ period: 2021, value: 5 }, { period: 2023, value: 9 }] }],
    };
    const communes = await fixture<TnIndicator>(html`<tn-indicator indicator="nt" .resolution=${doc}></tn-indicator>`);
    expect(text(communes, '.figure')).to.equal('9/11');
    expect(text(communes, '[part="target"]')).to.equal('Mục tiêu: 11/11 xã vào năm 2025');
  });

  it('as-of moves the assessment back in time', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(TN)} indicator="budget-revenue-growth" as-of="2021"></tn-indicator>`);
    await settled(el);
    expect(text(el, '.foot [part="status"]')).to.equal('▲Nguy cơ không đạt');
  });

  it('inline and compact variants', async () => {
    const el = await fixture<TnIndicator>(html`<p>Tỷ lệ hộ nghèo còn <tn-indicator variant="inline" src=${fresh(SMALL)} indicator="poverty-rate"></tn-indicator>.</p>`);
    const ind = el.querySelector('tn-indicator')!;
    await settled(ind);
    expect(getComputedStyle(ind).display).to.equal('inline');
    expect(text(ind, '.inline')).to.equal('0,54% ✔(Đạt (tạm tính)) (Số liệu đến năm 2023)');
    expect(shadow(ind, '.sr-only')!.textContent).to.equal('(Đạt (tạm tính))');
    const compact = await fixture<TnIndicator>(html`<tn-indicator variant="compact" src=${fresh(SMALL)} indicator="poverty-rate"></tn-indicator>`);
    await settled(compact);
    expect(text(compact, '[part="card"]')).to.match(/^Tỷ lệ hộ nghèo 0,54% 2023 \(ước\) ✔Đạt \(tạm tính\) Số liệu đến năm 2023$/);
    await expect(el).to.be.accessible();
  });

  it('many elements with one src share one request', async () => {
    const url = fresh(SMALL);
    const wrap = await fixture(html`<div>
      ${Array.from({ length: 12 }, (_, i) => html`<tn-indicator src=${url} indicator=${i % 2 ? 'agri-growth' : 'poverty-rate'}></tn-indicator>`)}
    </div>`);
    await Promise.all([...wrap.querySelectorAll('tn-indicator')].map((el) => settled(el)));
    expect(requestsFor(url)).to.equal(1);
  });

  it('a late answer never overwrites a newer src; the abandoned request is aborted', async () => {
    const first = fresh('/examples/data/tp-thai-nguyen-2020-2025.json');
    const second = fresh('/test/fixtures/alt-valid.json');
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${first} indicator="agri-growth"></tn-indicator>`);
    el.src = second;
    const event = await settled(el);
    expect(event.type).to.equal('tn-load');
    expect(text(el, '[part="title"]')).to.equal('Tăng trưởng (bản khác)');
    await new Promise((r) => setTimeout(r, 200));
    expect(text(el, '[part="title"]')).to.equal('Tăng trưởng (bản khác)');
  });

  it('while loading keeps its space at once, and turns into a grey box only once loading takes a while', async () => {
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    const slow = await fixture<TnIndicator>(html`<tn-indicator src=${fresh('/status/hang')} indicator="x" timeout="30"></tn-indicator>`);
    const started = performance.now();
    expect(slow.getAttribute('aria-busy')).to.equal('true');
    expect(slow.getBoundingClientRect().height).to.be.at.least(12 * 16);
    // (a file that comes quickly goes from the kept space to the card, without a grey flash)
    expect(background(slow)).to.equal('rgba(0, 0, 0, 0)');
    await until(() => background(slow) !== 'rgba(0, 0, 0, 0)');
    expect(performance.now() - started).to.be.at.least(240);
    expect(background(slow)).to.equal('rgb(229, 231, 235)');
    // Taken off the page, it is no longer waiting; and a card that has its data has no box.
    slow.remove();
    const quick = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(SMALL)} indicator="agri-growth"></tn-indicator>`);
    await settled(quick);
    await new Promise((r) => setTimeout(r, 300));
    expect(quick.hasAttribute('aria-busy')).to.equal(false);
    expect(background(quick)).to.equal('rgba(0, 0, 0, 0)');
    document.body.append(slow);
    expect(background(slow)).to.equal('rgba(0, 0, 0, 0)');
    slow.remove();
  });

  it('src changed many times in a row: the last one wins', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator indicator="agri-growth"></tn-indicator>`);
    for (let i = 0; i < 20; i++) el.src = fresh(i % 2 ? SMALL : '/test/fixtures/alt-valid.json');
    el.src = fresh('/test/fixtures/alt-valid.json');
    await settled(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(text(el, '[part="title"]')).to.equal('Tăng trưởng (bản khác)');
  });
});

describe('<tn-indicator> failures', () => {
  // [what, url, kind, message, retry]: a retry button only where asking again can help (a server
  // error or an unreachable server may answer next time; a missing or wrong file will not).
  const cases: [string, string, string, RegExp, boolean][] = [
    ['404', '/test/fixtures/missing.json', 'http', /^Máy chủ trả lỗi 404 khi tải dữ liệu/, false],
    ['500', '/status/500', 'http', /^Máy chủ trả lỗi 500/, true],
    ['an HTML error page', '/status/html', 'json', /^Máy chủ trả về một trang web thay vì tệp dữ liệu/, false],
    ['a broken JSON file', '/test/fixtures/broken.json', 'json', /^Tệp dữ liệu không phải JSON hợp lệ/, false],
    ['a document that does not match the schema', '/test/fixtures/small-invalid.json', 'schema', /^Tệp dữ liệu không đúng mẫu \(1 lỗi\): id: Mã chỉ gồm chữ thường/, false],
    ['an unreachable server', 'http://127.0.0.1:9/x.json', 'network', /^Không tải được dữ liệu: lỗi mạng/, true],
  ];
  for (const [what, url, kind, message, retry] of cases) {
    it(`${what}: "${kind}", shown with role="alert", ${retry ? 'a retry button' : 'no retry button (asking again cannot help)'}, and sent as tn-error`, async () => {
      const el = await fixture<TnIndicator>(html`<tn-indicator src=${url} indicator="agri-growth"></tn-indicator>`);
      const event = (await settled(el)) as TnErrorEvent;
      expect(event.type).to.equal('tn-error');
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.match(message);
      const alert = shadow(el, '[role="alert"]')!;
      expect(alert.getAttribute('part')).to.equal('error');
      expect(alert.textContent).to.match(message);
      expect(alert.querySelector('button')?.textContent ?? null).to.equal(retry ? 'Thử lại' : null);
      if (kind === 'schema') expect(event.detail.issues![0]).to.include({ path: 'id', code: 'slug' });
    });
  }

  it('a document that does not match the schema: problems in English on an English element, and again after the page switches language', async () => {
    const wrap = await fixture(html`<div lang="en"><tn-indicator src=${fresh('/test/fixtures/small-invalid.json')} indicator="agri-growth"></tn-indicator></div>`);
    const el = wrap.querySelector('tn-indicator')!;
    const event = (await settled(el)) as TnErrorEvent;
    expect(event.detail.message).to.match(/^The data file does not match the schema \(1 problem\(s\)\): id: An identifier uses lowercase letters/);
    expect(event.detail.issues![0]).to.include({ path: 'id', code: 'slug' });
    expect(event.detail.issues![0]!.message).to.match(/^An identifier uses lowercase letters/);
    wrap.setAttribute('lang', 'vi');
    await until(() => /^Tệp dữ liệu không đúng mẫu/.test(text(el, '[role="alert"]')));
    expect(text(el, '[role="alert"]')).to.match(/^Tệp dữ liệu không đúng mẫu \(1 lỗi\): id: Mã chỉ gồm chữ thường/);
  });

  it('an unknown indicator id is "not-found", naming the id, in English too', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator lang="en" src=${fresh(SMALL)} indicator="nope"></tn-indicator>`);
    const event = (await settled(el)) as TnErrorEvent;
    expect(event.detail).to.include({ kind: 'not-found', message: 'No indicator "nope" in the data file' });
  });

  it('retry asks the server again', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src="/status/500" indicator="x"></tn-indicator>`);
    await settled(el);
    const hits = async () => ((await (await fetch('/status/hits')).json()) as Record<string, number>)['/status/500'];
    const before = await hits();
    (shadow(el, '[role="alert"] button') as HTMLButtonElement).click();
    await settled(el);
    expect(await hits()).to.equal(before! + 1);
  });

  it('a failing element leaves the page and its neighbours working', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const wrap = await fixture(html`<div>
      <tn-indicator src="/test/fixtures/broken.json" indicator="x"></tn-indicator>
      <tn-indicator src=${fresh(SMALL)} indicator="poverty-rate"></tn-indicator>
    </div>`);
    const [bad, good] = [...wrap.querySelectorAll('tn-indicator')];
    await Promise.all([settled(bad!), settled(good!)]);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(text(good!, '.figure')).to.equal('0,54%');
  });
});

describe('<tn-indicator> with hostile data', () => {
  it('renders markup from data as inert text; nothing runs; links only for http(s)', async () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh('/test/fixtures/hostile.json')} indicator="x"></tn-indicator>`);
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
    expect(text(el, '[part="title"]')).to.equal('<img src=x onerror="window.__pwned=(window.__pwned||0)+1">');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    const link = shadow(el, 'a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/?q=<script>');
    expect(link.textContent).to.equal('"><svg onload="window.__pwned=1">');
  });
});

describe('<tn-indicator> with only a forecast', () => {
  it('shows the official projection, marked "dự kiến", and keeps the status "no data"', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh(TN)} indicator="crop-value-per-ha"></tn-indicator>`);
    await settled(el);
    expect(text(el, '.figure')).to.equal('180 triệu đồng/ha');
    expect(el.shadowRoot!.textContent).to.contain('2025 (dự kiến)');
    expect(text(el, '.foot [part="status"]')).to.equal('○Chưa có số liệu');
  });
});

describe('<tn-indicator> layout', () => {
  it('fits a 320 px phone without sideways scrolling, and a 1,280 px dashboard', async () => {
    for (const width of [320, 1280]) {
      const wrap = await fixture(html`<div style="width:${width}px"><tn-indicator src=${fresh(TN)} indicator="agri-growth"></tn-indicator></div>`);
      const el = wrap.querySelector('tn-indicator')!;
      await settled(el);
      const card = shadow(el, '[part="card"]') as HTMLElement;
      expect(card.scrollWidth, `${width}px`).to.be.at.most(card.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
    }
  });
});

describe('<tn-indicator variant="inline"> without a target', () => {
  it('shows the figure alone, with no status mark', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator variant="inline" src=${fresh(TN)} indicator="approved-investment-capital"></tn-indicator>`);
    await settled(el);
    expect(text(el, '.inline')).to.equal('trên 14.800 tỷ đồng (Số liệu đến năm 2023)');
    expect(shadow(el, '[part="status"]')).to.equal(null);
  });
});
