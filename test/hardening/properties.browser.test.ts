import '../clone-safe-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../components/define.js';
import type { TnDataElement } from '../../components/index.js';
import { validDocument } from '../core/arbitraries.js';

// Random valid documents and random attribute sequences never leave an element throwing or stuck
// loading: each one ends showing its data, nothing, or an alert.
const TAGS = ['tn-indicator', 'tn-timeline', 'tn-milestones', 'tn-resolution'] as const;

function settledState(el: Element): 'data' | 'alert' | 'empty' | 'busy' {
  if (el.hasAttribute('aria-busy')) return 'busy';
  if (el.shadowRoot?.querySelector('[role="alert"]')) return 'alert';
  return el.shadowRoot?.childElementCount ? 'data' : 'empty';
}

describe('property-based: elements under random input', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('random valid documents render in every element without throwing', async () => {
    const host = await fixture(html`<div></div>`);
    await fc.assert(
      fc.asyncProperty(validDocument, fc.constantFrom(...TAGS), fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: undefined }), async (doc, tag, asOf) => {
        const el = document.createElement(tag) as TnDataElement & { indicator?: string };
        el.indicator = (doc.indicators[0] as { id: string }).id;
        if (asOf !== undefined) el.setAttribute('as-of', String(asOf));
        el.resolution = doc;
        host.replaceChildren(el);
        await el.updateComplete;
        expect(settledState(el)).to.equal('data');
        expect(errors).to.deep.equal([]);
      }),
      { numRuns: 60 },
    );
  });

  it('random attribute sequences never throw and never leave an element loading', async () => {
    const doc = await (await fetch('/examples/data/tp-thai-nguyen-2020-2025.json')).json();
    const attribute = fc.oneof(
      fc.tuple(fc.constant('indicator'), fc.oneof(fc.constantFrom('agri-growth', 'poverty-rate', 'nope', ''), fc.string())),
      fc.tuple(fc.constant('variant'), fc.oneof(fc.constantFrom('card', 'compact', 'inline'), fc.string())),
      fc.tuple(fc.constant('lang'), fc.oneof(fc.constantFrom('vi', 'en', 'fr', ''), fc.string())),
      fc.tuple(fc.constant('as-of'), fc.oneof(fc.constantFrom('2021', '2023-06-30', '1999', 'x', '2023-13-45'), fc.string())),
      fc.tuple(fc.constant('group'), fc.oneof(fc.constantFrom('kinh-te', 'nope'), fc.string())),
      fc.tuple(fc.constant('timeout'), fc.oneof(fc.constantFrom('1', '0', '-5', 'x'), fc.string())),
    );
    const host = await fixture(html`<div></div>`);
    // Random attributes make the elements hint at their slips in the console ("<tn-timeline>: Thiếu
    // thuộc tính indicator…"): collected here, and each must be such a hint, not some other warning.
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 12 }), async (tag, attributes) => {
          const el = document.createElement(tag) as TnDataElement;
          el.resolution = doc;
          host.replaceChildren(el);
          for (const [name, value] of attributes) {
            el.setAttribute(name, value);
            if (value.length % 3 === 0) await el.updateComplete;
          }
          await el.updateComplete;
          // (a missing attribute is told after a grace, for a script that sets it just after creating the element)
          for (let i = 0; i < 30 && settledState(el) === 'empty'; i++) await new Promise((r) => setTimeout(r, 50));
          expect(['data', 'alert']).to.include(settledState(el));
          expect(errors).to.deep.equal([]);
        }),
        { numRuns: 150 },
      );
    } finally {
      console.warn = warn;
    }
    for (const [text] of warnings) expect(String(text)).to.match(/^<tn-(indicator|timeline|milestones|resolution)>: /);
  });

  it('random gauge attributes never throw and always give a meter within its scale', async () => {
    const host = await fixture(html`<div></div>`);
    const num = fc.oneof(fc.double(), fc.constantFrom('NaN', 'Infinity', '-0', '', 'abc', '1e309'));
    await fc.assert(
      fc.asyncProperty(fc.record({ value: num, min: num, max: num, target: num, decimals: num }), async (attrs) => {
        const el = document.createElement('tn-gauge');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
        host.replaceChildren(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
        const [now, min, max] = ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map((a) => Number(meter.getAttribute(a))) as [number, number, number];
        expect(Number.isFinite(now) && Number.isFinite(min) && Number.isFinite(max)).to.equal(true);
        expect(min <= now && now <= max).to.equal(true);
        expect(errors).to.deep.equal([]);
      }),
      { numRuns: 150 },
    );
  });
});
