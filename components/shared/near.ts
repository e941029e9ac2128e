import type { ReactiveElement } from 'lit';

/** An element that draws its full content only once it is near the viewport. */
export interface Lazy extends ReactiveElement {
  /** True while the element is away from the viewport and shows its one line; undefined until placed. */
  far?: boolean;
}

// Building full cards that nobody sees is most of the cost of a page of a thousand cards
// (BENCHMARKS.md). When its data arrives, a card is placed: all the cards that get data in the same
// round are placed from one reading of the layout. A card more than one and a half viewports away
// shows one line of text (its title and status), which screen readers and find-in-page reach, and
// is watched by one IntersectionObserver for the whole page: it draws in full when it comes within
// that distance, or at once before printing. A card drawn in full stays so.
// (The browser's `content-visibility: auto` on every card could tell the same, but the browser sends
// its word in one task per card: a thousand tasks on a page of a thousand cards.)
const MARGIN = 1.5;
const far = new Set<Lazy>();
const unplaced = new Set<Lazy>();
let watcher: IntersectionObserver | undefined;

/** Asks for the host's update once it is known whether the host is away from the viewport. */
export function updatePlaced(host: Lazy): void {
  // (a browser without IntersectionObserver could not tell a card it has come near: all draw in full)
  if (host.far !== undefined || !('IntersectionObserver' in globalThis)) return host.requestUpdate();
  // (the cards given the same file are told in the same round: placed once they all have asked)
  if (unplaced.size === 0) queueMicrotask(place);
  unplaced.add(host);
}

function place(): void {
  const h = innerHeight * MARGIN;
  const w = innerWidth * MARGIN;
  for (const host of unplaced) {
    // (one layout for all: every read comes before any update writes; a host out of the page, or
    // in a hidden part of it, has an empty box at 0,0 and draws in full)
    const r = host.getBoundingClientRect();
    host.far = r.bottom < -h || r.top > innerHeight + h || r.right < -w || r.left > innerWidth + w;
    if (host.far) watch(host);
    host.requestUpdate();
  }
  unplaced.clear();
}

/** The host shows its one line: watched until it comes near, and drawn in full before printing. */
function watch(host: Lazy): void {
  far.add(host);
  const margin = `${MARGIN * 100}%`;
  watcher ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) showNear(entry.target as Lazy);
    },
    // In a frame (a portal's embed), the distance is measured in the frame's own viewport, as the
    // placement measures it: the browser ignores the margin of an observer rooted in another origin's
    // page. On a page of its own, scrollMargin, where the browser has it, sets the distance for every
    // scrolling box, the page's own included (a rootMargin would then add to it): scrolling boxes
    // inside the page get the same distance as the page.
    window.top !== window ? { root: document, rootMargin: margin } : 'scrollMargin' in IntersectionObserver.prototype ? ({ scrollMargin: margin } as IntersectionObserverInit) : { rootMargin: margin },
  );
  watcher.observe(host);
}

/** The host is back on the page: if it was showing its one line, it is watched again (drawn if near). */
export function watchAgain(host: Lazy): void {
  if (host.far) watch(host);
}

/** The host is near, or must be drawn anyway: it draws in full if it was showing its one line. */
export function showNear(host: Lazy): void {
  far.delete(host);
  watcher?.unobserve(host);
  if (host.far) {
    host.far = false;
    host.requestUpdate();
  }
}

/** The host left the page: nothing to watch or to draw for printing (until it is put back). */
export function unwatchNear(host: Lazy): void {
  far.delete(host);
  watcher?.unobserve(host);
}

// (`?.`: importing the element classes outside a browser must not fail)
// Drawn at once: a page's own Print button calls window.print() from a script, and the page is
// printed before any pending update would run.
globalThis.addEventListener?.('beforeprint', () => far.forEach((host) => (showNear(host), (host as unknown as { performUpdate(): void }).performUpdate())));
