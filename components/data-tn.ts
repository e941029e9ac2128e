/**
 * Markup that survives sanitizers: article editors (CKEditor, TinyMCE) and sanitizers (DOMPurify)
 * strip unknown tags by default, but keep a `<div>` with `data-*` attributes. The embed turns
 *
 *   <div data-tn="indicator" data-src="/data/nq.json" data-indicator="poverty-rate">Tỷ lệ hộ nghèo: 0,54% …</div>
 *
 * into `<tn-indicator src="/data/nq.json" indicator="poverty-rate">`: `data-tn` names the element,
 * every other `data-*` is one of its attributes, and the div's own attributes (id, class, style,
 * lang…) stay. The text inside is the fallback a page shows when the script is missing or blocked;
 * once upgraded it stays inside the element, out of sight (the element shows its own content). Divs
 * and spans added later are upgraded too.
 */
const NAMES = /^(indicator|gauge|timeline|milestones|resolution)$/;

/** Upgrades every `[data-tn]` div or span in `root` (and `root` itself) to its element. */
export function upgradeDataTn(root: ParentNode): void {
  for (const el of [...(root instanceof Element && root.matches('[data-tn]') ? [root] : []), ...root.querySelectorAll('div[data-tn],span[data-tn]')]) {
    const name = el.getAttribute('data-tn')!.trim().toLowerCase();
    // (an unknown name stays a div with its fallback text, and says so in the console)
    if (!NAMES.test(name) || !/^(div|span)$/.test(el.localName)) {
      console.warn(`data-tn="${name}": indicator, gauge, timeline, milestones, resolution`, el);
      continue;
    }
    const upgraded = el.ownerDocument.createElement(`tn-${name}`);
    for (const { name: attr, value } of el.attributes) if (attr !== 'data-tn') upgraded.setAttribute(attr.startsWith('data-') ? attr.slice(5) : attr, value);
    upgraded.append(...el.childNodes);
    el.replaceWith(upgraded);
  }
}

/** Upgrades the document's divs now and those added to it later. */
export function watchDataTn(doc: Document): void {
  upgradeDataTn(doc);
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) upgradeDataTn(node);
  }).observe(doc, { childList: true, subtree: true });
}
