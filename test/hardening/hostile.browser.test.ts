import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { TnResolution, TnTimeline, TnIndicator } from '../../components/index.js';
import { settled } from '../components/helpers.js';

// Every text field of a resolution carries a payload. A global trap counts any that runs.
declare global {
  interface Window {
    __pwned: number;
  }
}
const TRAP = 'window.__pwned=(window.__pwned||0)+1';
const PAYLOADS = [
  `<script>${TRAP}</script>`,
  `<img src=x onerror="${TRAP}">`,
  `"><svg onload="${TRAP}">`,
  `</style><style>*{display:none!important}</style>`,
  `'; } :host { display: none } x { '`,
  `javascript:${TRAP}`,
  `\u202Eevil\u202C right-to-left override`,
  `lone surrogate \uD800 and \uDFFF`,
  `${'Tiêu đề rất dài '.repeat(625)}`, // 10,000 characters
];

function hostileDocument(): Record<string, unknown> {
  const t = (i: number) => ({ vi: PAYLOADS[i % PAYLOADS.length]!, en: PAYLOADS[(i + 1) % PAYLOADS.length]! });
  return {
    schemaVersion: '1.0',
    id: 'hostile',
    title: t(0),
    body: { name: t(1) },
    term: { from: 2020, to: 2025 },
    sources: [
      { id: 'a', title: t(2), url: `https://example.org/"><img/src=x/onerror="${TRAP}">` },
      { id: 'b', title: t(3) },
    ],
    groups: [{ id: 'g', title: t(4), description: t(5) }],
    indicators: PAYLOADS.map((_, i) => ({
      id: `x${i}`,
      group: 'g',
      title: t(i),
      description: t(i + 1),
      unit: t(i + 2),
      target: { kind: 'level', op: '>=', value: 10, by: 2025 },
      observations: [
        { period: 2021, value: 1, source: i % 2 ? 'a' : 'b', note: t(i + 3) },
        { period: 2022, value: 2, source: 'a', note: t(i + 4) },
      ],
      plans: [{ period: 2022, value: 3 }],
    })),
    milestones: [{ id: 'm', title: t(6), group: 'g', due: '2023-08', note: t(7), source: 'a' }],
  };
}

/** Every element inside the shadow roots of `root`, depth first. */
function deepElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => node.querySelectorAll('*').forEach((el) => {
    out.push(el);
    if (el.shadowRoot) walk(el.shadowRoot);
  });
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

describe('hostile data', () => {
  beforeEach(() => {
    window.__pwned = 0;
  });

  it('renders every payload as inert text in every element; nothing runs; links only for http(s)', async () => {
    const doc = hostileDocument();
    const wrap = await fixture(html`<div>
      <tn-resolution .resolution=${doc}></tn-resolution>
      <tn-timeline .resolution=${doc} indicator="x1"></tn-timeline>
      <p>In a sentence: <tn-indicator variant="inline" .resolution=${doc} indicator="x2"></tn-indicator>.</p>
    </div>`);
    const resolution = wrap.querySelector('tn-resolution') as TnResolution;
    await resolution.updateComplete;
    const cards = [...resolution.shadowRoot!.querySelectorAll('tn-indicator')] as TnIndicator[];
    await Promise.all([...cards.map((c) => c.updateComplete), (wrap.querySelector('tn-timeline') as TnTimeline).updateComplete]);
    await new Promise((r) => setTimeout(r, 100));

    expect(window.__pwned).to.equal(0);
    const all = [...wrap.querySelectorAll('tn-resolution, tn-timeline, tn-indicator')].flatMap(deepElements);
    expect(all.length).to.be.greaterThan(100);
    expect(all.filter((el) => ['IMG', 'SCRIPT', 'STYLE', 'IFRAME', 'OBJECT'].includes(el.tagName)).map((el) => el.tagName)).to.deep.equal([]);
    expect(all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.deep.equal([]);
    for (const a of all.filter((el) => el.tagName === 'A')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
    // The payloads are there, as text.
    const text = resolution.shadowRoot!.textContent!;
    expect(text).to.contain('<script>');
    // Hostile CSS in data changes no style: the elements are still displayed.
    for (const card of cards) expect(getComputedStyle(card).display).to.not.equal('none');
    expect(cards).to.have.length(PAYLOADS.length);
  });

  it('a 10,000-character title stays inside its card', async () => {
    const doc = hostileDocument();
    const wrap = await fixture(html`<div style="width:320px"><tn-indicator .resolution=${doc} indicator="x8"></tn-indicator></div>`);
    const el = wrap.querySelector('tn-indicator') as TnIndicator;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('javascript: and data: addresses are refused by the schema, so they never become links', async () => {
    for (const url of [`javascript:${TRAP}`, 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example']) {
      const doc = hostileDocument();
      (doc.sources as { url?: string }[])[0]!.url = url;
      const el = await fixture<TnIndicator>(html`<tn-indicator .resolution=${doc} indicator="x1"></tn-indicator>`);
      const event = await settled(el);
      expect(event.type, url).to.equal('tn-error');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('sources[0].url');
    }
    expect(window.__pwned).to.equal(0);
  });
});
