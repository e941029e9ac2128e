import type { ReactiveElement } from 'lit';

/** An element that draws its full content only when the browser would paint it. */
export interface Lazy extends ReactiveElement {
  /** True while the element is away from the viewport (the browser skips its rendering); undefined until that is known. */
  far?: boolean;
}

// Building full cards that nobody sees is most of the cost of a page of a thousand cards
// (BENCHMARKS.md). A card's host has `content-visibility: auto`: the browser skips the layout and
// paint of cards away from the viewport and says so with a `contentvisibilityautostatechange`
// event, for every card once it is first laid out and again whenever that changes. A card rendered
// while skipped shows one line of text (its title and status), and draws in full when the browser
// stops skipping it, as it nears the viewport. A browser without the event never skips: cards draw
// in full at once. Printing first draws every card in full.
const far = new Set<Lazy>();

// Data that arrives before the browser has said where a card is (a file already loaded, or one that
// comes before the first frame) is placed from the layout instead, all such cards in one read: a
// card more than one and a half viewports away shows its line, the others draw in full. That is
// Chromium's distance (its `content-visibility` margin is 150%); a browser that skips nearer cards
// than that gets a few more full cards than it needs. The browser's word, when it comes, has the
// last say. (Without this, every card given data before the first frame would draw in full.)
const unplaced = new Set<Lazy>();
// (whether this browser says it at all)
const told = 'ContentVisibilityAutoStateChangeEvent' in globalThis;

/** The host is near, or must be drawn anyway: it draws in full if it was showing its one line. */
export function showNear(host: Lazy): void {
  far.delete(host);
  if (host.far) {
    host.far = false;
    host.requestUpdate();
  }
}

/** Asks for the host's update, knowing whether it is away from view. */
export function updatePlaced(host: Lazy): void {
  if (host.far !== undefined || !told) return host.requestUpdate();
  // (every card given the same file asks in the same round: placed once they all have)
  if (unplaced.size === 0) queueMicrotask(place);
  unplaced.add(host);
}

function place(): void {
  const h = innerHeight * 1.5;
  const w = innerWidth * 1.5;
  for (const host of unplaced) {
    // (one layout for all: the reads come before any update writes)
    const r = host.getBoundingClientRect();
    if (host.far === undefined && (r.bottom < -h || r.top > innerHeight + h || r.right < -w || r.left > innerWidth + w)) far.add(host), (host.far = true);
    host.requestUpdate();
  }
  unplaced.clear();
}

// (`?.`: importing the element classes outside a browser must not fail)
// Drawn at once: a page's own Print button calls window.print() from a script, and the page is
// printed before any pending update would run.
globalThis.addEventListener?.('beforeprint', () => far.forEach((host) => (showNear(host), (host as unknown as { performUpdate(): void }).performUpdate())));

function onState(this: Lazy, e: Event): void {
  const skipped = (e as Event & { skipped: boolean }).skipped;
  if (skipped) far.add(this), (this.far = true);
  // Near after showing its line: drawn in full.
  else showNear(this), (this.far = false);
}

export function watchNear(host: Lazy): void {
  host.addEventListener('contentvisibilityautostatechange', onState);
}

/** The host left the page: nothing to draw for printing. */
export function unwatchNear(host: Lazy): void {
  far.delete(host);
}
