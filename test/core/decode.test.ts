import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, encodingMessage } from '../../src/cli/decode.js';

// Windows-1258, the Vietnamese code page of old Windows editors: â ê ô ă ơ ư đ have bytes of their own,
// the five tone marks are combining bytes after the vowel (the test's own encoder, written from the
// code page's table).
const CP1258: Record<string, number> = { 'â': 0xe2, 'ê': 0xea, 'ô': 0xf4, 'ă': 0xe3, 'ơ': 0xf5, 'ư': 0xfd, 'đ': 0xf0, 'Đ': 0xd0, '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
function windows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c));
    const base = parts.filter((c) => !tones.includes(c)).join('').normalize('NFC');
    for (const c of [base, ...tones]) out.push(CP1258[c] ?? (c.codePointAt(0)! < 128 ? c.codePointAt(0)! : 0x3f));
  }
  return Uint8Array.from(out);
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom = true) => {
  const b = Buffer.from(s, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b);
};
const JSON_TEXT = '{\n  "title": "Nghị quyết Đại hội Đảng bộ thành phố Thái Nguyên",\n  "unit": "%"\n}\n';

describe('one strict decoder for validate, report and import', () => {
  it('UTF-8 passes, with or without a byte order mark (dropped)', () => {
    expect(decodeUtf8(utf8(JSON_TEXT))).toEqual({ ok: true, text: JSON_TEXT, bom: false });
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(JSON_TEXT)]))).toEqual({ ok: true, text: JSON_TEXT, bom: true });
  });

  it('UTF-16 (what Windows PowerShell writes with >) is named, with or without its byte order mark, and how to save as UTF-8', () => {
    for (const bytes of [utf16le(JSON_TEXT), utf16le(JSON_TEXT, false)]) {
      const d = decodeUtf8(bytes);
      expect(d).toMatchObject({ ok: false, encoding: 'UTF-16LE' });
      if (d.ok) throw new Error();
      expect(encodingMessage('nghi-quyet.json', d, 'vi')).toBe('Không đọc được tệp nghi-quyet.json: tệp được lưu bằng UTF-16 (Windows PowerShell ghi như vậy khi dùng dấu >). Hãy lưu lại bằng UTF-8: trong PowerShell dùng `| Out-File -Encoding utf8 tệp.json`, trong Notepad chọn Tệp › Lưu thành…, mục Mã hoá chọn UTF-8');
      expect(encodingMessage('nghi-quyet.json', d, 'en')).toContain('Out-File -Encoding utf8');
    }
    expect(decodeUtf8(Uint8Array.from([0xfe, 0xff, 0, 0x7b]))).toMatchObject({ ok: false, encoding: 'UTF-16BE' });
  });

  it('Windows-1258 is named, at the line of its first Vietnamese letter, never decoded to U+FFFD', () => {
    const d = decodeUtf8(windows1258(JSON_TEXT));
    expect(d).toMatchObject({ ok: false, encoding: 'Windows-1258', line: 2 });
    if (d.ok) throw new Error();
    const vi = encodingMessage('nghi-quyet.json', d, 'vi');
    expect(vi).toMatch(/^Không đọc được tệp nghi-quyet\.json \(dòng 2, byte \d+\): tệp có vẻ được lưu bằng Windows-1258/);
    expect(vi).toContain('UTF-8');
    expect(encodingMessage('x.csv', d, 'en')).toMatch(/^Cannot read x\.csv \(line 2, byte \d+\): the file looks saved as Windows-1258/);
  });

  it('another 8-bit file is refused as not UTF-8, with the first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('{"a": "'), 0xa9, 0xb8, 0xab, ...utf8('"}')]);
    const d = decodeUtf8(bytes);
    expect(d).toMatchObject({ ok: false, offset: 7, line: 1 });
    // overlong and surrogate forms are not UTF-8 either
    expect(decodeUtf8(Uint8Array.from([0xc0, 0xaf]))).toMatchObject({ ok: false, offset: 0 });
    expect(decodeUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, offset: 1 });
  });

  it('any text written as UTF-8 decodes to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const d = decodeUtf8(utf8(s));
        // (text of NUL-rich pairs could look like UTF-16: JSON and CSV never are)
        if (!d.ok) expect(s).toMatch(/\u0000/);
        else expect(d.text).toBe(s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
      }),
      { numRuns: 500 },
    );
  });
});
