import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, settle, startSite } from './browser.js';

// Every example page, as a newcomer opens it after `npm start`: no console error, no element left
// loading or in error, no axe violation. Needs `npm run build` (npm test builds first) and Chromium.
const PAGES = ['index.html', 'article.html', 'dashboard.html', 'builder.html?example', 'theming.html'];

let site: Awaited<ReturnType<typeof startSite>>;
beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(async () => {
  await site?.stop();
});

describe('example pages', () => {
  for (const name of PAGES) {
    it(`${name}: no console error, every element settled, no axe violation`, async () => {
      expect(existsSync(`examples/${name.split('?')[0]}`), `examples/${name} exists`).toBe(true);
      const { page, errors } = await openPage(site.browser, `${site.base}/examples/${name}`);
      const failed = await settle(page);
      expect(failed).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 30000);
  }

  // A reader whose phone is set to dark: the elements switch to their dark colours, and a page's own
  // theme must still read (a light portal theme has to set its text colours too).
  for (const name of PAGES) {
    it(`${name} with a dark system setting: no axe violation`, async () => {
      const { page } = await openPage(site.browser, `${site.base}/examples/${name}`, 1280, 'dark');
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }, 30000);
  }

  for (const name of ['index.html', 'article.html', 'dashboard.html']) {
    it(`${name} fits a 320 px phone: no sideways scrolling`, async () => {
      const { page } = await openPage(site.browser, `${site.base}/examples/${name}`, 320);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    }, 30000);
  }

  it('dashboard.html: the as-of slider changes the summary from 2021 to 2023', async () => {
    const { page, errors } = await openPage(site.browser, `${site.base}/examples/dashboard.html`);
    await settle(page);
    const summary = () => page.evaluate(() => document.querySelector('tn-resolution')!.shadowRoot!.querySelector('.summary strong')!.textContent);
    expect(await summary()).toBe('3/9 chỉ tiêu vượt, đạt hoặc đúng lộ trình');
    await page.evaluate(() => {
      const s = document.getElementById('year') as HTMLInputElement;
      s.value = '2021';
      s.dispatchEvent(new Event('input'));
    });
    await settle(page);
    expect(await summary()).toBe('1/9 chỉ tiêu vượt, đạt hoặc đúng lộ trình');
    expect(page.url()).toContain('as-of=2021');
    expect(errors).toEqual([]);
    await page.close();
  }, 30000);

  it('builder.html: the built-in example gives a live preview and the exact snippet, script line included', async () => {
    const { page, errors } = await openPage(site.browser, `${site.base}/examples/builder.html`);
    await page.click('#use-example');
    await page.waitForFunction(() => !(document.getElementById('code-step') as HTMLElement).hidden);
    await page.select('#indicator', 'poverty-rate');
    await page.select('#variant', 'inline');
    await page.select('#lang', 'en');
    await page.select('#as-of', '2023');
    await settle(page);
    const snippet = await page.$eval('#snippet', (t) => (t as HTMLTextAreaElement).value);
    expect(snippet).toBe(
      '<script type="module" src="/assets/tn-indicators.js"></script>\n' +
        '<tn-indicator src="/data/tp-thai-nguyen-2020-2025.json" indicator="poverty-rate" variant="inline" lang="en" as-of="2023"></tn-indicator>',
    );
    const preview = await page.evaluate(() => document.querySelector('#preview tn-indicator')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
    expect(preview).toBe('0.54% ✔(Achieved (provisional))');
    expect(errors).toEqual([]);
    await page.close();
  }, 30000);

  it('builder.html: an invalid file shows every problem with its field path, in plain words', async () => {
    const { page } = await openPage(site.browser, `${site.base}/examples/builder.html`);
    const input = (await page.$('#file')) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await input!.uploadFile('test/fixtures/small-invalid.json');
    await page.waitForFunction(() => !(document.getElementById('issues') as HTMLElement).hidden);
    const issues = await page.$$eval('#issues li', (lis) => lis.map((li) => li.textContent));
    expect(issues).toEqual(['id: Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "agri-growth"']);
    expect(await page.$eval('#check', (c) => c.textContent)).toContain('1 lỗi');
    await input!.uploadFile('test/fixtures/broken.json');
    await page.waitForFunction(() => document.getElementById('check')!.textContent!.includes('dòng'));
    expect(await page.$eval('#check', (c) => c.textContent)).toBe('Tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 5, cột 3.');
    await page.close();
  }, 30000);
});
