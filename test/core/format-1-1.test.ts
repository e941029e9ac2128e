import { describe, expect, it } from 'vitest';
import { describeTarget, formatFigure, statusText, successorText, verdictText, type Indicator, type Target } from '../../src/index.js';

// How 1.1 targets, figures and notes read, in both languages (a number and its unit are kept on one
// line with a no-break space, \u00a0).
const both = (target: Target, extra: Record<string, unknown> = {}) =>
  (['vi', 'en'] as const).map((lang) => describeTarget(target, { lang, unit: '%', termFrom: 2025, ...extra }));

describe('1.1 targets in words', () => {
  it('a band with a stretch reads as the resolution wrote it', () => {
    expect(both({ kind: 'average-growth', op: '>=', value: 10, stretch: 10.5 })).toEqual(['bình quân 10–10,5%/năm', 'average 10–10.5% a year']);
    expect(both({ kind: 'level', op: '>=', value: 6300, stretch: 6500 }, { unit: 'USD' })).toEqual(['6.300–6.500\u00a0USD', '6,300–6,500\u00a0USD']);
  });
  it('about, about a range, maintain, term-average, multiple, rank, relative', () => {
    expect(both({ kind: 'level', op: 'about', value: 35 })).toEqual(['khoảng 35%', 'about 35%']);
    expect(both({ kind: 'average-growth', op: 'about', value: [10, 10.5] })).toEqual(['bình quân khoảng 10–10,5%/năm', 'average about 10–10.5% a year']);
    expect(both({ kind: 'maintain', op: '>=', value: 100 })).toEqual(['duy trì 100%', 'maintained at 100% or above']);
    expect(both({ kind: 'term-average', op: '>', value: 55 })).toEqual(['bình quân cả giai đoạn trên 55%', 'above 55% on average over the term']);
    expect(both({ kind: 'multiple', op: '>=', value: 2 }, { unit: 'tỷ đồng' })).toEqual(['gấp từ 2\u00a0lần trở lên so với năm 2025', 'at least 2\u00a0times the 2025 level']);
    expect(both({ kind: 'level', op: '<=', value: 10, by: 2030 }, { rank: true, unit: undefined })).toEqual(['trong tốp 10 vào năm 2030', 'in the top 10 by 2030']);
    expect(both({ kind: 'relative', op: '<', reference: 'vn' }, { referenceTitle: 'bình quân cả nước' })).toEqual(['thấp hơn bình quân cả nước', 'below bình quân cả nước']);
  });
});

describe('1.1 figures and notes', () => {
  const pci = { id: 'pci', title: 'PCI', rank: { of: 34 } } as Indicator;
  it('a rank reads "hạng 5/34", never "5 hạng"; a figure\'s own whole wins', () => {
    expect(formatFigure(pci, 5, { lang: 'vi' })).toBe('hạng 5/34');
    expect(formatFigure(pci, 5, { lang: 'en' })).toBe('rank 5 of 34');
    expect(formatFigure(pci, 5, { lang: 'vi', outOf: 63 })).toBe('hạng 5/63');
  });
  it('a status on estimates says it is provisional', () => {
    expect(statusText({ status: 'achieved', provisional: true }, 'vi')).toBe('Đạt (tạm tính)');
    expect(statusText({ status: 'exceeded', provisional: true }, 'en')).toBe('Exceeded (provisional)');
    expect(statusText({ status: 'exceeded' }, 'vi')).toBe('Vượt chỉ tiêu');
  });
  it("the body's verdict and a unit that no longer exists", () => {
    expect(verdictText({ verdict: 'basically-achieved' }, 'vi')).toBe('Tự đánh giá: Cơ bản đạt');
    expect(verdictText({ text: { vi: '30/33 chỉ tiêu đạt và vượt', en: '30 of 33 targets met or exceeded' }, quality: 'projected' }, 'en')).toBe('Own assessment: 30 of 33 targets met or exceeded (expected)');
    const body = { name: 'Bà Rịa – Vũng Tàu', validTo: '2025-06-30', successor: { vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' } };
    expect(successorText(body, 'vi')).toBe('Đơn vị này nay thuộc Thành phố Hồ Chí Minh (tồn tại đến 30/6/2025).');
    expect(successorText(body, 'en')).toBe('This unit is now part of Ho Chi Minh City (it existed until 30 Jun 2025).');
    expect(successorText({ name: 'Thái Nguyên' }, 'vi')).toBe('');
  });
});

describe('shares', () => {
  it('say of what and on what basis', async () => {
    const { shareText } = await import('../../src/index.js');
    expect(shareText({ share: { of: 'GRDP', basis: { vi: 'dịch vụ gồm thuế sản phẩm', en: 'services include product taxes' } } }, 'vi')).toBe('Tỷ trọng trong GRDP (dịch vụ gồm thuế sản phẩm)');
    expect(shareText({ share: { of: 'GRDP' } }, 'en')).toBe('Share of GRDP');
    expect(shareText({}, 'vi')).toBe('');
  });
});
