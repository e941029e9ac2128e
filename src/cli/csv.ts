/**
 * A small RFC 4180 CSV reader for spreadsheets exported by Excel, LibreOffice or Google Sheets:
 * quoted fields, doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or CR line
 * ends, a UTF-8 byte order mark, and the delimiter guessed from the header line among `,`, `;` and
 * tab (Excel in a Vietnamese locale writes `;`), or named by an Excel `sep=;` first line.
 *
 * Pure: text in, records with their physical line numbers out; problems are returned, never thrown.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** The physical line (1-based) on which the record starts. */
  line: number;
  /** The cells, NFC-normalized, as written (not trimmed). */
  cells: string[];
}

export type CsvProblem =
  /** A quoted cell opened on `line` and never closed. */
  | { kind: 'unterminated-quote'; line: number; column: number }
  /** Characters between a closing quote and the next delimiter, e.g. `"abc"x`; they are kept. */
  | { kind: 'text-after-quote'; line: number; column: number };

export interface CsvTable {
  delimiter: Delimiter;
  /** Every record, the header first; a `sep=` line is not a record. */
  records: CsvRecord[];
  problems: CsvProblem[];
}

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

/** Parses CSV text; `delimiter` overrides the guess. */
export function parseCsv(text: string, delimiter?: Delimiter): CsvTable {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Excel's hint line, `sep=;`, names the delimiter and is not part of the table.
  const hint = /^sep=(.)(\r\n|\n|\r|$)/i.exec(text.slice(pos));
  let sep: Delimiter | undefined = delimiter;
  if (hint) {
    const named = hint[1] === '\\' ? '\t' : hint[1];
    if (sep === undefined && (DELIMITERS as readonly string[]).includes(named!)) sep = named as Delimiter;
    pos += hint[0].length;
    line += hint[2] ? 1 : 0;
  }
  sep ??= guessDelimiter(text, pos);

  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let recordLine = line;
  let atRecordStart = true;
  const n = text.length;

  const endCell = () => {
    cells.push(cell.normalize('NFC'));
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
    atRecordStart = true;
  };

  while (pos < n) {
    if (atRecordStart) {
      recordLine = line;
      atRecordStart = false;
    }
    const ch = text[pos]!;
    if (ch === '"' && cell === '') {
      // A quoted cell: runs to the next quote not doubled.
      const openLine = line;
      const column = cells.length + 1;
      pos++;
      let closed = false;
      while (pos < n) {
        const c = text[pos]!;
        if (c === '"') {
          if (text[pos + 1] === '"') {
            cell += '"';
            pos += 2;
            continue;
          }
          pos++;
          closed = true;
          break;
        }
        if (c === '\r' || c === '\n') {
          // A line break inside a cell is kept as \n, whatever the file's line ends.
          cell += '\n';
          pos += c === '\r' && text[pos + 1] === '\n' ? 2 : 1;
          line++;
          continue;
        }
        cell += c;
        pos++;
      }
      if (!closed) {
        // The rest of the file is inside the quote: drop the unfinished record rather than guess.
        problems.push({ kind: 'unterminated-quote', line: openLine, column });
        cells = [];
        cell = '';
        atRecordStart = true;
        break;
      }
      // After the closing quote: a delimiter, a line end, the end, or (wrongly) more text.
      let reported = false;
      while (pos < n && text[pos] !== sep && text[pos] !== '\r' && text[pos] !== '\n') {
        if (!reported) problems.push({ kind: 'text-after-quote', line, column });
        reported = true;
        cell += text[pos];
        pos++;
      }
      continue;
    }
    if (ch === sep) {
      endCell();
      pos++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      pos += ch === '\r' && text[pos + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    cell += ch;
    pos++;
  }
  // The last record, unless the text ended with a line break (or was empty).
  if (!atRecordStart) endRecord();
  return { delimiter: sep, records, problems };
}

/** The delimiter that occurs most often, outside quotes, on the first record; `,` if none does. */
export function guessDelimiter(text: string, start = 0): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const c = counts.get(d)!;
    if (c > most) {
      best = d;
      most = c;
    }
  }
  return best;
}
