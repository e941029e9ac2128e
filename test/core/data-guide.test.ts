import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseResolution } from '../../src/index.js';

// The data guide's examples are what a new data team copies: every JSON block in it must be JSON,
// and every whole document, indicator or target in it must validate as schema 1.1 (a block written
// to show a mistake says so just before it, with "sai"/"wrong"/"lỗi"/"error", and is skipped).
const guide = readFileSync('docs/data-guide.md', 'utf8');

function jsonBlocks(text: string): { line: number; code: string; before: string }[] {
  const lines = text.split('\n');
  const out: { line: number; code: string; before: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```jsonc?\s*$/.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    out.push({ line: start + 1, code: body.join('\n'), before: lines.slice(Math.max(0, start - 3), start).join(' ') });
  }
  return out;
}

/** The groups and sources an example names, so that a fragment is checked on its own. */
function named(v: unknown, key: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) named(x, key, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === key && typeof x === 'string' ? out.add(x) : named(x, key, out);
  return out;
}

/** A fragment as a whole document: a target, an indicator (or several), a source or a milestone. */
function asDocument(v: unknown, term: { from: number; to: number }): unknown {
  const items = Array.isArray(v) ? v : [v];
  if (!items.every((x) => x && typeof x === 'object')) return undefined;
  const first = items[0] as Record<string, unknown>;
  if ('schemaVersion' in first) return first;
  const doc: Record<string, unknown> = { schemaVersion: '1.1', id: 'guide', title: 'guide', term };
  if ('kind' in first) doc.indicators = [{ id: 'x', title: 'x', target: first }];
  else if ('due' in first || 'done' in first) (doc.milestones = items), (doc.indicators = [{ id: 'x', title: 'x' }]);
  else if ('url' in first || 'published' in first) (doc.sources = items), (doc.indicators = [{ id: 'x', title: 'x' }]);
  else if ('id' in first && 'title' in first) {
    const refs = [...named(items, 'reference')].filter((id) => !items.some((i) => (i as { id?: string }).id === id));
    doc.indicators = [...items, ...refs.map((id) => ({ id, title: 'ref' }))];
  } else return undefined;
  const sources = [...named(items, 'source')].filter((id) => !(doc.sources as { id: string }[] | undefined)?.some((s) => s.id === id));
  if (sources.length) doc.sources = [...((doc.sources as unknown[]) ?? []), ...sources.map((id) => ({ id, title: id }))];
  const groups = [...named(items, 'group')];
  if (groups.length) doc.groups = groups.map((id) => ({ id, title: id }));
  return doc;
}

const TERMS = [{ from: 2025, to: 2030 }, { from: 2020, to: 2025 }];

describe('docs/data-guide.md', () => {
  const blocks = jsonBlocks(guide).filter((b) => /^\s*[[{]/.test(b.code) && !b.code.includes('…'));
  it('has JSON examples', () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it('every JSON example parses, and every document, indicator or target in it validates', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const b of blocks) {
      let v: unknown;
      try {
        // (a block may list several indicators, separated by commas, as in a file's "indicators")
        v = JSON.parse(/^\s*\{[\s\S]*\}\s*,\s*\{/.test(b.code) ? `[${b.code}]` : b.code);
      } catch (e) {
        problems.push(`line ${b.line}: not JSON (${(e as Error).message})`);
        continue;
      }
      if (/\b(sai|wrong|lỗi|error|mistake|bị báo|refused|từ chối)\b/i.test(b.before)) continue;
      const docs = TERMS.map((term) => asDocument(v, term));
      if (docs[0] === undefined) continue;
      checked++;
      const results = docs.map((d) => safeParseResolution(d, { lang: 'en' }));
      if (!results.some((r) => r.success)) {
        const r = results[0]!;
        problems.push(`line ${b.line}: ${r.success ? '' : r.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });
});

describe('docs/data-guide.md pictures', () => {
  it('every picture it shows exists, and has words for a reader who cannot see it', () => {
    const pictures = [...guide.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1]!, path: m[2]! }));
    expect(pictures.length).toBeGreaterThan(0);
    for (const { alt, path } of pictures) {
      expect(existsSync(`docs/${path}`), path).toBe(true);
      expect(alt.length, path).toBeGreaterThan(20);
    }
  });
});
