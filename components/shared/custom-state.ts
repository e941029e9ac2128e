// Custom states (`:state(name)` in CSS) set through an element's ElementInternals, which an element
// can attach only once: every state of an element goes through here.
const internals = new WeakMap<HTMLElement, ElementInternals>();

/** Adds or removes the custom state `name` of `host`; the internals are attached when a state is first added. */
export function setState(host: HTMLElement, name: string, on: boolean): void {
  let own = internals.get(host);
  if (!own) {
    if (!on) return;
    try {
      own = host.attachInternals();
    } catch {
      // Not now, perhaps later: the browser refuses while the element is in another window's document
      // (it may come back), and for good if a subclass or the page took the internals. Either way the
      // element still works, without the state's looks.
      return;
    }
    internals.set(host, own);
  }
  try {
    if (on) own.states.add(name);
    else own.states.delete(name);
  } catch {
    // (a browser whose custom states want a "--" name: the state's looks are skipped)
  }
}
