import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { indicatorSvg } from '../../components/render/indicator-svg.js';
import { parseResolution } from '../../src/index.js';

// The static picture (tn-indicators render --format svg) as Chromium sees it: well-formed XML, an
// image that loads on its own (no script, no external resource), and printed as on screen.
describe('the SVG card in Chromium', () => {
  it('is well-formed, loads as an image, and prints', async () => {
    const doc = parseResolution(await (await fetch('/examples/data/tp-thai-nguyen-2020-2025.json')).json());
    const svg = indicatorSvg(doc, 'poverty-rate')!;
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.querySelector('script, foreignObject, image, use')).to.equal(null);
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    img.src = url;
    await img.decode();
    expect([img.naturalWidth, img.naturalHeight > 150]).to.deep.equal([480, true]);
    URL.revokeObjectURL(url);
    const box = document.createElement('div');
    box.append(document.importNode(parsed.documentElement, true));
    document.body.append(box);
    await emulateMedia({ media: 'print' });
    const r = box.querySelector('svg')!.getBoundingClientRect();
    expect([Math.round(r.width), r.height > 150]).to.deep.equal([480, true]);
    expect(box.textContent).to.contain('Đạt (tạm tính)');
    await emulateMedia({ media: 'screen' });
    box.remove();
  });
});
