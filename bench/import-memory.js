// The CLI's memory on a large sheet (issue 15: a 60 MB sheet within 1 GB peak). Writes a CSV of
// about 60 MB in the import layout (one row per indicator-year, with titles, units, targets and
// notes), then runs `dist/cli.js import` and `export` on it as a data team would, and prints the
// peak resident memory of each (/usr/bin/time -v) and its time. `npm run build` first.
//   node bench/import-memory.js [MB] [--workbook]
// --workbook: the CSV import and the export only make the workbook (their figures are not
// printed); the workbook's import is the one measured.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const workbookOnly = args.includes('--workbook');
const target = Number(args.find((a) => !a.startsWith('--')) ?? 60) * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'tn-import-memory-'));
const csv = join(dir, 'big.csv');
const rows = ['indicator,title,unit,target_kind,target_op,target_value,target_by,period,value,quality,source,note'];
let size = rows[0].length + 1;
for (let i = 0; size < target; i++) {
  for (let y = 2021; y <= 2025; y++) {
    const row = `chi-tieu-${i},"Chỉ tiêu số ${i} của nghị quyết, nhóm ${i % 7}",%,level,<=,${(i % 50) / 10 + 1},2025,${y},${((i * 7 + y) % 97) / 10},${y === 2025 ? 'estimated' : 'actual'},cuc-thong-ke,"Số liệu năm ${y} của chỉ tiêu ${i}: ghi chú của văn phòng"`;
    rows.push(row);
    size += Buffer.byteLength(row) + 1;
  }
}
writeFileSync(csv, `${rows.join('\n')}\n`);
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(`sheet: ${mb(statSync(csv).size)}, ${(rows.length - 1).toLocaleString('en')} rows`);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const measure = (label, args, quiet = false) => {
  const t0 = Date.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
  if (!quiet || r.status !== 0) console.log(`${label}: exit ${r.status}, peak ${mb(peak)}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) console.log(r.stderr.split('\n').slice(0, 5).join('\n'));
};
const json = join(dir, 'big.json');
measure('import big.csv --out big.json', ['import', csv, '--id', 'big', '--title', 'Big', '--from', '2020', '--to', '2025', '--out', json], workbookOnly);
measure('export big.json --out big.xlsx', ['export', json, '--out', join(dir, 'big.xlsx')], workbookOnly);
console.log(`workbook: ${mb(statSync(join(dir, 'big.xlsx')).size)}`);
measure('import big.xlsx --out big.json', ['import', join(dir, 'big.xlsx'), '--out', json]);
