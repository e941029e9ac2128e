import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonProblem, jsonProblemText, parseJsonText, printable } from '../../src/schema/json-text.js';

// The slips people make editing a resolution file by hand, each named with its line and column.
const problem = (text: string) => {
  const r = parseJsonText(text);
  if (r.ok) throw new Error('parsed');
  return r.problem;
};

describe('JSON text a person edited by hand', () => {
  it('a trailing comma (the most common slip) is named at the comma, in an object and in a list', () => {
    const p = problem('{\n  "id": "x",\n  "tags": ["a", "b",]\n}');
    expect(p).toMatchObject({ kind: 'trailing-comma', line: 3, column: 20 });
    expect(jsonProblemText(p, 'vi')).toBe('dòng 3, cột 20: dấu phẩy thừa sau phần tử cuối cùng (JSON không cho phép dấu phẩy ngay trước } hoặc ]): xoá dấu phẩy này');
    expect(jsonProblemText(p, 'en')).toBe('line 3, column 20: a trailing comma after the last item (JSON allows no comma just before } or ]): delete this comma');
    expect(problem('{"a": 1,\n}')).toMatchObject({ kind: 'trailing-comma', line: 1, column: 8 });
  });

  it('comments, single quotes and field names without quotes', () => {
    expect(problem('{\n  // chỉ tiêu 1\n  "id": "x"\n}')).toMatchObject({ kind: 'comment', line: 2, column: 3 });
    expect(problem('{"id": "x" /* note */}')).toMatchObject({ kind: 'comment', line: 1, column: 12 });
    expect(problem("{'id': 'x'}")).toMatchObject({ kind: 'single-quote', line: 1, column: 2 });
    expect(problem('{"id": \'x\'}')).toMatchObject({ kind: 'single-quote', column: 8 });
    const key = problem('{\n  id: "x"\n}');
    expect(key).toMatchObject({ kind: 'unquoted-key', line: 2, column: 3, found: 'id' });
    expect(jsonProblemText(key, 'vi')).toBe('dòng 2, cột 3: tên trường id phải đặt trong dấu nháy kép: "id"');
  });

  it('a decimal comma in a value says to use a decimal point', () => {
    const p = problem('{"period": 2023, "value": 0,54}');
    expect(p).toMatchObject({ kind: 'decimal-comma', line: 1, column: 28, found: '0,54' });
    expect(jsonProblemText(p, 'vi')).toContain('dùng dấu chấm thập phân');
    expect(jsonProblemText(p, 'en')).toContain('decimal point');
  });

  it('strings: not closed, broken by a line, a lone backslash (a Windows path), a control character', () => {
    expect(problem('{"title": "Nghị quyết}')).toMatchObject({ kind: 'unterminated-string', column: 11 });
    expect(problem('{"title": "Nghị\nquyết"}')).toMatchObject({ kind: 'newline-in-string', line: 1, column: 16 });
    expect(problem('{"src": "C:\\data\\x.json"}')).toMatchObject({ kind: 'bad-escape', found: '\\d' });
    expect(problem('{"a": "x\u0007"}')).toMatchObject({ kind: 'control-in-string', found: 'U+0007' });
  });

  it('numbers, brackets, missing commas, an empty or cut file, text after the end', () => {
    expect(problem('{"a": 01}')).toMatchObject({ kind: 'bad-number', found: '01' });
    expect(problem('{"a": .5}')).toMatchObject({ kind: 'bad-number' });
    expect(problem('{"a": +1}')).toMatchObject({ kind: 'bad-number' });
    expect(problem('{"a": NaN}')).toMatchObject({ kind: 'unexpected', found: 'NaN' });
    expect(problem('{"a": [1, 2}')).toMatchObject({ kind: 'mismatched', found: '}' });
    expect(problem('{"a": 1 "b": 2}')).toMatchObject({ kind: 'missing-comma', column: 9 });
    expect(problem('{"a" 1}')).toMatchObject({ kind: 'missing-colon' });
    expect(problem('{"a": [1, 2')).toMatchObject({ kind: 'unexpected-end' });
    expect(problem('   \n')).toMatchObject({ kind: 'empty' });
    expect(jsonProblemText(problem(''), 'vi')).toBe('tệp rỗng');
    expect(problem('{"a": 1}}')).toMatchObject({ kind: 'extra', found: '}' });
  });

  it('columns count characters, not UTF-16 units: a Vietnamese title or an emoji before the slip', () => {
    expect(problem('{"t": "🙂", }')).toMatchObject({ kind: 'trailing-comma', column: 10 });
    // a byte order mark is not a column
    expect(problem('\ufeff{"a": 1,}')).toMatchObject({ kind: 'trailing-comma', column: 8 });
  });

  it('text from the file is quoted with its control characters escaped (no terminal escape sequences)', () => {
    expect(printable('a\u001b]0;x\u0007b')).toBe('aU+001B]0;xU+0007b');
    expect(problem('{"a": \u001b[31m}')).toMatchObject({ kind: 'unexpected', found: 'U+001B' });
  });

  it('deep nesting does not overflow the stack', () => {
    expect(problem('['.repeat(1_000_000))).toMatchObject({ kind: 'unexpected-end' });
  });

  it('agrees with JSON.parse on what is valid: valid JSON has no problem, and anything JSON.parse refuses has one', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonProblem(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    const alphabet = fc.constantFrom(...'{}[]",:0123456789.-+eE tfnrul\\/\'\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonProblem(text) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
