import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { exceedsSlice } from '../../src/schema/parse.js';
import type { Resolution } from '../../src/index.js';
import { LoadError } from './errors.js';
import { fetchResolution } from './fetch-resolution.js';
import { validateInSlices, validateResolution } from './validate.js';

/** What an element gives its data from: a document object, an inline script child, or a URL. */
type Host = ReactiveControllerHost &
  HTMLElement & {
    src?: string;
    resolution?: unknown;
    timeout: number;
  };

/**
 * An element's data, as a controller: where it comes from (the `resolution` property, else an inline
 * `<script type="application/json">` child, else `src`), its loading, and its failure. A newer load
 * drops the answer to an older one; an element taken off the page stops loading (its request is
 * aborted once no other element waits for it) and loads again when put back.
 *
 * The host calls `update()` from `willUpdate`, and is told when an answer has come (`arrived`), so
 * that it can ask for the update that shows it (or first learn whether it is near the viewport).
 */
export class LoadController implements ReactiveController {
  /** The validated document, once it has come. */
  data?: Resolution;
  /** Why the data could not be had, if it could not. */
  failure?: LoadError;
  /** True while a request or a check in slices is under way. */
  loading = false;

  #leave?: () => void;
  #generation = 0;
  #stale = true;

  constructor(
    private readonly host: Host,
    private readonly arrived: () => void,
  ) {
    host.addController(this);
  }

  /** The inline data child, if any. (Most elements have no children at all: no selector to match.) */
  script(): Element | null {
    return this.host.firstElementChild && this.host.querySelector(':scope > script[type="application/json"]');
  }

  /** Whether the element has anything to load: a document, a script child or an address. */
  get hasSource(): boolean {
    return this.host.resolution !== undefined || !!this.host.src || !!this.script();
  }

  /** Loads again at the next update (the retry button; a script child that came late). */
  reload(): void {
    this.#stale = true;
    this.host.requestUpdate();
  }

  /** Loads again at the next update if nothing was had: no data, no load under way, no failure. */
  reloadIfEmpty(): void {
    if (!this.data && !this.loading && !this.failure) this.#stale = true;
  }

  /** From the host's willUpdate: loads if the source changed or a load is owed. */
  update(sourceChanged: boolean): void {
    // A disconnected element loads nothing (an update may still run after removal); it loads when put back.
    if (this.#stale || sourceChanged) {
      this.#stale = !this.host.isConnected;
      if (this.host.isConnected) this.#load();
    }
  }

  hostConnected(): void {
    if (this.#stale) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    // Nothing loaded from now on is for this element (until it is put back).
    this.#leave?.();
    this.#generation++;
    this.loading = false;
    this.#stale = true;
  }

  #load(): void {
    this.#leave?.();
    this.#leave = undefined;
    const generation = ++this.#generation;
    const host = this.host;
    this.failure = undefined;
    this.loading = false;
    let given = host.resolution;
    if (given === undefined) {
      const script = this.script();
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
    } else if (host.src) {
      [pending, this.#leave] = fetchResolution(host.src, host.timeout > 0 ? host.timeout : 15);
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
    this.host.requestUpdate();
  }

  #fail(error: unknown): void {
    this.data = undefined;
    // Anything that is not one of ours is a bug; still, the page must not break: show it as a network failure.
    this.failure = error instanceof LoadError ? error : new LoadError('network', { url: this.host.src });
  }
}
