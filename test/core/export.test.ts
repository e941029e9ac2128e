import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvNumber } from '../../src/cli/export.js';
import { readNumber } from '../../src/cli/import.js';
import { runCli } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

const EXAMPLE = readFileSync(new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url), 'utf8');
const example = JSON.parse(EXAMPLE);

async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  const { io, out } = memoryIo(files);
  const code = await runCli(argv, io, '9.9.9');
  return { code, ...out };
}

describe('tn-indicators export --out file.csv: the import layout', () => {
  it('writes ; and decimal commas with a BOM and CRLF, which import reads back to the same indicators', async () => {
    const r = await run(['export', 'nq.json', '--out', 'nq.csv'], { 'nq.json': EXAMPLE });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('Đã ghi nq.csv: 23 chỉ tiêu, 26 số liệu.');
    const csv = r.written.get('nq.csv') as string;
    expect(csv.startsWith('\ufeffindicator;title;title_en;')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(';0,54;estimated;');
    const back = await run(['import', 'nq.csv', '--id', example.id, '--title', 'T', '--from', '2020', '--to', '2025'], { 'nq.csv': csv });
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout).indicators).toEqual(example.indicators);
    // Over the file it came from: nothing changed, the rest (titles of sources, milestones) kept.
    const over = await run(['import', 'nq.csv', '--out', 'nq.json'], { 'nq.csv': csv, 'nq.json': EXAMPLE });
    expect(over.code, over.stderr).toBe(0);
    expect(over.stderr).toBe('Đã cập nhật nq.json: không có thay đổi.\n');
    expect(JSON.parse(over.written.get('nq.json') as string)).toEqual(example);
  });

  it('says what a CSV table leaves out (kept in the JSON file)', async () => {
    const r = await run(['export', 'nq.json', '--out', 'nq.csv', '--lang', 'en'], { 'nq.json': EXAMPLE });
    expect(r.stderr).toContain('Note: a CSV table does not carry milestones, sources, groups; they stay in the JSON file and are kept by import … --out nq.json. Use .xlsx to have everything.');
  });

  it('a decimal comma before three digits gets a zero, so that it is never read as thousands', () => {
    expect(csvNumber(14.125)).toBe('14,1250');
    expect(csvNumber(14.8)).toBe('14,8');
    expect(csvNumber(-1.5)).toBe('-1,5');
    expect(csvNumber(14800)).toBe('14800');
    expect(csvNumber(0.125)).toBe('0,125');
    expect(csvNumber(1e-7)).toBe('0,0000001');
    expect(csvNumber(1.5e21)).toBe('1500000000000000000000');
    for (const n of [14.125, 0.125, 999.999, -2.5, 1e-7, -2.5e-8, 123456.789]) expect(readNumber(csvNumber(n)), String(n)).toEqual({ kind: 'number', value: n });
  });
});

describe('tn-indicators export: usage and bad input', () => {
  it('needs --out with .xlsx or .csv (exit 2, the usage)', async () => {
    expect((await run(['export', 'nq.json'], { 'nq.json': EXAMPLE })).stderr).toMatch(/^Cần --out <tệp\.xlsx> \(hoặc <tệp\.csv>\)\n\nCách dùng:/);
    const txt = await run(['export', 'nq.json', '--out', 'nq.txt', '--lang', 'en'], { 'nq.json': EXAMPLE });
    expect(txt.code).toBe(2);
    expect(txt.stderr).toMatch(/^--out must be an \.xlsx or a \.csv file/);
    expect((await run(['export', '--out', 'x.xlsx'], {})).code).toBe(2);
    expect((await run(['--help'], {})).stdout).toContain('tn-indicators export <tệp.json> --out <sổ.xlsx|bảng.csv>');
    // import's --out is the JSON file: a workbook name there is a mix-up, said before anything is read.
    const mixed = await run(['import', 'nq.xlsx', '--out', 'nq2.xlsx'], {});
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^--out của import là tệp nghị quyết JSON/);
  });

  it('an invalid or unreadable document is not exported (exit 1, 2), nothing written', async () => {
    const invalid = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': EXAMPLE.replace('"term": {', '"term": {"x": 1, ') });
    expect(invalid.code).toBe(1);
    expect(invalid.written.size).toBe(0);
    expect(invalid.stderr).toContain('Chưa xuất gì');
    const missing = await run(['export', 'none.json', '--out', 'nq.xlsx'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Không đọc được tệp none\.json: không tìm thấy tệp/);
    const trailing = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': EXAMPLE.replace(/\n}\s*$/, ',\n}\n') });
    expect(trailing.code).toBe(1);
    expect(trailing.stderr).toContain('dấu phẩy thừa');
  });
});
