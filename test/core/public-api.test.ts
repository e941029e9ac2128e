import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';

// The elements are built on the core's public API only: every name they import from src/ is one
// that `import … from 'tn-indicators'` gives a developer. Values come from the barrels of the
// formatting and the progress engine; from the schema, only from its zod-free modules (parse and
// checks: the zod schemas would otherwise enter the embed, until issue 16's schema subpath).
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(?:\.\.\/)+src\/([^']+)'/g;
const PATHS = new Set(['index.js', 'format/index.js', 'progress/index.js', 'schema/parse.js', 'schema/checks.js']);

describe('the elements use only the public API of the core', () => {
  const imports = files('components').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap(([, typeOnly, names, path]) =>
      names!.split(',').map((n) => n.trim()).filter(Boolean).map((n) => ({ file, path: path!, type: !!typeOnly || n.startsWith('type '), name: n.replace(/^type\s+/, '').split(/\s+as\s+/)[0]! })),
    ),
  );

  it('imports from src/ only through the public modules', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect(imports.filter((i) => !PATHS.has(i.path)).map((i) => `${i.file}: ${i.path}`)).toEqual([]);
    // (types from the package's entry: erased, they cost nothing in a bundle)
    expect(imports.filter((i) => i.path === 'index.js' && !i.type).map((i) => `${i.file}: ${i.name}`)).toEqual([]);
  });

  it('every value imported is exported by tn-indicators', () => {
    const exported = new Set(Object.keys(core));
    expect(imports.filter((i) => !i.type && !exported.has(i.name)).map((i) => `${i.file}: ${i.name}`)).toEqual([]);
  });
});
