import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../src/schema/messages.js';
import { elementLang, unwatchLang, watchLang } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement & { lang?: string };

/**
 * The element's language, as a controller: its own `lang`, else the nearest ancestor's, else
 * Vietnamese, found once per update; the element updates when a portal's toggle changes `lang` on an
 * ancestor (one MutationObserver for the whole page, lang.ts).
 */
export class LangController implements ReactiveController {
  #lang?: Lang;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language the element renders in. */
  get value(): Lang {
    return (this.#lang ??= elementLang(this.host));
  }

  hostConnected(): void {
    watchLang(this.host as unknown as Parameters<typeof watchLang>[0]);
  }

  hostDisconnected(): void {
    unwatchLang(this.host as unknown as Parameters<typeof unwatchLang>[0]);
  }

  hostUpdate(): void {
    // (found again in each update: `lang` may have changed on the element or an ancestor)
    this.#lang = undefined;
  }
}
