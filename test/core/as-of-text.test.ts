import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asOfText, assess, parseResolution } from '../../src/index.js';

const load = (name: string) => parseResolution(JSON.parse(readFileSync(`examples/data/${name}.json`, 'utf8')));

describe('asOfText: the date the data speaks for, on every element', () => {
  it('a file with no dates says the year', () => {
    const r = load('tp-thai-nguyen-2020-2025');
    expect(asOfText(r, assess(r).asOf, 'vi')).toBe('Số liệu đến năm 2023');
    expect(asOfText(r, assess(r).asOf, 'en')).toBe('Data up to 2023');
  });
  it('a date the page asked for is said as such, beside what the data speaks for', () => {
    const r = load('tp-thai-nguyen-2020-2025');
    expect(asOfText(r, 2021, 'vi', '2021')).toBe('Đánh giá tại 31/12/2021 · số liệu đến năm 2023');
    expect(asOfText(r, 2023, 'en', '2023-06-30')).toBe('Assessed at 30 Jun 2023 · data up to 2023');
  });
  it('a file with stated dates says the day', () => {
    const base = { schemaVersion: '1.0', id: 'x', title: 'X', term: { from: 2020, to: 2025 } };
    const r = parseResolution({ ...base, indicators: [{ id: 'a', title: 'A', observations: [{ period: 2023, value: 1, quality: 'estimated', reported: '2023-06-30' }] }] });
    expect(asOfText(r, 2023, 'vi')).toBe('Số liệu đến 30/6/2023');
    expect(asOfText(r, 2023, 'en')).toBe('Data as of 30 Jun 2023');
    // A stated date older than the latest year's figures does not speak for them.
    const older = parseResolution({ ...base, indicators: [{ id: 'a', title: 'A', observations: [{ period: 2022, value: 1, reported: '2022-03-01' }, { period: 2023, value: 1 }] }] });
    expect(asOfText(older, 2023, 'vi')).toBe('Số liệu đến năm 2023');
    expect(asOfText(parseResolution({ ...base, indicators: [{ id: 'a', title: 'A' }] }), null, 'vi')).toBe('');
  });
});
