import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The embed budget: one <script> with every element must stay small for portals on slow phones
// (48 KB gzip for everything, d3 included: under half of an ECharts gauge alone).
// `npm test` builds before this runs; `npm run build` alone refreshes dist/.
const BUDGET = 48 * 1024;
const file = new URL('../../dist/tn-indicators.js', import.meta.url);

describe('dist/tn-indicators.js', () => {
  it('exists (run `npm run build`)', () => {
    expect(existsSync(file)).toBe(true);
  });

  it(`is at most ${BUDGET / 1024} KB gzip with every element in it`, () => {
    const code = readFileSync(file);
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`dist/tn-indicators.js: ${code.length} bytes, ${gzip} bytes gzip (budget ${BUDGET})`);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
    for (const tag of ['tn-gauge', 'tn-indicator', 'tn-timeline', 'tn-milestones', 'tn-resolution']) expect(code.toString()).toContain(`"${tag}"`);
  });

  // Validation walks a tree of plain data (no zod in the bundle, whose full build compiles parsers
  // with `new Function`); this keeps the bundle free of compiled code should that ever change.
  it('has no eval and no Function constructor (a strict Content-Security-Policy forbids both), and no zod', () => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toContain('_zod');
    expect(code).not.toMatch(/\beval\(/);
    expect(code).not.toMatch(/new Function\b|\bFunction\(/);
  });
});

describe('dist/tn-indicators.iife.js', () => {
  it('is a classic script (no import or export statements) with every element', () => {
    const code = readFileSync(new URL('../../dist/tn-indicators.iife.js', import.meta.url), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    for (const tag of ['tn-gauge', 'tn-indicator', 'tn-timeline', 'tn-milestones', 'tn-resolution']) expect(code).toContain(`"${tag}"`);
  });
});
