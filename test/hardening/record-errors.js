// Loaded first in two-copies.html: records uncaught errors and console errors of the page.
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
const original = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  original(...args);
};
