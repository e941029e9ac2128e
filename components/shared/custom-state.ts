// Custom states (`:state(name)` in CSS) set through an element's ElementInternals, which an element
// can attach only once: every state of an element goes through here.
const internals = new WeakMap<HTMLElement, ElementInternals | null>();

/** Adds or removes the custom state `name` of `host`; the internals are attached when a state is first added. */
export function setState(host: HTMLElement, name: string, on: boolean): void {
  let own = internals.get(host);
  if (own === undefined) {
    if (!on) return;
    try {
      own = host.attachInternals();
    } catch {
      // (a subclass or a page that took the internals: no custom states, the element still works)
      own = null;
    }
    internals.set(host, own);
  }
  if (!own) return;
  try {
    if (on) own.states.add(name);
    else own.states.delete(name);
  } catch {
    // (a browser whose custom states want a "--" name: the state's looks are skipped)
  }
}
