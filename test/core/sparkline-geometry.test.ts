import { describe, expect, it } from 'vitest';
import { sparkline } from '../../components/indicator/sparkline.geometry.js';

describe('sparkline', () => {
  it('places years evenly by year, values top to bottom, and dashes the projection', () => {
    const s = sparkline(
      [
        { period: 2021, value: 4.2, quality: 'actual' },
        { period: 2022, value: 4.3, quality: 'actual' },
        { period: 2025, value: 5.1, quality: 'projected' },
      ],
      120,
      32,
    );
    expect(s.points.map((p) => p.x)).toEqual([3, 31.5, 117]);
    expect(s.points[2]!.y).toBe(3);
    expect(s.points[0]!.y).toBe(29);
    expect(s.line).toBe(`M3,29L31.5,${s.points[1]!.y}`);
    expect(s.projected.startsWith('M31.5,')).toBe(true);
  });

  it('draws a dot at every figure, hollow where the figure is not final, each set as one path', () => {
    const s = sparkline(
      [
        { period: 2021, value: 1, quality: 'actual' },
        { period: 2022, value: 2, quality: 'estimated' },
        { period: 2023, value: 3, quality: 'actual' },
      ],
      120,
      32,
    );
    const dot = (x: number, y: number) => `M${x},${y}a2.5,2.5 0 1 0 5,0a2.5,2.5 0 1 0 -5,0`;
    expect(s.dots).toBe(dot(0.5, 29) + dot(114.5, 3));
    expect(s.hollowDots).toBe(dot(57.5, 16));
    expect(sparkline([{ period: 2021, value: 1, quality: 'actual' }, { period: 2022, value: 1, quality: 'actual' }], 120, 32).hollowDots).toBe('');
  });

  it('one point draws no line', () => {
    expect(sparkline([{ period: 2021, value: 1, quality: 'actual' }], 120, 32).line).toBe('');
  });
});

describe('sparkline with extreme figures', () => {
  it('never freezes, never gives NaN, keeps every point in its box', () => {
    const cases = [[1.7e308, -1.7e308], [Number.MAX_VALUE, Number.MAX_VALUE], [5e-324, 0], [0, 0], [-1e-320, 1e-320]];
    for (const [a, b] of cases) {
      const s = sparkline([{ period: 2021, value: a!, quality: 'actual' }, { period: 2022, value: b!, quality: 'estimated' }], 120, 32);
      for (const p of s.points) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y), `${a} ${b}`).toBe(true);
        expect(p.y).toBeGreaterThanOrEqual(3);
        expect(p.y).toBeLessThanOrEqual(29);
      }
      expect(s.line).not.toContain('NaN');
    }
  });
});
