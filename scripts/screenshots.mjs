// npm run screenshots: pictures of the elements for the README, taken from the example pages in
// headless Chromium so that they stay true to the code. Needs `npm run build` first.
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { freePort } from './free-port.mjs';

const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });

const server = await startDevServer({ config: { rootDir: '.', port: await freePort(8930), nodeResolve: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const base = `http://localhost:${server.config.port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
});

/** Loads a page and waits until no element is loading (in dark mode when asked). */
async function open(path, width = 1100, dark = false) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 2400, deviceScaleFactor: 1 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => !document.querySelector('[aria-busy]'), { timeout: 10000 });
  if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
  return page;
}

const shots = [
  ['/examples/index.html', '#gauge .row', 'tn-gauge.png'],
  ['/examples/index.html', '#indicator .cards', 'tn-indicator.png'],
  ['/examples/index.html', '#indicator p', 'tn-indicator-inline.png'],
  ['/examples/index.html', '#timeline tn-timeline', 'tn-timeline.png'],
  ['/examples/index.html', '#milestones tn-milestones', 'tn-milestones.png'],
  ['/examples/index.html', '#resolution tn-resolution', 'tn-resolution.png'],
  ['/examples/index.html', '#indicator .cards', 'tn-indicator-dark.png', { dark: true }],
];
// Whole pages for the top of the README: the viewport after every element has settled.
const pages = [
  ['/examples/article.html', 'article.png', 1280, 1500],
  ['/examples/dashboard.html?as-of=2023', 'dashboard.png', 1280, 1300],
  // A phone: 360 px wide, as most Vietnamese readers see a portal (2× pixels, as phones draw).
  ['/examples/dashboard.html', 'dashboard-phone.png', 360, 740, 2],
];
try {
  for (const [path, file, width, height, scale = 1] of pages) {
    const page = await open(path, width);
    await page.setViewport({ width, height, deviceScaleFactor: scale, isMobile: scale > 1, hasTouch: scale > 1 });
    await page.waitForFunction(() => !document.querySelector('[aria-busy]'), { timeout: 10000 });
    await page.screenshot({ path: new URL(file, out).pathname });
    console.log(`docs/images/${file}`);
    await page.close();
  }
  for (const [path, selector, file, { dark = false } = {}] of shots) {
    const page = await open(path, 1100, dark);
    const element = await page.$(selector);
    if (!element) throw new Error(`${path}: no ${selector}`);
    await element.screenshot({ path: new URL(file, out).pathname });
    console.log(`docs/images/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
