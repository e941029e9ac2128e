// node scripts/workbook-screenshots.mjs: the pictures of the workbook in docs/data-guide.md (section
// 9), docs/images/workbook-*.png. The example file is exported by the CLI (`npm run build` first),
// LibreOffice turns the workbook into HTML (soffice --headless --convert-to html: its rendering, not
// Excel's), and headless Chromium takes the top of three sheets. LibreOffice's HTML draws no
// drop-down arrows: the header of each column with a drop-down list in the workbook (its
// <dataValidation type="list">, read from the sheet's XML) gets a "▾" put in by this script.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/images');
const dir = mkdtempSync(join(tmpdir(), 'tn-workbook-shots-'));
const book = join(dir, 'nghi-quyet.xlsx');
execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'export', join(root, 'examples/data/tp-thai-nguyen-2020-2025.json'), '--out', book], { stdio: 'inherit' });
execFileSync('soffice', ['--headless', '--convert-to', 'html', '--outdir', dir, book], { stdio: 'ignore' });

/** The columns (letters) of a sheet with a drop-down list, from the workbook's own XML. */
function listColumns(sheetIndex) {
  const xml = execFileSync('unzip', ['-p', book, `xl/worksheets/sheet${sheetIndex + 1}.xml`], { encoding: 'utf8' });
  return [...xml.matchAll(/<dataValidation\b[^>]*\btype="list"[^>]*\bsqref="([A-Z]+)\d+/g)].map((m) => m[1]);
}

// [sheet name, its position in the workbook, picture, width, height, widest cell (px)]; the sheet
// "Chỉ tiêu" with narrower cells, so that its first drop-down columns (target.kind, target.op) show.
const shots = [
  ['Chỉ tiêu', 1, 'workbook-chi-tieu.png', 1480, 330, 110],
  ['Số liệu', 2, 'workbook-so-lieu.png', 1000, 330, 260],
  ['Hướng dẫn', 9, 'workbook-huong-dan.png', 1000, 420, 260],
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none'],
});
try {
  for (const [name, index, file, width, height, widest] of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(`file://${join(dir, 'nghi-quyet.html')}`, { waitUntil: 'load' });
    const found = await page.evaluate(
      (index, name, letters, widest) => {
        const anchor = document.querySelector(`a[name="table${index}"]`);
        const title = anchor?.querySelector('h1')?.textContent ?? '';
        const table = anchor?.nextElementSibling?.tagName === 'TABLE' ? anchor.nextElementSibling : anchor?.parentElement?.querySelector(`a[name="table${index}"] ~ table`);
        if (!table || !title.includes(name)) return false;
        // Only this sheet, as a grid with a sheet tab above it.
        document.body.replaceChildren();
        const style = document.createElement('style');
        style.textContent = `body { margin: 8px; font: 13px "Liberation Sans", Arial, sans-serif; background: #fff }
          .tab { display: inline-block; padding: 3px 12px; border: 1px solid #999; border-bottom: 0; background: #eef; font-weight: bold }
          col, colgroup { width: auto !important } table { border-collapse: collapse } td { border: 1px solid #ccc; padding: 2px 5px; max-width: ${widest}px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-size: 12px }
          tr:first-child td { white-space: normal; vertical-align: bottom } td font { font-size: 12px } .dd { color: #1a5fb4; font-weight: bold }`;
        const tab = document.createElement('div');
        tab.className = 'tab';
        tab.textContent = name;
        document.body.append(style, tab, table);
        const header = table.querySelector('tr');
        const cells = header ? [...header.children] : [];
        for (const letter of letters) {
          const i = [...letter].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
          const cell = cells[i];
          if (cell) cell.insertAdjacentHTML('beforeend', ' <span class="dd" title="drop-down list">▾</span>');
        }
        return true;
      },
      index,
      name,
      listColumns(index),
      widest,
    );
    if (!found) throw new Error(`sheet "${name}" not found as table${index} in LibreOffice's HTML`);
    const path = join(out, file);
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
    await page.close();
    // Fewer colours (ImageMagick, when installed): text on white needs few; the file gets smaller.
    spawnSync('convert', [path, '-colors', '64', '-strip', `PNG8:${path}`]);
    console.log(`${file}: ${(statSync(path).size / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
