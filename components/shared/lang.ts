import type { ReactiveElement } from 'lit';
import { resolveLang } from '../../src/format/localize.js';
import type { Lang } from '../../src/schema/messages.js';

/**
 * The element's `lang`, else the nearest ancestor's (across shadow roots), else Vietnamese. The
 * element's own `lang` property is read first: Lit reflects it to the attribute only after render.
 */
export function elementLang(el: Element & { lang?: string }): Lang {
  if (el.lang) return resolveLang(el.lang);
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return resolveLang(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'vi';
}

// One observer for the whole page: a portal's language toggle changes `lang` on an ancestor,
// and every element re-renders in the new language.
const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export function watchLang(host: ReactiveElement): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

// (the observer itself stays once made: it holds no element but the page's root)
export function unwatchLang(host: ReactiveElement): void {
  hosts.delete(host);
}
