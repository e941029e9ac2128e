import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessIndicator, formatNumber, safeParseResolution } from '../../src/index.js';

// Our own corpus of real target sentences (test/corpus/*.json): each one's wording, as a resolution
// or a report wrote it with the page's address, the encoding we give it, and where figures are known,
// the status the engine must compute. A change to the schema or the engine that breaks a real
// sentence shows up here.
const dir = new URL('../corpus/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

interface Entry {
  province: string;
  resolution: string;
  wording: string;
  url: string;
  unit?: string | null;
  indicator?: Record<string, unknown>;
  target: Record<string, unknown> & { value?: number | [number, number] };
  fit: 'faithful' | 'approximate' | 'none';
  note?: string;
  term?: { from: number; to: number };
  baseline?: { period: number; value: number };
  figures?: Record<string, unknown>[];
  expected?: string;
  hypothetical?: boolean;
}

/** One entry as a document of its own: the sentence as the indicator's title, the encoding as its target. */
function documentOf(e: Entry, term: { from: number; to: number }) {
  const indicator: Record<string, unknown> = { id: 'x', title: e.wording, ...e.indicator, target: e.target };
  if (e.unit) indicator.unit = e.unit;
  if (e.baseline) indicator.baseline = e.baseline;
  if (e.figures) indicator.observations = e.figures;
  const indicators: Record<string, unknown>[] = [indicator];
  // A relative target's reference series is part of the file.
  if (e.target.kind === 'relative') indicators.push({ id: e.target.reference, title: 'reference' });
  return { schemaVersion: '1.1', id: 'corpus', title: e.resolution, term, indicators };
}

/** The ways a number of the encoding may be written in the sentence: "10,5", "6.300", "1.000". */
const writings = (x: number) => [formatNumber(x, { lang: 'vi' }), String(x).replace('.', ','), String(x)];

for (const file of files) {
  const entries = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Entry[];
  const [, from, to] = /(\d{4})-(\d{4})/.exec(file) ?? [];
  const fileTerm = { from: Number(from ?? 2025), to: Number(to ?? 2030) };

  describe(`corpus ${file}`, () => {
    it('has real sentences with their addresses', () => {
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.wording.trim().length, e.wording).toBeGreaterThan(10);
        expect(e.url, e.wording).toMatch(/^https?:\/\/\S+$/);
        expect(['faithful', 'approximate', 'none']).toContain(e.fit);
        // A target we say we can express only in part says why.
        if (e.fit !== 'faithful') expect(e.note, e.wording).toBeTruthy();
      }
    });

    it('encodes every sentence as a valid schema 1.1 target', () => {
      const problems: string[] = [];
      for (const e of entries) {
        const r = safeParseResolution(documentOf(e, e.term ?? fileTerm), { lang: 'en' });
        if (!r.success) problems.push(`${e.wording}: ${r.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
      }
      expect(problems).toEqual([]);
    });

    it('takes the numbers of a faithful encoding from the sentence itself', () => {
      const missing: string[] = [];
      for (const e of entries) {
        if (e.fit !== 'faithful' || e.target.value === undefined) continue;
        const numbers = [...(Array.isArray(e.target.value) ? e.target.value : [e.target.value]), ...(typeof e.target.stretch === 'number' ? [e.target.stretch] : [])];
        const text = e.wording.replace(/\s+/g, ' ');
        // ("giảm 2%/năm" is a change of -2; "không còn hộ nghèo", none left, is 0)
        const said = (n: number) => writings(Math.abs(n)).some((w) => text.includes(w)) || (n === 0 && /không còn|xóa|xoá/.test(text));
        for (const n of numbers) if (!said(n)) missing.push(`${n} in "${e.wording}"`);
      }
      expect(missing).toEqual([]);
    });

    it('computes the expected status wherever the corpus gives figures', () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const e of entries) {
        if (!e.expected) continue;
        const r = safeParseResolution(documentOf(e, e.term ?? fileTerm));
        if (!r.success) continue; // reported by the test above
        const status = assessIndicator(r.data, 'x')!.status;
        checked++;
        if (status !== e.expected) wrong.push(`${e.wording}: ${status}, expected ${e.expected}`);
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
  });
}
