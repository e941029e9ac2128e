// What a developer's bundler makes of the package: esbuild bundles `code` (imports of
// 'tn-indicators…', resolved through package.json's exports to dist/, as after `npm install`) for the
// browser, minified. Used by test/core/consumer-bundles.test.ts and bench/bundles.js.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<{ bytes: number, gzip: number, text: string, inputs: string[], warnings: string[] }>} */
export async function consumerBundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  return {
    bytes: output.contents.length,
    gzip: gzipSync(output.contents, { level: 9 }).length,
    text: output.text,
    // (only the files of which some code is kept)
    inputs: Object.entries(meta.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
    warnings: result.warnings.map((warning) => warning.text),
  };
}
