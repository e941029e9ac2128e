import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { indicatorHtml } from '../../components/render/ssr-indicator.js';
import { parseResolution } from '../../src/index.js';
import { until } from '../components/helpers.js';

// The pre-rendered element (tn-indicators render --format html) as Chromium shows it: generated here
// by the CLI's own code (components/render/ssr-indicator.ts, Lit SSR), then put in pages of their
// own: one where no script may run, the same printed, and one with the embed (dist/tn-indicators.js).
// (Lit SSR patches this test page's LitElement when imported: the pages are iframes, realms of their own.)

const STATUS = 'Đạt (tạm tính)';

async function card(): Promise<string> {
  const doc = parseResolution(await (await fetch('/examples/data/tp-thai-nguyen-2020-2025.json')).json());
  return indicatorHtml(doc, 'poverty-rate')!;
}

async function page(body: string, options: { scripts: boolean; head?: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // (without allow-scripts no script runs in the page: not even the inline data's element code)
  if (!options.scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:600px;height:800px;border:0';
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">${options.head ?? ''}</head><body style="margin:0">${body}<p id="after">after</p></body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame;
}

/** What a reader sees of the card: its shadow root's words, its height, the status badge's colour. */
function seen(frame: HTMLIFrameElement) {
  const el = frame.contentDocument!.querySelector('tn-indicator')!;
  const root = el.shadowRoot;
  const badge = root?.querySelector('[part="status"]');
  return {
    root: !!root,
    text: root?.textContent?.replace(/\s+/g, ' ') ?? '',
    height: Math.round(el.getBoundingClientRect().height),
    colour: badge ? frame.contentWindow!.getComputedStyle(badge).color : '',
    cards: root?.querySelectorAll('article').length ?? 0,
    // (the plain-text line is for browsers without declarative shadow DOM: not drawn here)
    fallbackDrawn: (el.querySelector(':scope > span')?.getClientRects().length ?? 0) > 0,
  };
}

describe('the pre-rendered card (render --format html) in Chromium', () => {
  it('without JavaScript: the shadow root is there, styled, with the figure and the status, and prints so', async () => {
    const frame = await page(await card(), { scripts: false });
    const win = frame.contentWindow!;
    expect(win.customElements.get('tn-indicator')).to.equal(undefined);
    const screen = seen(frame);
    expect(screen.root).to.equal(true);
    for (const words of ['Tỷ lệ hộ nghèo', '0,54%', 'Mục tiêu: không quá 0,9% vào năm 2025', STATUS, 'Số liệu đến năm 2023']) expect(screen.text).to.contain(words);
    expect(screen.cards).to.equal(1);
    expect(screen.height).to.be.greaterThan(150);
    // (the achieved colour of styles.ts: the card's own styles apply in the declarative root)
    expect(screen.colour).to.equal('rgb(21, 128, 61)');
    expect(screen.fallbackDrawn).to.equal(false);
    expect(frame.contentDocument!.querySelector('tn-indicator')!.shadowRoot!.querySelector('[role="meter"]')).to.exist;
    await emulateMedia({ media: 'print' });
    try {
      expect(win.matchMedia('print').matches).to.equal(true);
      const printed = seen(frame);
      expect([printed.root, printed.cards, printed.height > 150, printed.fallbackDrawn]).to.deep.equal([true, 1, true, false]);
      expect(printed.text).to.contain(STATUS);
      expect(printed.text).to.contain('0,54%');
      // (styles.ts prints the text black)
      expect(win.getComputedStyle(frame.contentDocument!.querySelector('tn-indicator')!).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    frame.remove();
  });

  it('with the embed: drawn again from its inline data in the same task, the same words, live, no flash, no shift, no console error', async () => {
    const html = await card();
    // Recorded from the first frame on, before the embed runs: what each painted frame shows, the
    // page's layout shifts, errors, and the elements' events.
    const head = `<script>
window.__errors = []; window.__frames = []; window.__shifts = []; window.__events = [];
addEventListener('error', (e) => __errors.push(String(e.message)));
const original = console.error.bind(console);
console.error = (...a) => { __errors.push(a.map(String).join(' ')); original(...a); };
new PerformanceObserver((l) => l.getEntries().forEach((e) => __shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
for (const type of ['tn-load', 'tn-error']) addEventListener(type, (e) => __events.push(type));
const sample = () => { const el = document.querySelector('tn-indicator'); if (el) __frames.push([(el.shadowRoot && el.shadowRoot.textContent.includes(${JSON.stringify(STATUS)})) || false, Math.round(el.getBoundingClientRect().height), el.shadowRoot ? el.shadowRoot.querySelectorAll('article').length : 0]); if (__frames.length < 200) requestAnimationFrame(sample); };
</script><script type="module" src="/dist/tn-indicators.js"></script>`;
    // Sampling starts once the card is parsed whole (a script right after it; the module embed runs only
    // when the page is parsed): a frame painted while a loaded machine's parser is still inside the
    // card's template shows a page that has not got the card yet, which is no flash of the card.
    const frame = await page(`${html}<script>requestAnimationFrame(sample)</script>`, { scripts: true, head });
    const win = frame.contentWindow as Window & { __errors: string[]; __frames: [boolean, number, number][]; __shifts: number[]; __events: string[] };
    await win.customElements.whenDefined('tn-indicator');
    const el = frame.contentDocument!.querySelector('tn-indicator') as HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
    await el.updateComplete;
    await until(() => win.__events.length > 0 && win.__frames.length > 10);
    const live = seen(frame);
    expect(el.hasUpdated).to.equal(true);
    expect(live.text).to.contain(STATUS);
    expect(live.text).to.contain('0,54%');
    // Drawn by the element itself (its styles adopted, the pre-rendered <style> gone), once: not beside the old one.
    expect([live.cards, el.shadowRoot!.querySelectorAll('style').length, el.shadowRoot!.adoptedStyleSheets.length > 0]).to.deep.equal([1, 0, true]);
    expect(win.__events).to.deep.equal(['tn-load']);
    // Every painted frame showed the card with its status, at one height: no flash, no layout shift.
    const heights = new Set(win.__frames.map((f) => f[1]));
    expect(win.__frames.every((f) => f[0] && f[2] === 1), JSON.stringify(win.__frames.slice(0, 5))).to.equal(true);
    expect([...heights]).to.deep.equal([live.height]);
    expect(win.__shifts.reduce((a, b) => a + b, 0)).to.equal(0);
    // Live: it follows its attributes.
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Achieved (provisional)');
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
