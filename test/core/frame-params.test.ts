import { describe, expect, it } from 'vitest';
import { readFrameParams } from '../../components/frame/params.js';

// The iframe route's address, checked parameter by parameter: no script, no other origin's file
// unless the site allows it, and every problem named (vi and en).
const FRAME = 'https://portal.gov.vn/tn/frame.html';
const read = (q: string, allowed: string[] = []) => readFrameParams(q, FRAME, allowed);

describe('frame.html parameters', () => {
  it('an indicator card on the same origin, with its attributes', () => {
    expect(read('?element=indicator&src=/data/nq.json&indicator=poverty-rate&as-of=2023-06-30&variant=compact&lang=en')).toEqual({
      element: 'indicator',
      attributes: { src: 'https://portal.gov.vn/data/nq.json', indicator: 'poverty-rate', 'as-of': '2023-06-30', variant: 'compact', lang: 'en' },
    });
    expect(read('?src=nq.json&indicator=x')).toMatchObject({ element: 'indicator', attributes: { src: 'https://portal.gov.vn/tn/nq.json' } });
  });

  it('refuses javascript:, data: and another origin unless allowed', () => {
    expect(read('?src=javascript:alert(1)&indicator=x')).toMatchObject({ param: 'src', en: 'The src parameter must be an http or https address' });
    expect(read('?src=data:application/json,{}&indicator=x')).toMatchObject({ param: 'src' });
    const other = read('?src=https://evil.example/x.json&indicator=x');
    expect(other).toMatchObject({ param: 'src' });
    expect((other as { vi: string }).vi).toContain('Tệp dữ liệu ở https://evil.example không được phép');
    expect(read('?src=https://data.gov.vn/x.json&indicator=x', ['https://data.gov.vn'])).toMatchObject({ attributes: { src: 'https://data.gov.vn/x.json' } });
  });

  it('names the wrong parameter: an unknown element or parameter, an id that is not a slug, a bad as-of', () => {
    expect(read('?element=script&src=x.json')).toMatchObject({ param: 'element' });
    expect(read('?src=x.json&onload=alert(1)')).toMatchObject({ param: 'onload', vi: 'Không có tham số "onload" cho phần tử indicator' });
    expect(read('?src=x.json&indicator=<img>')).toMatchObject({ param: 'indicator' });
    expect(read('?src=x.json&indicator=x&as-of=2023-13-45')).toMatchObject({ param: 'as-of' });
    expect(read('?src=x.json&indicator=x&lang=fr')).toMatchObject({ param: 'lang' });
    expect(read('?indicator=x')).toMatchObject({ param: 'src', vi: 'Thiếu tham số src (địa chỉ tệp dữ liệu)' });
  });

  it('a gauge needs no file; its numbers must be numbers', () => {
    expect(read('?element=gauge&value=0.54&target=0.9&op=<=&label=Hộ nghèo&unit=%')).toEqual({
      element: 'gauge',
      attributes: { value: '0.54', target: '0.9', op: '<=', label: 'Hộ nghèo', unit: '%' },
    });
    expect(read('?element=gauge&value=abc')).toMatchObject({ param: 'value' });
  });
});
