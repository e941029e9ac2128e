import { expect } from '@open-wc/testing';
import '../../components/define.js';
import type { TnIndicator } from '../../components/index.js';
import { fresh, settled, shadow, text, until } from './helpers.js';

// Cards away from the viewport show their title and status only, and draw in full as they come
// near (components/shared/near.ts). The page must still read as a list of indicators with their
// status, and printing must show every card in full.

const TN = '/examples/data/tp-thai-nguyen-2020-2025.json';
const IDS = ['agri-growth', 'industry-growth', 'budget-revenue-growth', 'poverty-rate', 'advanced-new-rural-communes'];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** `count` cards in a column, given their data after the browser has laid them out (as when a file takes a moment to arrive). */
async function column(count: number): Promise<{ box: HTMLElement; cards: TnIndicator[] }> {
  const box = document.createElement('div');
  box.style.cssText = 'inline-size: 22rem';
  const cards = Array.from({ length: count }, (_, i) => {
    const card = document.createElement('tn-indicator') as TnIndicator;
    card.indicator = IDS[i % IDS.length]!;
    return card;
  });
  box.append(...cards);
  document.body.append(box);
  await frame();
  await frame();
  const src = fresh(TN);
  for (const card of cards) card.src = src;
  for (const card of cards) await settled(card);
  return { box, cards };
}

const full = (card: TnIndicator) => !!shadow(card, 'article');

describe('cards away from the viewport', () => {
  it('on screen draw in full; far below show their title and status as text, one card each', async () => {
    const { box, cards } = await column(40);
    const first = cards[0]!;
    const last = cards.at(-1)!;
    expect(first.getBoundingClientRect().top).to.be.lessThan(innerHeight);
    expect(full(first)).to.equal(true);
    expect(text(first, '.figure')).to.equal('4,25%');
    expect(last.getBoundingClientRect().top).to.be.greaterThan(3 * innerHeight);
    expect(full(last)).to.equal(false);
    // The last card is the fifth indicator, which the interview gives no figure for yet.
    expect(last.shadowRoot!.textContent).to.equal('Số xã đạt chuẩn nông thôn mới nâng cao: Chưa có số liệu');
    expect(cards.at(-2)!.shadowRoot!.textContent).to.equal('Tỷ lệ hộ nghèo: Đạt (tạm tính)');
    // One line in the height of a card (12rem), so that the page does not shift as cards are drawn.
    expect(last.getBoundingClientRect().height).to.equal(12 * 16);
    await expect(last).to.be.accessible();
    // The observer's first report agrees with the placement: no card more is drawn.
    const drawn = cards.map(full);
    expect(drawn.filter(Boolean).length).to.be.greaterThan(2);
    await frame();
    await frame();
    expect(cards.map(full)).to.deep.equal(drawn);
    box.remove();
  });

  it('given a file already loaded (no frame between): the cards far below still show one line, those on screen draw in full', async () => {
    const src = fresh(TN);
    const first = Object.assign(document.createElement('tn-indicator'), { src, indicator: IDS[0] }) as TnIndicator;
    document.body.append(first);
    await settled(first);
    first.remove();
    const box = document.createElement('div');
    box.style.cssText = 'inline-size: 22rem';
    const cards = Array.from({ length: 40 }, (_, i) => Object.assign(document.createElement('tn-indicator'), { src, indicator: IDS[i % IDS.length]! }) as TnIndicator);
    box.append(...cards);
    document.body.append(box);
    for (const card of cards) await settled(card);
    expect(full(cards[0]!)).to.equal(true);
    expect(full(cards.at(-1)!)).to.equal(false);
    expect(cards.at(-1)!.shadowRoot!.textContent).to.equal('Số xã đạt chuẩn nông thôn mới nâng cao: Chưa có số liệu');
    // The observer's first report, after the next frames, agrees: nothing changes.
    await frame();
    await frame();
    expect(full(cards[0]!)).to.equal(true);
    expect(full(cards.at(-1)!)).to.equal(false);
    cards.at(-1)!.scrollIntoView();
    await until(() => full(cards.at(-1)!));
    expect(full(cards.at(-1)!)).to.equal(true);
    scrollTo(0, 0);
    box.remove();
  });

  it('draw in full when scrolled near (before they are in view), and stay so', async () => {
    const { box, cards } = await column(40);
    const last = cards.at(-1)!;
    const title = last.shadowRoot!.textContent!.split(':')[0];
    expect(full(last)).to.equal(false);
    // Scrolled to one viewport above the card: within the distance, not yet in view.
    scrollTo(0, scrollY + last.getBoundingClientRect().top - 2 * innerHeight);
    await until(() => full(last));
    expect(last.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(full(last)).to.equal(true);
    expect(text(last, '[part="title"]')).to.equal(title);
    scrollTo(0, 0);
    await frame();
    await frame();
    expect(full(last)).to.equal(true);
    box.remove();
  });

  it('in a scrolling box, a card far down draws in full when the box is scrolled to it', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'inline-size: 22rem; block-size: 300px; overflow: auto';
    const cards = Array.from({ length: 40 }, (_, i) => Object.assign(document.createElement('tn-indicator'), { indicator: IDS[i % IDS.length]! }) as TnIndicator);
    box.append(...cards);
    document.body.append(box);
    await frame();
    const src = fresh(TN);
    for (const card of cards) card.src = src;
    for (const card of cards) await settled(card);
    const last = cards.at(-1)!;
    expect(full(cards[0]!)).to.equal(true);
    expect(full(last)).to.equal(false);
    box.scrollTop = box.scrollHeight;
    await until(() => full(last));
    expect(full(last)).to.equal(true);
    box.remove();
  });

  it('a card that fails is no taller than its message (issue 14: no 12rem red box)', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'inline-size: 22rem';
    const card = Object.assign(document.createElement('tn-indicator'), { indicator: 'x' }) as TnIndicator;
    box.append(card);
    document.body.append(box);
    card.src = fresh('/test/fixtures/nowhere.json');
    await card.updateComplete;
    const loading = card.getBoundingClientRect().height;
    expect((await settled(card)).type).to.equal('tn-error');
    const error = card.shadowRoot!.querySelector('[part="error"]')!;
    expect(card.getBoundingClientRect().height).to.be.lessThan(loading);
    expect(card.getBoundingClientRect().height).to.be.at.most(error.getBoundingClientRect().height + 1);
    box.remove();
  });

  for (const origin of ['the same origin', 'another origin']) {
    it(`in an iframe from ${origin}, a card draws in full as it comes within the frame's own distance`, async () => {
      const url = new URL('/test/fixtures/cards-frame.html', location.href);
      if (origin === 'another origin') url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const iframe = document.createElement('iframe');
      iframe.style.cssText = 'inline-size: 400px; block-size: 400px';
      const report = new Promise<{ before: Record<number, boolean>; after: Record<number, boolean> }>((resolve) =>
        addEventListener('message', (e) => e.source === iframe.contentWindow && resolve(e.data)),
      );
      iframe.src = url.href;
      document.body.append(iframe);
      const { before, after } = await report;
      expect(before).to.deep.equal({ 20: false, 39: false });
      expect(after).to.deep.equal({ 20: true, 39: false });
      iframe.remove();
    });
  }

  it('all draw in full before printing, at once (a Print button calls window.print() from a script, which prints before pending updates run)', async () => {
    const { box, cards } = await column(40);
    expect(cards.filter(full).length).to.be.lessThan(cards.length);
    dispatchEvent(new Event('beforeprint'));
    expect(cards.filter(full).length).to.equal(cards.length);
    box.remove();
  });

  it('a far card moved near the top of the page (a page sorting its cards) draws in full; one moved among far cards stays one line', async () => {
    const { box, cards } = await column(40);
    const last = cards.at(-1)!;
    const other = cards.at(-2)!;
    expect(full(last)).to.equal(false);
    box.prepend(last);
    await until(() => full(last));
    expect(full(last)).to.equal(true);
    // Sorting the far end of a page draws nothing there.
    cards.at(-3)!.before(other);
    await frame();
    await frame();
    expect(full(other)).to.equal(false);
    box.remove();
  });

  it('a card with no data yet takes no room; loading, it takes a card\'s height', async () => {
    const card = document.createElement('tn-indicator') as TnIndicator;
    document.body.append(card);
    await card.updateComplete;
    expect(card.getBoundingClientRect().height).to.equal(0);
    card.src = fresh('/status/slow/1');
    card.indicator = 'x';
    await card.updateComplete;
    expect(card.getBoundingClientRect().height).to.equal(12 * 16);
    card.remove();
  });

  it('compact and inline variants are never shortened', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'padding-block-start: 400vh';
    const compact = Object.assign(document.createElement('tn-indicator'), { indicator: 'poverty-rate', variant: 'compact' }) as TnIndicator;
    const inline = Object.assign(document.createElement('tn-indicator'), { indicator: 'poverty-rate', variant: 'inline' }) as TnIndicator;
    box.append(compact, inline);
    document.body.append(box);
    await frame();
    await frame();
    const src = fresh(TN);
    compact.src = src;
    inline.src = src;
    await settled(compact);
    await settled(inline);
    expect(text(compact, '.figure')).to.equal('0,54%');
    expect(text(inline, '[part="value"]')).to.equal('0,54%');
    box.remove();
  });
});
