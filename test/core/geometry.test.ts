import { describe, expect, it } from 'vitest';
import { axisNumber } from '../../components/timeline/timeline.view.js';
import { bandPath, barRect, chartHeight, linePath, timelineLayout, timelineScales, valueDomain, yearLabels } from '../../components/timeline/timeline.geometry.js';

// Numbers in path strings are compared after parsing, never as exact float text.
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('timeline geometry', () => {
  const frame = { width: 600, height: 240, top: 12, right: 12, bottom: 28, left: 48 };
  const s = timelineScales([2020, 2021, 2022, 2023, 2024, 2025], [4.2, 4.3, 5], frame);

  it('gives each year an equal band and includes zero in the value scale', () => {
    expect(s.bandwidth).toBeCloseTo(((600 - 12 - 48) / 6) * 0.75, 1);
    expect(s.x(2021) - s.x(2020)).toBeCloseTo((600 - 12 - 48) / 6, 1);
    expect(s.cx(2020)).toBeCloseTo(48 + 45, 1);
    expect(s.ticks[0]).toBe(0);
    expect(s.baseline).toBe(212);
  });

  it('bars rise from the zero line; negative values hang below it', () => {
    const up = barRect(s, 2021, 4);
    expect(up.y + up.height).toBeCloseTo(s.baseline, 5);
    const neg = timelineScales([2021], [-2, 4], frame);
    const down = barRect(neg, 2021, -2);
    expect(down.y).toBeCloseTo(neg.baseline, 5);
    expect(down.height).toBeGreaterThan(0);
  });

  it('linePath joins band centres; fewer than two points draw nothing', () => {
    expect(numbers(linePath(s, [{ year: 2021, value: 5 }, { year: 2025, value: 5 }]))).toEqual([s.cx(2021), s.y(5), s.cx(2025), s.y(5)]);
    expect(linePath(s, [{ year: 2021, value: 5 }])).toBe('');
  });
});

describe('timeline geometry: d3 scales, paths, layout', () => {
  const frame = { width: 600, height: 240, top: 12, right: 12, bottom: 28, left: 48 };
  const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const s = timelineScales(years(2020, 2025), [4.2, 4.3, 5], frame);
  const finite = (d: string) => !/NaN|Infinity|undefined/.test(d) && numbers(d).every(Number.isFinite);

  it('ticks are round (d3 nice), cover the values, and stand at least 20 px apart', () => {
    for (const height of [180, 200, 240, 320]) {
      const t = timelineScales(years(2020, 2025), [0.54, 0.9, 2], { ...frame, height });
      expect(t.ticks[0]).toBe(0);
      expect(t.ticks[t.ticks.length - 1]).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < t.ticks.length; i++) expect(Math.abs(t.y(t.ticks[i]!) - t.y(t.ticks[i - 1]!))).toBeGreaterThanOrEqual(20);
    }
    expect(timelineScales([2021], [0, 0.9], frame).tickDecimals).toBe(1);
    expect(timelineScales([2021], [0, 14800], frame).tickDecimals).toBe(0);
  });

  it('a range and a stretch are bands between two lines (d3 area), closed, at the band centres', () => {
    const low = [{ year: 2021, value: 8 }, { year: 2025, value: 8 }];
    const high = [{ year: 2021, value: 8.5 }, { year: 2025, value: 8.5 }];
    const d = bandPath(s, low, high);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const n = numbers(d);
    expect(n).toEqual([s.cx(2021), s.y(8.5), s.cx(2025), s.y(8.5), s.cx(2025), s.y(8), s.cx(2021), s.y(8)]);
    expect(bandPath(s, low.slice(0, 1), high.slice(0, 1))).toBe('');
  });

  it('a year off the axis or a value that is not a number is left out of a line', () => {
    expect(linePath(s, [{ year: 1990, value: 1 }, { year: 2021, value: 5 }])).toBe('');
    expect(numbers(linePath(s, [{ year: 2021, value: 5 }, { year: 2022, value: Number.NaN }, { year: 2023, value: 4 }]))).toEqual([s.cx(2021), s.y(5), s.cx(2023), s.y(4)]);
  });

  it('height follows width: 0.55 of it, between 180 and 320', () => {
    expect(chartHeight(320)).toBe(180);
    expect(chartHeight(400)).toBe(220);
    expect(chartHeight(1200)).toBe(320);
  });

  it('labels every year when there is room, else every 2nd or 5th from the term start, the term ends always, never two within 40 px', () => {
    const wide = timelineScales(years(2020, 2025), [1], { ...frame, width: 600 });
    expect(yearLabels(wide, 2020, 2025)).toEqual(years(2020, 2025));
    for (const [width, a, b, from, to] of [[320, 2020, 2030, 2020, 2030], [320, 2025, 2030, 2025, 2030], [320, 2015, 2030, 2020, 2025], [360, 2010, 2030, 2020, 2030], [200, 2020, 2025, 2020, 2025]] as const) {
      const t = timelineScales(years(a, b), [1], { ...frame, width, left: 40, right: 8 });
      const shown = yearLabels(t, from, to);
      expect(shown).toContain(from);
      expect(shown).toContain(to);
      for (let i = 1; i < shown.length; i++) expect(t.cx(shown[i]!) - t.cx(shown[i - 1]!), `${width}: ${shown.join(',')}`).toBeGreaterThanOrEqual(40);
    }
    const eleven = timelineScales(years(2020, 2030), [1], { ...frame, width: 320, left: 40, right: 8 });
    expect(yearLabels(eleven, 2020, 2030)).toEqual([2020, 2022, 2024, 2026, 2028, 2030]);
  });

  it('the layout makes room on the left for the widest tick label', () => {
    const format = (t: number, d: number) => axisNumber(t, d, 'vi');
    const small = timelineLayout({ width: 320, years: years(2020, 2025), values: [4.2], termFrom: 2020, termTo: 2025, format });
    const big = timelineLayout({ width: 320, years: years(2020, 2025), values: [14800000], termFrom: 2020, termTo: 2025, format });
    expect(small.frame).toMatchObject({ width: 320, height: 180 });
    expect(big.frame.left).toBeGreaterThan(small.frame.left);
    expect(big.ticks.map((t) => t.text)).toContain('10.000.000');
    expect(small.scales.x(2020)).toBeGreaterThanOrEqual(small.frame.left);
  });

  it('extreme values: finite coordinates and paths, no freeze (±1.7e308, 5e-324, all equal, one year, no years, no values)', () => {
    const format = (t: number, d: number) => axisNumber(t, d, 'en');
    const cases: [number[], number[]][] = [
      [years(2020, 2025), [1.7e308, -1.7e308, 5e-324]],
      [years(2020, 2025), [1.7e308, 1.7e308]],
      [years(2020, 2025), [-1.7e308]],
      [years(2020, 2025), [5e-324, 0]],
      [years(2020, 2025), [-5e-324, 5e-324]],
      [years(2020, 2025), [3, 3, 3]],
      [years(2020, 2025), [0, 0]],
      [years(2020, 2025), [1e-250, 2e-250]],
      [years(2020, 2025), [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
      [[2023], [4.2]],
      [[], []],
      [years(1900, 2100), [1, 2]],
    ];
    for (const [ys, values] of cases) {
      const started = Date.now();
      for (const width of [120, 320, 360, 1200]) {
        const l = timelineLayout({ width, years: ys, values, termFrom: ys[0] ?? 2020, termTo: ys[ys.length - 1] ?? 2025, format });
        const t = l.scales;
        expect(t.ticks.length, String(values)).toBeGreaterThan(0);
        expect(t.ticks.length).toBeLessThan(20);
        for (const k of l.ticks) {
          expect(Number.isFinite(k.y)).toBe(true);
          expect(k.text).not.toMatch(/NaN|Infinity|—/);
          expect(k.text.length).toBeLessThan(20);
        }
        expect(new Set(l.ticks.map((k) => k.text)).size, l.ticks.map((k) => k.text).join(' ')).toBe(l.ticks.length);
        expect(Number.isFinite(t.baseline)).toBe(true);
        const points = ys.map((year, i) => ({ year, value: values[i % Math.max(1, values.length)] ?? 0 }));
        for (const p of points) {
          const r = barRect(t, p.year, p.value);
          for (const n of [r.x, r.y, r.width, r.height]) expect(Number.isFinite(n)).toBe(true);
          expect(r.height).toBeGreaterThanOrEqual(0);
        }
        const d = linePath(t, points);
        expect(finite(d)).toBe(true);
        expect(finite(bandPath(t, points, points.map((p) => ({ ...p, value: -p.value }))))).toBe(true);
        for (let i = 1; i < l.yearLabels.length; i++) expect(t.cx(l.yearLabels[i]!) - t.cx(l.yearLabels[i - 1]!)).toBeGreaterThan(0);
      }
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(valueDomain([5e-324])).toEqual([0, 1]);
    expect(valueDomain([1.7e308, -1.7e308])).toEqual([-1e307, 1e307]);
    expect(axisNumber(1e307, 0, 'vi')).toBe('1e+307');
    expect(axisNumber(1.5e-250, 251, 'vi')).toBe('1,5e-250');
    expect(axisNumber(0, 251, 'en')).toBe('0');
    expect(axisNumber(0.25, 2, 'vi')).toBe('0,25');
  });
});

