import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { safeParseResolution } from '../../src/schema/parse.js';
import type { Lang, Resolution } from '../../src/index.js';
import { indicatorSummary } from '../indicator/summary.js';
import { TnIndicator } from '../indicator/tn-indicator.js';
import { xml } from './indicator-svg.js';

/**
 * `<tn-indicator>` rendered ahead of time with Lit SSR (tn-indicators render … --format html): the
 * element tag with its attributes, its shadow DOM and styles in a `<template shadowrootmode="open">`
 * (declarative shadow DOM, which the browser draws before and without any script), the data it was
 * drawn from as its inline `<script type="application/json">` child, and a line of plain text for
 * browsers that know no declarative shadow DOM (hidden wherever the shadow root is drawn).
 *
 * With the embed on the page the element comes alive from that inline data, synchronously, and
 * draws the same card: the pre-rendered content is kept until then and replaced in the same task
 * (TnDataElement.render), never shown beside the live one.
 *
 * The data is the validated document with only this indicator in it (its term, sources, everything
 * else kept): the card is drawn from that same document on the server and in the browser.
 */
export interface IndicatorHtmlOptions {
  lang?: Lang;
  /** A year ("2023") or a date ("2023-06-30"); by default the latest observed year, as the card. */
  asOf?: string;
}

const TAG = 'tn-indicator';

/**
 * Lit SSR's renderer, for an element that is rendered, never put on a page: it reads as connected
 * (so that its data, given as the `resolution` property, is taken at once, as on a page: nothing is
 * fetched) and can list its attributes (the shim's elements cannot). Only willUpdate() and render()
 * run: no connectedCallback, no observers, no timers.
 */
class DetachedRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const el = this.element as unknown as { attributes: { name: string }[]; getAttributeNames?: () => string[] };
    Object.defineProperty(el, 'isConnected', { value: true, configurable: true });
    el.getAttributeNames ??= () => Array.from(el.attributes, (a) => a.name);
  }
}

/** The pre-rendered element, or undefined when the document has no indicator with that id. */
export function indicatorHtml(resolution: Resolution, id: string, options: IndicatorHtmlOptions = {}): string | undefined {
  const lang = options.lang ?? 'vi';
  const indicator = resolution.indicators.find((i) => i.id === id);
  if (!indicator) return undefined;
  if (!customElements.get(TAG)) customElements.define(TAG, TnIndicator);
  const data = ownDocument(resolution, id);
  const asOf = options.asOf;
  const result = render(html`<tn-indicator indicator=${id} as-of=${asOf ?? nothing} lang=${lang} .resolution=${data}></tn-indicator>`, {
    elementRenderers: [DetachedRenderer],
  });
  const rendered = collectResultSync(result)
    // (Lit's part markers are for hydration, which the embed does not do: the element draws itself
    // again. Text and attributes from the data are escaped: any comment here is Lit's.)
    .replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+)-->/g, '')
    // (the attributes as an editor writes them: one space apart)
    .replace(/^<tn-indicator\s+/, '<tn-indicator ');
  if (!rendered.startsWith('<tn-indicator ') || !rendered.endsWith('</tn-indicator>')) throw new Error('Lit SSR gave no <tn-indicator> element');
  // The text a reader without declarative shadow DOM (and without script) gets.
  // (the same line the tag builder writes inside a tag: the card in one line)
  const fallback = `<span>${xml(indicatorSummary(data, id, lang, asOf)!)}</span>`;
  const script = `<script type="application/json">${scriptJson(data)}</script>`;
  return `${rendered.slice(0, -'</tn-indicator>'.length)}${script}${fallback}</tn-indicator>\n`;
}

/**
 * The document with only the indicator `id` in it, if it is still valid so (it names no other
 * indicator), else the whole document.
 */
function ownDocument(resolution: Resolution, id: string): Resolution {
  const own = { ...resolution, indicators: resolution.indicators.filter((i) => i.id === id) };
  const checked = safeParseResolution(JSON.parse(JSON.stringify(own)));
  return checked.success ? checked.data : resolution;
}

/** JSON that cannot end its `<script>` early: every `<` written as \u003c (also "<!--"). */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
