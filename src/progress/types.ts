import type { Quality } from '../schema/indicator.js';
import type { Period, Text } from '../schema/primitives.js';
import type { VerdictValue } from '../schema/resolution.js';

export const STATUSES = ['exceeded', 'achieved', 'on-track', 'behind', 'far-behind', 'regressing', 'missed', 'no-data', 'no-target'] as const;
export type Status = (typeof STATUSES)[number];

/** Cut-offs of the pace ratio R (Eurostat / Open SDG): R ≥ onTrack on track, ≥ behind behind, ≥ farBehind far behind, below regressing. */
export interface Thresholds {
  onTrack: number;
  behind: number;
  farBehind: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ onTrack: 0.95, behind: 0.6, farBehind: 0 });

export interface AssessOptions {
  /** A year (2023) or an ISO date ("2023-06-30"); indicators use its year, milestones its date. */
  asOf?: number | string;
  thresholds?: Partial<Thresholds>;
}

export interface LatestValue {
  period: Period;
  value: number;
  quality: Quality;
  approx?: 'about' | 'over' | 'under';
  /** The whole this figure counts from, where the figure gives its own (schema 1.1). */
  outOf?: number;
  /** An estimate known before its year ended: a forecast. */
  forecast?: true;
}

export interface PeriodResult {
  period: number;
  value: number;
  met: boolean;
}

/** Why a status is what it is, as a stable code (labels come from the format module). */
export type Reason =
  | 'no-baseline'
  | 'no-observations'
  | 'non-positive-values'
  | 'baseline-equals-target'
  | 'missing-years'
  | 'series-break';

/** The body's own verdict on an indicator (schema 1.1 `verdicts`), beside the computed status. */
export interface VerdictAssessment {
  verdict?: VerdictValue;
  text?: Text;
  source: string;
  date?: string;
  quality?: Quality;
  /** Whether the verdict and the computed status say the same (met, partly met, not met); null when either has nothing to compare. */
  agrees: boolean | null;
}

export interface IndicatorAssessment {
  id: string;
  status: Status;
  /** True when the target year has a usable value: the status will not change with more years. */
  final: boolean;
  latest: LatestValue | null;
  /** Share of the way from baseline to target (1 = reached); null where it has no meaning. */
  progress: number | null;
  /** The pace ratio R that classifies an unfinished indicator. */
  pace: number | null;
  /**
   * The figure the target is judged on: the latest value (level, annual), the average so far
   * (average-growth, average-change) or the sum so far (cumulative). What a gauge shows.
   */
  current?: number | null;
  /** Sum of the yearly values so far (cumulative targets). */
  total?: number | null;
  /** Average so far (average-growth: % a year; average-change: change a year). */
  average?: number | null;
  /** What each remaining year needs (average-growth: % a year; cumulative: amount a year). */
  required?: number | null;
  /** Value expected at the target year: the engine's continuation, or the official projection. */
  projected?: number | null;
  /** Yearly results (annual targets: met or missed each year). */
  periods?: PeriodResult[];
  /** Extra explanation; for missing years, `reason` is "missing-years" and `missing` lists them. */
  reason?: Reason;
  missing?: number[];
  /** The target year used (the target's `by`, else the end of the term). */
  by?: number;
  /** Present (true) when the status rests on figures that are not final: estimates, preliminary figures, forecasts. */
  provisional?: true;
  /** The body's own latest verdict on this indicator, when the file records one. */
  verdict?: VerdictAssessment;
}

export const MILESTONE_STATES = ['done', 'overdue', 'unreported', 'upcoming', 'cancelled'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export interface MilestoneAssessment {
  id: string;
  state: MilestoneState;
  /** For a done milestone with a due date: whether it was done by the end of the due period. */
  onTime?: boolean;
  due: string | null;
  done: string | null;
}

export interface ResolutionAssessment {
  /** The year the indicators were assessed at (null when nothing is observed). */
  asOf: number | null;
  /** The date milestones were assessed at (YYYY-MM-DD): by default the date the data speaks for. */
  asOfDate: string | null;
  /** The latest date the data speaks for (dataDate), whatever `asOf` was asked for. */
  dataDate: string | null;
  indicators: IndicatorAssessment[];
  milestones: MilestoneAssessment[];
  summary: { total: number; counts: Record<Status, number> };
  /** The body's own latest verdict on the whole resolution (schema 1.1 `verdicts`), when the file has one. */
  verdict?: VerdictAssessment;
  /** The body's own latest verdict on each group that has one, by group id. */
  groupVerdicts?: Record<string, VerdictAssessment>;
}
