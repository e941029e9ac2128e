import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setState } from './custom-state.js';

type Host = ReactiveControllerHost & HTMLElement;

// A loading element keeps its final size from the start, and turns into a grey box (`:state(waiting)`)
// only once loading has taken long enough to be noticed. A file that comes quickly, the usual case,
// goes from the kept space straight to the content, without a grey flash; and a page of a thousand
// cards does not paint a thousand boxes it is about to replace (BENCHMARKS.md). One timer for all.
export const WAIT_MS = 250;

/**
 * An element's waiting for its data, as a controller: `aria-busy` while it loads, and the grey box
 * once loading has taken WAIT_MS. Taking the element off the page ends its waiting.
 */
export class WaitingController implements ReactiveController {
  /** When the current wait began (performance.now()), while the element waits and is not yet grey. */
  since?: number;
  #busy = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether the element is loading with nothing else to say (then it is busy, and grey after a while). */
  set(busy: boolean): void {
    if (busy) {
      this.host.setAttribute('aria-busy', 'true');
      // (a wait already under way keeps its start)
      if (this.#busy) return;
      this.#busy = true;
      this.since = performance.now();
      waiting.add(this);
      timer ??= setTimeout(mark, WAIT_MS);
    } else {
      this.host.removeAttribute('aria-busy');
      this.#stop();
    }
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Loading has taken long enough to be noticed: the element shows the grey box. */
  grey(): void {
    this.since = undefined;
    waiting.delete(this);
    setState(this.host, 'waiting', true);
  }

  #stop(): void {
    this.#busy = false;
    this.since = undefined;
    waiting.delete(this);
    setState(this.host, 'waiting', false);
  }
}

const waiting = new Set<WaitingController>();
let timer: ReturnType<typeof setTimeout> | undefined;

function mark(): void {
  timer = undefined;
  const now = performance.now();
  let next = Infinity;
  for (const c of waiting) {
    const start = c.since!;
    // (a timer may fire a little early)
    if (now - start >= WAIT_MS - 1) c.grey();
    else next = Math.min(next, start + WAIT_MS - now);
  }
  if (next !== Infinity) timer = setTimeout(mark, next);
}
