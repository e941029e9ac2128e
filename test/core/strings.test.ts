import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_WORDS, cliCount, cliText, DOCUMENT_WORDS, fill, MESSAGES, NAMED_TYPE, NUMBER_WORDS, OTHER_TYPE, STRINGS, t, TYPE_WORDS, type Entry } from '../../src/format/strings.js';
import type { Lang } from '../../src/schema/messages.js';

const LANGS: Lang[] = ['vi', 'en'];
const root = new URL('../..', import.meta.url).pathname;

// Every table of the catalogue, by name, so that a failure says which entry.
const tables: Record<string, Record<string, Entry>> = {
  STRINGS,
  NUMBER_WORDS,
  MESSAGES: MESSAGES as Record<string, Entry>,
  TYPE_WORDS,
  DOCUMENT_WORDS,
  types: { NAMED_TYPE, OTHER_TYPE },
  CLI_WORDS,
};
const entries = Object.entries(tables).flatMap(([table, entries]) => Object.entries(entries).map(([key, entry]) => [`${table}.${key}`, entry] as const));

const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the string catalogue (src/format/strings.ts)', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(350);
  });

  it.each(entries)('%s has a non-empty string in every language', (_, entry) => {
    for (const lang of LANGS) {
      expect(typeof entry[lang]).toBe('string');
      expect(entry[lang].trim()).not.toBe('');
    }
  });

  it.each(entries)('%s has the same placeholders in every language', (_, entry) => {
    expect(holes(entry.en)).toEqual(holes(entry.vi));
  });

  it('has no entry twice in the same table', () => {
    for (const [name, table] of Object.entries(tables)) {
      const seen = new Map<string, string>();
      for (const [key, entry] of Object.entries(table)) {
        const pair = JSON.stringify([entry.vi, entry.en]);
        expect(seen.get(pair), `${name}.${key} repeats ${name}.${seen.get(pair)}`).toBeUndefined();
        seen.set(pair, key);
      }
    }
  });

  it('t fills every placeholder and leaves none unfilled', () => {
    expect(t('dueOn', 'vi', { date: '8/2023' })).toBe('Hạn: 8/2023');
    expect(t('dueOn', 'en', { date: 'Aug 2023' })).toBe('Due: Aug 2023');
    expect(fill(NUMBER_WORDS.rankOf, 'en', { n: 5, of: 34 })).toBe('rank 5 of 34');
    expect(t('summary', 'vi', { good: 3, total: 7 })).toBe('3/7 chỉ tiêu vượt, đạt hoặc đúng lộ trình');
    expect(t('retry', 'en')).toBe('Retry');
    // (any tag, as resolveLang reads it)
    expect(t('retry', 'en-GB')).toBe('Retry');
    expect(t('retry', 'vi-VN')).toBe('Thử lại');
    for (const [key, entry] of Object.entries(STRINGS) as [keyof typeof STRINGS, Entry][]) {
      const params = Object.fromEntries(holes(entry.vi).map((h) => [h, `<${h}>`]));
      for (const lang of LANGS) {
        const text = (t as (key: string, lang: string, params?: object) => string)(key, lang, params);
        expect(text, `${key} (${lang})`).not.toMatch(/\{\w+\}/);
        for (const h of holes(entry[lang])) expect(text).toContain(`<${h}>`);
      }
    }
  });

  it('cliText fills the command line\'s words the same way, and counts take their plural', () => {
    expect(cliText('line', 'vi', { n: 7 })).toBe('dòng 7');
    expect(cliText('sheet.row', 'en', { n: 7 })).toBe('row 7');
    expect(cliCount('problem', 1, 'en')).toBe('1 problem');
    expect(cliCount('problem', 2, 'en')).toBe('2 problems');
    expect(cliCount('problem', 2, 'vi')).toBe('2 lỗi');
    for (const [key, entry] of Object.entries(CLI_WORDS) as [keyof typeof CLI_WORDS, Entry][]) {
      const params = Object.fromEntries(holes(entry.vi).map((h) => [h, `<${h}>`]));
      for (const lang of LANGS) {
        const text = (cliText as (key: string, lang: Lang, params?: object) => string)(key, lang, params);
        expect(text, `${key} (${lang})`).not.toMatch(/\{\w+\}/);
        for (const h of holes(entry[lang])) expect(text).toContain(`<${h}>`);
      }
    }
  });

  it('fills a value as it is, never reading placeholders or $ patterns inside it', () => {
    expect(fill(STRINGS['not-found'], 'en', { n: '{g} $& $1' })).toBe('No indicator "{g} $& $1" in the data file');
  });

  it('reads English for a language an entry lacks (callers without types), as before', () => {
    expect(fill(STRINGS.retry, 'fr' as Lang)).toBe('Retry');
  });
});

// The rule stays true: words are picked by looking them up in the catalogue, never by a ternary on
// the language nor by a call that takes a Vietnamese and an English string.
describe('no source file picks words with a ternary on the language or a pair of strings', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(path);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'components'));
  // The workbook's layout is a file format, not words in the reader's language: every workbook names
  // its columns in Vietnamese with the key beside them, and its sheet "Hướng dẫn" explains each column
  // in a Vietnamese and an English column side by side, whatever --lang says.
  const EXEMPT = ['src/format/strings.ts', 'src/cli/workbook-layout.ts'];
  const scanned = files.filter((f) => !EXEMPT.includes(relative(root, f)));

  // `lang === 'vi' ? 'Mục tiêu' …`, `vi ? 'Nguồn: ' …`, `: vi ? \`…\``, a `[vi: string, en: string]` tuple;
  // not a choice between language codes (`=== 'en' ? 'en' : 'vi'`) or between computations (number formats).
  const TERNARY = /(?:[!=]==?\s*'(?:vi|en)'|\bvi)\s*\?\s*\(?\s*(['"`])(?!(?:vi|en)\1)/;
  const TUPLE = /\[\s*vi\s*:\s*string\s*,\s*en\s*:\s*string\s*\]/;
  // `t(lang, 'dòng 7', 'line 7')`, `say(lang, \`…\`, \`…\`)`: a language, then two strings.
  const PAIR = /\b\w+\(\s*lang\s*,\s*(['"`])/;

  it('scans the sources', () => {
    expect(scanned.length).toBeGreaterThan(50);
  });

  it('finds none in src/ and components/', () => {
    const found: string[] = [];
    for (const file of scanned) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (TERNARY.test(line) || TUPLE.test(line) || PAIR.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would find one', () => {
    expect(TERNARY.test("const head = lang === 'vi' ? 'Tệp' : 'File';")).toBe(true);
    expect(TERNARY.test("${vi ? 'Nguồn: ' : 'Source: '}")).toBe(true);
    expect(TERNARY.test('x : vi ? `Hạn: ${d}` : `Due: ${d}`')).toBe(true);
    expect(TERNARY.test("(flag ?? 'vi') === 'en' ? 'en' : 'vi'")).toBe(false);
    expect(PAIR.test("parts.push(t(lang, `dòng ${p.row}`, `row ${p.row}`));")).toBe(true);
    expect(PAIR.test("note(t(lang, 'tệp rỗng', 'the file is empty'))")).toBe(true);
    expect(PAIR.test("cliText('sheet.row', lang, { n: p.row })")).toBe(false);
  });
});
