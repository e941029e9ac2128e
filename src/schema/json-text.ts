import { fill, type Entry } from '../format/strings.js';
import type { Lang } from './messages.js';

/**
 * What is wrong with a text that JSON.parse refused, in words a person who edits the file by hand
 * can act on, with the line and column to look at. V8 says "Unexpected token } in JSON at position
 * 5127", in English; the slips people make by hand have names: a comma after the last item, a
 * comment, single quotes, a decimal comma ("0,54"), a field name without quotes.
 *
 * Used wherever a document's text is read: the command line (validate, report, import) and the tag
 * builder page. Pure: no DOM, no Node.
 */
export type JsonProblemKind =
  | 'empty'
  | 'trailing-comma'
  | 'comment'
  | 'single-quote'
  | 'decimal-comma'
  | 'unquoted-key'
  | 'missing-colon'
  | 'missing-comma'
  | 'unterminated-string'
  | 'newline-in-string'
  | 'control-in-string'
  | 'bad-escape'
  | 'bad-number'
  | 'unexpected-end'
  | 'mismatched'
  | 'extra'
  | 'unexpected';

export interface JsonProblem {
  kind: JsonProblemKind;
  /** Where, in UTF-16 code units from the start of the text. */
  offset: number;
  /** 1-based line and column (in characters: an emoji or a combined letter counts as what it is made of). */
  line: number;
  column: number;
  /** The text found there, when it helps to quote it (a word, a number, a bracket). */
  found?: string;
}

/** Parses JSON text (a leading byte order mark is dropped), or says what is wrong and where. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    // (JSON.parse refused it: the scan below finds the first place JSON's grammar breaks)
    return { ok: false, problem: findJsonProblem(text) ?? locate(text, 'unexpected', 0) };
  }
}

const enum C {
  Obj = 1,
  Arr = 2,
}

/** The first place where `text` breaks JSON's grammar, or undefined if it is valid JSON. */
export function findJsonProblem(text: string): JsonProblem | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // (iterative: a hostile file of a million "[" must not overflow the stack)
  const stack: C[] = [];
  type State = 'value' | 'first-value' | 'first-key' | 'key' | 'after';
  let state: State = 'value';
  let lastComma = -1;
  let afterNumber = false;
  let commaAfterNumber = false;
  const at = (kind: JsonProblemKind, offset: number, found?: string) => locate(text, kind, offset, found);

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  skipSpace();
  if (i >= n) return at('empty', i);
  for (;;) {
    skipSpace();
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return at('comment', i);
    const c = text[i];
    if (state === 'value' || state === 'first-value') {
      if (c === undefined) return at('unexpected-end', i);
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? C.Obj : C.Arr);
        i++;
        lastComma = -1;
        state = c === '{' ? 'first-key' : 'first-value';
        continue;
      }
      if (c === ']' && state === 'first-value') {
        stack.pop();
        i++;
        state = 'after';
        afterNumber = false;
        continue;
      }
      if ((c === ']' || c === '}') && lastComma >= 0) return at('trailing-comma', lastComma);
      const problem = scanValue();
      if (problem) return problem;
      state = 'after';
      continue;
    }
    if (state === 'first-key' || state === 'key') {
      if (c === undefined) return at('unexpected-end', i);
      if (c === '}') {
        if (state === 'key') return at('trailing-comma', lastComma);
        stack.pop();
        i++;
        state = 'after';
        afterNumber = false;
        continue;
      }
      if (c === '"') {
        const problem = scanString();
        if (problem) return problem;
        skipSpace();
        if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return at('comment', i);
        if (text[i] !== ':') return i >= n ? at('unexpected-end', i) : at('missing-colon', i);
        i++;
        lastComma = -1;
        state = 'value';
        continue;
      }
      if (c === "'") return at('single-quote', i);
      if (isDigit(c) && commaAfterNumber && state === 'key') return at('decimal-comma', lastComma, `${numberBefore(lastComma)},${wordAt(i)}`);
      if (/[A-Za-z_$\u00c0-\uffff]/.test(c)) return at('unquoted-key', i, wordAt(i));
      return at('unexpected', i, c);
    }
    // after a value
    if (stack.length === 0) return i >= n ? undefined : at('extra', i, wordAt(i) || text[i]);
    if (c === undefined) return at('unexpected-end', i);
    const top = stack[stack.length - 1];
    if (c === ',') {
      lastComma = i;
      commaAfterNumber = afterNumber;
      i++;
      state = top === C.Obj ? 'key' : 'value';
      continue;
    }
    if ((c === '}' && top === C.Obj) || (c === ']' && top === C.Arr)) {
      stack.pop();
      i++;
      afterNumber = false;
      continue;
    }
    if (c === '}' || c === ']') return at('mismatched', i, c);
    if (c === ':' && top === C.Arr) return at('unexpected', i, c);
    if (startsValue(c)) return at('missing-comma', i);
    return at('unexpected', i, c);
  }

  function scanValue(): JsonProblem | undefined {
    const c = text[i]!;
    afterNumber = false;
    if (c === '"') return scanString();
    if (c === "'") return at('single-quote', i);
    if (c === '-' || c === '+' || c === '.' || isDigit(c)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const end = m ? i + m[0].length : i;
      // ("01", "1.", "1.2.3", "+1", ".5", "1e"): a number JSON cannot read
      if (!m || c === '+' || /[\d.eE+\-A-Za-z]/.test(text[end] ?? '')) return at('bad-number', i, numberAt(i));
      i = end;
      afterNumber = true;
      return undefined;
    }
    const word = wordAt(i);
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return undefined;
    }
    return at('unexpected', i, word || c);
  }

  function scanString(): JsonProblem | undefined {
    const start = i;
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return undefined;
      }
      if (code === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return at('bad-escape', i, text.slice(i, i + 6));
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return at('bad-escape', i, text.slice(i, i + 2));
        continue;
      }
      if (code === 10 || code === 13) return at('newline-in-string', i);
      if (code < 32) return at('control-in-string', i, `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
      i++;
    }
    return at('unterminated-string', start);
  }

  function wordAt(from: number): string {
    return /^[^\s,:{}[\]"']{1,40}/.exec(text.slice(from, from + 40))?.[0] ?? '';
  }

  function numberAt(from: number): string {
    return /^[+\-]?[\d.eE+\-]{0,40}/.exec(text.slice(from, from + 40))?.[0] || text[from]!;
  }

  function numberBefore(comma: number): string {
    let s = comma;
    while (s > 0 && /[\d.\-]/.test(text[s - 1]!)) s--;
    return text.slice(s, comma);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const isDigit = (c: string) => c >= '0' && c <= '9';
const startsValue = (c: string) => c === '"' || c === '{' || c === '[' || c === '-' || isDigit(c) || c === 't' || c === 'f' || c === 'n' || c === "'";

function locate(text: string, kind: JsonProblemKind, offset: number, found?: string): JsonProblem {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  // (in characters, as editors count them; a byte order mark is not one)
  let column = 1;
  for (let k = lineStart; k < offset; k++) {
    const code = text.charCodeAt(k);
    if (k === 0 && code === 0xfeff) continue;
    // (the second half of a surrogate pair is not a character of its own)
    if (code >= 0xdc00 && code <= 0xdfff && k > lineStart) {
      const prev = text.charCodeAt(k - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    column++;
  }
  return { kind, offset, line, column, ...(found !== undefined && found !== '' ? { found: printable(found) } : {}) };
}

/** Text from a file, safe to print: control characters (a terminal's escape sequences included) as U+XXXX. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

// (entries of the string catalogue's kind, filled by its `fill`)
const WORDS: Record<JsonProblemKind, Entry> = {
  empty: { vi: 'tệp rỗng', en: 'the file is empty' },
  'trailing-comma': {
    vi: 'dấu phẩy thừa sau phần tử cuối cùng (JSON không cho phép dấu phẩy ngay trước } hoặc ]): xoá dấu phẩy này',
    en: 'a trailing comma after the last item (JSON allows no comma just before } or ]): delete this comma',
  },
  comment: {
    vi: 'JSON không cho phép chú thích (// hoặc /* */): xoá chú thích, hoặc ghi nội dung vào trường "note"',
    en: 'JSON has no comments (// or /* */): delete the comment, or put its text in a "note" field',
  },
  'single-quote': {
    vi: 'chuỗi và tên trường phải đặt trong dấu nháy kép "…", không dùng dấu nháy đơn \'…\'',
    en: 'strings and field names need double quotes "…", not single quotes \'…\'',
  },
  'decimal-comma': {
    vi: 'số {found} viết bằng dấu phẩy thập phân: trong JSON hãy dùng dấu chấm thập phân (viết 0.54, không viết 0,54)',
    en: 'the number {found} is written with a decimal comma: JSON needs a decimal point (write 0.54, not 0,54)',
  },
  'unquoted-key': { vi: 'tên trường {found} phải đặt trong dấu nháy kép: "{found}"', en: 'the field name {found} needs double quotes: "{found}"' },
  'missing-colon': { vi: 'thiếu dấu hai chấm ":" sau tên trường', en: 'a ":" is missing after the field name' },
  'missing-comma': { vi: 'thiếu dấu phẩy giữa hai phần tử', en: 'a comma is missing between two items' },
  'unterminated-string': { vi: 'chuỗi mở bằng dấu nháy kép ở đây không được đóng lại', en: 'the string that starts here is never closed' },
  'newline-in-string': {
    vi: 'chuỗi bị xuống dòng giữa chừng: thiếu dấu nháy kép đóng chuỗi, hoặc muốn xuống dòng thì viết \\n',
    en: 'a line break inside a string: its closing quote is missing, or write the line break as \\n',
  },
  'control-in-string': { vi: 'ký tự điều khiển {found} nằm trong chuỗi', en: 'a control character {found} inside a string' },
  'bad-escape': {
    vi: 'dấu \\ trong chuỗi ({found}) phải đi với " \\ / b f n r t hoặc uXXXX; đường dẫn Windows viết \\\\',
    en: 'a \\ in a string ({found}) must be followed by " \\ / b f n r t or uXXXX; write Windows paths with \\\\',
  },
  'bad-number': {
    vi: '{found} không phải số JSON viết đúng (không có số 0 đứng đầu, dấu + hay dấu chấm ở đầu hoặc cuối)',
    en: '{found} is not a number as JSON writes it (no leading zero, leading + or a point at either end)',
  },
  'unexpected-end': {
    vi: 'tệp kết thúc giữa chừng: thiếu dấu đóng ngoặc } hoặc ], hoặc tệp bị cắt mất phần cuối',
    en: 'the file ends too early: a closing } or ] is missing, or the file was cut short',
  },
  mismatched: { vi: 'dấu đóng ngoặc {found} không khớp với dấu mở ngoặc trước nó', en: 'the closing {found} does not match the bracket it closes' },
  extra: { vi: 'còn nội dung ({found}) sau khi tài liệu JSON đã kết thúc', en: 'more text ({found}) after the end of the JSON document' },
  unexpected: { vi: 'gặp {found} ở chỗ không được có', en: 'unexpected {found}' },
};

const AT: Entry = { vi: 'dòng {line}, cột {column}: {words}', en: 'line {line}, column {column}: {words}' };

/** The problem in words, with its line and column: "dòng 12, cột 5: dấu phẩy thừa …". */
export function jsonProblemText(problem: JsonProblem, lang: Lang): string {
  const words = fill(WORDS[problem.kind], lang, { found: problem.found ?? '' });
  return problem.kind === 'empty' ? words : fill(AT, lang, { line: problem.line, column: problem.column, words });
}
