// The package as a consumer gets it: pack dist/ as `npm publish` would (the build has run), then
// `publint --strict` and `@arethetypeswrong/cli` (types for node16 CommonJS and ES modules, and for
// bundlers) on that tarball. Either tool's complaint fails the run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tn-pack-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  // --ignore-scripts: prepack would build again, and the build is what we check.
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir]));
  const tarball = join(dir, filename);
  process.stdout.write(run('npx', ['publint', '--strict', tarball]));
  // node10 (TypeScript's old `moduleResolution: node`) knows no `exports`: not a consumer we serve.
  // Not type entry points: the classic-script embed, the iframe page and its host script, the JSON
  // Schema and package.json; the ES-module embed (tn-indicators.js) has types for `import` only:
  // it is a browser script, never require()d.
  const notModules = ['./tn-indicators.js', './tn-indicators.iife.js', './frame.html', './frame-host.js', './schema.json', './package.json'];
  process.stdout.write(run('npx', ['attw', tarball, '--profile', 'node16', '--format', 'ascii', '--no-emoji', '--exclude-entrypoints', ...notModules]));
  console.log('package checks: publint --strict and attw (node16 CJS/ESM, bundler) clean');
} catch (error) {
  if (error.stdout) process.stdout.write(error.stdout);
  console.error('package checks failed');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
