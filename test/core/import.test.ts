import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv } from '../../src/cli/csv.js';
import { headerKey, importTables, readDate, readNumber, readPeriod, readQuality, readTargetValue } from '../../src/cli/import.js';
import { decimalMark, readNumberIn } from '../../src/cli/import-cells.js';
import { runCli } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';
import { safeParseResolution, type Observation, type Resolution, type Text } from '../../src/index.js';

const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
const example: Resolution = JSON.parse(readFileSync(new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url), 'utf8'));
const TERM = ['--id', 'tp-test', '--title', 'Nghị quyết thử', '--from', '2020', '--to', '2025'];

/** Runs the CLI in-process; `files` stands in for the disk when given. */
function run(argv: string[], files?: Record<string, string | Uint8Array>) {
  const { io, out } = memoryIo(files);
  const code = runCli(argv, io, '9.9.9');
  return { code, stdout: out.stdout, stderr: out.stderr };
}

/** Imports CSV text given inline (one data file, optionally an indicators file). */
function importText(text: string, extra: string[] = [], indicators?: string) {
  const files: Record<string, string> = { 'table.csv': text, ...(indicators === undefined ? {} : { 'indicators.csv': indicators }) };
  return run(['import', 'table.csv', ...TERM, ...(indicators === undefined ? [] : ['--indicators', 'indicators.csv']), ...extra], files);
}

/** The `line N: …` lines of stderr, without indentation. */
const problemLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, delimiters and line breaks inside quotes, and counts physical lines', () => {
    const table = parseCsv('a,b,c\r\n"x, ""y""","line one\r\nline two",3\r\n4,5,6\r\n');
    expect(table.delimiter).toBe(',');
    expect(table.records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, "y"', 'line one\nline two', '3'] },
      { line: 4, cells: ['4', '5', '6'] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('strips a BOM, accepts LF, CR and a missing final line break, keeps empty cells', () => {
    expect(parseCsv('\ufeffa;b\n1;\r2;"";\r').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', ''] },
      { line: 3, cells: ['2', '', ''] },
    ]);
    expect(parseCsv('a\tb\n1\t2').records.at(-1)).toEqual({ line: 2, cells: ['1', '2'] });
    expect(parseCsv('').records).toEqual([]);
  });

  it('guesses the delimiter from the header, ignoring quoted ones; Excel’s sep= line names it', () => {
    expect(guessDelimiter('"a;b;c",x,y\n1;2;3;4;5')).toBe(',');
    expect(guessDelimiter('Chỉ tiêu;Năm;Giá trị\n"4,2"')).toBe(';');
    expect(guessDelimiter('indicator\tperiod\tvalue')).toBe('\t');
    expect(guessDelimiter('indicator')).toBe(',');
    const hinted = parseCsv('sep=;\nindicator,x;period\na,b;c\n');
    expect(hinted.delimiter).toBe(';');
    expect(hinted.records).toEqual([{ line: 2, cells: ['indicator,x', 'period'] }, { line: 3, cells: ['a,b', 'c'] }]);
  });

  it('reports an unclosed quote at the line it opens, and text after a closing quote', () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.records).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]);
    expect(table.problems).toEqual([{ kind: 'unterminated-quote', line: 3, column: 2 }]);
    const after = parseCsv('a,b\n"x"y,2\n');
    expect(after.records[1]!.cells).toEqual(['xy', '2']);
    expect(after.problems).toEqual([{ kind: 'text-after-quote', line: 2, column: 1 }]);
  });
});

describe('cell readers', () => {
  it('reads decimal commas, thousands groups and signs; refuses what is not a number', () => {
    const cases: [string, number][] = [
      ['4,2', 4.2], ['4.2', 4.2], ['14.800,5', 14800.5], ['1 234,5', 1234.5], ['1\u00a0234\u00a0567', 1234567],
      ['14,800.5', 14800.5], ['0.125', 0.125], ['-1,5', -1.5], ['\u22120,3', -0.3], ['+7', 7], ['4,2%', 4.2], ['14800', 14800], ['-0', 0],
    ];
    for (const [raw, value] of cases) expect(readNumber(raw), raw).toEqual({ kind: 'number', value });
    for (const raw of ['4,2,1', 'abc', '1,234,567', '4,', '1 23', '1.23.4', '--1', '5e3']) expect(readNumber(raw).kind, raw).toBe('not-a-number');
    expect(readNumber('  ')).toEqual({ kind: 'empty' });
  });

  it('never guesses "14.800": ambiguous, with both readings to write instead', () => {
    expect(readNumber('14.800')).toEqual({ kind: 'ambiguous', write: ['14800', '14,8'] });
    expect(readNumber('-1.000')).toEqual({ kind: 'ambiguous', write: ['-1000', '-1'] });
    expect(readNumber('1.234.567')).toEqual({ kind: 'ambiguous', write: ['1234567'] });
  });

  it('reads quality words in Vietnamese or English, whatever the case, spaces and diacritics', () => {
    const words: [string, string][] = [
      ['Chính thức', 'actual'], ['chinh thuc', 'actual'], ['THỰC HIỆN', 'actual'], ['actual', 'actual'],
      ['Sơ bộ', 'preliminary'], ['sobo', 'preliminary'],
      ['Ước', 'estimated'], ['ước tính', 'estimated'], ['Ước thực hiện', 'estimated'], ['dự ước', 'estimated'], ['Estimated', 'estimated'],
      ['Dự kiến', 'projected'], ['projected', 'projected'],
    ];
    for (const [raw, quality] of words) expect(readQuality(raw, 'vi'), raw).toEqual({ ok: true, value: quality });
    const refused = readQuality('chắc chắn', 'en');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('estimated (ước, ước tính, ước thực hiện, dự ước)');
    const plan = readQuality('Kế hoạch', 'vi');
    expect(!plan.ok && plan.message).toContain('"plans"');
  });

  it('reads periods, dates and target ranges', () => {
    expect(readPeriod('2022', 'vi')).toEqual({ ok: true, value: 2022 });
    expect(readPeriod('2021 – 2025', 'vi')).toEqual({ ok: true, value: '2021-2025' });
    for (const raw of ['22', '2025-2021', '1850', '2021/2025', 'năm nay']) expect(readPeriod(raw, 'vi').ok, raw).toBe(false);
    expect(readDate('30/06/2023', 'vi')).toEqual({ ok: true, value: '2023-06-30' });
    expect(readDate('2023-6-5', 'vi')).toEqual({ ok: true, value: '2023-06-05' });
    for (const raw of ['31/02/2023', '2023-13-01', '06/30/2023', 'hôm qua']) expect(readDate(raw, 'vi').ok, raw).toBe(false);
    expect(readTargetValue('2–3', 'vi')).toEqual({ ok: true, value: [2, 3] });
    expect(readTargetValue('2,5 - 3,5', 'vi')).toEqual({ ok: true, value: [2.5, 3.5] });
    expect(readTargetValue('-1', 'vi')).toEqual({ ok: true, value: -1 });
    expect(readTargetValue('-2--1', 'vi')).toEqual({ ok: true, value: [-2, -1] });
    expect(readTargetValue('2 đến 3', 'vi').ok).toBe(false);
  });

  it('folds header names: case, diacritics, spaces and punctuation do not matter', () => {
    expect(headerKey(' Chỉ Tiêu ')).toBe('chi_tieu');
    expect(headerKey('Đơn vị tính')).toBe('don_vi_tinh');
    expect(headerKey('Ghi chú (EN)')).toBe('ghi_chu_en');
  });
});

describe('tn-indicators import: a good table', () => {
  const expected = {
    $schema: 'https://tn-indicators.github.io/schemas/resolution.schema.json',
    schemaVersion: '1.0',
    id: 'tp-test',
    title: 'Nghị quyết thử',
    term: { from: 2020, to: 2025 },
    sources: [{ id: 'bao-cao-2023', title: 'bao-cao-2023' }],
    indicators: [
      {
        id: 'agri-growth',
        title: 'Tốc độ tăng ngành nông; lâm nghiệp',
        unit: '%',
        target: { kind: 'average-growth', op: '>', value: 5 },
        observations: [
          { period: 2021, value: 4.2, source: 'bao-cao-2023' },
          { period: 2022, value: 4.3, source: 'bao-cao-2023' },
          { period: '2021-2025', value: 5.1, quality: 'projected', source: 'bao-cao-2023', note: 'Dự kiến bình quân\n5 năm' },
        ],
      },
      {
        id: 'poverty-rate',
        title: 'Tỷ lệ "hộ nghèo"\n(chuẩn mới)',
        unit: '%',
        target: { kind: 'level', op: '<=', value: 0.9, by: 2025 },
        observations: [{ period: 2023, value: 0.54, quality: 'estimated', reported: '2023-06-30', source: 'bao-cao-2023' }],
      },
      {
        id: 'investment-capital',
        title: 'Vốn đầu tư',
        unit: 'tỷ đồng',
        observations: [
          { period: 2023, value: 14800.5, quality: 'preliminary' },
          { period: 2022, value: 1234.5, quality: 'estimated', reported: '2023-01-15' },
        ],
      },
    ],
  };

  it('`;`, BOM, CRLF, quoted ; and line breaks, Vietnamese headers and words, decimal commas → the exact document', () => {
    const raw = readFileSync(fixture('good-semicolon.csv'), 'utf8');
    // The fixture really is what Excel in a Vietnamese locale writes.
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain(';"Tốc độ tăng ngành nông; lâm nghiệp";');
    expect(raw).toContain('\r\n');
    const r = run(['import', fixture('good-semicolon.csv'), ...TERM]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual(expected);
    expect(safeParseResolution(doc).success).toBe(true);
    // Printed with 2 spaces, $schema first, then schemaVersion.
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(r.stdout.startsWith('{\n  "$schema": "https://tn-indicators.github.io/schemas/resolution.schema.json",\n  "schemaVersion": "1.0",')).toBe(true);
    expect(r.stderr).toBe('3 chỉ tiêu, 6 số liệu; đã thêm 1 nguồn (bao-cao-2023) vào "sources" với tên tạm là mã, hãy sửa lại tên\n');
  });

  it('says the summary in English with --lang en', () => {
    const r = run(['import', fixture('good-semicolon.csv'), ...TERM, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('3 indicators, 6 observations; added 1 source (bao-cao-2023) to "sources" titled with its id for now; edit the title\n');
  });

  it('the same table with `,` or tab delimiters and LF gives the same document', () => {
    const rows = parseCsv(readFileSync(fixture('good-semicolon.csv'), 'utf8')).records.map((r) => r.cells);
    const quote = (c: string) => (/[",;\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    for (const sep of [',', '\t']) {
      const r = importText(rows.map((cells) => cells.map(quote).join(sep)).join('\n'));
      expect(r.code, JSON.stringify(sep)).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expected);
    }
  });

  it('a row with no figure only describes its indicator; STT columns and blank rows are read past', () => {
    const r = importText('STT,indicator,title,target_kind,target_op,target_value,target_by,period,value\n1,wards,Phường mới,level,,2-3,2025,,\n,,,,,,,,\n2,other,Khác,,,,,2022,7\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).indicators).toEqual([
      { id: 'wards', title: 'Phường mới', target: { kind: 'level', op: 'between', value: [2, 3], by: 2025 } },
      { id: 'other', title: 'Khác', observations: [{ period: 2022, value: 7 }] },
    ]);
    expect(r.stderr).toBe('2 chỉ tiêu, 1 số liệu\n');
  });

  it('groups named in the table are added like sources, and a title in two languages becomes translations', () => {
    const r = importText('indicator,group,title,title (en),period,value,note,note_en\nx,kinh-te,Tăng trưởng,Growth,2022,"6,5",Ước,Estimate\n', ['--lang', 'en']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.groups).toEqual([{ id: 'kinh-te', title: 'kinh-te' }]);
    expect(doc.indicators[0]).toEqual({
      id: 'x',
      group: 'kinh-te',
      title: { vi: 'Tăng trưởng', en: 'Growth' },
      observations: [{ period: 2022, value: 6.5, note: { vi: 'Ước', en: 'Estimate' } }],
    });
    expect(r.stderr).toContain('added 1 group (kinh-te) to "groups"');
  });
});

describe('tn-indicators import --indicators', () => {
  it('takes the indicator columns from a second file (tab-delimited here), in its order', () => {
    const r = run(['import', fixture('figures.csv'), '--indicators', fixture('indicators.tsv.csv'), ...TERM]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(safeParseResolution(doc).success).toBe(true);
    expect(doc.indicators.map((i: { id: string }) => i.id)).toEqual(['agri-growth', 'communes-to-wards', 'model-communes']);
    expect(doc.indicators[0]).toEqual({
      id: 'agri-growth',
      group: 'kinh-te',
      title: { vi: 'Tốc độ tăng ngành nông, lâm nghiệp', en: 'Agriculture and forestry growth' },
      unit: '%',
      decimals: 1,
      target: { kind: 'average-growth', op: '>', value: 5 },
      observations: [{ period: 2021, value: 4.2, source: 'bao-cao' }, { period: 2022, value: 4.3, source: 'bao-cao' }],
    });
    expect(doc.indicators[1].target).toEqual({ kind: 'level', op: 'between', value: [2, 3], by: 2025 });
    expect(doc.indicators[2]).not.toHaveProperty('observations');
    expect(doc.indicators[2].target).toEqual({ kind: 'level', op: '>=', value: 6, by: 2025, outOf: 11 });
    expect(doc.groups.map((g: { id: string }) => g.id)).toEqual(['kinh-te', 'do-thi', 'nong-thon-moi']);
    expect(r.stderr).toMatch(/^3 chỉ tiêu, 3 số liệu; đã thêm 1 nguồn \(bao-cao\).*; đã thêm 3 nhóm \(kinh-te, do-thi, nong-thon-moi\)/);
  });

  it('refuses a figure for an indicator the indicators file does not list', () => {
    const r = run(['import', fixture('figures-unknown-indicator.csv'), '--indicators', fixture('indicators.tsv.csv'), ...TERM, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(problemLines(r.stderr)).toEqual([`line 3: indicator: indicator "rice-yield" is not in ${fixture('indicators.tsv.csv')}`]);
  });

  it('reports a repeated indicator, data columns in the indicators file, and contradictions across the files', () => {
    const indicators = 'indicator,title,value\nx,Một,\nx,Hai,\n';
    const r = importText('indicator,title,period,value\nx,Ba,2022,1\n', ['--lang', 'en'], indicators);
    expect(r.code).toBe(1);
    // Grouped by file, the data table first.
    expect(r.stderr).toMatch(/^✗ table\.csv: 1 problem\n  line 2: title: "Ba" contradicts "Một" given for indicator "x" on line 2 of indicators\.csv\n✗ indicators\.csv: 2 problems\n/);
    expect(problemLines(r.stderr)).toEqual([
      'line 2: title: "Ba" contradicts "Một" given for indicator "x" on line 2 of indicators.csv',
      'line 1: value: this column belongs in the data table, not in the indicators file',
      'line 3: indicator: indicator "x" is already on line 2',
    ]);
  });
});

describe('tn-indicators import: bad rows', () => {
  it('reports every bad row of a file with its physical line (quoted line breaks counted), in Vietnamese', () => {
    const r = run(['import', fixture('bad-rows.csv'), ...TERM]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`✗ ${fixture('bad-rows.csv')}: 8 lỗi`);
    expect(problemLines(r.stderr)).toEqual([
      'dòng 3: value: "4,2,1" không phải là số',
      'dòng 4: value: "14.800" không rõ: dấu chấm là phân cách hàng nghìn hay dấu thập phân? Hãy viết 14800 hoặc 14,8',
      expect.stringMatching(/^dòng 5: quality: "maybe" không phải là loại số liệu; dùng một trong: actual \(chính thức, thực hiện\); preliminary \(sơ bộ\);/),
      'dòng 6: period: "20245" không phải là năm (ví dụ 2022, từ 1900 đến 2200) hay giai đoạn (ví dụ 2021-2025)',
      'dòng 7: title: "Agriculture" khác với "Agriculture, forestry" đã ghi cho chỉ tiêu "agri-growth" ở dòng 2',
      'dòng 8: indicator: thiếu mã chỉ tiêu',
      'dòng 9: value: ô trống, cần một số',
      // After a note spanning lines 9–10 and a good line 11:
      'dòng 12: indicator: "Poverty Rate" không phải là mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "poverty-rate"',
    ]);
    expect(r.stderr).toMatch(/Chưa in tài liệu nào/);
  });

  it('and in English', () => {
    const r = run(['import', fixture('bad-rows.csv'), ...TERM, '--lang', 'en']);
    expect(problemLines(r.stderr)).toContain('line 3: value: "4,2,1" is not a number');
    expect(problemLines(r.stderr)).toContain('line 4: value: "14.800" is ambiguous: is the dot a thousands separator or a decimal point? Write 14800 or 14,8');
    expect(problemLines(r.stderr)).toContain('line 6: period: "20245" is not a year (e.g. 2022, from 1900 to 2200) or a span (e.g. 2021-2025)');
  });

  it('names the column as the header writes it, and reports several bad cells of one row', () => {
    const r = importText('Chỉ tiêu;Tên;Năm;Giá trị;Loại;Ngày báo cáo;Nguồn\nx;X;2025-2021;1.234.567;ước chừng;31/02/2023;Báo cáo\n');
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual([
      'dòng 2: Năm: giai đoạn "2025-2021" phải có năm đầu trước năm cuối',
      'dòng 2: Giá trị: "1.234.567" dùng dấu chấm để phân cách hàng nghìn; hãy viết 1234567',
      expect.stringMatching(/^dòng 2: Loại: "ước chừng" không phải là loại số liệu/),
      'dòng 2: Ngày báo cáo: "31/02/2023" không phải là ngày; viết YYYY-MM-DD (ví dụ 2023-06-30) hoặc DD/MM/YYYY',
      'dòng 2: Nguồn: "Báo cáo" không phải là mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "bao-cao"',
    ]);
  });

  it('reports an indicator without a title, an incomplete target and bad indicator columns at their lines', () => {
    const r = importText('indicator,title,decimals,target_kind,target_op,target_value,period,value\nx,,,,,5,2022,1\ny,Y,7,growth,!=,,2022,1\n', ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual([
      'line 2: title: indicator "x" has no title (column title or tên)',
      'line 2: target_kind: the target of indicator "x" lacks target_kind',
      'line 2: target_op: the target of indicator "x" lacks target_op',
      'line 3: decimals: "7" must be a whole number from 0 to 6',
      'line 3: target_kind: "growth" is not a kind of target; use one of: level, average-growth, annual, cumulative, average-change, maintain, term-average, relative, multiple',
      'line 3: target_op: "!=" is not a comparison; use one of: >=, >, <=, <, between, about',
    ]);
  });

  it('reports a second figure for the same period, quality and report date (a revision needs a later date)', () => {
    const ok = importText('indicator,title,period,value,quality,reported\nx,X,2022,1,ước,\nx,,2022,2,,\nx,,2022,3,,2023-03-01\n');
    expect(ok.code).toBe(0);
    const dup = importText('indicator,title,period,value\nx,X,2022,1\nx,,2022,2\n', ['--lang', 'en']);
    expect(dup.code).toBe(1);
    expect(problemLines(dup.stderr)).toEqual([expect.stringMatching(/^line 3: period: indicator "x" already has a figure for 2022 on line 2/)]);
  });

  it('reports header problems: unknown, repeated and missing columns', () => {
    const r = importText('indicator,qualty,giá trị,value,title\nx,,1,1,X\n', ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual([
      expect.stringMatching(/^line 1: qualty: is not a known column; use: indicator, period, value, quality,/),
      'line 1: value: repeats the column "giá trị"',
      'line 1: period: the required column is missing (period, year, ky, ky_so_lieu, nam)',
    ]);
  });

  it('reports cells beyond the header, an unclosed quote, and an empty file', () => {
    const extra = importText('indicator,title,period,value\nx,X,2022,1,oops\n', ['--lang', 'en']);
    expect(problemLines(extra.stderr)).toEqual(['line 2: column 5: the row has 5 cells but the header only 4 columns']);
    const open = importText('indicator,title,period,value\nx,X,2022,1\ny,"Y,2022,1\nz,Z,2022,1\n', ['--lang', 'en']);
    expect(open.code).toBe(1);
    expect(problemLines(open.stderr)).toEqual(['line 3: column 2: a quote (") opens here but is never closed; the rest of the file cannot be read']);
    const headerOnly = importText('indicator;period;value\r\n;;\r\n', ['--lang', 'en']);
    expect(headerOnly.code).toBe(1);
    expect(problemLines(headerOnly.stderr)).toEqual(['the file has no data row under its header']);
    // With an indicators file, no figures yet is fine: indicators without observations.
    const noFigures = importText('indicator,period,value\n', [], 'indicator,title\nx,X\n');
    expect(noFigures.code).toBe(0);
    expect(JSON.parse(noFigures.stdout).indicators).toEqual([{ id: 'x', title: 'X' }]);
    expect(noFigures.stderr).toBe('1 chỉ tiêu, 0 số liệu\n');
    const empty = importText('\ufeff\n\n');
    expect(empty.code).toBe(1);
    expect(problemLines(empty.stderr)).toEqual(['tệp rỗng']);
  });
});

describe('tn-indicators import: the document is validated', () => {
  it('a target year outside the term → exit 1 with the path, traced to its line', () => {
    const r = run(['import', fixture('target-outside-term.csv'), ...TERM]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(problemLines(r.stderr)).toEqual(['dòng 3: indicators[0].target.by: Năm đạt mục tiêu 2030 phải nằm trong nhiệm kỳ 2020–2025 (sau 2020, không quá 2025)']);
  });

  it('schema rules the rows cannot see are reported too (between with a single number)', () => {
    const r = importText('indicator,title,period,value,target_kind,target_op,target_value\nx,X,2022,1,level,between,3\n', ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual(['line 2: indicators[0].target.value: With op "between" the value must be a pair [low, high]']);
  });
});

describe('tn-indicators import: usage and unreadable files', () => {
  it('exits 2 for an unreadable file (missing, a directory, not UTF-8), without a stack trace', () => {
    const missing = run(['import', fixture('missing.csv'), ...TERM]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^Không đọc được tệp .*missing\.csv: không tìm thấy tệp\n$/);
    const dir = run(['import', fixture(''), ...TERM, '--lang', 'en']);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/Cannot read .*: it is a directory/);
    const latin = importText('indicator,title,period,value\nx,T\uFFFDng,2022,1\n', ['--lang', 'en']);
    expect(latin.code).toBe(2);
    expect(latin.stderr).toContain('the file is not UTF-8. In Excel, Save As "CSV UTF-8');
    const noIndicators = run(['import', fixture('figures.csv'), '--indicators', fixture('nope.csv'), ...TERM]);
    expect(noIndicators.code).toBe(2);
    expect(noIndicators.stderr).toMatch(/nope\.csv: không tìm thấy tệp/);
    for (const r of [missing, dir, latin, noIndicators]) expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('exits 2 with the usage when --id (or another required option) is missing or wrong', () => {
    const r = run(['import', fixture('good-semicolon.csv'), '--title', 'T', '--from', '2020', '--to', '2025']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Thiếu --id\n\nCách dùng:[\s\S]*tn-indicators import <bảng\.csv> --id MÃ/);
    const en = run(['import', fixture('good-semicolon.csv'), '--lang', 'en']);
    expect(en.stderr).toMatch(/^Missing --id, --title, --from, --to\n\nUsage:[\s\S]*tn-indicators import <table\.csv> --id ID/);
    const wrong: string[][] = [
      ['--id', 'Thai Nguyen', '--title', 'T', '--from', '2020', '--to', '2025'],
      ['--id', 'x', '--title', 'T', '--from', '2025', '--to', '2020'],
      ['--id', 'x', '--title', 'T', '--from', 'năm ngoái', '--to', '2025'],
    ];
    for (const args of wrong) expect(run(['import', fixture('good-semicolon.csv'), ...args]).code, args.join(' ')).toBe(2);
    expect(run(['import', ...TERM]).stderr).toMatch(/^Cần đúng một tệp CSV/);
  });

  it('is listed in --help', () => {
    expect(run(['--help']).stdout).toContain('tn-indicators import <bảng.csv>');
    expect(run(['--help', '--lang', 'en']).stdout).toContain('[--indicators <indicators.csv>]');
  });
});

describe('tn-indicators import: round trip with examples/data', () => {
  const byId = (id: string) => example.indicators.find((i) => i.id === id)!;

  it('the Thái Nguyên agri-growth and poverty-rate rows give the observations (and indicators) of the example', () => {
    const r = run(['import', fixture('thai-nguyen.csv'), '--id', example.id, '--title', 'T', '--from', '2020', '--to', '2025']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.indicators.map((i: { observations: unknown }) => i.observations)).toEqual([byId('agri-growth').observations, byId('poverty-rate').observations]);
    expect(doc.indicators).toEqual([byId('agri-growth'), byId('poverty-rate')]);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(example.sources!.map((s) => s.id));
  });

  it('a CSV written from the whole example, with decimal commas and Vietnamese words, imports back to its indicators', () => {
    const QUALITY_VI: Record<string, string> = { actual: '', preliminary: 'sơ bộ', estimated: 'ước tính', projected: 'dự kiến' };
    const APPROX_VI: Record<string, string> = { about: 'khoảng', over: 'trên', under: 'dưới' };
    const num = (v: number) => String(v).replace('.', ',');
    const vi = (x: Text | undefined) => (x === undefined ? '' : typeof x === 'string' ? x : x.vi!);
    const en = (x: Text | undefined) => (x === undefined || typeof x === 'string' ? '' : x.en!);
    const header = ['Mã chỉ tiêu', 'Nhóm', 'Tên', 'Tên (en)', 'Mô tả', 'Mô tả (en)', 'Đơn vị', 'Đơn vị (en)', 'decimals', 'target_kind', 'target_op', 'target_value', 'target_by', 'target_out_of', 'Kỳ', 'Giá trị', 'Loại', 'approx', 'Ngày báo cáo', 'Nguồn', 'Ghi chú', 'Ghi chú (en)'];
    const obsCells = (o: Observation | undefined): string[] =>
      o === undefined ? Array<string>(8).fill('') : [String(o.period), num(o.value), QUALITY_VI[o.quality ?? 'actual']!, o.approx ? APPROX_VI[o.approx]! : '', o.reported ?? '', o.source ?? '', vi(o.note), en(o.note)];
    const lines = [header];
    for (const ind of example.indicators) {
      const tg = ind.target;
      const value = tg === undefined || tg.kind === 'relative' ? '' : Array.isArray(tg.value) ? tg.value.map(num).join('–') : num(tg.value);
      const by = tg && 'by' in tg && tg.by !== undefined ? String(tg.by) : '';
      const outOf = tg?.kind === 'level' && tg.outOf !== undefined ? num(tg.outOf) : '';
      const first = [ind.id, ind.group ?? '', vi(ind.title), en(ind.title), vi(ind.description), en(ind.description), vi(ind.unit), en(ind.unit), String(ind.decimals ?? ''), tg?.kind ?? '', tg?.op ?? '', value, by, outOf];
      const observations = ind.observations ?? [];
      lines.push([...first, ...obsCells(observations[0])]);
      for (const o of observations.slice(1)) lines.push([ind.id, ...Array<string>(first.length - 1).fill(''), ...obsCells(o)]);
    }
    const quote = (c: string) => (/[";\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const csv = `\ufeff${lines.map((l) => l.map(quote).join(';')).join('\r\n')}\r\n`;
    const result = importTables({ name: 'tn.csv', text: csv }, undefined, { id: example.id, title: 'T', from: 2020, to: 2025, lang: 'en' });
    expect(result.problems).toEqual([]);
    const doc = result.document as { indicators: unknown; groups: { id: string }[] };
    expect(doc.indicators).toEqual(example.indicators);
    expect(doc.groups.map((g) => g.id)).toEqual(example.groups!.map((g) => g.id));
    expect(result.observations).toBe(example.indicators.reduce((n, i) => n + (i.observations?.length ?? 0), 0));
    // The table really exercised decimal commas, Vietnamese words, an approx and a range.
    expect(csv).toContain(';0,54;ước tính;');
    expect(csv).toContain(';14800;sơ bộ;trên;');
    expect(csv).toContain(';2–3;');
  });
});

describe('tn-indicators import: schema 1.1 columns', () => {
  it('reads stretch, series, reference, target_of and a figure\'s own out_of, and writes a 1.1 document', () => {
    const csv = [
      'indicator,title,unit,target_kind,target_op,target_value,target_stretch,target_series,target_reference,target_of,target_out_of,period,value,out_of',
      'grdp,Tăng trưởng GRDP,%,average-growth,>=,10,"10,5",,,,,2021,"10,2",',
      'revenue,Thu ngân sách,tỷ đồng,average-growth,>=,12,,levels,,,,2020,26500,',
      'revenue,,,,,,,,,,,2021,29000,',
      'poor,Tỷ lệ hộ nghèo,%,relative,<,,,,poor-vn,,,2021,1,',
      'poor-vn,Tỷ lệ hộ nghèo cả nước,%,,,,,,,,,2021,"1,5",',
      'grdp-size,Quy mô GRDP,nghìn tỷ đồng,multiple,>=,2,,,,2020,,2020,100,',
      'ntm,Xã nông thôn mới nâng cao,xã,level,>=,11,,,,,11,2021,9,10',
      'tfp,Đóng góp của TFP,%,term-average,>,55,,,,,,2021,56,',
    ].join('\n');
    const r = importText(csv + '\n');
    expect(r.stderr).toBe('7 chỉ tiêu, 8 số liệu\n');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe('1.1');
    const byId = Object.fromEntries(doc.indicators.map((i: { id: string }) => [i.id, i]));
    expect(byId.grdp.target).toEqual({ kind: 'average-growth', op: '>=', value: 10, stretch: 10.5 });
    expect(byId.revenue.target).toEqual({ kind: 'average-growth', op: '>=', value: 12, series: 'levels' });
    expect(byId.poor.target).toEqual({ kind: 'relative', op: '<', reference: 'poor-vn' });
    expect(byId['grdp-size'].target).toEqual({ kind: 'multiple', op: '>=', value: 2, of: 2020 });
    expect(byId.ntm.target).toEqual({ kind: 'level', op: '>=', value: 11, outOf: 11 });
    expect(byId.ntm.observations).toEqual([{ period: 2021, value: 9, outOf: 10 }]);
    expect(byId.tfp.target).toEqual({ kind: 'term-average', op: '>', value: 55 });
  });

  it('a stretch on the wrong side is refused at its line, naming the column', () => {
    const r = importText('indicator,title,target_kind,target_op,target_value,target_stretch,period,value\nx,X,level,>=,10,9,2021,1\n', ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stretch/);
  });
});

describe('"14,800" and "14.800": read where the table settles the decimal mark, never as 14.8', () => {
  it('a lone "14,800" is ambiguous like "14.800", with both readings', () => {
    expect(readNumber('14,800')).toEqual({ kind: 'ambiguous', write: ['14800', '14,8'], sep: ',' });
    expect(readNumber('-1,500')).toEqual({ kind: 'ambiguous', write: ['-1500', '-1,5'], sep: ',' });
    // A leading zero or another count of digits is no thousands group: a decimal.
    expect(readNumber('0,125')).toEqual({ kind: 'number', value: 0.125 });
    expect(readNumber('14,80')).toEqual({ kind: 'number', value: 14.8 });
  });

  it('the table settles it: decimal commas elsewhere make "14.800" 14800; decimal points make "14,800" 14800', () => {
    expect(decimalMark(['4,2', '14.800', '7'])).toBe(',');
    expect(decimalMark(['4.2', '14,800'])).toBe('.');
    expect(decimalMark(['4,2', '0.6'])).toBeUndefined();
    expect(decimalMark(['14,800', '14.800', '12'])).toBeUndefined();
    expect(readNumberIn('14.800', ',')).toEqual({ kind: 'number', value: 14800 });
    expect(readNumberIn('1.234.567', ',')).toEqual({ kind: 'number', value: 1234567 });
    expect(readNumberIn('14,800', '.')).toEqual({ kind: 'number', value: 14800 });
    expect(readNumberIn('-1,234,567', '.')).toEqual({ kind: 'number', value: -1234567 });
    // The decimal mark itself before three digits stays ambiguous: never 14.8.
    expect(readNumberIn('14,800', ',').kind).toBe('ambiguous');
    expect(readNumberIn('14.800', '.').kind).toBe('ambiguous');
  });

  it('in a CSV of decimal commas, "14,800" is refused with both readings (it was silently 14.8), "14.800" is 14800', () => {
    const csv = 'indicator;title;period;value\nx;X;2021;4,2\nx;;2022;14,800\n';
    const r = importText(csv, ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(problemLines(r.stderr)).toEqual(['line 3: value: "14,800" is ambiguous: is the comma a thousands separator or a decimal comma (the table\'s other cells do not say)? Write 14800 or 14,8']);
    const vi = importText(csv);
    expect(problemLines(vi.stderr)[0]).toContain('dấu phẩy là phân cách hàng nghìn hay dấu thập phân');
    const dots = importText('indicator;title;period;value\nx;X;2021;4,2\nx;;2022;14.800\n');
    expect(dots.code).toBe(0);
    expect(JSON.parse(dots.stdout).indicators[0].observations).toEqual([{ period: 2021, value: 4.2 }, { period: 2022, value: 14800 }]);
    const english = importText('indicator,title,period,value\nx,X,2021,4.2\nx,,2022,"14,800"\n');
    expect(english.code).toBe(0);
    expect(JSON.parse(english.stdout).indicators[0].observations[1]).toEqual({ period: 2022, value: 14800 });
  });
});
