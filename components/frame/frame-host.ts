// Entry of dist/frame-host.js: for a host page without the embed, the script that sizes its
// tn-indicators iframes (host.ts). One classic script tag, anywhere on the page.
import { listenForFrameHeights } from './host.js';

listenForFrameHeights();
