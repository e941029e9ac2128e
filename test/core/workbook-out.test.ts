import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OutputError, type CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

// `import … --out file.json` updates the file: what the input carries replaces its part, the rest is
// kept, what changed is said; and a run that fails writes nothing, so the old file stays as it was.
const EXAMPLE = readFileSync(new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url), 'utf8');
const example = JSON.parse(EXAMPLE);
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

async function run(argv: string[], files: Record<string, string | Uint8Array>, io?: (base: CliIo) => CliIo) {
  const { io: base, out } = memoryIo(files);
  const code = await runCli(argv, io ? io(base) : base, '9.9.9');
  return { code, ...out };
}

async function exported(): Promise<Uint8Array> {
  const r = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': EXAMPLE });
  return r.written.get('nq.xlsx') as Uint8Array;
}

async function edit(bytes: Uint8Array, change: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const column = (sheet: ExcelJS.Worksheet, header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);

describe('import file.xlsx --out file.json over an existing file', () => {
  it('the quarter: 3 new figures and 1 corrected, said as "3 số liệu mới, 1 số liệu sửa"; the rest as it was', async () => {
    const book = await edit(await exported(), (b) => {
      const figures = b.getWorksheet('Số liệu')!;
      const value = column(figures, 'Giá trị (value)');
      figures.getRow(2).getCell(value).value = 4.25;
      const id = column(figures, 'Mã chỉ tiêu (indicator)');
      const period = column(figures, 'Kỳ (period)');
      for (const [year, v] of [[2023, 4.4], [2024, 4.6], [2025, 4.9]] as const) {
        const row = figures.addRow([]);
        row.getCell(id).value = 'agri-growth';
        row.getCell(period).value = year;
        row.getCell(value).value = v;
      }
    });
    const r = await run(['import', 'q3.xlsx', '--out', 'nq.json'], { 'q3.xlsx': book, 'nq.json': EXAMPLE });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Đã cập nhật nq.json: 3 số liệu mới, 1 số liệu sửa.\n');
    const doc = JSON.parse(r.written.get('nq.json') as string);
    const agri = doc.indicators.find((i: { id: string }) => i.id === 'agri-growth');
    expect(agri.observations.slice(-3)).toEqual([{ period: 2023, value: 4.4 }, { period: 2024, value: 4.6 }, { period: 2025, value: 4.9 }]);
    expect(agri.observations[0].value).toBe(4.25);
    expect({ ...doc, indicators: undefined }).toEqual({ ...example, indicators: undefined });
    const en = await run(['import', 'q3.xlsx', '--out', 'nq.json', '--lang', 'en'], { 'q3.xlsx': book, 'nq.json': EXAMPLE });
    expect(en.stderr).toBe('Updated nq.json: 3 new figures, 1 changed.\n');
  });

  it('keeps what the workbook does not carry: a sheet deleted, a column deleted', async () => {
    const book = await edit(await exported(), (b) => {
      b.removeWorksheet(b.getWorksheet('Mốc công việc')!.id);
      const figures = b.getWorksheet('Số liệu')!;
      figures.spliceColumns(column(figures, 'Ghi chú (note)'), 1);
    });
    const r = await run(['import', 'q3.xlsx', '--out', 'nq.json'], { 'q3.xlsx': book, 'nq.json': EXAMPLE });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Đã cập nhật nq.json: không có thay đổi.\n');
    expect(JSON.parse(r.written.get('nq.json') as string)).toEqual(example);
    // Without --out the same workbook gives a document without those parts.
    const alone = await run(['import', 'q3.xlsx'], { 'q3.xlsx': book });
    const doc = JSON.parse(alone.stdout);
    expect(doc.milestones).toBeUndefined();
  });

  it('a workbook of figures alone (only the sheet "Số liệu") updates the figures of the file\'s indicators', async () => {
    const full = await exported();
    const book = await edit(full, (b) => {
      for (const sheet of [...b.worksheets]) if (sheet.name !== 'Số liệu') b.removeWorksheet(sheet.id);
      const figures = b.getWorksheet('Số liệu')!;
      const row = figures.addRow([]);
      row.getCell(column(figures, 'Mã chỉ tiêu (indicator)')).value = 'poverty-rate';
      row.getCell(column(figures, 'Kỳ (period)')).value = 2024;
      row.getCell(column(figures, 'Giá trị (value)')).value = 0.48;
      row.getCell(column(figures, 'Loại số liệu (quality)')).value = 'ước';
    });
    const r = await run(['import', 'q.xlsx', '--out', 'nq.json'], { 'q.xlsx': book, 'nq.json': EXAMPLE });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Đã cập nhật nq.json: 1 số liệu mới.\n');
    const doc = JSON.parse(r.written.get('nq.json') as string);
    const poverty = doc.indicators.find((i: { id: string }) => i.id === 'poverty-rate');
    expect(poverty.observations.at(-1)).toEqual({ period: 2024, value: 0.48, quality: 'estimated' });
    expect(doc.indicators.map((i: { id: string }) => i.id)).toEqual(example.indicators.map((i: { id: string }) => i.id));
    // A figure for an indicator the file does not have is refused at its row.
    const unknown = await edit(book, (b) => {
      const figures = b.getWorksheet('Số liệu')!;
      figures.getRow(2).getCell(column(figures, 'Mã chỉ tiêu (indicator)')).value = 'khong-co';
    });
    const bad = await run(['import', 'q.xlsx', '--out', 'nq.json', '--lang', 'en'], { 'q.xlsx': unknown, 'nq.json': EXAMPLE });
    expect(bad.code).toBe(1);
    expect(bad.written.size).toBe(0);
    expect(bad.stderr).toContain('q.xlsx, sheet "Số liệu", row 2, column A (Mã chỉ tiêu (indicator)): there is no indicator "khong-co" in the file');
  });

  it('the file keeps its members in its own order', async () => {
    const reordered = JSON.stringify({ title: example.title, ...example }, null, 2);
    const r = await run(['import', 'nq.xlsx', '--out', 'nq.json'], { 'nq.xlsx': await exported(), 'nq.json': reordered });
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.written.get('nq.json') as string))).toEqual(Object.keys(JSON.parse(reordered)));
  });

  it('a new file when there is none yet', async () => {
    const r = await run(['import', 'nq.xlsx', '--out', 'new.json', '--lang', 'en'], { 'nq.xlsx': await exported() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Wrote new.json: 23 indicators, 26 figures.\n');
    expect(JSON.parse(r.written.get('new.json') as string)).toEqual(example);
  });
});

describe('import file.csv --out file.json over an existing file', () => {
  it('updates the figures, keeps titles of sources, groups, milestones; --id, --title and the term come from the file', async () => {
    const csv = 'indicator;period;value;quality\nagri-growth;2023;4,4;ước\npoverty-rate;2023;0,5;\n';
    const r = await run(['import', 'q.csv', '--out', 'nq.json'], { 'q.csv': csv, 'nq.json': EXAMPLE });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.written.get('nq.json') as string);
    expect(r.stderr).toBe('Đã cập nhật nq.json: 2 số liệu mới.\n');
    expect(doc.sources).toEqual(example.sources);
    expect(doc.groups).toEqual(example.groups);
    expect(doc.milestones).toEqual(example.milestones);
    expect(doc.title).toEqual(example.title);
    const poverty = doc.indicators.find((i: { id: string }) => i.id === 'poverty-rate');
    expect(poverty.title).toEqual(example.indicators.find((i: { id: string }) => i.id === 'poverty-rate').title);
    expect(poverty.observations.at(-1)).toEqual({ period: 2023, value: 0.5 });
  });

  it('without an existing file, --id and the rest are still needed (exit 2)', async () => {
    const r = await run(['import', 'q.csv', '--out', 'nq.json', '--lang', 'en'], { 'q.csv': 'indicator,period,value\nx,2023,1\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing --id, --title, --from, --to');
    expect(r.written.size).toBe(0);
  });
});

describe('a failed run leaves the old file as it was', () => {
  it('input with errors (xlsx and csv): nothing written, said so', async () => {
    const bad = await edit(await exported(), (b) => {
      const figures = b.getWorksheet('Số liệu')!;
      figures.getRow(2).getCell(column(figures, 'Giá trị (value)')).value = 'nhiều';
    });
    const x = await run(['import', 'q.xlsx', '--out', 'nq.json'], { 'q.xlsx': bad, 'nq.json': EXAMPLE });
    expect(x.code).toBe(1);
    expect(x.written.size).toBe(0);
    expect(x.stderr).toContain('q.xlsx, sheet "Số liệu", dòng 2, cột C (Giá trị (value)): "nhiều" không phải là số');
    expect(x.stderr).toContain('Chưa ghi gì: tệp nq.json được giữ nguyên.');
    const c = await run(['import', 'q.csv', '--out', 'nq.json'], { 'q.csv': 'indicator,period,value\nagri-growth,2023,14.800\nagri-growth,2024,0.6\n', 'nq.json': EXAMPLE });
    expect(c.code).toBe(1);
    expect(c.written.size).toBe(0);
    expect(c.stderr).toContain('Chưa ghi gì: tệp nq.json được giữ nguyên.');
  });

  it('an existing --out that is not JSON is named with its line and column, and kept (exit 2)', async () => {
    const broken = EXAMPLE.replace(/\n}\s*$/, ',\n}\n');
    const r = await run(['import', 'nq.xlsx', '--out', 'nq.json'], { 'nq.xlsx': await exported(), 'nq.json': broken });
    expect(r.code).toBe(2);
    expect(r.written.size).toBe(0);
    expect(r.stderr).toMatch(/^Tệp nq\.json \(--out\) đã có nhưng không phải JSON hợp lệ: dòng \d+, cột \d+: .*dấu phẩy thừa/);
  });

  it('a write that fails (disk full) is exit 4 with a message, and nothing half-written', async () => {
    const full = (base: CliIo): CliIo => ({
      ...base,
      writeFile: (path) => {
        throw new OutputError('ENOSPC', path);
      },
    });
    const r = await run(['import', 'nq.xlsx', '--out', 'nq.json'], { 'nq.xlsx': await exported(), 'nq.json': EXAMPLE }, full);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Không ghi được nq.json: đĩa đã đầy');
    expect(r.stderr).toContain('Tệp cũ (nếu có) được giữ nguyên.');
    const e = await run(['export', 'nq.json', '--out', 'nq.xlsx'], { 'nq.json': EXAMPLE }, full);
    expect(e.code).toBe(4);
  });

  it('the real process (dist/cli.js): a failed import keeps the bytes of the file on disk; a good one replaces them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tn-out-'));
    const out = join(dir, 'nq.json');
    writeFileSync(out, EXAMPLE);
    const book = join(dir, 'nq.xlsx');
    const ex = spawnSync(process.execPath, [CLI, 'export', out, '--out', book], { encoding: 'utf8' });
    expect(ex.status, ex.stderr).toBe(0);
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, await edit(readFileSync(book), (b) => {
      const figures = b.getWorksheet('Số liệu')!;
      figures.getRow(2).getCell(column(figures, 'Giá trị (value)')).value = '14.800';
    }));
    const failed = spawnSync(process.execPath, [CLI, 'import', bad, '--out', out], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(EXAMPLE);
    const good = spawnSync(process.execPath, [CLI, 'import', book, '--out', out, '--lang', 'en'], { encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stderr).toBe(`Updated ${out}: no change.\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(example);
  });
});
