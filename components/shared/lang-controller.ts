import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../../src/format/index.js';
import type { Lang } from '../../src/index.js';

type Host = ReactiveControllerHost & HTMLElement & { lang?: string };

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

/**
 * An element's language, as a controller: its own `lang`, else the nearest ancestor's, else
 * Vietnamese. The element updates when a portal's language toggle changes `lang` on an ancestor
 * (one MutationObserver for the whole page, below). The language is found once per update: it is
 * kept from the first time an update asks until the update is over, and found again whenever the
 * element's own `lang` differs from the one it was found with.
 */
export class LangController implements ReactiveController {
  #lang?: Lang;
  #own?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language the element renders in. */
  get value(): Lang {
    if (this.#lang === undefined || this.#own !== this.host.lang) {
      this.#own = this.host.lang;
      this.#lang = elementLang(this.host);
    }
    return this.#lang;
  }

  hostConnected(): void {
    watched.add(this);
    observer ??= new MutationObserver(() => watched.forEach((c) => c.#changed()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    // (the element may have moved under another language)
    this.#lang = undefined;
  }

  hostDisconnected(): void {
    watched.delete(this);
  }

  hostUpdated(): void {
    // (the next update finds it again: an ancestor may have changed meanwhile without a mutation
    // this element heard of, e.g. it was moved)
    this.#lang = undefined;
  }

  #changed(): void {
    this.#lang = undefined;
    this.host.requestUpdate();
  }
}

// One observer for the whole page (observe() again on the same node only renews it). It holds no
// element but the page's root.
const watched = new Set<LangController>();
let observer: MutationObserver | undefined;
