import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Lang } from '../../src/schema/messages.js';
import type { Resolution } from '../../src/schema/resolution.js';
import { LoadError, loadErrorMessage } from './errors.js';
import { TnErrorEvent, TnLoadEvent } from './events.js';
import { fetchResolution } from './fetch-resolution.js';
import { elementLang, unwatchLang, watchLang } from './lang.js';
import { startWaiting, stopWaiting } from './waiting.js';
import { exceedsSlice } from '../../src/schema/parse.js';
import { validateInSlices, validateResolution } from './validate.js';

/**
 * @cssprop --tn-font-family - Font of the element (default system-ui, sans-serif).
 * @cssprop --tn-color-background - Background of cards (default #fff; #111827 in dark mode).
 * @cssprop --tn-color-text - Text colour (default #1f2937; #f3f4f6 in dark mode).
 * @cssprop --tn-color-muted - Secondary text: periods, captions, sources (default #4b5563; #9ca3af).
 * @cssprop --tn-color-border - Borders and grid lines (default #d1d5db; #374151).
 * @cssprop --tn-color-track - Empty part of gauges and placeholders (default #e5e7eb; #374151).
 * @cssprop --tn-color-accent - Links, bars and gauges without a status (default #1d4ed8; #93c5fd).
 * @cssprop --tn-color-exceeded - Status "Vượt chỉ tiêu / Exceeded" (default #0f766e; #2dd4bf).
 * @cssprop --tn-color-achieved - Status "Đạt / Achieved" (default #166534; #4ade80).
 * @cssprop --tn-color-on-track - Status "Đúng lộ trình / On track" (default #15803d; #86efac).
 * @cssprop --tn-color-behind - Status "Chậm so với lộ trình / Behind", and target lines (default #b45309; #fbbf24).
 * @cssprop --tn-color-far-behind - Status "Nguy cơ không đạt / Far behind" (default #c2410c; #fb923c).
 * @cssprop --tn-color-regressing - Status "Đi ngược mục tiêu / Regressing", and errors (default #b91c1c; #f87171).
 * @cssprop --tn-color-missed - Status "Không đạt / Missed" (default #991b1b; #fca5a5).
 * @cssprop --tn-color-no-data - Statuses "Chưa có số liệu / No data" and "Không có chỉ tiêu / No target" (default #6b7280; #9ca3af).
 * @cssprop --tn-radius - Corner radius of cards (default 8px).
 * @cssprop --tn-space - Spacing unit (default 12px).
 *
 * What every element that shows a resolution shares: the three ways data comes in (`src`, an inline
 * `<script type="application/json">` child, the `resolution` property), loading and its placeholder,
 * aborting stale requests, errors shown in place and sent as `tn-error`, `tn-load`, and the language.
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

  // Load state: set during an update (load) or followed by requestUpdate() (async answers).
  protected data?: Resolution;
  protected failure?: LoadError;
  protected loading = false;

  #leave?: () => void;
  #generation = 0;
  #stale = true;
  #announced?: object;
  #problemError?: LoadError;

  // (found once per update, when first asked for)
  #lang?: Lang;

  protected get language(): Lang {
    return (this.#lang ??= elementLang(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A shadow root taken into another document loses its stylesheets (the browser clears them) and
    // does not get them back with the element: they are put back once it is on its own page again.
    const root = this.hasUpdated ? this.shadowRoot : null;
    if (root && root.adoptedStyleSheets.length === 0 && this.ownerDocument === document) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    watchLang(this);
    if (this.#stale) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    stopWaiting(this);
    if (this.loading) {
      // Nothing loaded from now on is for this element (until it is put back).
      this.#leave?.();
      this.#generation++;
      this.loading = false;
      this.#stale = true;
    }
  }

  /** Loads again (the retry button). */
  reload(): void {
    this.#stale = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#lang = undefined;
    // A disconnected element loads nothing (an update may still run after removal); it loads when put back.
    if (this.#stale || changed.has('src') || changed.has('resolution') || changed.has('timeout')) {
      this.#stale = !this.isConnected;
      if (this.isConnected) this.#load();
    }
    // (the space is kept at once; the grey box only if loading takes a while: waiting.ts)
    if (this.loading) {
      this.setAttribute('aria-busy', 'true');
      startWaiting(this);
    } else {
      this.removeAttribute('aria-busy');
      stopWaiting(this);
    }
    const found = this.data && !this.loading ? this.prepare(this.data, this.language) : undefined;
    // Keep the same error object while it says the same thing, so that it is announced once.
    const same = found && this.#problemError?.kind === found.kind && this.#problemError.info.id === found.info.id;
    this.#problemError = same ? this.#problemError : found;
  }

  protected override updated(): void {
    const error = this.#currentError();
    if (error && this.#announced !== error) {
      this.#announced = error;
      const lang = this.language;
      const issues = error.info.issues?.[lang];
      this.dispatchEvent(new TnErrorEvent({ kind: error.kind, message: loadErrorMessage(error, lang), ...(issues ? { issues } : {}) }));
    } else if (!error && this.data && !this.loading && this.#announced !== this.data) {
      this.#announced = this.data;
      this.dispatchEvent(new TnLoadEvent(this.data));
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
    return this.failure ?? this.#problemError;
  }

  #load(): void {
    this.#leave?.();
    this.#leave = undefined;
    const generation = ++this.#generation;
    this.failure = undefined;
    this.loading = false;
    let given = this.resolution;
    if (given === undefined) {
      // (most elements have no children at all: no selector to match)
      const script = this.firstElementChild && this.querySelector(':scope > script[type="application/json"]');
      if (script) {
        try {
          given = JSON.parse(script.textContent ?? '');
        } catch {
          this.#fail(new LoadError('json'));
          return;
        }
      }
    }
    this.data = undefined;
    let pending: Promise<Resolution>;
    if (given !== undefined) {
      if (!exceedsSlice(given)) {
        try {
          this.data = validateResolution(given);
        } catch (e) {
          this.#fail(e);
        }
        return;
      }
      pending = validateInSlices(given);
    } else if (this.src) {
      [pending, this.#leave] = fetchResolution(this.src, this.timeout > 0 ? this.timeout : 15);
    } else {
      return;
    }
    this.loading = true;
    // (an answer for an earlier load, or for an element taken off the page, is dropped by #settle)
    pending.then(
      (resolution) => this.#settle(generation, resolution),
      (error: unknown) => this.#settle(generation, undefined, error),
    );
  }

  #settle(generation: number, resolution?: Resolution, error?: unknown): void {
    if (generation !== this.#generation) return;
    this.loading = false;
    this.data = resolution;
    if (error === undefined) return this.arrived();
    this.#fail(error);
    this.requestUpdate();
  }

  /** The data has come from a request or a check in slices: asks for the update that shows it. */
  protected arrived(): void {
    this.requestUpdate();
  }

  #fail(error: unknown): void {
    this.data = undefined;
    // Anything that is not one of ours is a bug; still, the page must not break: show it as a network failure.
    this.failure = error instanceof LoadError ? error : new LoadError('network', { url: this.src });
  }

  /** The element's content once the data is ready. */
  protected abstract renderData(data: Resolution, lang: Lang): TemplateResult | string | typeof nothing;

  protected override render(): TemplateResult | string | typeof nothing {
    const error = this.#currentError();
    // While loading, the host itself is the placeholder of the final size (styles.ts): no DOM to build.
    if (!error && (this.loading || !this.data)) return nothing;
    const lang = this.language;
    if (error) {
      return html`<div part="error" class="error" role="alert">${loadErrorMessage(error, lang)}<button type="button" @click=${this.reload}>${lang === 'vi' ? 'Thử lại' : 'Retry'}</button></div>`;
    }
    return this.renderData(this.data!, lang);
  }
}
