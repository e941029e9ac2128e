import { describe, expect, it } from 'vitest';
import { FONT_SIZE, fitText, MARK_WIDTH, milestoneAxis, periodRange, textWidth, utc, type MilestoneAxis } from '../../components/milestones/milestones.geometry.js';

const DAY = 86_400_000;

/** Every number the drawing holds is finite and every x inside the drawing. */
function sane(a: MilestoneAxis): void {
  const xs = [
    ...a.ticks.map((t) => t.x),
    ...a.lanes.flatMap((l) => [l.due?.x, l.due && l.due.x + l.due.width, l.done?.x, l.done && l.done.x + l.done.width, l.link?.x1, l.link?.x2]),
    a.asOf?.x,
  ].filter((x): x is number => x !== undefined);
  for (const x of [...xs, a.height, a.axisY, ...a.lanes.flatMap((l) => [l.y, l.labelY])]) expect(Number.isFinite(x)).toBe(true);
  for (const x of xs) {
    expect(x).toBeGreaterThanOrEqual(a.left - 0.01);
    expect(x).toBeLessThanOrEqual(a.width - a.right + 0.01);
  }
}

describe('utc and periodRange', () => {
  it('reads years 1-99 as themselves and partial dates as their whole period', () => {
    expect(new Date(utc('0001-01-01')).getUTCFullYear()).toBe(1);
    expect(new Date(utc('0099-06-15')).toISOString()).toBe('0099-06-15T00:00:00.000Z');
    expect(periodRange('2023').map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2023-01-01', '2024-01-01']);
    expect(periodRange('2023-08').map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2023-08-01', '2023-09-01']);
    expect(periodRange('2024-02')[1] - periodRange('2024-02')[0]).toBe(29 * DAY);
    expect(periodRange('2023-08-15')[1] - periodRange('2023-08-15')[0]).toBe(DAY);
  });
});

describe('fitText', () => {
  it('keeps a text that fits, cuts one that does not with an ellipsis', () => {
    expect(fitText('Cầu Huống Thượng', 500)).toBe('Cầu Huống Thượng');
    const cut = fitText('Cầu Huống Thượng (Dự án Phát triển tổng hợp đô thị động lực – thành phố Thái Nguyên)', 200);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(200);
    expect(fitText('abc', 1)).toBe('…');
  });
});

describe('milestoneAxis', () => {
  const items = [{ due: '2021', done: '2021-06' }, { due: '2021-06', done: '2022-03' }, { due: '2023-08' }, { done: '2024-05-10' }];
  const a = milestoneAxis(items, '2023-12-31', 800, 150)!;

  it('one lane a milestone, in order, with marks at x ordered by date', () => {
    sane(a);
    expect(a.lanes).toHaveLength(4);
    expect(a.lanes.map((l) => l.y)).toEqual([...a.lanes.map((l) => l.y)].sort((p, q) => p - q));
    const x = (l: (typeof a.lanes)[number]) => (l.due ?? l.done)!.x;
    expect(x(a.lanes[0]!)).toBeLessThan(x(a.lanes[1]!));
    expect(x(a.lanes[1]!)).toBeLessThan(x(a.lanes[2]!));
    expect(x(a.lanes[2]!)).toBeLessThan(x(a.lanes[3]!));
    expect(a.asOf!.x).toBeGreaterThan(a.lanes[2]!.due!.x);
    expect(a.asOf!.x).toBeLessThan(a.lanes[3]!.done!.x);
    expect(a.height).toBeGreaterThan(a.axisY);
  });

  it('a year is as wide as its twelve months; a month is a month; a day is at least a mark wide', () => {
    const year = a.lanes[0]!.due!;
    const month = a.lanes[2]!.due!;
    expect(year.width / month.width).toBeCloseTo(365 / 31, 0);
    expect(a.lanes[3]!.done!.width).toBe(MARK_WIDTH);
  });

  it('links due and done where both exist: done after due is to the right (late)', () => {
    expect(a.lanes[1]!.link!.x2).toBeGreaterThan(a.lanes[1]!.link!.x1);
    expect(a.lanes[0]!.link!.x2).toBeLessThan(a.lanes[0]!.link!.x1);
    expect(a.lanes[2]!.link).toBeUndefined();
  });

  it('ticks are round dates (d3 nice), ordered, inside the drawing', () => {
    expect(a.ticks.length).toBeGreaterThanOrEqual(2);
    expect(a.ticks.map((t) => t.x)).toEqual([...a.ticks.map((t) => t.x)].sort((p, q) => p - q));
    for (const t of a.ticks) expect(t.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(a.ticks.map((t) => t.date)).toContain('2022');
  });

  it('follows the width: twice as wide, twice as far apart', () => {
    const b = milestoneAxis(items, '2023-12-31', 1600, 150)!;
    const gap = (m: MilestoneAxis) => m.lanes[2]!.due!.cx - m.lanes[0]!.due!.cx;
    expect(gap(b) / gap(a)).toBeCloseTo((1600 - 16 - MARK_WIDTH) / (800 - 16 - MARK_WIDTH), 1);
  });

  it('the as-of label is anchored to stay inside: at the start, middle or end', () => {
    expect(milestoneAxis([{ due: '2023' }], '2010-01-01', 800, 150)!.asOf!.anchor).toBe('start');
    expect(milestoneAxis([{ due: '2023' }], '2040-01-01', 800, 150)!.asOf!.anchor).toBe('end');
    expect(milestoneAxis([{ due: '2010' }, { due: '2029' }], '2020-01-01', 800, 150)!.asOf!.anchor).toBe('middle');
  });

  it('the mark of a lane near the right edge goes before it', () => {
    const b = milestoneAxis([{ due: '2010' }, { due: '2029' }], null, 800)!;
    expect(b.lanes[0]!.glyph!.anchor).toBe('start');
    expect(b.lanes[1]!.glyph!.anchor).toBe('end');
    expect(b.asOf).toBeUndefined();
  });

  it('degenerate: all on one day, one milestone', () => {
    const same = milestoneAxis([{ due: '2023-08-15' }, { due: '2023-08-15', done: '2023-08-15' }], '2023-08-15', 600)!;
    sane(same);
    expect(same.ticks.length).toBeGreaterThanOrEqual(2);
    expect(same.lanes[0]!.due!.x).toBe(same.lanes[1]!.due!.x);
    expect(same.asOf!.x).toBeGreaterThan(same.left);
    const one = milestoneAxis([{ due: '2025' }], null, 480)!;
    sane(one);
    expect(one.lanes).toHaveLength(1);
    expect(one.ticks.length).toBeGreaterThanOrEqual(2);
  });

  it('extreme: years 0001 and 9999, at once and alone', () => {
    const wide = milestoneAxis([{ due: '0001' }, { due: '9999-12-31' }], '5000-06-30', 800, 150)!;
    sane(wide);
    expect(wide.lanes[0]!.due!.x).toBeLessThan(wide.lanes[1]!.due!.x);
    expect(wide.ticks.length).toBeGreaterThanOrEqual(2);
    expect(wide.ticks.length).toBeLessThan(50);
    for (const dates of [[{ due: '0001-01-01' }], [{ done: '9999-12-31' }], [{ due: '9999' }]]) {
      const edge = milestoneAxis(dates, null, 500)!;
      sane(edge);
      for (const t of edge.ticks) expect(t.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('only undated milestones, or no room: no axis', () => {
    expect(milestoneAxis([{}, { due: null, done: null }], '2023-12-31', 800)).toBeNull();
    expect(milestoneAxis([], '2023-12-31', 800)).toBeNull();
    expect(milestoneAxis([{ due: '2023' }], null, 0)).toBeNull();
    expect(milestoneAxis([{ due: '2023' }], null, Number.NaN)).toBeNull();
  });

  it('text stays at least 12 px', () => {
    expect(FONT_SIZE).toBeGreaterThanOrEqual(12);
  });
});
