import { expect, fixture, html } from '@open-wc/testing';
import type { TnIndicator } from '../../components/index.js';
import { fresh, settled } from '../components/helpers.js';

// What a loaded file leaves behind: the validated document (kept, shared by every element naming
// the file), not the request and its text (a 20 MB file would be kept twice). Each XMLHttpRequest the
// elements make is recorded with a WeakRef (the real one, subclassed: nothing is mocked), and the
// page's garbage collector is run (Chromium started with --expose-gc).
const made: WeakRef<XMLHttpRequest>[] = [];
const Real = XMLHttpRequest;
globalThis.XMLHttpRequest = class extends Real {
  constructor() {
    super();
    made.push(new WeakRef(this));
  }
};
await import('../../components/define.js');

describe('what a load leaves behind', () => {
  it('the request and its text are released once the file is loaded', async () => {
    const el = await fixture<TnIndicator>(html`<tn-indicator src=${fresh('/examples/data/tp-thai-nguyen-2020-2025.json')} indicator="agri-growth"></tn-indicator>`);
    expect((await settled(el)).type).to.equal('tn-load');
    expect(made.length).to.equal(1);
    for (let i = 0; i < 5 && made[0]!.deref(); i++) {
      await new Promise((r) => setTimeout(r, 20));
      (globalThis as unknown as { gc(): void }).gc();
    }
    expect(made[0]!.deref()).to.equal(undefined);
  });
});
