import { expect } from '@open-wc/testing';
import '../../components/frame/host.js';
import { listenForFrameHeights } from '../../components/frame/host.js';
import { until } from '../components/helpers.js';

// The iframe route: dist/frame.html shows the one element its address names, under its own strict
// Content-Security-Policy, and posts its height; the host page's listener sizes the iframe.
const SRC = '/examples/data/tp-thai-nguyen-2020-2025.json';
listenForFrameHeights(window);

async function frame(query: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.title = 'tn-indicators';
  f.style.width = '360px';
  f.style.border = '0';
  f.src = `/dist/frame.html?${query}`;
  document.body.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  return f;
}

describe('dist/frame.html', () => {
  it('shows the card named in its address, and the host page takes the height it posts', async () => {
    const f = await frame(`element=indicator&src=${encodeURIComponent(SRC)}&indicator=poverty-rate&lang=en`);
    const doc = f.contentDocument!;
    await until(() => !!doc.querySelector('tn-indicator')?.shadowRoot?.querySelector('.figure'), 10000);
    const card = doc.querySelector('tn-indicator')!;
    expect(card.shadowRoot!.querySelector('.figure')!.textContent).to.equal('0.54%');
    expect(doc.documentElement.lang).to.equal('en');
    // (the card settles in a few frames: its height is posted each time it changes)
    const content = () => Math.ceil(doc.getElementById('tn-frame')!.getBoundingClientRect().height);
    await until(() => content() > 150 && Math.abs(parseFloat(f.style.height) - content()) < 2, 5000);
    expect(content()).to.be.greaterThan(150);
    expect(Math.abs(parseFloat(f.style.height) - content())).to.be.lessThan(2);
    f.remove();
  });

  it('a parameter it does not take is named, as text, in the frame', async () => {
    const f = await frame(`element=indicator&src=${encodeURIComponent(SRC)}&indicator=x&onload=alert(1)`);
    const alert = f.contentDocument!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal('Không có tham số "onload" cho phần tử indicator');
    expect(f.contentDocument!.querySelector('tn-indicator')).to.equal(null);
    const other = await frame('element=indicator&src=https%3A%2F%2Fevil.example%2Fx.json&indicator=x');
    expect(other.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('không được phép');
    f.remove();
    other.remove();
  });

  it('ignores messages from windows that are not its iframes, and heights that are not numbers', async () => {
    const f = await frame('element=gauge&value=4.25&target=5&unit=%25&label=GRDP');
    await until(() => parseFloat(f.style.height) > 50, 5000);
    const before = f.style.height;
    window.postMessage({ 'tn-indicators': { height: 5 } }, '*');
    f.contentWindow!.parent.postMessage({ 'tn-indicators': { height: 'x' } }, '*');
    await new Promise((r) => setTimeout(r, 50));
    expect(f.style.height).to.equal(before);
    f.remove();
  });
});
