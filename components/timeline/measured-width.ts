import type { ReactiveController, ReactiveElement } from 'lit';

type Host = ReactiveElement;

/**
 * The width in whole CSS pixels of an element the host renders, watched with a ResizeObserver: a
 * chart drawn at its real size, so that its text is the size the styles say. The element measured
 * is an empty box of no height across the host (a sizer), not the host itself: the host's height
 * changes with the chart drawn for the width, and a ResizeObserver told of a change its own answer
 * caused reports a loop ("ResizeObserver loop completed with undelivered notifications").
 * Undefined until the first measurement (and where the browser has no ResizeObserver): the chart is
 * then drawn at a default width and scaled to fit.
 */
export class MeasuredWidthController implements ReactiveController {
  width?: number;
  readonly #host: Host;
  readonly #selector: string;
  #observer?: ResizeObserver;
  #observed?: Element;

  constructor(host: Host, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#observed) this.#observer?.observe(this.#observed);
  }

  hostUpdated(): void {
    if (!('ResizeObserver' in globalThis)) return;
    const sizer = this.#host.renderRoot.querySelector(this.#selector) ?? undefined;
    if (sizer === this.#observed) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      const size = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      // (floor: a chart half a pixel wider than its box would scale down by a hair)
      const width = Math.floor(size);
      // (a hidden box measures 0: keep what it had)
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.#host.requestUpdate();
      }
    });
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = sizer;
    if (sizer) this.#observer.observe(sizer);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
