// Language toggle of examples/article.html. An external file, because a portal with a strict
// Content-Security-Policy (script-src 'self') runs no inline script.
//
// The choice lives in the URL (?lang=en), so a reload or a shared link keeps it; nothing is stored.
// Switching sets `lang` on <html>: the tn-* elements follow it by themselves, and the page's CSS
// shows the article's [data-lang="vi"] or [data-lang="en"] blocks.
//
// Loaded as a classic script in <head> (not deferred), so that ?lang=en is applied before the body is
// painted and the reader never sees the other language flash.
(() => {
  const root = document.documentElement;
  const PORTAL = { vi: 'Cổng Thông tin điện tử — ví dụ', en: 'E-portal — example' };
  /** What the button offers: the other language, named in that language. */
  const OFFER = { vi: { lang: 'en', label: 'English' }, en: { lang: 'vi', label: 'Tiếng Việt' } };

  const fromUrl = () => (new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi');

  function apply(lang) {
    root.lang = lang;
    const button = document.getElementById('lang-toggle');
    if (button) {
      button.textContent = OFFER[lang].label;
      button.lang = OFFER[lang].lang;
    }
    const headline = document.querySelector(`h1 [data-lang="${lang}"]`);
    if (headline) document.title = `${headline.textContent.replace(/\s+/g, ' ').trim()} — ${PORTAL[lang]}`;
  }

  apply(fromUrl());

  document.addEventListener('DOMContentLoaded', () => {
    apply(root.lang === 'en' ? 'en' : 'vi');
    const button = document.getElementById('lang-toggle');
    if (!button) return;
    button.hidden = false; // without this script the page stays in Vietnamese and offers no toggle
    button.addEventListener('click', () => {
      const next = OFFER[root.lang === 'en' ? 'en' : 'vi'].lang;
      const url = new URL(location.href);
      if (next === 'en') url.searchParams.set('lang', 'en');
      else url.searchParams.delete('lang');
      history.replaceState(history.state, '', url);
      apply(next);
    });
  });
})();
