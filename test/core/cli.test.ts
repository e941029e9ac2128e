import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { resolutionJsonSchema } from '../../src/schema/zod.js';
import { memoryIo } from './memory-io.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

function run(...argv: string[]) {
  const { io, out } = memoryIo();
  const code = runCli(argv, io, '9.9.9');
  return { code, stdout: out.stdout, stderr: out.stderr };
}

describe('tn-indicators validate', () => {
  it('exits 0 for valid files and says so', () => {
    const r = run('validate', fixture('small-valid.json'), '--lang', 'en');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/small-valid\.json: valid, 2 indicators/);
  });

  it('exits 1 with every issue, its path and message (Vietnamese by default)', () => {
    const r = run('validate', fixture('small-invalid.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('small-invalid.json: 1 lỗi');
    expect(r.stderr).toContain('  id: Mã chỉ gồm chữ thường');
  });

  it('cross-field problems are reported once the structure is right', () => {
    const fixed = JSON.parse(readFileSync(fixture('small-invalid.json'), 'utf8'));
    fixed.id = 'small';
    const r = runCli(['validate', 'doc.json', '--lang=en'], memoryIo({ 'doc.json': JSON.stringify(fixed) }).io);
    expect(r).toBe(1);
  });

  it('exits 1 for a file that is not JSON, naming the line and column', () => {
    const r = run('validate', fixture('broken.json'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not valid JSON: line 5, column 3: a comma is missing between two items');
  });

  it('exits 2 for an unreadable file, and reports the others too', () => {
    const r = run('validate', fixture('small-valid.json'), fixture('missing.json'), fixture('small-invalid.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không đọc được tệp .*missing\.json: không tìm thấy tệp/);
    expect(r.stderr).toContain('small-invalid.json');
    expect(r.stdout).toContain('small-valid.json');
  });

  it('never prints a stack trace', () => {
    for (const args of [['validate', '/'], ['validate', fixture('broken.json')], ['report', fixture('missing.json')], ['nope'], ['report']]) {
      const r = run(...args);
      expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
      expect(r.code).toBeGreaterThan(0);
    }
  });
});

describe('tn-indicators report', () => {
  it('prints a table of statuses in Vietnamese', () => {
    const r = run('report', fixture('small-valid.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số liệu đến năm 2023.');
    // The figure a card shows big: the average so far, not the latest year (4,30% in 2022).
    expect(r.stdout).toMatch(/agri-growth .*4,25% \(bình quân 2021–2022\).*bình quân trên 5%\/năm.*Chậm so với lộ trình/);
    expect(r.stdout).toMatch(/poverty-rate .*0,54% \(2023, ước\).*Đạt/);
  });

  it('--as-of moves the assessment; --lang en; --format markdown', () => {
    const r = run('report', fixture('small-valid.json'), '--as-of', '2021', '--lang', 'en', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Test resolution');
    expect(r.stdout).toContain('Assessed at 31 Dec 2021 · data up to 2023.');
    expect(r.stdout).toMatch(/\| poverty-rate \| Poverty rate \| — \| .* \| No data \|/);
  });

  it('--format json prints the assessment', () => {
    const r = run('report', fixture('small-valid.json'), '--format', 'json');
    const result = JSON.parse(r.stdout);
    expect(result.asOf).toBe(2023);
    expect(result.indicators[0]).toMatchObject({ id: 'agri-growth', status: 'behind' });
  });

  it('reads --name=value options, keeping any "=" in the value', () => {
    const r = run('report', fixture('small-valid.json'), '--format=json', '--lang=en');
    expect(JSON.parse(r.stdout).asOf).toBe(2023);
  });

  it('refuses a bad --as-of or --format with exit 2 and the usage', () => {
    expect(run('report', fixture('small-valid.json'), '--as-of', 'next').code).toBe(2);
    expect(run('report', fixture('small-valid.json'), '--format', 'xml', '--lang', 'en').stderr).toMatch(/--format must be table, json or markdown[\s\S]*Usage:/);
  });

  it('exits 1 for an invalid file', () => {
    expect(run('report', fixture('small-invalid.json')).code).toBe(1);
  });
});

describe('tn-indicators schema, help, version', () => {
  it('prints the JSON Schema', () => {
    const r = run('schema');
    expect(JSON.parse(r.stdout)).toEqual(resolutionJsonSchema());
  });
  it('prints the usage for --help (0) and for no command (2)', () => {
    expect(run('--help')).toMatchObject({ code: 0 });
    expect(run('--help').stdout).toContain('tn-indicators validate');
    expect(run().code).toBe(2);
    expect(run('--version').stdout).toBe('9.9.9\n');
  });
});
