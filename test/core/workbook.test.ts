import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { SHEETS } from '../../src/cli/workbook-layout.js';
import { readWorkbookSheets, workbookToDocument } from '../../src/cli/workbook-read.js';
import { writeWorkbook } from '../../src/cli/workbook-write.js';
import { safeParseResolution } from '../../src/index.js';
import { validDocument } from './arbitraries.js';
import { memoryIo } from './memory-io.js';

// The workbook a clerk edits: export then import gives back the very document, for every example
// and for any valid document; a workbook written the way Excel writes it (here by exceljs, an
// independent writer) imports; and exceljs, an independent reader, finds figures as numbers.
const EXAMPLES = readdirSync(new URL('../../examples/data/', import.meta.url)).filter((f) => f.endsWith('.json'));
const example = (name: string) => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');

/** exceljs reads data validations (its types do not say so). */
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { find(address: string): { type: string; formulae: string[] } | undefined } }).dataValidations;

/** The document as its JSON file holds it (no -0, no undefined). */
const asFile = (doc: unknown) => JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;

async function roundTrip(doc: Record<string, unknown>) {
  const bytes = await writeWorkbook(doc);
  const sheets = await readWorkbookSheets(bytes, 'en');
  if ('error' in sheets) throw new Error(sheets.error);
  return workbookToDocument(sheets, 'en');
}

async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  const { io, out } = memoryIo(files);
  const code = await runCli(argv, io, '9.9.9');
  return { code, ...out };
}

describe('export then import: the same document', () => {
  for (const name of EXAMPLES) {
    it(`examples/data/${name}, through the command line`, async () => {
      const exported = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': example(name) });
      expect(exported.code, exported.stderr).toBe(0);
      const book = exported.written.get('nq.xlsx') as Uint8Array;
      expect(book).toBeInstanceOf(Uint8Array);
      const imported = await run(['import', 'nq.xlsx', '--out', 'back.json'], { 'nq.xlsx': book });
      expect(imported.code, imported.stderr).toBe(0);
      expect(JSON.parse(imported.written.get('back.json') as string)).toEqual(JSON.parse(example(name)));
      // And printed without --out.
      const printed = await run(['import', 'nq.xlsx'], { 'nq.xlsx': book });
      expect(JSON.parse(printed.stdout)).toEqual(JSON.parse(example(name)));
    });
  }

  it('any valid document (fast-check, test/core/arbitraries.ts)', async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, async (doc) => {
        const r = await roundTrip(asFile(doc));
        expect(r.problems).toEqual([]);
        expect(r.document).toEqual(asFile(doc));
      }),
      { numRuns: 60 },
    );
  });

  // Text in every form the schema allows, empty lists, rank {}, 1.1 members, characters XML cannot hold.
  const text = fc.string({ unit: fc.constantFrom('a', 'Ệ', 'đ', ' ', '\n', '\r', '\t', '\u0001', '\u001f', '_x0041_', '&', '<', '"', '😀', '\u00a0', '\ufffe', '1', ','), minLength: 1, maxLength: 8 });
  const translations = fc.oneof(
    text,
    fc.record({ vi: text }),
    fc.record({ en: text }),
    fc.record({ vi: text, en: text }),
    fc.record({ vi: text, en: text, fr: text }),
    fc.record({ 'vi-VN': text }),
  );
  const richDocument = fc
    .tuple(validDocument, translations, translations, translations, fc.boolean(), fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 3 }))
    .map(([doc, title, unit, note, empty, numbers]) => {
      const d = asFile(doc) as Record<string, any>;
      d.schemaVersion = '1.1';
      d.title = title;
      d.body = { name: unit, level: 'province', validFrom: '2025-07-01', successor: note, ...(empty ? { code: '' } : { code: '08' }) };
      if (empty) d.$schema = '';
      d.adopted = '1899-12-31';
      d.sources = empty ? [] : [{ id: 's1', title: note, url: 'https://example.org/a?b=1&c=2', published: '2024-02-29' }];
      d.groups = [{ id: 'g1', title: unit, description: title }];
      if (!empty) d.verdicts = [{ indicator: 'i0', verdict: 'achieved', text: note, source: 's1', date: '2025-12-31', period: '2021-2025', quality: 'estimated' }];
      const ind = d.indicators[0];
      ind.group = 'g1';
      ind.unit = unit;
      ind.description = note;
      ind.definition = title;
      ind.rank = empty ? {} : { of: 34, among: unit };
      ind.plans = empty ? [] : [{ period: 2023, value: [numbers[0]!, numbers[0]! + 1], note }, { period: 2024, value: numbers[0]! }];
      ind.breaks = [{ year: 2025, note }];
      ind.observations = [
        ...(ind.observations ?? []),
        ...numbers.map((value, i) => ({ period: 2010 + i, value, approx: 'over', note, outOf: 100, original: { value: numbers[0]!, unit, conversion: note } })),
      ];
      if (d.milestones.length > 0) d.milestones[0] = { ...d.milestones[0], group: 'g1', note: title, ...(empty ? {} : { source: 's1' }) };
      return d;
    })
    .filter((d) => safeParseResolution(d).success);

  it('any valid document with translations, odd characters, empty lists and schema 1.1 members (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(richDocument, async (doc) => {
        const r = await roundTrip(doc);
        expect(r.problems).toEqual([]);
        expect(r.document).toEqual(asFile(doc));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the workbook a clerk opens', () => {
  it('has the sheets in Vietnamese, headers with their keys, frozen header rows, drop-down lists, and figures as numbers (read by exceljs)', async () => {
    const exported = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': example('tp-thai-nguyen-2020-2025.json') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.written.get('nq.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([...SHEETS.map((s) => s.name), 'Hướng dẫn']);
    const figures = book.getWorksheet('Số liệu')!;
    expect(figures.getRow(1).values).toEqual(expect.arrayContaining(['Mã chỉ tiêu (indicator)', 'Kỳ (period)', 'Giá trị (value)', 'Loại số liệu (quality)', 'Ngày báo cáo (reported)', 'Ghi chú, tiếng Anh (note.en)']));
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Every figure is a number cell.
    const valueColumn = (figures.getRow(1).values as unknown[]).indexOf('Giá trị (value)');
    const values = [];
    for (let r = 2; r <= figures.rowCount; r++) values.push(figures.getRow(r).getCell(valueColumn).value);
    expect(values.length).toBe(26);
    expect(values.every((v) => typeof v === 'number')).toBe(true);
    // A report date is a date cell (in the Gia Lai data, which has them).
    const gl = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': example('gia-lai-2025-2030.json') });
    const glBook = new ExcelJS.Workbook();
    await glBook.xlsx.load(Buffer.from(gl.written.get('nq.xlsx') as Uint8Array) as unknown as ArrayBuffer);
    const glFigures = glBook.getWorksheet('Số liệu')!;
    const reported = (glFigures.getRow(1).values as unknown[]).indexOf('Ngày báo cáo (reported)');
    const dates = [];
    for (let r = 2; r <= glFigures.rowCount; r++) dates.push(glFigures.getRow(r).getCell(reported).value);
    expect(dates.filter((d) => d instanceof Date).map((d) => (d as Date).toISOString().slice(0, 10))).toContain('2026-01-05');
    // Drop-down lists: quality, kinds, ops, statuses.
    const quality = (figures.getRow(1).values as unknown[]).indexOf('Loại số liệu (quality)');
    const letter = String.fromCharCode(64 + quality);
    expect(validations(figures).find(`${letter}2`)).toMatchObject({ type: 'list', formulae: ['"actual,preliminary,estimated,projected"'] });
    expect(validations(figures).find(`${letter}900`)).toMatchObject({ type: 'list' });
    const indicators = book.getWorksheet('Chỉ tiêu')!;
    const header = indicators.getRow(1).values as unknown[];
    const kindLetter = String.fromCharCode(64 + header.indexOf('Loại mục tiêu (target.kind)'));
    const opLetter = String.fromCharCode(64 + header.indexOf('Phép so sánh (target.op)'));
    expect(validations(indicators).find(`${kindLetter}2`)?.formulae[0]).toContain('average-growth');
    expect(validations(indicators).find(`${opLetter}2`)?.formulae[0]).toBe('">=,>,<=,<,between,about"');
    const milestones = book.getWorksheet('Mốc công việc')!;
    const status = String.fromCharCode(64 + (milestones.getRow(1).values as unknown[]).indexOf('Trạng thái (status)'));
    expect(validations(milestones).find(`${status}2`)?.formulae[0]).toBe('"planned,in-progress,done,cancelled"');
    // Columns as wide as their content; the guide explains each column.
    expect(indicators.getColumn(header.indexOf('Tên chỉ tiêu (title)')).width).toBeGreaterThan(30);
    const guide = book.getWorksheet('Hướng dẫn')!;
    expect(guide.rowCount).toBeGreaterThan(SHEETS.reduce((n, s) => n + s.columns.length, 0));
  });
});

/** A workbook as Excel writes it, by exceljs: shared strings, number formats, dates as serial numbers with a date format. */
async function excelStyleWorkbook(edit?: (figures: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const doc = book.addWorksheet('Nghị quyết');
  doc.addRows([
    ['Trường (field)', 'Giá trị (value)'],
    ['Phiên bản mẫu tệp (schemaVersion)', '1.1'],
    ['Mã nghị quyết (id)', 'xa-thu'],
    ['Tên nghị quyết (title)', 'Nghị quyết Đại hội Đảng bộ xã'],
    ['Tên nghị quyết, tiếng Anh (title.en)', 'Commune resolution'],
    ['Ngày thông qua (adopted)', new Date(Date.UTC(2025, 6, 15))],
    ['Năm đầu nhiệm kỳ (term.from)', 2025],
    ['Năm cuối nhiệm kỳ (term.to)', 2030],
  ]);
  doc.getCell('B6').numFmt = 'dd/mm/yyyy';
  const indicators = book.addWorksheet('Chỉ tiêu');
  indicators.addRows([
    ['Mã chỉ tiêu (id)', 'Tên chỉ tiêu (title)', 'Đơn vị (unit)', 'Loại mục tiêu (target.kind)', 'Phép so sánh (target.op)', 'Giá trị mục tiêu (target.value)'],
    ['thu-nhap', 'Thu nhập bình quân', 'triệu đồng', 'level', '>=', 120],
    ['ho-ngheo', 'Tỷ lệ hộ nghèo', '%', 'level', '<=', 1.5],
  ]);
  const figures = book.addWorksheet('Số liệu');
  figures.addRows([
    ['Mã chỉ tiêu (indicator)', 'Kỳ (period)', 'Giá trị (value)', 'Loại số liệu (quality)', 'Ngày báo cáo (reported)'],
    ['thu-nhap', 2025, 98.5, 'ước', new Date(Date.UTC(2025, 11, 20))],
    ['ho-ngheo', 2025, 2.1, null, null],
  ]);
  figures.getColumn(3).numFmt = '#,##0.0';
  figures.getCell('E2').numFmt = 'dd/mm/yyyy';
  edit?.(figures);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('a workbook written the way Excel writes it (exceljs as the independent writer)', () => {
  it('imports: shared strings, number formats, a date cell, a Vietnamese quality word', async () => {
    const r = await run(['import', 'xa.xlsx'], { 'xa.xlsx': await excelStyleWorkbook() });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: '1.1', id: 'xa-thu', title: { vi: 'Nghị quyết Đại hội Đảng bộ xã', en: 'Commune resolution' }, adopted: '2025-07-15', term: { from: 2025, to: 2030 } });
    expect(doc.indicators[0]).toEqual({
      id: 'thu-nhap',
      title: 'Thu nhập bình quân',
      unit: 'triệu đồng',
      target: { kind: 'level', op: '>=', value: 120 },
      observations: [{ period: 2025, value: 98.5, quality: 'estimated', reported: '2025-12-20' }],
    });
    expect(doc.indicators[1].observations).toEqual([{ period: 2025, value: 2.1 }]);
  });

  it('numbers typed as text are read and noted with file, sheet, row and column', async () => {
    const book = await excelStyleWorkbook((figures) => {
      figures.getCell('C2').value = '98,5';
      figures.getCell('B3').value = '2025';
    });
    const r = await run(['import', 'xa.xlsx'], { 'xa.xlsx': book });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).indicators[0].observations[0].value).toBe(98.5);
    expect(r.stderr).toContain('xa.xlsx, sheet "Số liệu", dòng 2, cột C (Giá trị (value)): "98,5" là văn bản, đã đọc là số 98.5; nên nhập là ô số');
    expect(r.stderr).toContain('xa.xlsx, sheet "Số liệu", dòng 3, cột B (Kỳ (period)): "2025" là văn bản');
    const en = await run(['import', 'xa.xlsx', '--lang', 'en'], { 'xa.xlsx': book });
    expect(en.stderr).toContain('xa.xlsx, sheet "Số liệu", row 2, column C (Giá trị (value)): "98,5" is text, read as the number 98.5; better typed as a number');
  });

  it('"14.800" and "14,800" typed as text are refused unless the sheet settles the decimal mark', async () => {
    const ambiguous = await excelStyleWorkbook((figures) => {
      figures.getCell('C2').value = '14.800';
      figures.getCell('C3').value = '14,800';
    });
    const r = await run(['import', 'xa.xlsx', '--out', 'nq.json'], { 'xa.xlsx': ambiguous });
    expect(r.code).toBe(1);
    expect(r.written.size).toBe(0);
    expect(r.stderr).toContain('xa.xlsx, sheet "Số liệu", dòng 2, cột C (Giá trị (value)): "14.800" (ô văn bản) không rõ: dấu chấm là phân cách hàng nghìn hay dấu thập phân? Hãy nhập là ô số: 14800 hoặc 14,8');
    expect(r.stderr).toContain('dòng 3, cột C (Giá trị (value)): "14,800" (ô văn bản) không rõ: dấu phẩy');
    expect(r.stderr).toContain('Chưa ghi gì: tệp nq.json được giữ nguyên.');
    // A decimal comma elsewhere in the sheet settles it: the dot groups thousands.
    const settled = await excelStyleWorkbook((figures) => {
      figures.getCell('C2').value = '14.800';
      figures.getCell('C3').value = '2,1';
    });
    const s = await run(['import', 'xa.xlsx'], { 'xa.xlsx': settled });
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout).indicators.map((i: { observations: { value: number }[] }) => i.observations[0]!.value)).toEqual([14800, 2.1]);
  });

  it('a column the layout does not know is refused by its name and letter; a cell under no header too', async () => {
    const book = await excelStyleWorkbook((figures) => {
      figures.getCell('F1').value = 'Ghi chu cua phong';
      figures.getCell('F2').value = 'đã kiểm tra';
      figures.getCell('H2').value = 'x';
    });
    const r = await run(['import', 'xa.xlsx', '--lang', 'en'], { 'xa.xlsx': book });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xa.xlsx, sheet "Số liệu", row 1, column F (Ghi chu cua phong): a column this sheet does not have');
    expect(r.stderr).toContain('xa.xlsx, sheet "Số liệu", row 2, column H: the cell has data but its column has no name in the header');
  });

  it('schema problems are traced to their sheet, row and column', async () => {
    const book = await excelStyleWorkbook((figures) => {
      figures.getCell('A3').value = 'khong-co';
    });
    const r = await run(['import', 'xa.xlsx', '--lang', 'en'], { 'xa.xlsx': book });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('xa.xlsx, sheet "Số liệu", row 3, column A (Mã chỉ tiêu (indicator)): there is no indicator "khong-co" on the sheet "Chỉ tiêu"');
    const byOutside = await excelStyleWorkbook();
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(Buffer.from(byOutside) as unknown as ArrayBuffer);
    edited.getWorksheet('Chỉ tiêu')!.getCell('F2').value = 'nhiều';
    const bad = await run(['import', 'xa.xlsx', '--lang', 'en'], { 'xa.xlsx': new Uint8Array(await edited.xlsx.writeBuffer()) });
    expect(bad.stderr).toContain('xa.xlsx, sheet "Chỉ tiêu", row 2, column F (Giá trị mục tiêu (target.value)): "nhiều" is not a number');
    // A bad cell and a rule broken elsewhere are said in one run (the bad cell's row is not said twice).
    edited.getWorksheet('Nghị quyết')!.getCell('B8').value = 2020;
    const both = await run(['import', 'xa.xlsx', '--lang', 'en'], { 'xa.xlsx': new Uint8Array(await edited.xlsx.writeBuffer()) });
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/^✗ xa\.xlsx: 2 problems\n/);
    expect(both.stderr).toContain('xa.xlsx, sheet "Nghị quyết", row 8, column B (Năm cuối nhiệm kỳ (term.to)): term');
  });

  it('an .xls or a file that is no workbook is said as such (exit 2)', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    const r = await run(['import', 'old.xlsx'], { 'old.xlsx': xls });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Không đọc được tệp old\.xlsx: /);
    const text = await run(['import', 'x.xlsx', '--lang', 'en'], { 'x.xlsx': 'indicator,value\n' });
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/^Cannot read x\.xlsx: /);
    expect(text.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('a workbook without any sheet of the layout says so, naming the sheets it wants', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRow(['a', 1]);
    const r = await run(['import', 'x.xlsx', '--lang', 'en'], { 'x.xlsx': new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('x.xlsx, sheet "Sheet1": a sheet the layout does not have, left out');
    expect(r.stderr).toContain('x.xlsx: none of the layout\'s sheets (Nghị quyết, Chỉ tiêu, Số liệu');
  });
});
