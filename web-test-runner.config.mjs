// Browser tests: the elements in Debian's Chromium, against fixtures served by this server (no mocked fetch).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Real HTTP answers the elements must cope with, under /status/: a server error, an HTML page sent
 * as 200, a body cut short, an answer that never ends, error statuses whose body never ends or is cut,
 * a redirect loop, JSON files with a byte order mark, in UTF-16 or whose header names the wrong
 * charset, slow answers (to race), a
 * 20 MB document, a 503, the same JSON without and with Access-Control-Allow-Origin (to ask for
 * from the other origin of this server: localhost ↔ 127.0.0.1), and files that are not UTF-8
 * (Windows-1258, UTF-16 without a byte order mark). /status/hits tells how many requests each route had, and how many the client
 * abandoned before the answer.
 */
const hits = new Map();
const count = (key) => hits.set(key, (hits.get(key) ?? 0) + 1);
let big;
const example = () => readFileSync(fileURLToPath(new URL('./examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url)), 'utf8');

// Windows-1258, the Vietnamese code page of old Windows editors: the vowels â ê ô ă ơ ư and đ have
// their own bytes, the five tone marks are combining bytes after the vowel.
const CP1258 = { 'â': 0xe2, 'ê': 0xea, 'ô': 0xf4, 'ă': 0xe3, 'ơ': 0xf5, 'ư': 0xfd, 'đ': 0xf0, 'Â': 0xc2, 'Ê': 0xca, 'Ô': 0xd4, 'Ă': 0xc3, 'Ơ': 0xd5, 'Ư': 0xdd, 'Đ': 0xd0, '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
function windows1258(text) {
  const bytes = [];
  for (const ch of text) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c));
    const base = parts.filter((c) => !tones.includes(c)).join('').normalize('NFC');
    for (const c of [base, ...tones]) {
      const code = CP1258[c] ?? c.codePointAt(0);
      bytes.push(code < 256 ? code : 0x3f);
    }
  }
  return Buffer.from(bytes);
}

function bigDocument() {
  // About 20 MB: 36,000 indicators of every kind with five figures each.
  if (big) return big;
  const kinds = [
    { kind: 'average-growth', op: '>', value: 5 },
    { kind: 'level', op: '<=', value: 0.9, by: 2025 },
    { kind: 'annual', op: '>=', value: 10 },
    { kind: 'cumulative', op: '>=', value: 1000 },
    { kind: 'average-change', op: '<=', value: -1 },
  ];
  const indicators = [];
  for (let i = 0; i < 36000; i++) {
    const observations = [];
    for (let y = 2021; y <= 2024; y++) observations.push({ period: y, value: ((i * 7 + y * 13) % 97) / 10, quality: 'actual', reported: `${y + 1}-03-31`, source: 'big', note: { vi: `Số liệu năm ${y} của chỉ tiêu số ${i}`, en: `Figure for ${y}, indicator ${i}` } });
    observations.push({ period: '2021-2025', value: 5.1, quality: 'projected', source: 'big' });
    indicators.push({ id: `chi-tieu-${i}`, title: { vi: `Chỉ tiêu số ${i} của nghị quyết`, en: `Indicator number ${i} of the resolution` }, unit: '%', decimals: 1, target: kinds[i % kinds.length], observations });
  }
  big = JSON.stringify({ schemaVersion: '1.0', id: 'big', title: 'Big', term: { from: 2020, to: 2025 }, sources: [{ id: 'big', title: 'Generated' }], indicators });
  return big;
}

async function statusRoutes(context, next) {
  const path = context.path;
  if (!path.startsWith('/status/')) return next();
  if (path === '/status/hits') {
    context.type = 'json';
    context.body = JSON.stringify(Object.fromEntries(hits));
    return;
  }
  count(path);
  if (path === '/status/500') {
    context.status = 500;
    context.body = 'Internal Server Error';
  } else if (path === '/status/html') {
    context.type = 'html';
    context.body = '<!doctype html><title>Lỗi</title><p>Trang không tồn tại</p>';
  } else if (path === '/status/truncated') {
    // Promises 100 kB, sends a few bytes of JSON, then drops the connection.
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    context.res.write('{"schemaVersion":"1.0","id":"cut","title":"Cắt ngang","indicators":[');
    setTimeout(() => context.res.destroy(), 50);
  } else if (path === '/status/hang') {
    // Headers, then nothing, until the client gives up (or 60 s pass).
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'application/json' });
    context.res.write('{');
    const end = setTimeout(() => context.res.end('}'), 60000);
    context.req.on('close', () => clearTimeout(end));
  } else if (path === '/status/500hang') {
    // An error page whose body never ends: the status alone must fail the request. (HTML, as servers
    // send: Chromium holds back the headers of a short text/plain answer while it sniffs its type.)
    context.respond = false;
    context.res.writeHead(500, { 'content-type': 'text/html' });
    context.res.write('Internal');
    const end = setTimeout(() => context.res.end(), 60000);
    context.req.on('close', () => clearTimeout(end));
  } else if (path === '/status/500cut') {
    context.respond = false;
    context.res.writeHead(500, { 'content-type': 'text/html', 'content-length': '100000' });
    context.res.write('Internal');
    setTimeout(() => context.res.destroy(), 50);
  } else if (path === '/status/bom' || path === '/status/utf16') {
    // The example file with a UTF-8 byte order mark, or as UTF-16 (which is not JSON's encoding).
    const text = readFileSync(fileURLToPath(new URL('./examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url)), 'utf8');
    context.set('content-type', path === '/status/bom' ? 'application/json' : 'application/json; charset=utf-16');
    context.body = path === '/status/bom' ? Buffer.from(`\ufeff${text}`, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  } else if (path === '/status/latin1') {
    // The example file (UTF-8, as JSON must be) with a header that names another charset.
    context.set('content-type', 'application/json; charset=iso-8859-1');
    context.body = readFileSync(fileURLToPath(new URL('./examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url)));
  } else if (path === '/status/503') {
    context.status = 503;
    context.set('retry-after', '1');
    context.body = 'Service Unavailable';
  } else if (path === '/status/nocors' || path === '/status/cors') {
    // The example file, without or with the header that lets a page of another origin read it.
    if (path === '/status/cors') context.set('access-control-allow-origin', '*');
    context.set('content-type', 'application/json; charset=utf-8');
    context.body = example();
  } else if (path === '/status/cp1258') {
    context.set('content-type', 'application/json');
    context.body = windows1258(example());
  } else if (path === '/status/utf16nobom') {
    context.set('content-type', 'application/json');
    context.body = Buffer.from(example(), 'utf16le');
  } else if (path === '/status/loop') {
    context.redirect('/status/loop');
  } else if (path.startsWith('/status/slow/')) {
    // Answers after 300 ms, unless the client has abandoned the request by then.
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (context.req.destroyed || context.req.socket.destroyed) {
      count('abandoned');
      // Nothing is sent (the client has gone), but say so: left at Koa's default 404, each abandoned
      // request was listed among "404 network requests" (about 90 lines from the races test alone).
      // 499 is nginx's "client closed request".
      context.status = 499;
      context.respond = false;
      return;
    }
    count('answered');
    context.type = 'json';
    context.body = JSON.stringify({ schemaVersion: '1.0', id: 'slow', title: `Slow ${path.slice(13)}`, term: { from: 2020, to: 2025 }, indicators: [{ id: 'x', title: `Slow ${path.slice(13)}`, observations: [{ period: 2022, value: Number(path.slice(13)) || 0 }] }] });
  } else if (path === '/status/big.json') {
    context.type = 'json';
    context.body = bigDocument();
  } else {
    return next();
  }
}

// The test page wtr serves by default, with one line before the tests: Lit's dev build (which
// @open-wc/testing loads) warns "Lit is in dev mode" once per page, i.e. once per test file. Lit
// skips a warning whose code is in globalThis.litIssuedWarnings, so only that code is listed; its
// other dev warnings (multiple-versions, change-in-update, class-field-shadowing…) still show.
const testRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head><script>window.litIssuedWarnings = new Set(['dev-mode']);</script></head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  files: ['test/components/**/*.test.ts', 'test/hardening/**/*.browser.test.ts', 'test/editors/**/*.test.ts'],
  testRunnerHtml,
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [statusRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
