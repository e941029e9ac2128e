import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { memoryIo } from './memory-io.js';

// The command line as a clerk meets it: hand-edited JSON, files saved by Windows tools, pipes and
// full disks. The real process (dist/cli.js, which `npm test` builds first) where the operating
// system is part of the behaviour; in-process elsewhere.
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const EXAMPLE = new URL('../../examples/data/tp-thai-nguyen-2020-2025.json', import.meta.url).pathname;
const cli = (args: string[], input?: string | Uint8Array) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
const inProcess = (argv: string[], files: Record<string, string | Uint8Array>) => {
  const { io, out } = memoryIo(files);
  return { code: runCli(argv, io, '9.9.9'), ...out };
};

describe('JSON slips made by hand, named in Vietnamese and English with line and column', () => {
  const doc = readFileSync(EXAMPLE, 'utf8');
  it('a trailing comma', () => {
    const withTrailing = doc.replace(/\n}\s*$/, ',\n}\n');
    const r = inProcess(['validate', 'nq.json'], { 'nq.json': withTrailing });
    expect(r.code).toBe(1);
    const lines = withTrailing.split('\n').length - 2;
    expect(r.stderr).toContain(`(tệp): Tệp không phải JSON hợp lệ: dòng ${lines}, cột `);
    expect(r.stderr).toContain('dấu phẩy thừa sau phần tử cuối cùng');
    expect(inProcess(['validate', 'nq.json', '--lang', 'en'], { 'nq.json': withTrailing }).stderr).toContain('a trailing comma after the last item');
  });

  it('a decimal comma says to use a decimal point', () => {
    const r = inProcess(['validate', 'nq.json'], { 'nq.json': '{"schemaVersion": "1.0", "value": 0,54}' });
    expect(r.stderr).toContain('dòng 1, cột 36: số 0,54 viết bằng dấu phẩy thập phân: trong JSON hãy dùng dấu chấm thập phân');
  });
});

describe('one strict decoder for validate, report and import', () => {
  const doc = readFileSync(EXAMPLE, 'utf8');
  it('validate refuses a UTF-16 file (PowerShell >) and says how to save it as UTF-8; report and import too', () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]));
    for (const argv of [['validate', 'nq.json'], ['report', 'nq.json'], ['import', 'nq.json', '--id', 'x', '--title', 'X', '--from', '2020', '--to', '2025']]) {
      const r = inProcess(argv, { 'nq.json': utf16 });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Không đọc được tệp nq.json: tệp được lưu bằng UTF-16');
      expect(r.stdout).toBe('');
    }
  });

  it('validate refuses invalid UTF-8 (exit 2, never "hợp lệ"), and report never prints "�"', () => {
    const bytes = Buffer.from(doc, 'utf8');
    const at = bytes.indexOf(Buffer.from('Nghị', 'utf8'));
    const broken = new Uint8Array(Buffer.concat([bytes.subarray(0, at), Buffer.from([0x4e, 0x67, 0x68, 0xec]), bytes.subarray(at + 'Nghị'.length + 2)]));
    const v = inProcess(['validate', 'nq.json'], { 'nq.json': broken });
    expect(v.code).toBe(2);
    expect(v.stdout).not.toContain('hợp lệ');
    expect(v.stderr).toMatch(/^Không đọc được tệp nq\.json \(dòng \d+, byte \d+\): /);
    const r = inProcess(['report', 'nq.json'], { 'nq.json': broken });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('\ufffd');
  });
});

describe('arguments', () => {
  it('a missing value after a flag is said as such, also when the next word is another flag', () => {
    const r = inProcess(['import', 'a.csv', '--id', 'x', '--title', '--from', '2020', '--to', '2025'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Tùy chọn --title cần một giá trị\n/);
    expect(inProcess(['report', 'nq.json', '--as-of'], {}).stderr).toMatch(/^Tùy chọn --as-of cần một giá trị/);
  });

  it('`--` ends the options and `-` is standard input', () => {
    const r = cli(['validate', '--', '-'], readFileSync(EXAMPLE));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ -: hợp lệ');
    const report = cli(['report', '-', '--lang', 'en'], readFileSync(EXAMPLE));
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('Data up to 2023');
  });
});

describe('outputs that never lie', () => {
  it('a closed pipe: a message and exit 4, no stack trace', () => {
    // `report … | head -1`: the reader goes away after the first line
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" report "${EXAMPLE}" | head -c 1 >/dev/null`], { encoding: 'utf8' });
    // (the pipe may close before or after the last write: when it is after, the run succeeds)
    expect([0, 4]).toContain(r.status);
    expect(r.stderr).not.toMatch(/at |Error:|EPIPE/);
    if (r.status === 4) expect(r.stderr).toContain('Không ghi được đầu ra chuẩn');
    // a large output is sure to meet the closed pipe
    const big = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" report "${EXAMPLE}" --format json | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(big.stderr).not.toMatch(/ at |EPIPE/);
    expect(big.stderr).toMatch(/exit (0|4)/);
  });

  it('a full disk (/dev/full): a message and exit 4, never the success summary or exit 0', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" report "${EXAMPLE}" --format json > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('Không ghi được đầu ra chuẩn: đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại.\n');
  });

  it('control characters from a file reach the terminal escaped', () => {
    const r = inProcess(['validate', 'nq.json'], { 'nq.json': '{"a": \u001b]0;pwned\u0007}' });
    expect(r.code).toBe(1);
    // (in-process the text is as the command wrote it; the real process escapes it for the terminal)
    const real = spawnSync(process.execPath, [CLI, 'validate', '-'], { input: '{"a": \u001b]0;pwned\u0007}', encoding: 'utf8' });
    expect(real.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(real.stderr).toContain('U+001B');
  });

  it('a file too large to read says so in words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tn-big-'));
    const sparse = join(dir, 'big.json');
    // a sparse file of 600 MB costs no disk
    spawnSync('truncate', ['-s', '600M', sparse]);
    const r = cli(['validate', sparse]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tệp quá lớn (600 MB; tối đa 512 MB)');
    writeFileSync(sparse, '');
  });
});

describe('render: a static picture of one indicator', () => {
  it('writes an SVG card to --out (whole or not at all), or prints it; an unknown id names the ids the file has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tn-render-'));
    const out = join(dir, 'poor.svg');
    const r = cli(['render', EXAMPLE, '--indicator', 'poverty-rate', '--as-of', '2023', '--out', out]);
    expect(r.status).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(svg).toContain('Tỷ lệ hộ nghèo');
    const printed = cli(['render', EXAMPLE, '--indicator', 'poverty-rate', '--lang', 'en']);
    expect(printed.stdout).toContain('Achieved (provisional)');
    const missing = cli(['render', EXAMPLE, '--indicator', 'nope', '--out', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Tệp không có chỉ tiêu "nope" \(có: agri-growth, /);
    expect(readFileSync(out, 'utf8')).toBe(svg);
    expect(cli(['render', EXAMPLE, '--indicator', 'poverty-rate', '--format', 'png']).status).toBe(2);
  });
});
