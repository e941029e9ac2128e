// Entry of dist/tn-indicators.js, the one file portal editors load with a <script> tag:
// registers every element (define.ts) and exposes the classes.
// (Lit first: the order of the modules in the file is worth about 40 bytes of gzip.)
import 'lit';
import { watchDataTn } from './data-tn.js';
import { listenForFrameHeights } from './frame/host.js';

export { TAGS } from './define.js';
export * from './index.js';

// Sanitizer-proof markup: `<div data-tn="indicator" data-src="…">fallback</div>` becomes its element.
// …and the iframes of frame.html on the same page take the height their content posts.
if (typeof document !== 'undefined') {
  watchDataTn(document);
  listenForFrameHeights(window);
}
