/**
 * The host page's half of the self-sizing iframe: a frame of dist/frame.html posts
 * `{ "tn-indicators": { "height": N } }` whenever its content's height changes, and this sets the
 * matching iframe's height. Messages from any other window, or of any other shape, are ignored.
 * The embed listens too, so a page with the embed needs nothing more; a page without it adds
 * dist/frame-host.js once.
 */
// (a page with both the embed and frame-host.js listens twice: each sets the same height)
export function listenForFrameHeights(win: Window = window): void {
  win.addEventListener('message', (event) => {
    const height = (event.data as { 'tn-indicators'?: { height?: unknown } } | null)?.['tn-indicators']?.height;
    if (typeof height !== 'number' || !(height >= 0 && height < 1e5)) return;
    for (const frame of win.document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
}
