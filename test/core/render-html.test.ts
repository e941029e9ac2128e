import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorHtml, scriptJson } from '../../components/render/ssr-indicator.js';
import { xml } from '../../components/render/indicator-svg.js';
import { runCli } from '../../src/cli/run.js';
import { localize } from '../../src/format/index.js';
import { parseResolution, type Resolution } from '../../src/index.js';
import { memoryIo } from './memory-io.js';

// tn-indicators render … --format html: <tn-indicator> pre-rendered with Lit SSR (declarative shadow
// DOM), its data inline. In-process (src/cli/run.ts), and the built dist/cli.js, where @lit-labs/ssr
// is bundled in.
const EXAMPLE = new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const load = (name: string) => parseResolution(JSON.parse(readFileSync(`examples/data/${name}`, 'utf8')));
const seed = load('tp-thai-nguyen-2020-2025.json');
const run = async (argv: string[], files?: Record<string, string>) => {
  const { io, out } = memoryIo(files);
  const code = await runCli(argv, io, '9.9.9');
  return { code, ...out };
};
/** The text of the shadow root's markup, tags and Lit's comments dropped. */
const shadowText = (html: string) => /<template shadowrootmode="open">([\s\S]*)<\/template>/.exec(html.replace(/ shadowroot="open"/, ''))![1]!
  .replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

describe('render --format html', () => {
  it('prints the element with its attributes, a declarative shadow root with styles, status and figure, and its data', async () => {
    const r = (await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html']));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const html = r.stdout;
    expect(html).toMatch(/^<tn-indicator indicator="poverty-rate" lang="vi"><template shadowroot="open" shadowrootmode="open"><style>\n:host\{display:block/);
    expect(html.trimEnd()).toMatch(/<\/template><script type="application\/json">\{[^<]*<\/script><span>Tỷ lệ hộ nghèo: 0,54% \(2023, ước\) — Đạt \(tạm tính\)<\/span><\/tn-indicator>$/);
    const text = shadowText(html);
    for (const words of ['Tỷ lệ hộ nghèo', '0,54%', 'Mục tiêu: không quá 0,9% vào năm 2025', 'Đạt (tạm tính)', 'Số liệu đến năm 2023']) expect(text).toContain(words);
    expect(html).toContain('role="meter"');
    expect(html).toContain('class="card s-achieved"');
    // (the card's shadow DOM only: no script in it, the one script is the data)
    expect(html.match(/<script/g)!.length).toBe(1);
    // The inline data: the document with this indicator only, valid, from which the same card is drawn.
    const data = parseResolution(JSON.parse(/<script type="application\/json">([^<]*)<\/script>/.exec(html)![1]!));
    expect(data.indicators.map((i) => i.id)).toEqual(['poverty-rate']);
    expect([data.id, data.term, data.sources]).toEqual([seed.id, seed.term, seed.sources]);
  });

  it('--lang en, --as-of and --out (written whole, said on stderr)', async () => {
    const en = (await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html', '--lang', 'en', '--as-of', '2022']));
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^<tn-indicator indicator="poverty-rate" as-of="2022" lang="en">/);
    // (as of 2022 the card has no figure for the term yet: the words say so, in English)
    for (const words of ['Poor household rate', 'Target: at most 0.9% by 2025', 'No data', 'Assessed at 31 Dec 2022']) expect(shadowText(en.stdout)).toContain(words);
    expect(en.stdout).toContain('class="card s-no-data"');
    const { io, out } = memoryIo();
    expect(await runCli(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html', '--out', 'card.html'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('Đã ghi card.html\n');
    expect(out.written.get('card.html')).toBe((await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html'])).stdout);
  });

  it('bad arguments: vi and en messages, the svg path\'s exit codes, nothing written', async () => {
    const unknown = (await run(['render', EXAMPLE, '--indicator', 'nope', '--format', 'html', '--out', 'x.html']));
    expect([unknown.code, unknown.written.size]).toEqual([1, 0]);
    expect(unknown.stderr).toMatch(/^Tệp không có chỉ tiêu "nope" \(có: agri-growth, /);
    expect((await run(['render', EXAMPLE, '--indicator', 'nope', '--format', 'html', '--lang', 'en'])).stderr).toMatch(/^The file has no indicator "nope" \(it has: agri-growth, /);
    const asOf = (await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html', '--as-of', '2023-13-01']));
    expect([asOf.code, asOf.stdout, asOf.stderr]).toEqual([2, '', '--as-of phải là một năm (2023) hoặc một ngày (2023-06-30)\n']);
    const format = (await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'png']));
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^--format của render là svg hoặc html\n/);
    expect((await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'png', '--lang', 'en'])).stderr).toMatch(/^render's --format is svg or html\n/);
    const noId = (await run(['render', EXAMPLE, '--format', 'html', '--lang', 'en']));
    expect([noId.code, noId.stderr.split('\n')[0]]).toEqual([2, 'Name the indicator: --indicator ID']);
    const invalid = (await run(['render', 'bad.json', '--indicator', 'x', '--format', 'html'], { 'bad.json': '{"schemaVersion":"1.0"}' }));
    expect([invalid.code, invalid.stdout]).toEqual([1, '']);
    const unreadable = (await run(['render', 'missing.json', '--indicator', 'x', '--format', 'html'], {}));
    expect([unreadable.code, unreadable.stdout]).toEqual([2, '']);
    for (const lang of ['vi', 'en']) expect((await run(['--help', '--lang', lang])).stdout).toContain('[--format svg|html]');
  });

  it('the built CLI (dist/cli.js, @lit-labs/ssr bundled) prints the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tn-render-html-'));
    const r = spawnSync(process.execPath, [CLI, 'render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html'], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_PATH: '' } });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe((await run(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'html'])).stdout);
  });
});

describe('indicatorHtml', () => {
  it('every indicator of every example data set: the card from its own document says what the card from the whole does', () => {
    for (const file of readdirSync('examples/data').filter((f) => f.endsWith('.json') && !f.startsWith('template'))) {
      const doc = load(file);
      for (const ind of doc.indicators) {
        const html = indicatorHtml(doc, ind.id, { asOf: '2023' })!;
        expect(html, `${file} ${ind.id}`).not.toMatch(/NaN|Infinity|undefined/);
        const inline = parseResolution(JSON.parse(/<script type="application\/json">([^<]*)<\/script>/.exec(html)![1]!));
        // (the same element given the whole document, as an editor's `src` would: the same words)
        expect(shadowText(indicatorHtml(inline, ind.id, { asOf: '2023' })!), `${file} ${ind.id}`).toBe(shadowText(html));
        expect(shadowText(html), `${file} ${ind.id}`).toContain(xml(localize(ind.title, 'vi')));
      }
    }
    expect(indicatorHtml(seed, 'no-such-id')).toBeUndefined();
  });

  it('text from the data is escaped, and the inline data cannot end its script', () => {
    const title = '</script><script>alert(1)</script> & "x" <!--';
    const hostile: Resolution = { ...seed, indicators: [{ ...seed.indicators[0]!, title }] };
    const html = indicatorHtml(hostile, seed.indicators[0]!.id)!;
    expect(html.match(/<script/g)!.length).toBe(1);
    expect(html.match(/<\/script>/g)!.length).toBe(1);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &lt;!--');
    // (in attributes too: the card's aria-label; and no comment at all, Lit's markers dropped)
    expect(html).toContain('aria-label="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &lt;!--"');
    expect(html).not.toContain('<!--');
    const json = /<script type="application\/json">([^<]*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).indicators[0].title).toBe(title);
    expect(scriptJson({ a: '<\u2028' })).toBe('{"a":"\\u003c\\u2028"}');
  });
});
