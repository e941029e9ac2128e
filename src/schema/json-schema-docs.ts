import * as z from 'zod/mini';
import * as I from './indicator.js';
import * as P from './primitives.js';
import * as R from './resolution.js';
import * as T from './target.js';

// Titles and descriptions of the published JSON Schema, English then Vietnamese. They live here,
// not on the runtime schemas, so that the browser bundle does not carry them.

type Words = { en: string; vi: string };
type Meta = { id?: string; title?: string; description?: string; [k: string]: unknown };

const doc = (id: string | undefined, title: Words, description: Words, extra: Record<string, unknown> = {}): Meta => ({
  ...(id ? { id } : {}),
  title: `${title.en} / ${title.vi}`,
  description: `${description.en} — ${description.vi}`,
  ...extra,
});

// "between" takes a pair [low, high], every other operator a number.
const opValueRule = {
  allOf: [
    {
      if: { properties: { op: { const: 'between' } }, required: ['op'] },
      then: { properties: { value: { type: 'array' } } },
      else: {
        if: { properties: { op: { const: 'about' } }, required: ['op'] },
        then: {},
        else: { properties: { value: { type: 'number' } } },
      },
    },
  ],
};


export function schemaDocs(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const add = (schema: z.core.$ZodType, meta: Meta) => registry.add(schema, meta);

  add(P.SlugSchema, doc('Slug', { en: 'Identifier', vi: 'Mã định danh' }, { en: 'Lowercase letters, digits and hyphens, starting with a letter or digit', vi: 'Chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ hoặc số' }));
  add(P.YearSchema, doc('Year', { en: 'Year', vi: 'Năm' }, { en: 'A calendar year, e.g. 2023', vi: 'Năm dương lịch, ví dụ 2023' }, { type: 'integer', minimum: P.MIN_YEAR, maximum: P.MAX_YEAR }));
  add(P.IsoDateSchema, doc('IsoDate', { en: 'Date', vi: 'Ngày' }, { en: 'A date that exists, written YYYY-MM-DD', vi: 'Một ngày có thật, viết theo dạng YYYY-MM-DD' }, { format: 'date' }));
  add(P.PartialDateSchema, doc('PartialDate', { en: 'Year, month or day', vi: 'Năm, tháng hoặc ngày' }, { en: 'YYYY, YYYY-MM or YYYY-MM-DD', vi: 'Dạng YYYY, YYYY-MM hoặc YYYY-MM-DD' }));
  add(P.SpanSchema, doc('Span', { en: 'Span of years', vi: 'Giai đoạn' }, { en: 'A span of years written YYYY-YYYY, e.g. a term average', vi: 'Giai đoạn viết theo dạng YYYY-YYYY, ví dụ bình quân cả nhiệm kỳ' }));
  add(P.PeriodSchema, doc('Period', { en: 'Period', vi: 'Kỳ số liệu' }, { en: 'A year, or a span of years "YYYY-YYYY"', vi: 'Một năm, hoặc một giai đoạn "YYYY-YYYY"' }));
  add(P.UrlSchema, doc('Url', { en: 'Web address', vi: 'Địa chỉ web' }, { en: 'An http:// or https:// address without spaces, at most 2048 characters', vi: 'Địa chỉ bắt đầu bằng http:// hoặc https://, không có dấu cách, tối đa 2048 ký tự' }, { maxLength: P.URL_MAX }));
  add(T.ToleranceSchema, doc(undefined, { en: 'Tolerance of "about"', vi: 'Sai số của "khoảng"' }, { en: 'How far from the value still counts as "about" it, in the same unit; default 5% of the value', vi: 'Chênh lệch so với giá trị vẫn được coi là "khoảng", cùng đơn vị; mặc định 5% giá trị' }, { minimum: 0 }));
  // Constraints zod checks with functions (smaller in the embed), said here for JSON Schema.
  add(T.RangeSchema, { minItems: 2, maxItems: 2 });
  add(R.IndicatorListSchema, { minItems: 1 });
  add(P.TextSchema, doc('Text', { en: 'Text', vi: 'Văn bản' }, { en: 'A string, or an object of translations by language code, e.g. {"vi": "…", "en": "…"}', vi: 'Một chuỗi, hoặc một đối tượng gồm các bản dịch theo mã ngôn ngữ, ví dụ {"vi": "…", "en": "…"}' }));

  add(T.OpSchema, doc('Op', { en: 'Comparison', vi: 'Phép so sánh' }, { en: '">=" at least, ">" above, "<=" at most, "<" below, "between" inside [low, high], "about" within the tolerance of the value (1.1)', vi: '">=" tối thiểu, ">" trên, "<=" tối đa, "<" dưới, "between" trong khoảng [thấp, cao], "about" khoảng (trong sai số cho phép, 1.1)' }));
  add(T.OneSidedOpSchema, doc(undefined, { en: 'Comparison', vi: 'Phép so sánh' }, { en: '">=", ">", "<=" or "<"', vi: '">=", ">", "<=" hoặc "<"' }));
  add(T.StretchSchema, doc(undefined, { en: 'Stretch aim', vi: 'Mức phấn đấu' }, { en: 'The high end of a band whose low end (value) is the commitment: "10–10,5%" is value 10, stretch 10.5; passing it is "exceeded" (1.1)', vi: 'Mức cao của khoảng mà mức thấp (value) là cam kết: "10–10,5%" là value 10, stretch 10.5; vượt mức này là "vượt chỉ tiêu" (1.1)' }));
  add(T.DirectionSchema, doc(undefined, { en: 'Better direction', vi: 'Chiều tốt' }, { en: 'For "about": up if more is better, down if less is (1.1)', vi: 'Với "about": up nếu cao hơn là tốt, down nếu thấp hơn là tốt (1.1)' }));
  add(T.SeriesSchema, doc(undefined, { en: 'Figures given as', vi: 'Dạng số liệu' }, { en: 'rates (default: yearly growth in %) or levels (e.g. tỷ đồng; the engine derives the rates) (1.1)', vi: 'rates (mặc định: tốc độ tăng từng năm, %) hoặc levels (giá trị tuyệt đối, ví dụ tỷ đồng; hệ thống tự tính tốc độ) (1.1)' }));
  add(T.TargetValueSchema, doc('TargetValue', { en: 'Target value', vi: 'Giá trị mục tiêu' }, { en: 'A number, or [low, high] when op is "between"', vi: 'Một số, hoặc [thấp, cao] khi op là "between"' }));
  add(T.BaseYearSchema, doc(undefined, { en: 'Base year', vi: 'Năm gốc' }, { en: 'The year whose level the multiple counts from; defaults to the first year of the term (1.1)', vi: 'Năm lấy làm mốc để tính số lần; mặc định là năm đầu nhiệm kỳ (1.1)' }));
  add(T.ByYearSchema, doc(undefined, { en: 'Target year', vi: 'Năm đạt mục tiêu' }, { en: 'The year the target is due; defaults to the end of the term', vi: 'Năm phải đạt mục tiêu; mặc định là năm cuối nhiệm kỳ' }));
  add(T.OutOfSchema, doc(undefined, { en: 'Out of', vi: 'Trên tổng số' }, { en: 'The whole the value counts from, e.g. 11 in "11/11 communes"', vi: 'Tổng số để đếm, ví dụ 11 trong "11/11 xã"' }));
  add(T.PaceSchema, doc(undefined, { en: 'Expected path', vi: 'Lộ trình dự kiến' }, { en: 'linear (default) or compound growth towards the target', vi: 'linear (mặc định, tuyến tính) hoặc compound (tăng trưởng kép) tới mục tiêu' }));
  add(T.MethodSchema, doc(undefined, { en: 'Averaging method', vi: 'Cách tính bình quân' }, { en: 'geometric (default, compound growth) or arithmetic mean of the yearly rates', vi: 'geometric (mặc định, tăng trưởng kép) hoặc trung bình cộng các tốc độ hằng năm' }));
  add(T.LevelTargetSchema, doc('LevelTarget', { en: 'Level target', vi: 'Chỉ tiêu mức' }, { en: 'Reach a level by a year, e.g. poverty rate down to 0.9% by 2025', vi: 'Đạt một mức vào một năm, ví dụ giảm tỷ lệ hộ nghèo xuống còn 0,9% vào năm 2025' }, opValueRule));
  add(T.AverageGrowthTargetSchema, doc('AverageGrowthTarget', { en: 'Average growth target', vi: 'Chỉ tiêu tăng bình quân' }, { en: 'Average yearly growth in % over the term; observations are yearly growth rates in %', vi: 'Tốc độ tăng bình quân hằng năm (%) trong nhiệm kỳ; số liệu là tốc độ tăng từng năm (%)' }, opValueRule));
  add(T.AnnualTargetSchema, doc('AnnualTarget', { en: 'Annual target', vi: 'Chỉ tiêu hằng năm' }, { en: 'Every year of the term must satisfy the comparison', vi: 'Mỗi năm trong nhiệm kỳ đều phải đạt' }, opValueRule));
  add(T.CumulativeTargetSchema, doc('CumulativeTarget', { en: 'Cumulative target', vi: 'Chỉ tiêu cộng dồn' }, { en: 'The sum of the yearly observations over the term', vi: 'Tổng cộng dồn số liệu các năm trong nhiệm kỳ' }, opValueRule));
  add(T.MaintainTargetSchema, doc('MaintainTarget', { en: 'Maintain target', vi: 'Chỉ tiêu duy trì' }, { en: 'Every year of the term holds the comparison, e.g. "duy trì 100% trạm y tế có bác sĩ"; a year that does not is a lapse (1.1)', vi: 'Mọi năm trong nhiệm kỳ đều giữ được mức, ví dụ "duy trì 100% trạm y tế có bác sĩ"; một năm không giữ được là không đạt (1.1)' }, opValueRule));
  add(T.TermAverageTargetSchema, doc('TermAverageTarget', { en: 'Term-average target', vi: 'Chỉ tiêu bình quân giai đoạn' }, { en: 'The mean of the yearly figures over the term, or a figure for the whole term, e.g. TFP contribution above 55% (1.1)', vi: 'Bình quân các năm trong nhiệm kỳ, hoặc số liệu cả giai đoạn, ví dụ đóng góp của TFP trên 55% (1.1)' }, opValueRule));
  add(T.RelativeTargetSchema, doc('RelativeTarget', { en: 'Relative target', vi: 'Chỉ tiêu so sánh' }, { en: 'Each year compared with another indicator of the file (`reference`), e.g. the national average (1.1)', vi: 'Mỗi năm so với một chỉ tiêu khác trong tệp (`reference`), ví dụ mức bình quân cả nước (1.1)' }));
  add(T.MultipleTargetSchema, doc('MultipleTarget', { en: 'Multiple target', vi: 'Chỉ tiêu gấp lần' }, { en: 'The latest level as a multiple of the level of year `of` (the term\'s first year by default), e.g. "gấp 2 lần so với năm 2025" (1.1)', vi: 'Mức mới nhất gấp bao nhiêu lần mức của năm `of` (mặc định năm đầu nhiệm kỳ), ví dụ "gấp 2 lần so với năm 2025" (1.1)' }, opValueRule));
  add(T.AverageChangeTargetSchema, doc('AverageChangeTarget', { en: 'Average change target', vi: 'Chỉ tiêu thay đổi bình quân' }, { en: 'Average change a year of a level, e.g. poverty rate falls at least 1 point a year (op "<=", value -1)', vi: 'Mức thay đổi bình quân mỗi năm, ví dụ tỷ lệ hộ nghèo giảm ít nhất 1 điểm % mỗi năm (op "<=", value -1)' }, opValueRule));

  add(I.QualitySchema, doc('Quality', { en: 'Quality', vi: 'Loại số liệu' }, { en: 'actual (final, the default), preliminary, estimated or projected', vi: 'actual = chính thức (mặc định), preliminary = sơ bộ, estimated = ước, projected = dự kiến' }, { default: 'actual' }));
  add(I.ApproxSchema, doc(undefined, { en: 'Approximation', vi: 'Mức gần đúng' }, { en: 'about, over or under the value', vi: 'about = khoảng, over = trên, under = dưới' }));
  add(I.DecimalsSchema, doc(undefined, { en: 'Decimals', vi: 'Số chữ số thập phân' }, { en: 'Digits shown after the decimal mark, 0 to 6', vi: 'Số chữ số hiển thị sau dấu thập phân, từ 0 đến 6' }, { type: 'integer', minimum: 0, maximum: 6 }));
  add(I.ObservationSchema, doc('Observation', { en: 'Observation', vi: 'Số liệu' }, { en: 'A figure for one year or a span of years', vi: 'Số liệu của một năm hoặc một giai đoạn' }));
  add(I.BaselineSchema, doc(undefined, { en: 'Baseline', vi: 'Số liệu gốc' }, { en: 'The starting value the target is measured from', vi: 'Giá trị xuất phát để đo tiến độ' }));
  add(I.PlanSchema, doc('Plan', { en: 'Plan figure', vi: 'Kế hoạch năm' }, { en: 'The plan for one year: a number or [low, high], with its own source (1.1)', vi: 'Kế hoạch của một năm: một số hoặc [thấp, cao], có nguồn riêng (1.1)' }));
  add(I.OriginalSchema, doc('Original', { en: 'Figure as published', vi: 'Số liệu gốc' }, { en: 'The figure as its source gave it in another unit or currency, and how it was converted (1.1)', vi: 'Số liệu theo đơn vị hoặc tiền tệ khác như nguồn công bố, và cách quy đổi (1.1)' }));
  add(I.RankSchema, doc('Rank', { en: 'Rank', vi: 'Xếp hạng' }, { en: 'The figure is a rank, 1 = best, among `of` units, e.g. PCI (1.1)', vi: 'Số liệu là thứ hạng, 1 = cao nhất, trong `of` đơn vị, ví dụ PCI (1.1)' }));
  add(I.ShareSchema, doc('Share', { en: 'Share of a whole', vi: 'Tỷ trọng' }, { en: 'The figure is a % of `of` (e.g. GRDP); parts of one composition add up to 100 (1.1)', vi: 'Số liệu là % của `of` (ví dụ GRDP); các thành phần của một cơ cấu cộng lại bằng 100 (1.1)' }));
  add(I.PricesSchema, doc('Prices', { en: 'Price basis', vi: 'Giá tính' }, { en: 'constant (e.g. 2010) or current prices (1.1)', vi: 'Giá so sánh (ví dụ năm 2010) hoặc giá hiện hành (1.1)' }));
  add(I.SeriesBreakSchema, doc('SeriesBreak', { en: 'Series break', vi: 'Điểm đứt gãy số liệu' }, { en: 'From this year on the figures are not comparable with earlier ones, e.g. after a merger (1.1)', vi: 'Từ năm này số liệu không so sánh được với các năm trước, ví dụ sau khi sáp nhập (1.1)' }));
  add(I.PlansSchema, doc(undefined, { en: 'Yearly plan figures', vi: 'Kế hoạch năm' }, { en: 'The plan figure set for each year', vi: 'Chỉ tiêu kế hoạch được giao cho từng năm' }));
  add(I.IndicatorSchema, doc('Indicator', { en: 'Indicator', vi: 'Chỉ tiêu' }, { en: 'One target of the resolution with its figures', vi: 'Một chỉ tiêu của nghị quyết cùng số liệu thực hiện' }));

  add(R.BodyLevelSchema, doc(undefined, { en: 'Level', vi: 'Cấp' }, { en: 'Administrative level of the body', vi: 'Cấp hành chính của cơ quan' }));
  add(R.BodySchema, doc('Body', { en: 'Issuing body', vi: 'Cơ quan ban hành' }, { en: 'The party committee or unit that adopted the resolution; keep validFrom/validTo when units are merged', vi: 'Cấp ủy hoặc đơn vị ban hành nghị quyết; ghi validFrom/validTo khi đơn vị hành chính được sắp xếp, sáp nhập' }));
  add(R.SourceSchema, doc('Source', { en: 'Source', vi: 'Nguồn' }, { en: 'Where figures come from', vi: 'Nơi công bố số liệu' }));
  add(R.GroupSchema, doc('Group', { en: 'Group', vi: 'Nhóm chỉ tiêu' }, { en: 'A group of indicators', vi: 'Một nhóm chỉ tiêu' }));
  add(R.MilestoneStatusSchema, doc(undefined, { en: 'Milestone status', vi: 'Trạng thái' }, { en: 'planned, in-progress, done or cancelled', vi: 'planned = kế hoạch, in-progress = đang thực hiện, done = hoàn thành, cancelled = đã hủy' }));
  add(R.MilestoneSchema, doc('Milestone', { en: 'Milestone', vi: 'Mốc công việc' }, { en: 'A project or task with a due date, e.g. a bridge to be finished in August 2023', vi: 'Công trình, nhiệm vụ có thời hạn, ví dụ cầu hoàn thành trong tháng 8/2023' }));
  add(R.VerdictSchema, doc('Verdict', { en: 'Own verdict', vi: 'Tự đánh giá' }, { en: 'What the body itself said of a result (đạt, vượt, cơ bản đạt, không đạt), with its source (1.1)', vi: 'Đánh giá của chính cấp ủy về kết quả (đạt, vượt, cơ bản đạt, không đạt), kèm nguồn (1.1)' }));
  add(R.TermSchema, doc('Term', { en: 'Term', vi: 'Nhiệm kỳ' }, { en: 'First and last year of the term, e.g. 2020–2025', vi: 'Năm đầu và năm cuối nhiệm kỳ, ví dụ 2020–2025' }));
  add(R.ResolutionSchema, doc(undefined, { en: 'Resolution', vi: 'Nghị quyết' }, { en: 'A Party Congress resolution: its term, targets (indicators), figures and milestones', vi: 'Nghị quyết Đại hội Đảng bộ: nhiệm kỳ, các chỉ tiêu, số liệu thực hiện và các mốc công việc' }));
  return registry;
}
