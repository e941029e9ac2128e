import * as z from 'zod/mini';
import { BODY_LEVELS, MILESTONE_STATUSES, SCHEMA_VERSIONS, VERDICTS } from './vocabulary.js';
import { isFilled } from './checks.js';
import { IndicatorSchema, QualitySchema } from './indicator.js';
import { IsoDateSchema, PartialDateSchema, PeriodSchema, SlugSchema, TextSchema, UrlSchema, YearSchema } from './primitives.js';


export const BodyLevelSchema = z.enum(BODY_LEVELS, { error: 'level' });

export const BodySchema = z.strictObject({
  name: TextSchema,
  level: z.optional(BodyLevelSchema),
  code: z.optional(z.string({ error: 'text' })),
  validFrom: z.optional(IsoDateSchema),
  validTo: z.optional(IsoDateSchema),
  /** Schema 1.1: the unit that took over once this one ceased (validTo), e.g. after a merger. */
  successor: z.optional(TextSchema),
});

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  title: TextSchema,
  url: z.optional(UrlSchema),
  published: z.optional(IsoDateSchema),
});

export const GroupSchema = z.strictObject({
  id: SlugSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
});

export const MilestoneStatusSchema = z.enum(MILESTONE_STATUSES, { error: 'milestoneStatus' });

export const MilestoneSchema = z.strictObject({
  id: SlugSchema,
  title: TextSchema,
  group: z.optional(SlugSchema),
  due: z.optional(PartialDateSchema),
  done: z.optional(PartialDateSchema),
  status: z.optional(MilestoneStatusSchema),
  source: z.optional(SlugSchema),
  note: z.optional(TextSchema),
});

/** What the body itself said of a result: "đạt", "vượt", "cơ bản đạt", "không đạt". */
export const VerdictValueSchema = z.enum(VERDICTS, { error: 'verdict' });

/** Schema 1.1: the body's own verdict on an indicator, a group or the whole resolution, with its source. */
export const VerdictSchema = z.strictObject({
  indicator: z.optional(SlugSchema),
  group: z.optional(SlugSchema),
  verdict: z.optional(VerdictValueSchema),
  text: z.optional(TextSchema),
  source: SlugSchema,
  date: z.optional(IsoDateSchema),
  period: z.optional(PeriodSchema),
  quality: z.optional(QualitySchema),
});

export const TermSchema = z.strictObject({ from: YearSchema, to: YearSchema });

export const IndicatorListSchema = z.array(IndicatorSchema).check(z.refine(isFilled, { error: 'indicators' }));

export const ResolutionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.enum(SCHEMA_VERSIONS, { error: 'schemaVersion' }),
  id: SlugSchema,
  title: TextSchema,
  body: z.optional(BodySchema),
  term: TermSchema,
  adopted: z.optional(IsoDateSchema),
  sources: z.optional(z.array(SourceSchema)),
  groups: z.optional(z.array(GroupSchema)),
  indicators: IndicatorListSchema,
  milestones: z.optional(z.array(MilestoneSchema)),
  verdicts: z.optional(z.array(VerdictSchema)),
});

export type Body = z.infer<typeof BodySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type VerdictValue = z.infer<typeof VerdictValueSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type ResolutionInput = z.input<typeof ResolutionSchema>;
