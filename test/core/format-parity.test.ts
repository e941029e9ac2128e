import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate } from '../../src/index.js';

// formatNumber writes numbers out itself instead of calling Intl.NumberFormat (whose first use
// costs a page 10–25 ms). It must give exactly what Intl gives for vi-VN and en-US, with one
// deliberate difference: a negative number that rounds to zero reads "0", not "-0".
function intl(value: number, lang: 'vi' | 'en', decimals: number | undefined, signed: boolean): string {
  const nf = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  const text = nf.format(value);
  return text.replace(/^-(?=[0.,]+$)/, '');
}

const numbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100 + 0.005),
  fc.constantFrom(0, -0, 0.005, 0.015, 1.005, 2.675, -0.004, -0.005, 1e21, 1.5e21, -9.99e22, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE, 999.995, 0.125, 4.25),
);

describe('formatNumber, written out', () => {
  it('gives what Intl.NumberFormat gives, for any number, language, decimals 0–6 or none, signed or not', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom('vi' as const, 'en' as const), fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), fc.boolean(), (value, lang, decimals, signed) => {
        expect(formatNumber(value, { lang, decimals, signed })).toBe(intl(value, lang, decimals, signed));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads as a Vietnamese or English reader expects', () => {
    expect(formatNumber(14800.5, { lang: 'vi' })).toBe('14.800,5');
    expect(formatNumber(14800.5, { lang: 'en' })).toBe('14,800.5');
    expect(formatNumber(1234, { lang: 'vi' })).toBe('1.234');
    expect(formatNumber(4.256, { lang: 'vi' })).toBe('4,26');
    expect(formatNumber(4.2, { lang: 'vi', decimals: 2 })).toBe('4,20');
    expect(formatNumber(-0.001, { lang: 'vi' })).toBe('0');
    expect(formatNumber(5, { lang: 'en', signed: true })).toBe('+5');
    expect(formatNumber(1e21, { lang: 'en' })).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(Number.NaN, { lang: 'en' })).toBe('—');
  });

  it('treats odd decimals as Intl does: a fraction is cut to a whole number, outside 0–100 is a RangeError', () => {
    expect(formatNumber(1.2345, { lang: 'en', decimals: 1.5 })).toBe(intl(1.2345, 'en', 1, false));
    for (const decimals of [-1, 101, Number.NaN]) {
      expect(() => formatNumber(1.2345, { lang: 'en', decimals })).toThrow(RangeError);
      expect(() => intl(1.2345, 'en', decimals, false)).toThrow(RangeError);
    }
  });
});

describe('formatPartialDate, written out', () => {
  it('gives what Intl.DateTimeFormat gives (vi-VN, en-GB) for every day of a leap year and a common year, and months', () => {
    const day = (l: string) => new Intl.DateTimeFormat(l, { day: 'numeric', month: l === 'vi-VN' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' });
    const month = (l: string) => new Intl.DateTimeFormat(l, { month: l === 'vi-VN' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' });
    for (const year of [2023, 2024, 2000, 2100]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86400000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(formatPartialDate(iso, 'vi')).toBe(day('vi-VN').format(t));
        expect(formatPartialDate(iso, 'en')).toBe(day('en-GB').format(t));
        if (iso.endsWith('-01')) {
          expect(formatPartialDate(iso.slice(0, 7), 'vi')).toBe(month('vi-VN').format(t));
          expect(formatPartialDate(iso.slice(0, 7), 'en')).toBe(month('en-GB').format(t));
        }
      }
    }
  });

  it('returns dates that do not exist as they are written', () => {
    for (const d of ['2023-02-29', '2100-02-29', '2023-04-31', '2023-13', '2023-00', '2023-08-00', '2023-8', 'x']) expect(formatPartialDate(d, 'en')).toBe(d);
    expect(formatPartialDate('2024-02-29', 'vi')).toBe('29/2/2024');
  });
});
