import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { uiText as t } from '../../src/format/index.js';
import type { Lang, Resolution } from '../../src/index.js';
import { canRetry, LoadError, loadErrorMessage } from './errors.js';
import { TnErrorEvent, TnLoadEvent } from './events.js';
import { LangController } from './lang-controller.js';
import { LoadController } from './load-controller.js';
import { tagSlips } from './slips.js';
import { WaitingController } from './waiting.js';

/**
 * @cssprop --tn-font-family - Font of the element (default system-ui, sans-serif).
 * @cssprop --tn-color-background - Background of cards (default #fff; #111827 in dark mode).
 * @cssprop --tn-color-text - Text colour (default #1f2937; #f3f4f6 in dark mode).
 * @cssprop --tn-color-muted - Secondary text: periods, captions, sources (default #4b5563; #9ca3af).
 * @cssprop --tn-color-border - Borders and grid lines (default #d1d5db; #374151).
 * @cssprop --tn-color-track - Empty part of gauges and placeholders (default #e5e7eb; #374151).
 * @cssprop --tn-color-accent - Links, bars and gauges without a status (default #1d4ed8; #93c5fd).
 * @cssprop --tn-color-exceeded - Status "Vượt chỉ tiêu / Exceeded" (default #7c3aed; #c084fc).
 * @cssprop --tn-color-achieved - Status "Đạt / Achieved" (default #15803d; #4ade80).
 * @cssprop --tn-color-on-track - Status "Đúng lộ trình / On track" (default #075985; #67e8f9).
 * @cssprop --tn-color-behind - Status "Chậm so với lộ trình / Behind", and target lines (default #854d0e; #fde047).
 * @cssprop --tn-color-far-behind - Status "Nguy cơ không đạt / Far behind" (default #c2410c; #fb923c).
 * @cssprop --tn-color-regressing - Status "Đi ngược mục tiêu / Regressing", and errors (default #db2777; #f9a8d4).
 * @cssprop --tn-color-missed - Status "Không đạt / Missed" (default #7f1d1d; #ef4444).
 * @cssprop --tn-color-no-data - Statuses "Chưa có số liệu / No data" and "Không có chỉ tiêu / No target" (default #6b7280; #94a3b8).
 * @cssprop --tn-radius - Corner radius of cards (default 8px).
 * @cssprop --tn-space - Spacing unit (default 12px).
 *
 * What every element that shows a resolution shares: the three ways data comes in (`src`, an inline
 * `<script type="application/json">` child, the `resolution` property), loading and its placeholder,
 * aborting stale requests, errors shown in place and sent as `tn-error`, `tn-load`, and the language.
 * Each concern is a controller of its own: the data (LoadController), the wait for it
 * (WaitingController) and the language (LangController); this class ties them to the tag.
 *
 * And the editor's slips, said in place: an element with nothing to load (no `src`, no script child,
 * no `resolution` set by a script within a second), one without an attribute it needs
 * (`requiredAttributes`), and an attribute that looks like a misspelt one (`scr=`, `indicater=`,
 * `as_of`): an error where the element would show nothing, a console hint in every case.
 */
export abstract class TnDataElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    resolution: { attribute: false },
    asOf: { attribute: 'as-of' },
    lang: { reflect: true },
    timeout: { type: Number },
  };

  /** URL of a resolution JSON file. Every element naming the same URL shares one request. */
  declare src?: string;
  /** A resolution document as an object; validated like a fetched one. Takes precedence over `src`. Read-only once given: to change the data, give a new object. */
  declare resolution?: unknown;
  /** Assess as of a year ("2023") or a date ("2023-06-30"); by default the latest observed year. */
  declare asOf?: string;
  /** Language of the element ("vi" or "en"); by default the nearest ancestor's `lang`, else Vietnamese. */
  // No default: an empty `lang` attribute would mean "unknown language" to the page and its screen readers.
  declare lang: string;
  /** Seconds to wait for the data file before giving up with a "network" error (default 15); elements sharing a file share its request, and the first to ask sets this. */
  timeout = 15;

  /**
   * Attributes the element shows nothing without (besides a source of data): by default `indicator`
   * on the elements that have one. An element missing one (by its attribute or its property) says so in place.
   */
  static get requiredAttributes(): readonly string[] {
    return this.observedAttributes.includes('indicator') ? ['indicator'] : [];
  }

  /** The data: where it comes from, its loading and its failure. */
  readonly #load = new LoadController(this, () => this.arrived());
  /** aria-busy while loading, and the grey box once loading takes a while. */
  readonly #waiting = new WaitingController(this);
  /** The language the element renders in. */
  readonly #lang = new LangController(this);

  #announced?: object;
  #problemError?: LoadError;
  #slip?: LoadError;
  // A missing source is told only once GRACE_MS have passed: a script creating the element may give
  // it `src` or `resolution` a moment after putting it on the page (once the page is laid out, or
  // once a request of its own has answered).
  #grace: 'none' | 'running' | 'over' = 'none';
  #hinted = false;
  #pending = false;

  protected get language(): Lang {
    return this.#lang.value;
  }

  override connectedCallback(): void {
    const root = this.shadowRoot;
    // Before the first update, a shadow root is one rendered ahead of time (declarative shadow DOM:
    // tn-indicators render --format html). No hydration: it is emptied here and drawn again from the
    // same data (its inline script) in the same task, with no paint between; never shown beside it.
    if (!this.hasUpdated) root?.replaceChildren();
    // A shadow root taken into another document loses its stylesheets (the browser clears them) and
    // does not get them back with the element: they are put back once it is on its own page again.
    else if (root!.adoptedStyleSheets.length === 0 && this.ownerDocument === document) {
      adoptStyles(root!, (this.constructor as typeof LitElement).elementStyles);
    }
    super.connectedCallback();
  }

  /** Loads again (the retry button). */
  reload(): void {
    this.#load.reload();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const slips = tagSlips(this, this.constructor as typeof TnDataElement, this.#load.hasSource);
    let slip = slips.error;
    // Only a missing source waits (an element with nothing to load showed nothing before, and a
    // script may give it its data a moment later); a missing `indicator` is said at once, where it
    // used to be 'Không có chỉ tiêu ""'. Meanwhile nothing is said.
    const source = slip?.info.attribute === 'src' || slip?.info.guess === 'src';
    this.#pending = source && this.#grace !== 'over';
    if (this.#pending) {
      this.#startGrace();
      slip = undefined;
    }
    // (one hint per element: where an error is coming, once the grace is over and it is sure)
    if (!this.#hinted && slips.hints.length && !(slips.error && !slip)) {
      this.#hinted = true;
      const lang = this.language;
      console.warn(`<${this.localName}>: ${slips.hints.map((e) => loadErrorMessage(e, lang)).join('; ')}`, this);
    }
    const last = this.#slip;
    const sameSlip = slip && last && last.info.cause === slip.info.cause && last.info.attribute === slip.info.attribute;
    this.#slip = sameSlip ? this.#slip : slip;
    const load = this.#load;
    load.update(changed.has('src') || changed.has('resolution') || changed.has('timeout'));
    // (the space is kept at once; the grey box only if loading takes a while: waiting.ts)
    // (an element that says what is wrong is no longer a placeholder: no aria-busy, no reserved height)
    this.#waiting.set(load.loading && !this.#slip);
    const found = load.data && !load.loading ? this.prepare(load.data, this.language) : undefined;
    // Keep the same error object while it says the same thing, so that it is announced once.
    const same = found && this.#problemError?.kind === found.kind && this.#problemError.info.id === found.info.id;
    this.#problemError = same ? this.#problemError : found;
  }

  protected override updated(): void {
    if (this.#pending) return;
    const error = this.#currentError();
    if (error && this.#announced !== error) {
      this.#announced = error;
      const lang = this.language;
      const issues = error.info.issues?.[lang];
      this.dispatchEvent(new TnErrorEvent({ kind: error.kind, message: loadErrorMessage(error, lang), ...(issues ? { issues } : {}) }));
    } else if (!error && this.#load.data && !this.#load.loading && this.#announced !== this.#load.data) {
      this.#announced = this.#load.data;
      this.dispatchEvent(new TnLoadEvent(this.#load.data));
    }
  }

  /**
   * Derives what the element shows from ready data, before rendering (assessment, labels). Returns a
   * problem found in doing so (an unknown indicator id), if any.
   */
  protected prepare(_data: Resolution, _lang: Lang): LoadError | undefined {
    return undefined;
  }

  #currentError(): LoadError | undefined {
    return this.#slip ?? this.#load.failure ?? this.#problemError;
  }

  #startGrace(): void {
    if (this.#grace !== 'none') return;
    this.#grace = 'running';
    setTimeout(() => {
      this.#grace = 'over';
      // (a script child may have come meanwhile: the parser had not reached it yet)
      this.#load.reloadIfEmpty();
      this.requestUpdate();
    }, GRACE_MS);
  }

  /** The data has come from a request or a check in slices: asks for the update that shows it. */
  protected arrived(): void {
    this.requestUpdate();
  }

  /** The element's content once the data is ready. */
  protected abstract renderData(data: Resolution, lang: Lang): TemplateResult | string | typeof nothing;

  protected override render(): TemplateResult | string | typeof nothing {
    if (this.#pending) return nothing;
    const error = this.#currentError();
    // While loading, the host itself is the placeholder of the final size (styles.ts): no DOM to build.
    const data = this.#load.data;
    if (!error && (this.#load.loading || !data)) return nothing;
    const lang = this.language;
    if (error) {
      // A retry button only where asking again can help (not for a wrong file or a slip in the tag).
      const retry = canRetry(error) ? html`<button type="button" @click=${this.reload}>${t('retry', lang)}</button>` : nothing;
      return html`<div part="error" class="error" role="alert">${loadErrorMessage(error, lang)}${retry}</div>`;
    }
    return this.renderData(data!, lang);
  }
}

/** How long an element waits for its data or a required attribute before it says that it has none. */
const GRACE_MS = 1000;
