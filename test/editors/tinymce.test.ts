import { expect } from '@open-wc/testing';
import { FALLBACK, FIGURE, FORMS, SRC, pasteEvent, publish, type Form } from './article.js';

// TinyMCE 8, self-hosted from node_modules/tinymce, with its DEFAULT configuration (no plugins, the
// default schema, sandbox_iframes and convert_unsafe_embeds on): each embed form goes in as an editor
// would put it there, through the paste pipeline (a paste event with the HTML on the clipboard),
// mceInsertContent (what a plugin's "insert" does), and setContent (what the Source code view
// does when it closes); what getContent() saves is then published in a real page with the built
// embed. README, "Which embed for which portal", reports the same.
interface Editor {
  getContent(): string;
  setContent(html: string): void;
  execCommand(cmd: string, ui: boolean, value: string): void;
  getBody(): HTMLElement;
  focus(): void;
  remove(): void;
}
declare global {
  interface Window {
    tinymce?: { init(options: object): Promise<Editor[]> };
  }
}

async function loadTinymce() {
  if (window.tinymce) return;
  const script = document.createElement('script');
  script.src = '/node_modules/tinymce/tinymce.min.js';
  await new Promise((ok, fail) => {
    script.onload = ok;
    script.onerror = fail;
    document.head.append(script);
  });
}

async function editor(options: object = {}): Promise<Editor> {
  await loadTinymce();
  const target = document.createElement('textarea');
  document.body.append(target);
  const [ed] = await window.tinymce!.init({ target, license_key: 'gpl', base_url: '/node_modules/tinymce', suffix: '.min', ...options });
  return ed!;
}

const ROUTES = {
  async paste(ed: Editor, html: string) {
    ed.focus();
    const before = ed.getContent();
    ed.getBody().dispatchEvent(pasteEvent(html));
    // (TinyMCE processes a paste in a task of its own)
    for (let i = 0; i < 40 && ed.getContent() === before; i++) await new Promise((r) => setTimeout(r, 25));
  },
  async insert(ed: Editor, html: string) {
    ed.execCommand('mceInsertContent', false, html);
  },
  async setContent(ed: Editor, html: string) {
    ed.setContent(html);
  },
};

/** The form through one route of a default TinyMCE: the HTML it saves, parsed. */
async function through(form: Form, route: keyof typeof ROUTES, options: object = {}, html: string = FORMS[form]) {
  const ed = await editor(options);
  try {
    await ROUTES[route](ed, html);
    const saved = ed.getContent();
    const box = document.createElement('template');
    box.innerHTML = saved;
    return { saved, doc: box.content };
  } finally {
    ed.remove();
  }
}

describe('TinyMCE 8 (default configuration): what each embed form becomes', function () {
  this.timeout(30000);

  for (const route of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
    describe(`through ${route}`, () => {
      it('the tag: strips the <script> and the unknown <tn-indicator>, keeps its fallback text as a paragraph; the reader sees the text, no card', async () => {
        const { saved, doc } = await through('tag', route);
        expect(doc.querySelector('script'), saved).to.equal(null);
        expect(doc.querySelector('tn-indicator'), saved).to.equal(null);
        expect([...doc.querySelectorAll('p')].map((p) => p.textContent), saved).to.include(FALLBACK);
        const page = await publish(saved, { template: false, ms: 2000 });
        expect(page.card).to.equal(null);
        expect(page.text).to.contain(FALLBACK);
      });

      it('the div: keeps it with every data-* attribute and its fallback text; a page whose template loads the embed shows the live card', async () => {
        const { saved, doc } = await through('div', route);
        const div = doc.querySelector('div[data-tn]');
        expect(div, saved).to.not.equal(null);
        expect([div!.getAttribute('data-tn'), div!.getAttribute('data-src'), div!.getAttribute('data-indicator'), div!.getAttribute('data-as-of'), div!.textContent]).to.deep.equal(['indicator', SRC, 'poverty-rate', '2023', FALLBACK]);
        expect((await publish(saved, { template: true })).card).to.equal(FIGURE);
        // (without the script in the template, the reader sees the fallback text)
        const bare = await publish(saved, { template: false, ms: 1000 });
        expect([bare.card, bare.text.includes(FALLBACK)]).to.deep.equal([null, true]);
      });

      it('the iframe: keeps it with its title but adds sandbox="" (sandbox_iframes) and strips frame-host.js; the sandboxed frame runs no script, so the reader sees an empty box', async () => {
        const { saved, doc } = await through('iframe', route);
        const frame = doc.querySelector('iframe');
        expect(frame, saved).to.not.equal(null);
        expect(new URL(frame!.getAttribute('src')!, location.href).pathname).to.equal('/dist/frame.html');
        expect(frame!.getAttribute('title')).to.equal(FALLBACK);
        expect(frame!.getAttribute('sandbox')).to.equal('');
        expect(doc.querySelector('script'), saved).to.equal(null);
        const page = await publish(saved, { template: false, ms: 2000 });
        expect([page.sandbox, page.framed]).to.deep.equal(['', null]);
        expect(page.text).to.not.contain(FALLBACK);
      });
    });
  }

  it('the iframe with its address in full and the portal\'s host in sandbox_iframes_exclusions: no sandbox, the frame shows the live card', async () => {
    const full = FORMS.iframe.replace('src="/dist/', `src="${location.origin}/dist/`);
    const { saved, doc } = await through('iframe', 'paste', { sandbox_iframes_exclusions: [location.hostname, location.host] }, full);
    expect(doc.querySelector('iframe')?.hasAttribute('sandbox'), saved).to.equal(false);
    expect((await publish(saved, { template: false })).framed).to.equal(FIGURE);
  });

  // The editor's page and the article are at different paths on the portal (an admin page, a news
  // page three folders deep). TinyMCE's default convert_urls rewrites an address on the same host
  // relative to the editor's page; data-* attributes are not addresses to it.
  describe('an editor page at /quan-tri/, the article at /tin-tuc/2025/thang-6/', () => {
    const full = FORMS.iframe.replace('src="/dist/', `src="${location.origin}/dist/`);
    const exclusions = { sandbox_iframes_exclusions: [location.hostname, location.host], document_base_url: `${location.origin}/quan-tri/` };
    const at = `${location.origin}/tin-tuc/2025/thang-6/bai-viet.html`;

    it('by default the iframe\'s address in full becomes "../dist/frame.html…", relative to the editor\'s page: the article gets no card', async () => {
      const { saved, doc } = await through('iframe', 'paste', exclusions, full);
      expect(doc.querySelector('iframe')!.getAttribute('src'), saved).to.match(/^\.\.\/dist\/frame\.html\?/);
      expect((await publish(saved, { template: false, at, ms: 2000 })).framed).to.equal(null);
    });

    it('with relative_urls: false the address stays "/dist/frame.html…": the article shows the live card', async () => {
      const { saved, doc } = await through('iframe', 'paste', { ...exclusions, relative_urls: false }, full);
      expect(doc.querySelector('iframe')!.getAttribute('src'), saved).to.match(/^\/dist\/frame\.html\?/);
      expect((await publish(saved, { template: false, at })).framed).to.equal(FIGURE);
    });

    it('the div\'s data-src is left as written, whatever the setting: the article shows the live card', async () => {
      const { saved, doc } = await through('div', 'paste', exclusions);
      expect(doc.querySelector('div[data-tn]')!.getAttribute('data-src'), saved).to.equal(SRC);
      expect((await publish(saved, { template: true, at })).card).to.equal(FIGURE);
    });
  });
});
