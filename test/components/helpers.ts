import '../clone-safe-failures.js';
import type { TnErrorEvent, TnLoadEvent } from '../../components/index.js';

/** A fixture URL nobody has requested yet on this page, so that request counts start at zero. */
let n = 0;
export const fresh = (path: string) => `${path}?t=${Date.now()}-${++n}`;

// The browser keeps 250 resource entries by default, and module imports alone fill that.
performance.setResourceTimingBufferSize(100000);

/** How many times the page has requested a URL (the Resource Timing entries the browser keeps). */
export const requestsFor = (url: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name === new URL(url, location.href).href).length;

export const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
export const text = (el: Element, selector: string) => (shadow(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Every tn-load and tn-error on the page, recorded as it happens (an element may finish loading
// before a test gets to listen), and handed out in order by settled().
type Outcome = TnLoadEvent | TnErrorEvent;
const queues = new WeakMap<EventTarget, Outcome[]>();
const waiters = new WeakMap<EventTarget, (e: Outcome) => void>();
const record = (e: Event) => {
  const target = e.composedPath()[0]!;
  const waiter = waiters.get(target);
  if (waiter) {
    waiters.delete(target);
    waiter(e as Outcome);
  } else {
    const queue = queues.get(target) ?? [];
    queue.push(e as Outcome);
    queues.set(target, queue);
  }
};
document.addEventListener('tn-load', record, true);
document.addEventListener('tn-error', record, true);

/** The element's next tn-load or tn-error (one it already sent counts), once it has rendered. */
export async function settled(el: Element): Promise<Outcome> {
  const queued = queues.get(el)?.shift();
  const event = queued ?? (await new Promise<Outcome>((resolve) => waiters.set(el, resolve)));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return event;
}

/** Waits until `ok()` holds, polling every 25 ms, for at most `ms`. */
export async function until(ok: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok()) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
}

/** Opens a page of the test server in an iframe and waits for its load event. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame;
}
