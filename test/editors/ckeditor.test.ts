import { expect } from '@open-wc/testing';
import { ClassicEditor } from '@ckeditor/ckeditor5-editor-classic';
import { Essentials } from '@ckeditor/ckeditor5-essentials';
import { Paragraph } from '@ckeditor/ckeditor5-paragraph';
import { Bold, Italic } from '@ckeditor/ckeditor5-basic-styles';
import { Link } from '@ckeditor/ckeditor5-link';
import { SourceEditing } from '@ckeditor/ckeditor5-source-editing';
import { HtmlEmbed } from '@ckeditor/ckeditor5-html-embed';
import { FALLBACK, FIGURE, FORMS, SRC, pasteEvent, publish, type Form } from './article.js';

// CKEditor 5 (48, the open-source npm packages, licenseKey 'GPL'), a ClassicEditor with the plugins of
// a basic installation (Essentials, Paragraph, Bold, Italic, Link) and GeneralHtmlSupport NOT enabled,
// each with its default configuration. Each embed form goes in as an editor would put it there:
// setData, a paste event with the HTML on the clipboard (the clipboard pipeline), the Source editing
// view (its plugin added, default config: type in the source, leave the view), and the HTML embed
// widget (its plugin added, default config). What getData() saves is then published in a real page
// with the built embed. Imports are the individual packages, not the 'ckeditor5' bundle (which loads
// every plugin). README, "Which embed for which portal", reports the same.
const BASIC = [Essentials, Paragraph, Bold, Italic, Link];

async function editor(extra: unknown[]) {
  const el = document.createElement('div');
  document.body.append(el);
  return ClassicEditor.create(el, { licenseKey: 'GPL', plugins: [...BASIC, ...extra] as never, toolbar: ['bold', 'italic', 'link'] });
}

const ROUTES = {
  setData: { plugins: [], async run(ed: ClassicEditor, html: string) { ed.setData(html); } },
  paste: {
    plugins: [],
    async run(ed: ClassicEditor, html: string) {
      ed.editing.view.focus();
      ed.editing.view.getDomRoot()!.dispatchEvent(pasteEvent(html));
      await new Promise((r) => setTimeout(r, 100));
    },
  },
  source: {
    plugins: [SourceEditing],
    async run(ed: ClassicEditor, html: string) {
      const plugin = ed.plugins.get(SourceEditing);
      plugin.isSourceEditingMode = true;
      const area = ed.ui.view.element!.querySelector<HTMLTextAreaElement>('.ck-source-editing-area textarea')!;
      area.value = html;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      plugin.isSourceEditingMode = false;
    },
  },
};

/** The form through one route: the HTML the editor saves, parsed. */
async function through(form: Form, plugins: unknown[], run: (ed: ClassicEditor, html: string) => Promise<void>) {
  const ed = await editor(plugins);
  try {
    await run(ed, FORMS[form]);
    const saved = ed.getData();
    const box = document.createElement('template');
    box.innerHTML = saved;
    return { saved, doc: box.content };
  } finally {
    await ed.destroy();
  }
}

describe('CKEditor 5 (basic plugins, no GeneralHtmlSupport, default configuration): what each embed form becomes', function () {
  this.timeout(30000);

  for (const [route, { plugins, run }] of Object.entries(ROUTES)) {
    describe(`through ${route}`, () => {
      it('the tag: strips the <script> and the unknown <tn-indicator>, keeps its fallback text as a paragraph; the reader sees the text, no card', async () => {
        const { saved, doc } = await through('tag', plugins, run);
        expect(doc.querySelector('script, tn-indicator'), saved).to.equal(null);
        expect([...doc.querySelectorAll('p')].map((p) => p.textContent), saved).to.include(FALLBACK);
        const page = await publish(saved, { template: false, ms: 2000 });
        expect([page.card, page.text.includes(FALLBACK)]).to.deep.equal([null, true]);
      });

      it('the div: becomes a plain paragraph, every data-* attribute dropped; even a page whose template loads the embed shows only the fallback text', async () => {
        const { saved, doc } = await through('div', plugins, run);
        expect(doc.querySelector('div, [data-tn], [data-src]'), saved).to.equal(null);
        expect([...doc.querySelectorAll('p')].map((p) => p.textContent), saved).to.include(FALLBACK);
        const page = await publish(saved, { template: true, ms: 2000 });
        expect([page.card, page.text.includes(FALLBACK)]).to.deep.equal([null, true]);
      });

      it('the iframe: strips the iframe and frame-host.js, and with them all trace: the fallback is only in the title, so the reader sees nothing', async () => {
        const { saved, doc } = await through('iframe', plugins, run);
        expect(doc.querySelector('iframe, script'), saved).to.equal(null);
        expect(doc.textContent, saved).to.not.contain(FALLBACK);
        const page = await publish(saved, { template: false, ms: 1000 });
        expect([page.card, page.framed, page.text]).to.deep.equal([null, null, 'Kết quả giữa nhiệm kỳ:']);
      });
    });
  }

  describe('through the HTML embed widget (HtmlEmbed plugin, default config: no previews, no sanitizer)', () => {
    const embed = (form: Form) => through(form, [HtmlEmbed], async (ed, html) => ed.execute('htmlEmbed', html));

    it('the tag: saved verbatim inside <div class="raw-html-embed">; the published page runs its script and shows the live card', async () => {
      const { saved, doc } = await embed('tag');
      const box = doc.querySelector('div.raw-html-embed');
      expect(box?.querySelector('script[type=module]')?.getAttribute('src'), saved).to.equal('/dist/tn-indicators.js');
      expect(box?.querySelector('tn-indicator')?.getAttribute('indicator'), saved).to.equal('poverty-rate');
      expect((await publish(saved, { template: false })).card).to.equal(FIGURE);
    });

    it('the div: saved verbatim with every data-* attribute; a page whose template loads the embed shows the live card', async () => {
      const { saved, doc } = await embed('div');
      const div = doc.querySelector('div.raw-html-embed div[data-tn]');
      expect([div?.getAttribute('data-src'), div?.getAttribute('data-indicator'), div?.textContent], saved).to.deep.equal([SRC, 'poverty-rate', FALLBACK]);
      expect((await publish(saved, { template: true })).card).to.equal(FIGURE);
    });

    it('the iframe: saved verbatim with frame-host.js, no sandbox; the frame shows the live card', async () => {
      const { saved, doc } = await embed('iframe');
      const frame = doc.querySelector('div.raw-html-embed iframe');
      expect([frame?.getAttribute('title'), frame?.hasAttribute('sandbox'), !!doc.querySelector('script[src="/dist/frame-host.js"]')], saved).to.deep.equal([FALLBACK, false, true]);
      expect((await publish(saved, { template: false })).framed).to.equal(FIGURE);
    });
  });
});
