import { copyFileSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The embed: one file with everything (Lit, core, elements) for a <script> tag. Validation walks a
// tree generated from the zod schemas (src/schema/resolution.tree.ts): no zod in it.
const embed: Options = {
  entry: { 'tn-indicators': 'components/embed.ts' },
  platform: 'browser',
  target: 'es2022',
  // terser's compressor packs this bundle about 0.8 KB (gzip) tighter than esbuild's minifier.
  minify: 'terser',
  // sourceMap: tsup only keeps the source map right when terser is asked for one.
  terserOptions: { ecma: 2020, module: true, sourceMap: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, inline: 1 } },
  noExternal: [/.*/],
  // The milestones' time axis stays out of the embed (components/milestones/milestones.timeline.embed.ts).
  esbuildPlugins: [
    {
      name: 'embed-milestones-timeline',
      setup(build) {
        build.onResolve({ filter: /milestones\.timeline\.js$/ }, () => ({ path: new URL('./components/milestones/milestones.timeline.embed.ts', import.meta.url).pathname }));
        // (a scale's .tickFormat(), never called by the elements: components/shared/embed-d3/tick-format.ts)
        build.onResolve({ filter: /^\.\/tickFormat\.js$/ }, (args) =>
          /[\\/]d3-scale[\\/]/.test(args.importer) ? { path: new URL('./components/shared/embed-d3/tick-format.ts', import.meta.url).pathname } : undefined,
        );
      },
    },
  ],
  splitting: false,
  sourcemap: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Lit's BSD-3-Clause notices go to tn-indicators.js.LEGAL.txt, shipped beside the bundle.
  // esbuild's syntax pass before terser: about 0.1 KB (gzip) smaller than terser alone.
  esbuildOptions(options) {
    options.legalComments = 'external';
    options.minifySyntax = true;
    // d3-scale's generic interpolator (colours, strings: d3-color), its tick formats (d3-format,
    // d3-time-format) are never used by the elements: numbers in, numbers out, and every label is
    // formatted by the core; and InternMap, whose keys here are numbers and strings, is Map.
    // Stand-ins save about 6.5 KB gzip (components/shared/embed-d3/, held to the real modules in
    // test/core/embed-d3.test.ts). Developers' builds use the real d3.
    options.alias = {
      'd3-interpolate': './components/shared/embed-d3/interpolate.ts',
      'd3-format': './components/shared/embed-d3/format.ts',
      'd3-time-format': './components/shared/embed-d3/time-format.ts',
      // (scaleBand's domain is years and ids: numbers and strings, for which InternMap is Map)
      internmap: './components/shared/embed-d3/internmap.ts',
    };
  },
};

// For developers: one entry per element class too (tn-indicators/gauge …), so importing one does not
// bundle all five; `tn-indicators/schema` is the zod schemas, kept out of the core.
const LIBRARY = {
  index: 'src/index.ts',
  schema: 'src/schema/zod.ts',
  components: 'components/index.ts',
  define: 'components/define.ts',
  gauge: 'components/gauge/tn-gauge.ts',
  indicator: 'components/indicator/tn-indicator.ts',
  timeline: 'components/timeline/tn-timeline.ts',
  milestones: 'components/milestones/tn-milestones.ts',
  resolution: 'components/resolution/tn-resolution.ts',
};

export default defineConfig([
  {
    // For developers (npm install tn-indicators): the typed core, the element classes, and the
    // module that registers the tags. Dependencies stay external; shared code goes to chunks.
    entry: LIBRARY,
    // ES modules, and CommonJS (.cjs with .d.cts) for require() on every Node version and for
    // tools that resolve types as node16 CommonJS.
    format: ['esm', 'cjs'],
    // …and the embed's types (dist/tn-indicators.d.ts), for those who import the built file.
    dts: { entry: { ...LIBRARY, 'tn-indicators': 'components/embed.ts' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
  },
  {
    // The command line: npx tn-indicators validate|report|schema.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    // (a chunk for what only one command needs: Lit SSR, loaded by render --format html alone)
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli-[hash]';
    },
  },
  { ...embed, format: ['esm'] },
  // The iframe route (components/frame/): dist/frame.html loads the embed and frame.js, which puts
  // the one element named in its address on the page and posts its height to the host page;
  // dist/frame-host.js is the host page's listener for pages without the embed.
  {
    // (and json-text.js: the core's JSON slip finder, for the tag builder page's check)
    entry: { frame: 'components/frame/frame.ts', 'json-text': 'src/schema/json-text.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    noExternal: [/.*/],
    onSuccess: async () => {
      for (const file of ['frame.html', 'frame.css']) copyFileSync(`components/frame/${file}`, `dist/${file}`);
    },
  },
  // The tag builder page's fallback text (examples/builder.js): a card in one line, as the card says it.
  {
    entry: { summary: 'components/indicator/summary.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
  },
  {
    entry: { 'frame-host': 'components/frame/frame-host.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
  },
  // For CMSs that allow only classic scripts.
  { ...embed, format: ['iife'], outExtension: () => ({ js: '.iife.js' }) },
]);
