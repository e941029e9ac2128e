// The embed's sources (components/embed.ts) bundled by esbuild alone, with the options tsup gives
// the embed: for builds the benchmark loads instead of dist/ (a valid source map, a variant to compare).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export function buildEmbed(outfile, { sourcemap = false } = {}) {
  return build({
    entryPoints: [`${root}components/embed.ts`],
    outfile,
    bundle: true,
    minify: true,
    sourcemap,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}
