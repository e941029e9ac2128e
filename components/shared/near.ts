import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

// Building full cards that nobody sees is most of the cost of a page of a thousand cards
// (BENCHMARKS.md). When its data arrives, a card is placed: all the cards that get data in the same
// round are placed from one reading of the layout. A card more than one and a half viewports away
// shows one line of text (its title and status), which screen readers and find-in-page reach, and
// is watched by one IntersectionObserver for the whole page: it draws in full when it comes within
// that distance, or at once before printing. A card drawn in full stays so.
// (The browser's `content-visibility: auto` on every card could tell the same, but the browser sends
// its word in one task per card: a thousand tasks on a page of a thousand cards.)
const MARGIN = 1.5;

/**
 * Whether an element is near the viewport, as a controller: `far` is undefined until the element is
 * placed (`place()`, when its data has come), true while it is away and shows its one line, false
 * once it has come near (for good). Put back on the page after a move, a far element is watched
 * again; taken off, it is not watched.
 */
export class NearController implements ReactiveController {
  /** True while the element is away from the viewport and shows its one line; undefined until placed. */
  far?: boolean;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  /** Asks for the host's update once it is known whether the host is away from the viewport. */
  place(): void {
    // (a browser without IntersectionObserver could not tell a card it has come near: all draw in full)
    if (this.far !== undefined || !('IntersectionObserver' in globalThis)) return this.host.requestUpdate();
    // (the cards given the same file are told in the same round: placed once they all have asked)
    if (unplaced.size === 0) queueMicrotask(placeAll);
    unplaced.add(this);
  }

  /** The host is near, or must be drawn anyway: it draws in full if it was showing its one line. */
  showNear(): void {
    this.#unwatch();
    if (this.far) {
      this.far = false;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    // (put back after a move, sorting a page say: a card showing its one line is watched again)
    if (this.far) this.watch();
  }

  hostDisconnected(): void {
    // Nothing to watch or to draw for printing (until it is put back).
    this.#unwatch();
  }

  /** The host shows its one line: watched until it comes near, and drawn in full before printing. */
  watch(): void {
    far.set(this.host, this);
    watcher ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) far.get(entry.target)?.showNear();
      },
      // In a frame (a portal's embed), the distance is measured in the frame's own viewport, as the
      // placement measures it: the browser ignores the margin of an observer rooted in another origin's
      // page. On a page of its own, scrollMargin, where the browser has it, sets the distance for every
      // scrolling box, the page's own included (a rootMargin would then add to it): scrolling boxes
      // inside the page get the same distance as the page.
      window.top !== window ? { root: document, rootMargin: margin } : 'scrollMargin' in IntersectionObserver.prototype ? ({ scrollMargin: margin } as IntersectionObserverInit) : { rootMargin: margin },
    );
    watcher.observe(this.host);
  }

  #unwatch(): void {
    far.delete(this.host);
    watcher?.unobserve(this.host);
  }
}

const margin = `${MARGIN * 100}%`;
// The far elements (watched), and those waiting to be placed in this round.
const far = new Map<Element, NearController>();
const unplaced = new Set<NearController>();
let watcher: IntersectionObserver | undefined;

function placeAll(): void {
  const h = innerHeight * MARGIN;
  const w = innerWidth * MARGIN;
  for (const c of unplaced) {
    // (one layout for all: every read comes before any update writes; a host out of the page, or
    // in a hidden part of it, has an empty box at 0,0 and draws in full)
    const r = c.host.getBoundingClientRect();
    c.far = r.bottom < -h || r.top > innerHeight + h || r.right < -w || r.left > innerWidth + w;
    if (c.far) c.watch();
    c.host.requestUpdate();
  }
  unplaced.clear();
}

// (`?.`: importing the element classes outside a browser must not fail)
// Drawn at once: a page's own Print button calls window.print() from a script, and the page is
// printed before any pending update would run.
globalThis.addEventListener?.('beforeprint', () =>
  far.forEach((c) => (c.showNear(), (c.host as unknown as { performUpdate(): void }).performUpdate())),
);
