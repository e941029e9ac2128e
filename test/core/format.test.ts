import { describe, it, expect } from 'vitest';
import {
  localize,
  resolveLang,
  formatNumber,
  formatValue,
  attachUnit,
  statusLabel,
  qualityLabel,
  milestoneStateLabel,
  milestoneStatusText,
  reasonLabel,
  describeComparison,
  describeTarget,
} from '../../src/format/index.js';
import type { Target } from '../../src/schema/target.js';
import { STATUSES, MILESTONE_STATES } from '../../src/progress/types.js';
import type { Reason } from '../../src/progress/types.js';
import { QUALITIES } from '../../src/schema/vocabulary.js';

const PCT = '%';
const COMMUNES = { vi: 'xã', en: 'communes' };
const VND_HA = { vi: 'triệu đồng/ha', en: 'million VND/ha' };
const BILLION = { vi: 'tỷ đồng', en: 'billion VND' };

function both(target: Target, opts: { unit?: Parameters<typeof describeTarget>[1]['unit']; decimals?: number } = {}) {
  return { vi: describeTarget(target, { lang: 'vi', ...opts }), en: describeTarget(target, { lang: 'en', ...opts }) };
}

describe('localize', () => {
  const text = { vi: 'Tăng trưởng', en: 'Growth', 'en-GB': 'Growth (UK)' };

  it('returns a plain string as it is, whatever the language', () => {
    expect(localize('Chỉ tiêu', 'en')).toBe('Chỉ tiêu');
  });

  it('returns "" for undefined', () => {
    expect(localize(undefined, 'vi')).toBe('');
  });

  it('prefers the exact language', () => {
    expect(localize(text, 'en-GB')).toBe('Growth (UK)');
    expect(localize(text, 'en')).toBe('Growth');
    expect(localize(text, 'vi')).toBe('Tăng trưởng');
  });

  it('falls back to the base language', () => {
    expect(localize(text, 'en-US')).toBe('Growth');
    expect(localize({ vi: 'Xã', en: 'Commune' }, 'vi-VN')).toBe('Xã');
  });

  it('falls back to vi, then en, then the first entry', () => {
    expect(localize({ en: 'Growth', vi: 'Tăng trưởng' }, 'fr')).toBe('Tăng trưởng');
    expect(localize({ fr: 'Croissance', en: 'Growth' }, 'de')).toBe('Growth');
    expect(localize({ fr: 'Croissance', de: 'Wachstum' }, 'vi')).toBe('Croissance');
  });
});

describe('resolveLang', () => {
  it('maps vi* to vi and en* to en', () => {
    expect(resolveLang('vi')).toBe('vi');
    expect(resolveLang('vi-VN')).toBe('vi');
    expect(resolveLang('en')).toBe('en');
    expect(resolveLang('en-US')).toBe('en');
    expect(resolveLang('EN-gb')).toBe('en');
  });

  it('maps anything else, empty or missing to vi', () => {
    expect(resolveLang('fr')).toBe('vi');
    expect(resolveLang('')).toBe('vi');
    expect(resolveLang(null)).toBe('vi');
    expect(resolveLang(undefined)).toBe('vi');
    expect(resolveLang()).toBe('vi');
  });
});

describe('formatNumber', () => {
  it('groups digits per locale', () => {
    expect(formatNumber(14800, { lang: 'vi' })).toBe('14.800');
    expect(formatNumber(14800, { lang: 'en' })).toBe('14,800');
    expect(formatNumber(1234567.5, { lang: 'vi' })).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, { lang: 'en' })).toBe('1,234,567.5');
  });

  it('uses vi-VN / en-US for regional tags and vi-VN for unknown ones', () => {
    expect(formatNumber(4.25, { lang: 'vi-VN' })).toBe('4,25');
    expect(formatNumber(4.25, { lang: 'en-GB' })).toBe('4.25');
    expect(formatNumber(4.25, { lang: 'fr' })).toBe('4,25');
  });

  it('shows up to 2 fraction digits by default, dropping trailing zeros', () => {
    expect(formatNumber(4.256, { lang: 'en' })).toBe('4.26');
    expect(formatNumber(4.5, { lang: 'en' })).toBe('4.5');
    expect(formatNumber(4, { lang: 'en' })).toBe('4');
  });

  it('shows exactly `decimals` fraction digits when given', () => {
    expect(formatNumber(4, { lang: 'vi', decimals: 2 })).toBe('4,00');
    expect(formatNumber(4.25, { lang: 'en', decimals: 1 })).toBe('4.3');
    expect(formatNumber(4.256, { lang: 'en', decimals: 3 })).toBe('4.256');
    expect(formatNumber(14800.4, { lang: 'vi', decimals: 0 })).toBe('14.800');
  });

  it('formats NaN and ±Infinity as "—"', () => {
    expect(formatNumber(Number.NaN, { lang: 'vi' })).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, { lang: 'en' })).toBe('—');
    expect(formatNumber(Number.NEGATIVE_INFINITY, { lang: 'vi' })).toBe('—');
  });

  it('formats -0, and negatives that round to zero, as "0"', () => {
    expect(formatNumber(-0, { lang: 'en' })).toBe('0');
    expect(formatNumber(-0, { lang: 'vi' })).toBe('0');
    expect(formatNumber(-0.001, { lang: 'en' })).toBe('0');
    expect(formatNumber(-0.04, { lang: 'vi', decimals: 1 })).toBe('0,0');
    expect(formatNumber(-0, { lang: 'en', signed: true })).toBe('0');
  });

  it('keeps the minus sign of real negatives', () => {
    expect(formatNumber(-1.5, { lang: 'vi' })).toBe('-1,5');
    expect(formatNumber(-2500, { lang: 'en' })).toBe('-2,500');
  });

  it('adds "+" to positives when signed, never to zero', () => {
    expect(formatNumber(2, { lang: 'vi', signed: true })).toBe('+2');
    expect(formatNumber(1.5, { lang: 'en', signed: true })).toBe('+1.5');
    expect(formatNumber(-1.5, { lang: 'en', signed: true })).toBe('-1.5');
    expect(formatNumber(0, { lang: 'en', signed: true })).toBe('0');
    expect(formatNumber(0.001, { lang: 'en', signed: true })).toBe('0');
  });
});

describe('formatValue', () => {
  it('attaches "%" without a space', () => {
    expect(formatValue(4.25, { lang: 'vi', unit: PCT })).toBe('4,25%');
    expect(formatValue(4.25, { lang: 'en', unit: PCT })).toBe('4.25%');
    expect(formatValue(7, { lang: 'vi', unit: { vi: '%/năm', en: '% a year' } })).toBe('7%/năm');
  });

  it('puts other units after a normal space, localized', () => {
    expect(formatValue(14800, { lang: 'vi', unit: BILLION })).toBe('14.800\u00a0tỷ đồng');
    expect(formatValue(14800, { lang: 'en', unit: BILLION })).toBe('14,800\u00a0billion VND');
    expect(formatValue(3, { lang: 'en', unit: 'ha' })).toBe('3\u00a0ha');
  });

  it('has no unit part when the unit is absent', () => {
    expect(formatValue(14800, { lang: 'vi' })).toBe('14.800');
  });

  it('applies decimals and sign', () => {
    expect(formatValue(4, { lang: 'vi', unit: PCT, decimals: 1 })).toBe('4,0%');
    expect(formatValue(1.2, { lang: 'en', unit: PCT, signed: true })).toBe('+1.2%');
  });

  it('prefixes approximations', () => {
    expect(formatValue(14800, { lang: 'vi', unit: BILLION, approx: 'about' })).toBe('khoảng\u00a014.800\u00a0tỷ đồng');
    expect(formatValue(14800, { lang: 'en', unit: BILLION, approx: 'about' })).toBe('about\u00a014,800\u00a0billion VND');
    expect(formatValue(5, { lang: 'vi', unit: PCT, approx: 'over' })).toBe('trên\u00a05%');
    expect(formatValue(5, { lang: 'en', unit: PCT, approx: 'over' })).toBe('over\u00a05%');
    expect(formatValue(5, { lang: 'vi', unit: PCT, approx: 'under' })).toBe('dưới\u00a05%');
    expect(formatValue(5, { lang: 'en', unit: PCT, approx: 'under' })).toBe('under\u00a05%');
  });

  it('gives "—" alone for NaN and ±Infinity', () => {
    expect(formatValue(Number.NaN, { lang: 'vi', unit: PCT, approx: 'about' })).toBe('—');
    expect(formatValue(Number.POSITIVE_INFINITY, { lang: 'en', unit: BILLION })).toBe('—');
    expect(formatValue(Number.NEGATIVE_INFINITY, { lang: 'en' })).toBe('—');
  });

  it('formats -0 as "0"', () => {
    expect(formatValue(-0, { lang: 'en', unit: PCT })).toBe('0%');
  });
});

describe('attachUnit', () => {
  it('joins % directly and other units with a space; empty unit adds nothing', () => {
    expect(attachUnit('5', '%')).toBe('5%');
    expect(attachUnit('5', 'xã')).toBe('5\u00a0xã');
    expect(attachUnit('5', '')).toBe('5');
  });
});

describe('labels', () => {
  it('labels every status in Vietnamese, in order', () => {
    expect(STATUSES.map((s) => statusLabel(s, 'vi'))).toEqual([
      'Vượt chỉ tiêu',
      'Đạt',
      'Đúng lộ trình',
      'Chậm so với lộ trình',
      'Nguy cơ không đạt',
      'Đi ngược mục tiêu',
      'Không đạt',
      'Chưa có số liệu',
      'Không có chỉ tiêu',
    ]);
  });

  it('labels every status in English, in order', () => {
    expect(STATUSES.map((s) => statusLabel(s, 'en'))).toEqual([
      'Exceeded',
      'Achieved',
      'On track',
      'Behind',
      'Far behind',
      'Regressing',
      'Missed',
      'No data',
      'No target',
    ]);
  });

  it('accepts regional language tags', () => {
    expect(statusLabel('on-track', 'en-US')).toBe('On track');
    expect(statusLabel('on-track', 'vi-VN')).toBe('Đúng lộ trình');
  });

  it('labels qualities', () => {
    expect(QUALITIES.map((q) => qualityLabel(q, 'vi'))).toEqual(['chính thức', 'sơ bộ', 'ước', 'dự kiến']);
    expect(QUALITIES.map((q) => qualityLabel(q, 'en'))).toEqual(['actual', 'preliminary', 'estimate', 'projected']);
  });

  it('labels milestone states', () => {
    expect(MILESTONE_STATES.map((s) => milestoneStateLabel(s, 'vi'))).toEqual(['Hoàn thành', 'Quá hạn', 'Đã đến hạn, chưa có thông tin', 'Chưa đến hạn', 'Đã hủy']);
    expect(MILESTONE_STATES.map((s) => milestoneStateLabel(s, 'en'))).toEqual(['Done', 'Overdue', 'Due, not yet reported', 'Not yet due', 'Cancelled']);
    expect(milestoneStatusText({ status: 'in-progress' }, { state: 'upcoming' }, 'vi')).toBe('Đang thực hiện');
    expect(milestoneStatusText({ status: 'in-progress' }, { state: 'overdue' }, 'en')).toBe('Overdue');
    // A planned project with no due date is not "coming up", and not the same as one under way.
    expect(milestoneStatusText({ status: 'planned' }, { state: 'upcoming' }, 'vi')).toBe('Chưa triển khai');
    expect(milestoneStatusText({ status: 'planned', due: '2026' }, { state: 'upcoming' }, 'en')).toBe('Not yet due');
    expect(milestoneStatusText({}, { state: 'done', onTime: false }, 'vi')).toBe('Hoàn thành (trễ hạn)');
    expect(milestoneStatusText({}, { state: 'done', onTime: true }, 'en')).toBe('Done');
  });

  it('explains every reason with a distinct sentence in each language', () => {
    const reasons: Reason[] = ['no-baseline', 'no-observations', 'non-positive-values', 'baseline-equals-target', 'missing-years'];
    for (const lang of ['vi', 'en']) {
      const labels = reasons.map((r) => reasonLabel(r, lang));
      expect(new Set(labels).size).toBe(reasons.length);
      for (const label of labels) expect(label).toMatch(/^\S.*\.$/);
    }
    expect(reasonLabel('no-baseline', 'vi')).toBe('Chưa có số liệu gốc để đo tiến độ.');
    expect(reasonLabel('no-baseline', 'en')).toBe('No baseline to measure progress from.');
  });

  it('names the missing years when given', () => {
    expect(reasonLabel('missing-years', 'vi', [2022, 2023])).toBe('Thiếu số liệu năm 2022, 2023.');
    expect(reasonLabel('missing-years', 'en', [2022, 2023])).toBe('No figures for 2022, 2023.');
    expect(reasonLabel('missing-years', 'vi', [2022])).toBe('Thiếu số liệu năm 2022.');
    expect(reasonLabel('missing-years', 'en', [])).toBe('No figures for some years.');
  });
});

describe('describeComparison', () => {
  it('words every one-sided op', () => {
    const ops = ['>=', '>', '<=', '<'] as const;
    expect(ops.map((op) => describeComparison(op, 5, { lang: 'vi', unit: PCT }))).toEqual(['từ 5% trở lên', 'trên 5%', 'không quá 5%', 'dưới 5%']);
    expect(ops.map((op) => describeComparison(op, 5, { lang: 'en', unit: PCT }))).toEqual(['at least 5%', 'above 5%', 'at most 5%', 'below 5%']);
  });

  it('reads a pair as a range whatever the op, and a single number with "between" bare', () => {
    expect(describeComparison('between', [2, 3], { lang: 'vi', unit: PCT })).toBe('từ 2 đến 3%');
    expect(describeComparison('>=', [2, 3], { lang: 'en', unit: PCT })).toBe('2 to 3%');
    expect(describeComparison('between', 4, { lang: 'en', unit: PCT })).toBe('4%');
  });
});

describe('describeTarget', () => {
  describe('average-growth', () => {
    it('">" 5', () => {
      expect(both({ kind: 'average-growth', op: '>', value: 5 })).toEqual({
        vi: 'bình quân trên 5%/năm',
        en: 'average above 5% a year',
      });
    });

    it('">=" 5', () => {
      expect(both({ kind: 'average-growth', op: '>=', value: 5 })).toEqual({
        vi: 'bình quân từ 5%/năm trở lên',
        en: 'average at least 5% a year',
      });
    });

    it('ignores the indicator unit and shows decimals', () => {
      expect(both({ kind: 'average-growth', op: '>=', value: 6.5 }, { unit: BILLION, decimals: 1 })).toEqual({
        vi: 'bình quân từ 6,5%/năm trở lên',
        en: 'average at least 6.5% a year',
      });
    });

    it('between and with a target year', () => {
      expect(both({ kind: 'average-growth', op: 'between', value: [6, 7], by: 2025 })).toEqual({
        vi: 'bình quân từ 6 đến 7%/năm đến năm 2025',
        en: 'average 6 to 7% a year through 2025',
      });
    });
  });

  describe('annual', () => {
    it('">=" 10 with unit %', () => {
      expect(both({ kind: 'annual', op: '>=', value: 10 }, { unit: PCT })).toEqual({
        vi: 'hằng năm từ 10% trở lên',
        en: 'every year at least 10%',
      });
    });

    it('">" 10 with unit %', () => {
      expect(both({ kind: 'annual', op: '>', value: 10 }, { unit: PCT })).toEqual({
        vi: 'hằng năm trên 10%',
        en: 'every year above 10%',
      });
    });

    it('without a unit shows the bare number', () => {
      expect(both({ kind: 'annual', op: '>=', value: 1500 })).toEqual({
        vi: 'hằng năm từ 1.500 trở lên',
        en: 'every year at least 1,500',
      });
    });
  });

  describe('level', () => {
    it('"<=" 0.9 % by 2025', () => {
      expect(both({ kind: 'level', op: '<=', value: 0.9, by: 2025 }, { unit: PCT })).toEqual({
        vi: 'không quá 0,9% vào năm 2025',
        en: 'at most 0.9% by 2025',
      });
    });

    it('">=" 180\u00a0million VND/ha by 2025', () => {
      expect(both({ kind: 'level', op: '>=', value: 180, by: 2025 }, { unit: VND_HA })).toEqual({
        vi: 'từ 180\u00a0triệu đồng/ha trở lên vào năm 2025',
        en: 'at least 180\u00a0million VND/ha by 2025',
      });
    });

    it('"<" and ">"', () => {
      expect(both({ kind: 'level', op: '<', value: 2, by: 2025 }, { unit: PCT })).toEqual({
        vi: 'dưới 2% vào năm 2025',
        en: 'below 2% by 2025',
      });
      expect(both({ kind: 'level', op: '>', value: 70 }, { unit: PCT })).toEqual({
        vi: 'trên 70%',
        en: 'above 70%',
      });
    });

    it('">=" with outOf reads as a count', () => {
      expect(both({ kind: 'level', op: '>=', value: 11, outOf: 11, by: 2025 }, { unit: COMMUNES })).toEqual({
        vi: '11/11\u00a0xã vào năm 2025',
        en: '11/11\u00a0communes by 2025',
      });
      expect(both({ kind: 'level', op: '>=', value: 6, outOf: 11, by: 2025 }, { unit: COMMUNES })).toEqual({
        vi: '6/11\u00a0xã vào năm 2025',
        en: '6/11\u00a0communes by 2025',
      });
    });

    it('other ops with outOf keep their words', () => {
      expect(both({ kind: 'level', op: '>', value: 6, outOf: 11 }, { unit: COMMUNES })).toEqual({
        vi: 'trên 6/11\u00a0xã',
        en: 'above 6/11\u00a0communes',
      });
    });

    it('between [2, 3] communes by 2025', () => {
      expect(both({ kind: 'level', op: 'between', value: [2, 3], by: 2025 }, { unit: COMMUNES })).toEqual({
        vi: 'từ 2 đến 3\u00a0xã vào năm 2025',
        en: '2 to 3\u00a0communes by 2025',
      });
    });

    it('uses decimals and digit grouping', () => {
      expect(both({ kind: 'level', op: '>=', value: 14800, by: 2025 }, { unit: BILLION, decimals: 1 })).toEqual({
        vi: 'từ 14.800,0\u00a0tỷ đồng trở lên vào năm 2025',
        en: 'at least 14,800.0\u00a0billion VND by 2025',
      });
    });
  });

  describe('cumulative', () => {
    it('">=" 1000 by 2025', () => {
      expect(both({ kind: 'cumulative', op: '>=', value: 1000, by: 2025 }, { unit: { vi: 'căn nhà', en: 'houses' } })).toEqual({
        vi: 'cộng dồn từ 1.000\u00a0căn nhà trở lên đến năm 2025',
        en: 'at least 1,000\u00a0houses in total by 2025',
      });
    });

    it('without a unit or year', () => {
      expect(both({ kind: 'cumulative', op: '>=', value: 1000 })).toEqual({
        vi: 'cộng dồn từ 1.000 trở lên',
        en: 'at least 1,000 in total',
      });
    });
  });

  describe('average-change', () => {
    it('"<=" -1 with unit % falls by at least 1\u00a0percentage point', () => {
      expect(both({ kind: 'average-change', op: '<=', value: -1 }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm giảm từ 1\u00a0điểm % trở lên',
        en: 'falling by at least 1\u00a0percentage point a year on average',
      });
    });

    it('">=" 2 rises by at least 2 in the unit', () => {
      expect(both({ kind: 'average-change', op: '>=', value: 2 }, { unit: COMMUNES })).toEqual({
        vi: 'bình quân mỗi năm tăng từ 2\u00a0xã trở lên',
        en: 'rising by at least 2\u00a0communes a year on average',
      });
    });

    it('pluralizes percentage points and adds the year', () => {
      expect(both({ kind: 'average-change', op: '<=', value: -1.5, by: 2025 }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm giảm từ 1,5\u00a0điểm % trở lên đến năm 2025',
        en: 'falling by at least 1.5\u00a0percentage points a year on average through 2025',
      });
    });

    it('flips the op words for falls', () => {
      expect(both({ kind: 'average-change', op: '<', value: -1 }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm giảm trên 1\u00a0điểm %',
        en: 'falling by more than 1\u00a0percentage point a year on average',
      });
      expect(both({ kind: 'average-change', op: '>=', value: -1 }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm giảm không quá 1\u00a0điểm %',
        en: 'falling by at most 1\u00a0percentage point a year on average',
      });
      expect(both({ kind: 'average-change', op: '>', value: -1 }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm giảm dưới 1\u00a0điểm %',
        en: 'falling by less than 1\u00a0percentage point a year on average',
      });
    });

    it('keeps the op words for rises', () => {
      expect(both({ kind: 'average-change', op: '>', value: 2 })).toEqual({
        vi: 'bình quân mỗi năm tăng trên 2',
        en: 'rising by more than 2 a year on average',
      });
      expect(both({ kind: 'average-change', op: '<=', value: 2 })).toEqual({
        vi: 'bình quân mỗi năm tăng không quá 2',
        en: 'rising by at most 2 a year on average',
      });
      expect(both({ kind: 'average-change', op: '<', value: 2 })).toEqual({
        vi: 'bình quân mỗi năm tăng dưới 2',
        en: 'rising by less than 2 a year on average',
      });
    });

    it('reads a zero change and ranges by the sign of their ends', () => {
      expect(both({ kind: 'average-change', op: '>=', value: 0 })).toEqual({
        vi: 'bình quân mỗi năm tăng từ 0 trở lên',
        en: 'rising by at least 0 a year on average',
      });
      expect(both({ kind: 'average-change', op: 'between', value: [-2, -1] }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm giảm từ 1 đến 2\u00a0điểm %',
        en: 'falling by 1 to 2\u00a0percentage points a year on average',
      });
      expect(both({ kind: 'average-change', op: 'between', value: [1, 2] }, { unit: COMMUNES })).toEqual({
        vi: 'bình quân mỗi năm tăng từ 1 đến 2\u00a0xã',
        en: 'rising by 1 to 2\u00a0communes a year on average',
      });
      expect(both({ kind: 'average-change', op: 'between', value: [-1, 2] }, { unit: PCT })).toEqual({
        vi: 'bình quân mỗi năm tăng từ -1 đến 2\u00a0điểm %',
        en: 'rising by -1 to 2\u00a0percentage points a year on average',
      });
    });
  });

  it('omits the year when `by` is absent and shows it when present', () => {
    const target: Target = { kind: 'level', op: '>=', value: 90 };
    expect(describeTarget(target, { lang: 'vi', unit: PCT })).toBe('từ 90% trở lên');
    expect(describeTarget({ ...target, by: 2030 }, { lang: 'en', unit: PCT })).toBe('at least 90% by 2030');
  });

  it('accepts regional language tags', () => {
    expect(describeTarget({ kind: 'average-growth', op: '>', value: 5 }, { lang: 'en-US' })).toBe('average above 5% a year');
    expect(describeTarget({ kind: 'average-growth', op: '>', value: 5 }, { lang: 'vi-VN' })).toBe('bình quân trên 5%/năm');
  });
});
