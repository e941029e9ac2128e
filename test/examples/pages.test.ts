import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  for (const name of ['index.html', 'article.html', 'dashboard.html', 'builder.html?example']) {
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
    // (the fallback text: the card in one line, whatever the variant, as render --format html writes it)
    await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('Achieved'));
    const snippet = await page.$eval('#snippet', (t) => (t as HTMLTextAreaElement).value);
    expect(snippet).toBe(
      '<script type="module" src="/assets/tn-indicators.js"></script>\n' +
        '<tn-indicator src="/data/tp-thai-nguyen-2020-2025.json" indicator="poverty-rate" variant="inline" lang="en" as-of="2023">Poor household rate: 0.54% (2023, estimate) — Achieved (provisional)</tn-indicator>',
    );
    const preview = await page.evaluate(() => document.querySelector('#preview tn-indicator')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
    expect(preview).toBe('0.54% ✔(Achieved (provisional)) (Assessed at 31 Dec 2023 · data up to 2023)'); // the as-of line, for screen readers (da868fb)
    expect(errors).toEqual([]);
    await page.close();
  }, 30000);

  it('builder.html: the sanitizer-proof div and the iframe, each with the card in words for a page without the script', async () => {
    const { page, errors } = await openPage(site.browser, `${site.base}/examples/builder.html`);
    await page.click('#use-example');
    await page.waitForFunction(() => !(document.getElementById('code-step') as HTMLElement).hidden);
    await page.select('#indicator', 'poverty-rate');
    await page.select('#as-of', '2023');
    await page.select('#form', 'div');
    await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('Đạt'));
    expect(await page.$eval('#snippet', (t) => (t as HTMLTextAreaElement).value)).toBe(
      '<div data-tn="indicator" data-src="/data/tp-thai-nguyen-2020-2025.json" data-indicator="poverty-rate" data-as-of="2023">Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)</div>',
    );
    await page.select('#form', 'iframe');
    await page.waitForFunction(() => (document.getElementById('snippet') as HTMLTextAreaElement).value.includes('iframe'));
    const iframe = await page.$eval('#snippet', (t) => (t as HTMLTextAreaElement).value);
    expect(iframe).toContain('<iframe src="/assets/frame.html?element=indicator&amp;src=%2Fdata%2Ftp-thai-nguyen-2020-2025.json&amp;indicator=poverty-rate&amp;as-of=2023" title="Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)"');
    expect(iframe).toContain('<script src="/assets/frame-host.js"></script>');
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
    expect(await page.$eval('#check', (c) => c.textContent)).toBe('Tệp không phải JSON hợp lệ: dòng 5, cột 3: thiếu dấu phẩy giữa hai phần tử.');
    await page.close();
  }, 30000);

  // Issue 14: the builder once a file is open was 1052 px wide on a phone (a select is as wide as its
  // longest indicator title). Every control, for every element it can preview, stays on the screen.
  for (const width of [320, 360]) {
    it(`builder.html at ${width} px with the example open: no sideways scrolling, every control on screen`, async () => {
      const { page, errors } = await openPage(site.browser, `${site.base}/examples/builder.html?example`, width);
      await page.waitForFunction(() => !(document.getElementById('code-step') as HTMLElement).hidden);
      for (const tag of ['tn-indicator', 'tn-timeline', 'tn-milestones', 'tn-resolution']) {
        await page.select('#element', tag);
        expect(await settle(page)).toEqual([]);
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          outside: [...document.querySelectorAll('button, select, input, textarea, label, #file-name, #snippet')]
            .filter((el) => (el as HTMLElement).offsetParent !== null || el.id === 'file')
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth + 0.5)
            .map(({ el, box }) => `${el.tagName.toLowerCase()}#${el.id || el.textContent!.trim().slice(0, 20)}: ${Math.round(box.left)}–${Math.round(box.right)}`),
        }));
        expect(layout.scrollWidth, tag).toBeLessThanOrEqual(width);
        expect(layout.outside, tag).toEqual([]);
      }
      // the snippet wraps inside its own box rather than widening the page
      const snippet = await page.$eval('#snippet', (t) => ({ client: t.clientWidth, scroll: t.scrollWidth, value: (t as HTMLTextAreaElement).value }));
      expect(snippet.value).toContain('<tn-resolution');
      expect(snippet.scroll).toBeLessThanOrEqual(snippet.client);
      expect(errors).toEqual([]);
      await page.close();
    }, 60000);
  }

  describe('builder.html: a failed load or check hides the preview of the file opened before', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'tn-builder-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const previewGone = (page: import('puppeteer-core').Page) =>
      page.evaluate(() => ({
        previewHidden: (document.getElementById('preview-step') as HTMLElement).hidden,
        previewEmpty: document.getElementById('preview')!.childElementCount === 0,
        elementsOnScreen: [...document.querySelectorAll('#preview *')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
        codeHidden: (document.getElementById('code-step') as HTMLElement).hidden,
        choicesHidden: (document.getElementById('choose') as HTMLElement).hidden,
      }));
    const gone = { previewHidden: true, previewEmpty: true, elementsOnScreen: 0, codeHidden: true, choicesHidden: true };

    it('an invalid JSON file chosen after the example', async () => {
      const bad = join(dir, 'hong.json');
      writeFileSync(bad, '{ "schemaVersion": "1.0",\n  "id": \n}');
      const { page } = await openPage(site.browser, `${site.base}/examples/builder.html?example`, 360);
      await page.waitForFunction(() => !(document.getElementById('preview-step') as HTMLElement).hidden);
      await settle(page);
      expect(await page.$('#preview tn-indicator')).not.toBeNull();
      const input = (await page.$('#file')) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await input.uploadFile(bad);
      await page.waitForFunction(() => document.getElementById('check')!.classList.contains('bad'));
      expect(await page.$eval('#check', (c) => c.textContent)).toContain('Tệp không phải JSON hợp lệ');
      expect(await previewGone(page)).toEqual(gone);
      expect(await page.$eval('#file-name', (s) => s.textContent)).toBe('hong.json');
      await page.close();
    }, 30000);

    it('a file that fails the check, after the example', async () => {
      const { page } = await openPage(site.browser, `${site.base}/examples/builder.html?example`, 360);
      await page.waitForFunction(() => !(document.getElementById('preview-step') as HTMLElement).hidden);
      await settle(page);
      const input = (await page.$('#file')) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await input.uploadFile('test/fixtures/small-invalid.json');
      await page.waitForFunction(() => !(document.getElementById('issues') as HTMLElement).hidden);
      expect(await page.$eval('#check', (c) => c.textContent)).toContain('1 lỗi');
      expect(await previewGone(page)).toEqual(gone);
      await page.close();
    }, 30000);

    it('an address the server does not have, after the example', async () => {
      const { page } = await openPage(site.browser, `${site.base}/examples/builder.html?example`, 360);
      await page.waitForFunction(() => !(document.getElementById('preview-step') as HTMLElement).hidden);
      await settle(page);
      await page.type('#url', `${site.base}/examples/data/khong-co.json`);
      await page.click('#url-form button[type=submit]');
      await page.waitForFunction(() => document.getElementById('check')!.textContent!.includes('404'));
      expect(await previewGone(page)).toEqual(gone);
      await page.close();
    }, 30000);
  });

  it('builder.html: the file picker speaks Vietnamese, has a real label and works from the keyboard', async () => {
    const { page } = await openPage(site.browser, `${site.base}/examples/builder.html`, 360);
    const picker = () =>
      page.evaluate(() => {
        const input = document.getElementById('file') as HTMLInputElement;
        const label = document.querySelector('label[for="file"]') as HTMLElement;
        return {
          visible: (document.querySelector('.file-picker') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          label: label.innerText.trim(),
          labelled: [...input.labels!].includes(label as HTMLLabelElement),
          // the browser's own "Choose file / No file chosen" button is out of sight
          nativeHidden: getComputedStyle(input).opacity === '0' || input.getBoundingClientRect().width <= 1,
        };
      });
    expect(await picker()).toEqual({ visible: 'Chọn tệp dữ liệu… Chưa chọn tệp', label: 'Chọn tệp dữ liệu…', labelled: true, nativeHidden: true });
    expect(await page.$eval('#file', (i) => i.getAttribute('aria-describedby'))).toBe('file-name');

    // Tab from the example button reaches the input, whose focus ring is drawn on the visible label;
    // Space opens the system's file chooser.
    await page.focus('#use-example');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file');
    expect(await page.$eval('label[for="file"]', (l) => getComputedStyle(l).outlineStyle)).toBe('solid');
    const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 5000 }), page.keyboard.press('Space')]);
    await chooser.accept(['examples/data/tp-thai-nguyen-2020-2025.json']);
    await page.waitForFunction(() => !(document.getElementById('preview-step') as HTMLElement).hidden);
    expect((await picker()).visible).toBe('Chọn tệp dữ liệu… tp-thai-nguyen-2020-2025.json');

    // a click on the label opens the chooser too; the example button clears the choice again
    const [again] = await Promise.all([page.waitForFileChooser({ timeout: 5000 }), page.click('label[for="file"]')]);
    await again.cancel();
    await page.click('#use-example');
    await page.waitForFunction(() => document.getElementById('file-name')!.textContent === 'Chưa chọn tệp');
    await page.close();
  }, 30000);
});
