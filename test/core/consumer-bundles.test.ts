import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { consumerBundle } from '../../scripts/consumer-bundle.mjs';

// The package as a developer's bundler sees it after `npm install tn-indicators` (dist/ through the
// exports map; `npm test` builds first): what an import costs, and that the bundler has nothing to
// warn about.
interface Bundle {
  bytes: number;
  gzip: number;
  text: string;
  inputs: string[];
  warnings: string[];
}
const bundle = (code: string): Promise<Bundle> => consumerBundle(code);

// dist's chunk that holds a module (tsup names each module in a comment above its code).
const dist = new URL('../../dist/', import.meta.url);
const chunkOf = (module: string) =>
  readdirSync(dist).find((file) => /^chunk-.*\.js$/.test(file) && readFileSync(new URL(file, dist), 'utf8').includes(`// ${module}\n`));

describe('the core in a developer bundle', () => {
  it('formatting alone brings no zod and no validator', async () => {
    const out = await bundle("import { formatValue } from 'tn-indicators'; console.log(formatValue(14800, { lang: 'vi' }));");
    expect(out.inputs.some((path) => path.includes('node_modules/zod'))).toBe(false);
    expect(out.text).not.toContain('_zod');
    // (the validator's messages: "Thiếu trường bắt buộc", escaped by the minifier)
    expect(out.text).not.toContain('Required field is missing');
    expect(out.warnings).toEqual([]);
  });

  it('validation and assessment bring no zod', async () => {
    const out = await bundle("import { safeParseResolution, assess } from 'tn-indicators'; console.log(safeParseResolution, assess);");
    expect(out.inputs.some((path) => path.includes('node_modules/zod'))).toBe(false);
    expect(out.text).toContain('Required field is missing');
    expect(out.warnings).toEqual([]);
  });

  it('tn-indicators/schema is where zod comes in', async () => {
    const out = await bundle("import { ResolutionSchema } from 'tn-indicators/schema'; console.log(ResolutionSchema);");
    expect(out.inputs.some((path) => path.includes('node_modules/zod'))).toBe(true);
  });
});

describe('one element class in a developer bundle', () => {
  const elements = { gauge: 'TnGauge', indicator: 'TnIndicator', timeline: 'TnTimeline', milestones: 'TnMilestones', resolution: 'TnResolution' } as const;
  const files = { gauge: 'gauge/tn-gauge', indicator: 'indicator/tn-indicator', timeline: 'timeline/tn-timeline', milestones: 'milestones/tn-milestones', resolution: 'resolution/tn-resolution' } as const;

  it('tn-indicators/gauge brings neither the timeline nor the milestones nor the resolution element', async () => {
    const out = await bundle("import { TnGauge } from 'tn-indicators/gauge'; console.log(TnGauge);");
    for (const other of ['timeline', 'milestones', 'resolution'] as const) {
      const chunk = chunkOf(`components/${files[other]}.ts`);
      expect(chunk, other).toBeDefined();
      expect(out.inputs.map((path) => path.split('/').pop())).not.toContain(chunk);
    }
    expect(out.warnings).toEqual([]);
  });

  it('each element entry exports its class, and registers no tag', async () => {
    for (const [entry, name] of Object.entries(elements)) {
      const module = (await import(`../../dist/${entry}.js`)) as Record<string, unknown>;
      expect(Object.keys(module), entry).toEqual([name]);
    }
    const source = readFileSync(new URL('../../dist/gauge.js', import.meta.url), 'utf8');
    expect(source).not.toContain('customElements.define');
  });
});

describe('require() and import give the same core', () => {
  it("require('tn-indicators') (the package's CommonJS build) has every name of the ES module, and works", async () => {
    const required = createRequire(import.meta.url)('tn-indicators') as Record<string, unknown> & { formatValue: (value: number, options: { lang: string }) => string };
    // (by its address: dist/ is built after the type check)
    const imported = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Record<string, unknown>;
    expect(Object.keys(required).sort()).toEqual(Object.keys(imported).sort());
    expect(required.formatValue(14800, { lang: 'vi' })).toBe('14.800');
    expect(Object.keys(required)).not.toContain('ResolutionSchema');
  });
});
