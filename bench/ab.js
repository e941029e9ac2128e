// A/B of the 1,000-card page between builds of the embed, run interleaved in one browser so that a
// slow moment of the machine falls on all of them (how bench/history.md's newer rows were measured).
//
//   node bench/ab.js build <name>          esbuild the working tree's embed into .out/ab/<name>.js
//   node bench/ab.js compare <name> …      R rounds (default 7) of N cards (default 1,000) per build;
//                                          medians of the time until painted and of its phases
// Build A, change the code, build B, then compare A B. Needs `npm run bench` to have run once (the
// data file and this folder's packages). Prints figures; asserts nothing.
import { writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { freePort } from '../scripts/free-port.mjs';
import { buildEmbed } from './build-embed.js';
import { generate, median } from './generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const [command, ...names] = process.argv.slice(2);
const N = Number(process.env.N ?? 1000);
const R = Number(process.env.R ?? 7);

if (command === 'build' && names.length === 1) {
  await buildEmbed(`${root}bench/.out/ab/${names[0]}.js`);
} else if (command === 'compare' && names.length > 0) {
  const data = `${root}bench/.out/resolution-${N}.json`;
  if (!existsSync(data)) writeFileSync(data, JSON.stringify(generate(N)));
  const port = await freePort(8900);
  const server = await startDevServer({ config: { rootDir: root, port, nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const results = Object.fromEntries(names.map((n) => [n, []]));
  try {
    for (let r = 0; r < R; r++) {
      for (const name of names) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.setCacheEnabled(false);
        await page.goto(`http://localhost:${port}/bench/pages/tn.html?embed=/bench/.out/ab/${name}.js${process.env.FULL ? '&full' : ''}`);
        await page.waitForFunction(() => window.ready === true);
        const x = await page.evaluate((n, src) => window.bench(n, src), N, `/bench/.out/resolution-${N}.json`);
        if (x.errors.length) throw new Error(`${name}: ${x.errors[0]}`);
        results[name].push({ ms: x.ms, ...x.phases });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  for (const name of names) {
    const xs = results[name];
    const m = (k) => median(xs.map((x) => x[k])).toFixed(1);
    console.log(`${name.padEnd(14)} painted ${m('ms')} ms (file ${m('response')}, first tn-load ${m('firstLoad')}, last ${m('lastLoad')})   runs: ${xs.map((x) => x.ms.toFixed(0)).join(' ')}`);
  }
} else {
  console.log('usage: node bench/ab.js build <name> | compare <name> [<name> …]');
  process.exitCode = 2;
}
