import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite } from '../examples/browser.js';

// 1,000 cards created and removed ten times: the DevTools protocol's DOM counters (nodes, JS event
// listeners, documents) after forced garbage collection must not grow beyond a small bound.
let site: Awaited<ReturnType<typeof startSite>>;
beforeAll(async () => {
  site = await startSite(['--js-flags=--expose-gc']);
}, 60000);
afterAll(async () => {
  await site?.stop();
});

describe('memory', () => {
  it('1,000 elements created and removed ten times leave no growing trail of nodes or listeners', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/test/hardening/memory.html`, { waitUntil: 'networkidle0' });
    const cdp = await page.createCDPSession();
    const counters = async () => {
      await page.evaluate(() => (window as unknown as { gc: () => void }).gc());
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await page.evaluate(() => (window as unknown as { gc: () => void }).gc());
      return (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
    };
    const rounds: { nodes: number; jsEventListeners: number; documents: number }[] = [];
    for (let round = 0; round < 10; round++) {
      await page.evaluate(async () => {
        const doc = await (await fetch('/examples/data/tp-thai-nguyen-2020-2025.json')).json();
        const ids = doc.indicators.map((i: { id: string }) => i.id);
        const host = document.getElementById('host')!;
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement('tn-indicator') as HTMLElement & { resolution: unknown; indicator: string };
          el.indicator = ids[i % ids.length];
          el.resolution = doc;
          host.append(el);
        }
        await Promise.all([...host.children].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
        if (host.querySelectorAll('tn-indicator').length !== 1000) throw new Error('not rendered');
        host.replaceChildren();
      });
      rounds.push(await counters());
    }
    console.log(`DOM counters after each of 10 rounds of 1,000 cards: ${rounds.map((r) => `${r.nodes} nodes/${r.jsEventListeners} listeners`).join(', ')}`);
    const first = rounds[1]!; // the first round warms caches (styles, templates)
    const last = rounds[9]!;
    expect(last.nodes).toBeLessThanOrEqual(first.nodes + 200);
    expect(last.jsEventListeners).toBeLessThanOrEqual(first.jsEventListeners + 20);
    expect(last.documents).toBeLessThanOrEqual(first.documents);
    await page.close();
  }, 120000);
});
