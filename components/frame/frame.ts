// Entry of dist/frame.js, the script of dist/frame.html: the one element named in the frame's address,
// checked parameter by parameter (params.ts), and its height posted to the host page whenever it
// changes. The elements come from dist/tn-indicators.js, loaded beside this script.
import { readFrameParams } from './params.js';

const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
document.documentElement.lang = lang;
const allowed = (document.querySelector('meta[name="tn-allow-origins"]')?.getAttribute('content') ?? '')
  .split(/\s+/)
  .flatMap((o) => {
    try {
      return o ? [new URL(o).origin] : [];
    } catch {
      return [];
    }
  });
const root = document.getElementById('tn-frame') ?? document.body;
const request = readFrameParams(location.search, location.href, allowed);
if ('param' in request) {
  // (said in the frame, never as HTML: the address is the reader's, not ours)
  const problem = document.createElement('p');
  problem.setAttribute('role', 'alert');
  problem.className = 'tn-frame-problem';
  problem.textContent = request[lang];
  root.append(problem);
} else {
  const el = document.createElement(`tn-${request.element}`);
  for (const [name, value] of Object.entries(request.attributes)) el.setAttribute(name, value);
  root.append(el);
}

// The content's height, to the host page (any origin may embed the frame; a height is no secret).
let last = -1;
const post = () => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ 'tn-indicators': { height } }, '*');
};
new ResizeObserver(post).observe(root);
post();
