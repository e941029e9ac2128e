import { describe, expect, it } from 'vitest';
import { linear, niceTicks, tickStep } from '../../components/shared/linear.js';
import { barRect, linePath, timelineScales } from '../../components/timeline/timeline.geometry.js';

// Numbers in path strings are compared after parsing, never as exact float text.
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('linear scale and ticks', () => {
  it('maps a domain onto a range, including reversed ranges', () => {
    const y = linear([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
    expect(linear([3, 3], [0, 100])(3)).toBe(50);
  });

  it('ticks are 1, 2 or 5 times a power of ten and the domain is widened to them', () => {
    expect(tickStep(0, 37.27, 4)).toBe(10);
    expect(niceTicks(0, 37.27)).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(niceTicks(0, 0.9)).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceTicks(-1.5, 2).domain).toEqual([-2, 2]);
    expect(niceTicks(0, 0).domain).toEqual([0, 1]);
  });
});

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
