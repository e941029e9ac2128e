import { expect } from '@open-wc/testing';

// The built file portal editors load, under the strict policy a government portal may send.
describe('dist/tn-indicators.js under a strict Content-Security-Policy', () => {
  it('renders every element with no policy violation (zod runs jitless, styles are adopted sheets)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & { __violations: string[] };
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('tn-resolution');
    const deadline = Date.now() + 5000;
    const busy = () => [...doc.querySelectorAll('tn-indicator, tn-timeline, tn-resolution')].some((el) => el.hasAttribute('aria-busy') || !el.shadowRoot?.childElementCount);
    while (busy() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(busy()).to.equal(false);
    expect(doc.querySelector('tn-indicator')!.shadowRoot!.textContent).to.contain('4,25%');
    expect(doc.querySelectorAll('tn-indicator')[2]!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('dist/tn-indicators.iife.js', () => {
  it('works as a classic script for CMSs that allow no modules', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/iife.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const el = frame.contentDocument!.querySelector('tn-indicator')!;
    const deadline = Date.now() + 5000;
    while (!el.shadowRoot?.querySelector('.figure') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('.figure')!.textContent).to.equal('0.54%');
    frame.remove();
  });
});
