import { setState } from './custom-state.js';

// A loading element keeps its final size from the start, and turns into a grey box (`:state(waiting)`)
// only once loading has taken long enough to be noticed. A file that comes quickly, the usual case,
// goes from the kept space straight to the content, without a grey flash; and a page of a thousand
// cards does not paint a thousand boxes it is about to replace (BENCHMARKS.md). One timer for all.
export const WAIT_MS = 250;
const since = new Map<HTMLElement, number>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** The host has started loading (again: its first start counts). */
export function startWaiting(host: HTMLElement): void {
  if (since.has(host)) return;
  since.set(host, performance.now());
  timer ??= setTimeout(mark, WAIT_MS);
}

/** The host has its data, has failed, or was taken off the page. */
export function stopWaiting(host: HTMLElement): void {
  since.delete(host);
  setState(host, 'waiting', false);
}

function mark(): void {
  timer = undefined;
  const now = performance.now();
  let next = Infinity;
  for (const [host, start] of since) {
    // (a timer may fire a little early)
    if (now - start >= WAIT_MS - 1) {
      since.delete(host);
      setState(host, 'waiting', true);
    } else {
      next = Math.min(next, start + WAIT_MS - now);
    }
  }
  if (next !== Infinity) timer = setTimeout(mark, next);
}
