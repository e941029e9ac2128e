import { scaleUtc } from 'd3-scale';
import { endOfPeriod, startOfPeriod } from '../../src/progress/index.js';

/** A dated milestone as the axis needs it: its due and done dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), either may be missing. */
export interface AxisItem {
  due?: string | null | undefined;
  done?: string | null | undefined;
}

/** A period on the axis: left edge and width in px (at least MARK_WIDTH, centred on the period when it is shorter). */
export interface Span {
  x: number;
  width: number;
  /** Centre of the period. */
  cx: number;
}

export interface Lane {
  /** Baseline of the lane's label. */
  labelY: number;
  /** Centre line of the lane's marks. */
  y: number;
  due?: Span;
  done?: Span;
  /** From the due period's centre to the done period's centre, where both exist. */
  link?: { x1: number; x2: number };
  /** Where the state's mark goes: after the last mark, or before the first one near the right edge. */
  glyph?: { x: number; anchor: 'start' | 'end' };
}

export interface MilestoneAxis {
  width: number;
  height: number;
  left: number;
  right: number;
  lanes: Lane[];
  /** y of the axis line; tick labels sit below it. */
  axisY: number;
  /** Ticks at round dates, each with the date it stands for ("2023", "2023-08", "2023-08-15"). */
  ticks: { x: number; date: string }[];
  /** The as-of line: x, from y1 to y2, and how its label at the top is anchored so that it stays inside. */
  asOf?: { x: number; y1: number; y2: number; labelY: number; anchor: 'start' | 'middle' | 'end' };
}

/** Font size of every text on the axis, in px (viewBox = pixel size, so this is the size on screen). */
export const FONT_SIZE = 13;
/** The narrowest a mark is drawn, whatever its period: a day on a ten-year axis is still a mark. */
export const MARK_WIDTH = 10;
const LANE = 44;
const TOP = 26;
const AXIS = 30;
const SIDE = 8;
const DAY = 86_400_000;
// (room for a mark such as "✔!" after the last period)
const GLYPH_ROOM = 28;
// (dates outside years 1–9999 cannot be written as YYYY-MM-DD)
const MIN = utc('0001-01-01');
const MAX = utc('9999-12-31') + DAY;
// A shorter span is widened around its middle so that one day, or many on one day, gets an axis with ticks.
const MIN_SPAN = 60 * DAY;

/** Milliseconds of a YYYY-MM-DD date at 00:00 UTC; years 1–99 stay themselves (Date.UTC would take them for 1900–1999). */
export function utc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  return at.getTime();
}

/** The days a partial date covers, as [start, end) in ms: "2023" the year, "2023-08" the month, "2023-08-15" the day. */
export function periodRange(date: string): [number, number] {
  return [utc(startOfPeriod(date)), utc(endOfPeriod(date)) + DAY];
}

/** A rough width of a text in px (0.6 em a character): enough to keep labels apart and inside the box. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return [...text].length * fontSize * 0.6;
}

/** The text cut with "…" to fit a width (by textWidth). */
export function fitText(text: string, width: number, fontSize = FONT_SIZE): string {
  const chars = [...text];
  const room = Math.floor(width / (fontSize * 0.6));
  if (chars.length <= room) return text;
  return room <= 1 ? '…' : `${chars.slice(0, room - 1).join('').trimEnd()}…`;
}

const r = (n: number) => Math.round(n * 100) / 100;

/**
 * Lanes, one a milestone in the order given, on a time axis (d3's scaleUtc, nice) that holds every
 * due and done period and the as-of date (YYYY-MM-DD): a label line over each lane, marks on it,
 * ticks under the last lane. `asOfLabelWidth` keeps the as-of line's label inside the drawing.
 * Null when no milestone has a date and there is no as-of date, or the width leaves no room.
 */
export function milestoneAxis(items: readonly AxisItem[], asOf: string | null, width: number, asOfLabelWidth = 0): MilestoneAxis | null {
  const ranges = items.map((item) => ({ due: item.due ? periodRange(item.due) : undefined, done: item.done ? periodRange(item.done) : undefined }));
  const times = ranges.flatMap((x) => [...(x.due ?? []), ...(x.done ?? [])]);
  if (times.length === 0 || !(width > 2 * SIDE + MARK_WIDTH)) return null;
  const at = asOf ? utc(asOf) : undefined;
  if (at !== undefined && Number.isFinite(at)) times.push(at);
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  if (hi - lo < MIN_SPAN) {
    const mid = (lo + hi) / 2;
    lo = mid - MIN_SPAN / 2;
    hi = mid + MIN_SPAN / 2;
  }
  const left = SIDE;
  const right = SIDE;
  const inner = [left + MARK_WIDTH / 2, width - right - MARK_WIDTH / 2];
  const count = Math.max(2, Math.floor((width - left - right) / 110));
  const scale = scaleUtc().domain([new Date(Math.max(lo, MIN)), new Date(Math.min(hi, MAX))]).range(inner).nice(count);
  const [d0, d1] = scale.domain() as [Date, Date];
  scale.domain([new Date(Math.max(d0.getTime(), MIN)), new Date(Math.min(d1.getTime(), MAX))]);
  const x = (t: number) => r(scale(new Date(t)));
  const span = ([a, b]: [number, number]): Span => {
    const x0 = x(a);
    const x1 = x(b);
    const cx = r((x0 + x1) / 2);
    return x1 - x0 >= MARK_WIDTH ? { x: x0, width: r(x1 - x0), cx } : { x: r(cx - MARK_WIDTH / 2), width: MARK_WIDTH, cx };
  };
  const lanes = ranges.map((range, i): Lane => {
    const top = TOP + i * LANE;
    const lane: Lane = { labelY: top + FONT_SIZE + 2, y: top + 30 };
    if (range.due) lane.due = span(range.due);
    if (range.done) lane.done = span(range.done);
    if (lane.due && lane.done) lane.link = { x1: lane.due.cx, x2: lane.done.cx };
    const spans = [lane.due, lane.done].filter((s): s is Span => s !== undefined);
    if (spans.length) {
      const end = Math.max(...spans.map((s) => s.x + s.width));
      const start = Math.min(...spans.map((s) => s.x));
      lane.glyph = end + GLYPH_ROOM > width - right ? { x: r(start - 4), anchor: 'end' } : { x: r(end + 4), anchor: 'start' };
    }
    return lane;
  });
  const axisY = TOP + items.length * LANE + 4;
  const ticks = scale
    .ticks(count)
    .map((d) => ({ x: r(scale(d)), date: partialDate(d) }))
    .filter((t) => t.date !== '');
  const result: MilestoneAxis = { width, height: axisY + AXIS, left, right, lanes, axisY, ticks };
  if (at !== undefined && Number.isFinite(at)) {
    const ax = x(at);
    const half = asOfLabelWidth / 2;
    const anchor = ax - half < left ? 'start' : ax + half > width - right ? 'end' : 'middle';
    result.asOf = { x: ax, y1: TOP - 6, y2: axisY, labelY: FONT_SIZE + 2, anchor };
  }
  return result;
}

/** A tick's date as briefly as it is round: "2023" for 1 January, "2023-08" for the first of a month, else the day. */
function partialDate(d: Date): string {
  const y = d.getUTCFullYear();
  if (y < 1 || y > 9999) return '';
  const year = String(y).padStart(4, '0');
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (month === 1 && day === 1) return year;
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  return day === 1 ? mm : `${mm}-${String(day).padStart(2, '0')}`;
}
