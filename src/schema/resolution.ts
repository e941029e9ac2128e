import { z } from 'zod/mini';
import { doc } from './describe.js';
import { IndicatorSchema } from './indicator.js';
import { IsoDateSchema, PartialDateSchema, SlugSchema, TextSchema, UrlSchema, YearSchema } from './primitives.js';

export const SCHEMA_VERSION = '1.0';
export const SCHEMA_ID = 'https://tn-indicators.github.io/schemas/resolution.schema.json';

export const BodySchema = z.strictObject({
  name: TextSchema,
  level: z.optional(z.enum(['national', 'province', 'city', 'district', 'commune', 'ward', 'other'], { error: 'level' })),
  code: z.optional(z.string({ error: 'text' })),
  validFrom: z.optional(IsoDateSchema),
  validTo: z.optional(IsoDateSchema),
}).check(
  doc(
    { en: 'Issuing body', vi: 'Cơ quan ban hành' },
    {
      en: 'The party committee or unit that adopted the resolution; keep validFrom/validTo when units are merged',
      vi: 'Cấp ủy hoặc đơn vị ban hành nghị quyết; ghi validFrom/validTo khi đơn vị hành chính được sắp xếp, sáp nhập',
    }, 'Body'),
);

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  title: TextSchema,
  url: z.optional(UrlSchema),
  published: z.optional(IsoDateSchema),
}).check(doc({ en: 'Source', vi: 'Nguồn' }, { en: 'Where figures come from', vi: 'Nơi công bố số liệu' }, 'Source'));

export const GroupSchema = z.strictObject({
  id: SlugSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
}).check(doc({ en: 'Group', vi: 'Nhóm chỉ tiêu' }, { en: 'A group of indicators', vi: 'Một nhóm chỉ tiêu' }, 'Group'));

export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;

export const MilestoneSchema = z.strictObject({
  id: SlugSchema,
  title: TextSchema,
  group: z.optional(SlugSchema),
  due: z.optional(PartialDateSchema),
  done: z.optional(PartialDateSchema),
  status: z.optional(z.enum(MILESTONE_STATUSES, { error: 'milestoneStatus' })),
  source: z.optional(SlugSchema),
  note: z.optional(TextSchema),
}).check(
  doc(
    { en: 'Milestone', vi: 'Mốc công việc' },
    { en: 'A project or task with a due date, e.g. a bridge to be finished in August 2023', vi: 'Công trình, nhiệm vụ có thời hạn, ví dụ cầu hoàn thành trong tháng 8/2023' }, 'Milestone'),
);

export const TermSchema = z.strictObject({ from: YearSchema, to: YearSchema }).check(
  doc({ en: 'Term', vi: 'Nhiệm kỳ' }, { en: 'First and last year of the term, e.g. 2020–2025', vi: 'Năm đầu và năm cuối nhiệm kỳ, ví dụ 2020–2025' }, 'Term'),
);

export const ResolutionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: 'schemaVersion' }),
  id: SlugSchema,
  title: TextSchema,
  body: z.optional(BodySchema),
  term: TermSchema,
  adopted: z.optional(IsoDateSchema),
  sources: z.optional(z.array(SourceSchema)),
  groups: z.optional(z.array(GroupSchema)),
  indicators: z.array(IndicatorSchema).check(z.minLength(1, { error: 'indicators' })),
  milestones: z.optional(z.array(MilestoneSchema)),
}).check(
  doc(
    { en: 'Resolution', vi: 'Nghị quyết' },
    {
      en: 'A Party Congress resolution: its term, targets (indicators), figures and milestones',
      vi: 'Nghị quyết Đại hội Đảng bộ: nhiệm kỳ, các chỉ tiêu, số liệu thực hiện và các mốc công việc',
    },
  ),
);

export type Body = z.infer<typeof BodySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type MilestoneStatus = z.infer<typeof MilestoneSchema>['status'];
export type Term = z.infer<typeof TermSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type ResolutionInput = z.input<typeof ResolutionSchema>;
