import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of a zero-height element of the host's shadow root (found by `selector` after each
 * update), in whole px, watched with a ResizeObserver. Measuring an element whose height never
 * changes, rather than the host, lets the host update at once when the width changes (timeline ↔
 * list) without a "ResizeObserver loop" error: the change of height the update makes is not one the
 * observer watches. Undefined until the first measurement, and where there is no ResizeObserver.
 */
export class InlineSizeController implements ReactiveController {
  width?: number;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  #observer?: ResizeObserver;
  #target?: Element;

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#target) this.#watch(this.#target);
  }

  hostUpdated(): void {
    const target = this.#host.shadowRoot?.querySelector(this.#selector) ?? undefined;
    if (target === this.#target) return;
    if (this.#target) this.#observer?.unobserve(this.#target);
    this.#target = target;
    if (target) this.#watch(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #watch(target: Element): void {
    if (!('ResizeObserver' in globalThis)) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      // (a hidden host measures 0: keep what it had)
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(target);
  }
}
