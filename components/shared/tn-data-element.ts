import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Lang } from '../../src/schema/messages.js';
import type { Resolution } from '../../src/schema/resolution.js';
import { canRetry, LoadError, loadErrorMessage } from './errors.js';
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

  // Load state: set during an update (load) or followed by requestUpdate() (async answers).
  protected data?: Resolution;
  protected failure?: LoadError;
  protected loading = false;

  #leave?: () => void;
  #generation = 0;
  #stale = true;
  #announced?: object;
  #problemError?: LoadError;
  #slip?: LoadError;
  // A missing source is told only once GRACE_MS have passed: a script creating the element may give
  // it `src` or `resolution` a moment after putting it on the page (once the page is laid out, or
  // once a request of its own has answered).
  #grace: 'none' | 'running' | 'over' = 'none';
  #hinted = false;
  #pending = false;

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
    const slips = this.#slips();
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
    // A disconnected element loads nothing (an update may still run after removal); it loads when put back.
    if (this.#stale || changed.has('src') || changed.has('resolution') || changed.has('timeout')) {
      this.#stale = !this.isConnected;
      if (this.isConnected) this.#load();
    }
    // (the space is kept at once; the grey box only if loading takes a while: waiting.ts)
    // (an element that says what is wrong is no longer a placeholder: no aria-busy, no reserved height)
    if (this.loading && !this.#slip) {
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
    if (this.#pending) return;
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
    return this.#slip ?? this.failure ?? this.#problemError;
  }

  #script(): Element | null {
    // (most elements have no children at all: no selector to match)
    return this.firstElementChild && this.querySelector(':scope > script[type="application/json"]');
  }

  /** The tag's slips: the one that leaves the element with nothing to show, if any, and all of them for the console. */
  #slips(): { error?: LoadError; hints: LoadError[] } {
    const cls = this.constructor as typeof TnDataElement;
    const known = knownAttributes(cls);
    const misspelt: LoadError[] = [];
    for (const name of this.getAttributeNames()) {
      if (known.has(name) || isGlobalAttribute(name)) continue;
      const guess = guessAttribute(name, known);
      if (guess) misspelt.push(new LoadError('attribute', { cause: 'misspelt', attribute: name, guess }));
    }
    const missing = this.resolution === undefined && !this.src && !this.#script() ? ['src'] : [];
    for (const attribute of cls.requiredAttributes) {
      const value: unknown = (this as unknown as Record<PropertyKey, unknown>)[propertyOf(cls, attribute)];
      if (value === undefined || value === null || String(value).trim() === '') missing.push(attribute);
    }
    const first = missing[0];
    if (first === undefined) return { hints: misspelt };
    // ("scr" for a missing src says the slip, not only its consequence)
    const error = misspelt.find((e) => e.info.guess === first) ?? new LoadError('attribute', { cause: 'missing', attribute: first });
    return { error, hints: [error, ...misspelt.filter((e) => e !== error)] };
  }

  #startGrace(): void {
    if (this.#grace !== 'none') return;
    this.#grace = 'running';
    setTimeout(() => {
      this.#grace = 'over';
      // (a script child may have come meanwhile: the parser had not reached it yet)
      if (!this.data && !this.loading && !this.failure) this.#stale = true;
      this.requestUpdate();
    }, GRACE_MS);
  }

  #load(): void {
    this.#leave?.();
    this.#leave = undefined;
    const generation = ++this.#generation;
    this.failure = undefined;
    this.loading = false;
    let given = this.resolution;
    if (given === undefined) {
      const script = this.#script();
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
    if (this.#pending) return nothing;
    const error = this.#currentError();
    // While loading, the host itself is the placeholder of the final size (styles.ts): no DOM to build.
    if (!error && (this.loading || !this.data)) return nothing;
    const lang = this.language;
    if (error) {
      // A retry button only where asking again can help (not for a wrong file or a slip in the tag).
      const retry = canRetry(error) ? html`<button type="button" @click=${this.reload}>${lang === 'vi' ? 'Thử lại' : 'Retry'}</button>` : nothing;
      return html`<div part="error" class="error" role="alert">${loadErrorMessage(error, lang)}${retry}</div>`;
    }
    return this.renderData(this.data!, lang);
  }
}

/** How long an element waits for its data or a required attribute before it says that it has none. */
const GRACE_MS = 1000;

// Attributes any HTML element may carry: never taken for a slip.
const GLOBAL_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'slot', 'part', 'exportparts', 'tabindex', 'role', 'is', 'inert',
  'translate', 'accesskey', 'autofocus', 'autocapitalize', 'contenteditable', 'draggable', 'enterkeyhint', 'inputmode',
  'nonce', 'popover', 'spellcheck', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype', 'xmlns',
]);

function isGlobalAttribute(name: string): boolean {
  return GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-') || name.startsWith('on');
}

// Names editors give the data file's address from habit (img, a, and other widgets).
const ALIASES: Record<string, string> = { url: 'src', href: 'src', file: 'src', data: 'src' };

const known = new WeakMap<object, Set<string>>();

function knownAttributes(cls: typeof TnDataElement): Set<string> {
  let names = known.get(cls);
  if (!names) known.set(cls, (names = new Set(cls.observedAttributes)));
  return names;
}

/** The property an attribute sets (Lit: the `attribute` option, else the property name in lower case). */
function propertyOf(cls: typeof TnDataElement, attribute: string): PropertyKey {
  for (const [key, options] of cls.elementProperties) {
    const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    if (options.attribute !== false && name === attribute) return key;
  }
  return attribute;
}

const bare = (name: string) => name.toLowerCase().replace(/[-_:.]/g, '');
const letters = (name: string) => [...name].sort().join('');

/** The known attribute an unknown one looks like: the same but for - and _, the same letters, or at most two edits away. */
function guessAttribute(name: string, names: Set<string>): string | undefined {
  const alias = ALIASES[name];
  if (alias && names.has(alias)) return alias;
  const b = bare(name);
  let best: string | undefined;
  let least = 3;
  for (const k of names) {
    const kb = bare(k);
    const d = kb === b ? 0 : letters(kb) === letters(b) ? 1 : editDistance(b, kb);
    // (a two-letter name two edits from anything would match half the vocabulary)
    if (d < least && d < Math.max(b.length, 2)) (least = d), (best = k);
  }
  return best;
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b: the optimal string alignment distance. */
function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
