import { expect, fixture, html } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import '../../components/embed.js';
import { settled, text } from './helpers.js';

// What survives when an article goes through DOMPurify with its default settings, as portals'
// editors and comment forms do: the sanitizer-proof div does (data-* attributes are allowed), and the
// embed on the page turns it into its element; a pasted <tn-indicator> tag, a <script> and an
// <iframe> do not. README, "Which embed for which portal", reports the same.
const SRC = '/examples/data/tp-thai-nguyen-2020-2025.json';
const FALLBACK = 'Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)';
const ARTICLE = `<p>Kết quả giữa nhiệm kỳ:</p>
<div data-tn="indicator" data-src="${SRC}" data-indicator="poverty-rate" data-as-of="2023">${FALLBACK}</div>
<tn-indicator src="${SRC}" indicator="agri-growth">Tốc độ tăng ngành nông, lâm nghiệp: 4,25%</tn-indicator>
<script type="module" src="/dist/tn-indicators.js"></script>
<iframe src="/dist/frame.html?element=indicator&src=${SRC}&indicator=poverty-rate" title="Tỷ lệ hộ nghèo"></iframe>`;

describe('DOMPurify (default settings) on an article with every embed form', () => {
  it('keeps the data-tn div with its attributes and fallback text; drops the script, the custom tag (keeping its text) and the iframe', async () => {
    const clean = DOMPurify.sanitize(ARTICLE);
    const box = document.createElement('div');
    box.innerHTML = clean;
    const div = box.querySelector('div[data-tn]')!;
    expect(div).to.exist;
    expect([div.getAttribute('data-src'), div.getAttribute('data-indicator'), div.getAttribute('data-as-of'), div.textContent]).to.deep.equal([SRC, 'poverty-rate', '2023', FALLBACK]);
    expect(box.querySelector('script')).to.equal(null);
    expect(box.querySelector('iframe')).to.equal(null);
    expect(box.querySelector('tn-indicator')).to.equal(null);
    // (the pasted tag's fallback text is what is left of it)
    expect(box.textContent).to.contain('Tốc độ tăng ngành nông, lâm nghiệp: 4,25%');
  });

  it('the sanitized article, on a page with the embed, shows the live card where the div was', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = DOMPurify.sanitize(ARTICLE);
    await new Promise((r) => setTimeout(r));
    const card = wrap.querySelector('tn-indicator')!;
    expect(card.getAttribute('indicator')).to.equal('poverty-rate');
    await settled(card);
    expect(text(card, '.figure')).to.equal('0,54%');
    expect(text(card, '.foot [part="status"]')).to.equal('✔Đạt (tạm tính)');
  });
});
