import { expect } from '@open-wc/testing';
import { openFrame, until } from '../components/helpers.js';

// The built file portal editors load, under the strict policy a government portal may send.
describe('dist/tn-indicators.js under a strict Content-Security-Policy', () => {
  it('renders every element with no policy violation (no eval, styles are adopted sheets)', async () => {
    const frame = await openFrame('/test/fixtures/csp.html');
    const win = frame.contentWindow as Window & { __violations: string[] };
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('tn-resolution');
    const busy = () => [...doc.querySelectorAll('tn-indicator, tn-timeline, tn-resolution')].some((el) => el.hasAttribute('aria-busy') || !el.shadowRoot?.childElementCount);
    await until(() => !busy());
    expect(busy()).to.equal(false);
    expect(doc.querySelector('tn-indicator')!.shadowRoot!.textContent).to.contain('4,25%');
    expect(doc.querySelectorAll('tn-indicator')[2]!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('dist/tn-indicators.iife.js', () => {
  it('works as a classic script for CMSs that allow no modules', async () => {
    const frame = await openFrame('/test/fixtures/iife.html');
    const el = frame.contentDocument!.querySelector('tn-indicator')!;
    await until(() => !!el.shadowRoot?.querySelector('.figure'));
    expect(el.shadowRoot!.querySelector('.figure')!.textContent).to.equal('0.54%');
    frame.remove();
  });
});

describe('dist/tn-indicators.js and what a sanitized article keeps', () => {
  it('upgrades <div data-tn> to its element; a milestones timeline, which the embed does not draw, shows its list', async () => {
    const frame = await openFrame('/test/fixtures/embed-markup.html');
    const doc = frame.contentDocument!;
    await until(() => !!doc.querySelector('#poor')?.shadowRoot?.querySelector('.figure'));
    const card = doc.querySelector('#poor')!;
    expect(card.localName).to.equal('tn-indicator');
    expect(card.shadowRoot!.querySelector('.figure')!.textContent).to.equal('0,54%');
    const ms = doc.querySelector('tn-milestones')!;
    await until(() => !!ms.shadowRoot?.querySelector('ol'));
    const list = ms.shadowRoot!.querySelector('ol')!;
    expect(list.classList.contains('sr-only')).to.equal(false);
    expect(list.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(ms.shadowRoot!.querySelector('svg')).to.equal(null);
    frame.remove();
  });
});
