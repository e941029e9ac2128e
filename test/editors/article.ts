import '../clone-safe-failures.js';

// The three live embed forms as the builder (examples/builder.js) writes them, each with the card in
// words inside as fallback text, and a page that publishes what an editor saved: a real document
// (an iframe's srcdoc, so that its scripts run as they would on the portal) with the built embed,
// dist/tn-indicators.js, in its template or not.
export const SRC = '/examples/data/tp-thai-nguyen-2020-2025.json';
export const FALLBACK = 'Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)';
export const FIGURE = '0,54%';
const INTRO = '<p>Kết quả giữa nhiệm kỳ:</p>';

export const FORMS = {
  tag: `${INTRO}\n<script type="module" src="/dist/tn-indicators.js"></script>\n<tn-indicator src="${SRC}" indicator="poverty-rate" as-of="2023">${FALLBACK}</tn-indicator>`,
  div: `${INTRO}\n<div data-tn="indicator" data-src="${SRC}" data-indicator="poverty-rate" data-as-of="2023">${FALLBACK}</div>`,
  iframe: `${INTRO}\n<iframe src="/dist/frame.html?element=indicator&amp;src=${encodeURIComponent(SRC)}&amp;indicator=poverty-rate&amp;as-of=2023" title="${FALLBACK}" loading="lazy" style="width:100%;border:0" height="340"></iframe>\n<script src="/dist/frame-host.js"></script>`,
} as const;
export type Form = keyof typeof FORMS;

/** What a reader of the published article gets. */
export interface Published {
  /** The live card drawn in the article itself (its figure). */
  card: string | null;
  /** The live card drawn inside an iframe of the article (its figure). */
  framed: string | null;
  /** The iframe's sandbox attribute, if it has one. */
  sandbox: string | null;
  /** The article's text as a reader sees it, spaces collapsed. */
  text: string;
}

const figureIn = (doc: Document | null | undefined) => {
  const el = doc?.querySelector('tn-indicator');
  const figure = el?.shadowRoot?.querySelector('.figure')?.textContent?.trim();
  return figure || null;
};

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/**
 * Publishes `saved` (an editor's output HTML) in a page whose template loads the embed once
 * (`template: true`, as the div form asks) or not, and waits up to `ms` for a live card. `at`: the
 * article's own address (a <base>), where relative addresses in it resolve.
 */
export async function publish(saved: string, { template, ms = 4000, at }: { template: boolean; ms?: number; at?: string }): Promise<Published> {
  const page = document.createElement('iframe');
  page.style.cssText = 'width:800px;height:900px;border:0';
  page.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">${at ? `<base href="${at}">` : ''}${template ? '<script type="module" src="/dist/tn-indicators.js"></script>' : ''}</head><body><article>${saved}</article></body></html>`;
  frames.push(page);
  const loaded = new Promise((r) => page.addEventListener('load', r, { once: true }));
  document.body.append(page);
  await loaded;
  const doc = page.contentDocument!;
  const inner = () => doc.querySelector('iframe');
  const look = (): Published => ({
    card: figureIn(doc),
    framed: figureIn(inner()?.contentDocument),
    sandbox: inner()?.getAttribute('sandbox') ?? null,
    text: (doc.querySelector('article') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
  });
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const now = look();
    if (now.card || now.framed) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  return look();
}

/** A paste as the browser sends it: a ClipboardEvent whose clipboardData holds the HTML (and its text). */
export function pasteEvent(html: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/html', html);
  const box = document.createElement('div');
  box.innerHTML = html;
  data.setData('text/plain', box.textContent ?? '');
  return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
}
