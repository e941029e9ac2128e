// A dev server and headless Chromium for the example-page tests (Node side, driven with puppeteer-core).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { freePort } from '../../scripts/free-port.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');


export async function startSite(extraArgs: string[] = []): Promise<{ base: string; browser: Browser; stop: () => Promise<void> }> {
  const port = await freePort(8700);
  const server = await startDevServer({
    config: { rootDir: '.', port, nodeResolve: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
  return {
    base: `http://localhost:${port}`,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/** Opens a page, recording console errors and uncaught exceptions from the first moment. */
export async function openPage(browser: Browser, url: string, width = 1280, scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, errors };
}

/** Waits until no element of the library is loading; returns the tags left in an error state. */
export async function settle(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const all: Element[] = [];
      const walk = (root: ParentNode) => root.querySelectorAll('*').forEach((el) => {
        if (el.tagName.startsWith('TN-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
      walk(document);
      // (a card away from the viewport shows its title and status as text alone)
      return all.every((el) => !el.hasAttribute('aria-busy') && (el.tagName === 'TN-GAUGE' || el.shadowRoot?.childElementCount || el.shadowRoot?.textContent?.trim() || el.hasAttribute('hidden')));
    },
    { timeout: 10000 },
  );
  return page.evaluate(() => {
    const bad: string[] = [];
    const walk = (root: ParentNode) => root.querySelectorAll('*').forEach((el) => {
      if (el.tagName.startsWith('TN-') && el.shadowRoot?.querySelector('[role="alert"]')) bad.push(`${el.tagName.toLowerCase()} ${el.getAttribute('indicator') ?? ''}: ${el.shadowRoot.querySelector('[role="alert"]')!.textContent}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
    walk(document);
    return bad;
  });
}

/** axe-core violations on the page (shadow roots included), as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which a page's Content-Security-Policy does not block.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}
