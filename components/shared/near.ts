import type { ReactiveElement } from 'lit';

/** An element that draws its full content only when the browser would paint it. */
export interface Lazy extends ReactiveElement {
  /** True while the browser skips the element's rendering (it is away from the viewport). */
  far?: boolean;
}

// Building full cards that nobody sees is most of the cost of a page of a thousand cards
// (BENCHMARKS.md). A card's host has `content-visibility: auto`: the browser skips the layout and
// paint of cards away from the viewport and says so with a `contentvisibilityautostatechange`
// event. A card rendered while skipped shows one line of text (its title and status), and draws in
// full when the browser stops skipping it, as it nears the viewport. A browser without the event
// never skips: cards draw in full at once. Printing first draws every card in full.
const far = new Set<Lazy>();

/** The host is near, or must be drawn anyway: it draws in full if it was showing its one line. */
export function showNear(host: Lazy): void {
  far.delete(host);
  if (host.far) {
    host.far = false;
    host.requestUpdate();
  }
}

// (`?.`: importing the element classes outside a browser must not fail)
// Drawn at once: a page's own Print button calls window.print() from a script, and the page is
// printed before any pending update would run.
globalThis.addEventListener?.('beforeprint', () => far.forEach((host) => (showNear(host), (host as unknown as { performUpdate(): void }).performUpdate())));

export function watchNear(host: Lazy): void {
  host.addEventListener('contentvisibilityautostatechange', (e) => {
    if ((e as Event & { skipped: boolean }).skipped) far.add(host), (host.far = true);
    else showNear(host);
  });
}

/** The host left the page: nothing to draw for printing. */
export function unwatchNear(host: Lazy): void {
  far.delete(host);
}
