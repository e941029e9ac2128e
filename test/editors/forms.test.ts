import { expect } from '@open-wc/testing';
import { FIGURE, FORMS, publish } from './article.js';

// The control of the editors' tests (tinymce.test.ts, ckeditor.test.ts), run once for both: each
// form published as the builder writes it shows the live card, so a card missing after an editor
// is that editor's doing.
describe('the embed forms as written, published without an editor', function () {
  this.timeout(30000);

  it('each form published as written shows the live card', async () => {
    expect((await publish(FORMS.tag, { template: false })).card).to.equal(FIGURE);
    expect((await publish(FORMS.div, { template: true })).card).to.equal(FIGURE);
    expect((await publish(FORMS.iframe, { template: false })).framed).to.equal(FIGURE);
  });
});
