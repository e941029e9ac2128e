// workbook-xlsx.ts held to read-excel-file's own readXlsxFile as the oracle: the same sheets, rows and
// cells (strings shared and inline, numbers, dates, booleans, empty cells), the same error codes, on
// the template, every example exported, a workbook as Excel writes it (ExcelJS) and any valid
// document (fast-check), with the sheet XML cut in slices as small as a few characters.
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/cli/workbook-write.js';
import { readXlsxSheets, sliceParseXml } from '../../src/cli/workbook-xlsx.js';
import { validDocument } from './arbitraries.js';

const file = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
const examples = readdirSync(new URL('../../examples/data/', import.meta.url)).filter((n) => n.endsWith('.json'));

async function oracle(bytes: Uint8Array) {
  const sheets = await readXlsxFile(Buffer.from(bytes), { trim: false });
  return sheets.map((s) => ({ name: s.sheet, data: s.data }));
}

async function expectSame(bytes: Uint8Array, slices: number[] = [undefined as unknown as number, 1, 7, 4096]) {
  const expected = await oracle(bytes);
  for (const slice of slices) expect(await readXlsxSheets(bytes, slice ? { slice } : {})).toEqual(expected);
  return expected;
}

async function excelWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Số liệu');
  sheet.addRows([
    ['Mã & "chỉ tiêu" <a>', 'Kỳ', 'Giá trị', 'Đúng', 'Ngày'],
    ['thu-nhap', 2025, 98.5, true, new Date(Date.UTC(2025, 11, 20))],
    ['ho-ngheo', '2024', -0.25, false, null],
    [null, null, 1e21, null, 'Ghi chú\nhai dòng, tiếng Việt có dấu: ước tính'],
  ]);
  sheet.getCell('E2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('A6').value = { richText: [{ text: 'Chữ ' }, { text: 'đậm', font: { bold: true } }] };
  sheet.getCell('C6').value = { formula: 'C2*2', result: 197 };
  book.addWorksheet('Trống');
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readXlsxSheets: read-excel-file, its sheet XML written in slices by a loop', () => {
  it('reads examples/data/template.xlsx as readXlsxFile does', async () => {
    const sheets = await expectSame(file('examples/data/template.xlsx'));
    expect(sheets.map((s) => s.name)).toContain('Hướng dẫn');
  });

  it.each(examples)('reads the workbook export writes of %s as readXlsxFile does', async (name) => {
    const doc = JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8'));
    const sheets = await expectSame(await writeWorkbook(doc));
    expect(sheets.find((s) => s.name === 'Số liệu')!.data.length).toBeGreaterThan(0);
  });

  it('reads a workbook as Excel writes it (shared strings, rich text, dates, booleans, formulas, an empty sheet)', async () => {
    const sheets = await expectSame(await excelWorkbook());
    const figures = sheets[0]!.data;
    expect(figures[1]).toEqual(['thu-nhap', 2025, 98.5, true, new Date(Date.UTC(2025, 11, 20))]);
    expect(figures[0]![0]).toBe('Mã & "chỉ tiêu" <a>');
    expect(figures[5]![0]).toBe('Chữ đậm');
  });

  it('reads a sheet of thousands of rows, sliced anywhere, as readXlsxFile does', async () => {
    const doc = JSON.parse(readFileSync(new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url), 'utf8'));
    const one = doc.indicators[0];
    doc.indicators = Array.from({ length: 400 }, (_, i) => ({ ...one, id: `chi-tieu-${i}`, title: `Chỉ tiêu số ${i} & "nhóm" ${i % 7}` }));
    const sheets = await expectSame(await writeWorkbook(doc), [undefined as unknown as number, 13, 1000]);
    expect(sheets.find((s) => s.name === 'Chỉ tiêu')!.data.length).toBe(401);
  });

  it('any valid document (fast-check), with slices of 1 to 64 characters', async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, fc.integer({ min: 1, max: 64 }), async (doc, slice) => {
        const bytes = await writeWorkbook(doc as never);
        expect(await readXlsxSheets(bytes, { slice })).toEqual(await oracle(bytes));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses what readXlsxFile refuses, with its error codes', async () => {
    const bad = [new Uint8Array(0), new TextEncoder().encode('mã,kỳ\nthu-nhap,2025\n'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])];
    for (const bytes of bad) {
      const expected = await oracle(bytes).then(() => 'read', (e: { code?: string; name?: string }) => e.code ?? e.name);
      const got = await readXlsxSheets(bytes).then(() => 'read', (e: { code?: string; name?: string }) => e.code ?? e.name);
      expect(got).toBe(expected);
      expect(got).not.toBe('read');
    }
  });
});

describe('sliceParseXml', () => {
  it('gives the parser every slice in order, then calls onProgress(true) once', async () => {
    const written: string[] = [];
    const progress: boolean[] = [];
    const parse = sliceParseXml(
      {
        parseXmlStream: () => ({ write: (s: string) => void written.push(s), end: () => void written.push('<end>'), promise: Promise.resolve() }),
        InvalidSpreadsheetError: Error as never,
      },
      4,
    );
    await parse('<a>0123456789</a>', {}, undefined, undefined, undefined, (end) => progress.push(end));
    expect(written).toEqual(['<a>0', '1234', '5678', '9</a', '>', '<end>']);
    expect(progress).toEqual([true]);
  });

  it('turns a parser error into a rejected InvalidSpreadsheetError (as read-excel-file does)', async () => {
    class InvalidSpreadsheetError extends Error {}
    const parse = sliceParseXml({
      parseXmlStream: () => ({ write: () => { throw new Error('unclosed tag'); }, end: () => undefined, promise: Promise.resolve() }),
      InvalidSpreadsheetError,
    });
    const e = await parse('<a', {}).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(InvalidSpreadsheetError);
    expect((e as Error).message).toBe('unclosed tag');
  });
});
