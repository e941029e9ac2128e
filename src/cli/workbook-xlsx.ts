/**
 * An .xlsx file's sheets as rows of cells, by read-excel-file's own unzip, shared strings, styles and
 * cell reading, with one part of it replaced: how a sheet's XML is fed to its SAX parser.
 *
 * read-excel-file 9 feeds a sheet's XML in chunks sized to take about 7 ms each, and after every chunk
 * copies all the rows read so far into a new array (`rows = rows.concat(…)`). On a large sheet that
 * copy alone takes longer than 7 ms, so the chunks shrink (to a few hundred characters on a sheet of
 * 300,000 rows) and each still copies every row: time grows with the square of the rows (a 60 MB
 * workbook ran over 10 minutes). Its chunk loop is also a recursion one call per chunk, which
 * overflows the stack. Here the XML is written in fixed 1 MB slices by a loop, and the rows are
 * collected once, at the end: time and memory linear in the sheet.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface XlsxSheet {
  name: string;
  data: unknown[][];
}

type ParseXml = (xml: string, state: unknown, onOpenTag?: unknown, onCloseTag?: unknown, onText?: unknown, onProgress?: (end: boolean) => void) => Promise<void>;

interface Internals {
  unpack: (input: Buffer) => Promise<Record<string, Uint8Array>>;
  parseContents: (createWorker: null, parseXml: ParseXml, contents: Record<string, Uint8Array>, options: object) => Promise<{ sheet: string; data: unknown[][] }[]>;
  parseXmlStream: (state: unknown, onOpenTag?: unknown, onCloseTag?: unknown, onText?: unknown) => { write(xml: string): void; end(): void; promise: Promise<void> };
  InvalidSpreadsheetError: new (message: string) => Error;
}

/** The slice of a sheet's XML given to the SAX parser at once. */
export const XML_SLICE = 1 << 20;

let internals: Promise<Internals> | undefined;

/** read-excel-file's modules (not in its exports map: reached by their files, beside its package.json). */
function loadInternals(): Promise<Internals> {
  internals ??= (async () => {
    const root = pathToFileURL(createRequire(import.meta.url).resolve('read-excel-file/package.json'));
    const load = async (path: string) => ((await import(new URL(`modules/${path}`, root).href)) as { default: unknown }).default;
    return {
      unpack: (await load('export/unpackXlsxFileNode.js')) as Internals['unpack'],
      parseContents: (await load('xlsx/parseSpreadsheetContents.js')) as Internals['parseContents'],
      parseXmlStream: (await load('xml/parseXmlStream.js')) as Internals['parseXmlStream'],
      InvalidSpreadsheetError: (await load('xlsx/InvalidSpreadsheetError.js')) as Internals['InvalidSpreadsheetError'],
    };
  })();
  return internals;
}

/**
 * read-excel-file's parseXml, fed by a loop of fixed slices: `onProgress(true)` once at the end (the
 * sheet's rows are then taken in one piece), never per chunk.
 */
export function sliceParseXml(lib: Pick<Internals, 'parseXmlStream' | 'InvalidSpreadsheetError'>, slice = XML_SLICE): ParseXml {
  return (xml, state, onOpenTag, onCloseTag, onText, onProgress) => {
    const parser = lib.parseXmlStream(state, onOpenTag, onCloseTag, onText);
    const wrap = (e: unknown) => {
      const error = new lib.InvalidSpreadsheetError((e as Error)?.message ?? String(e));
      error.stack = (e as Error)?.stack;
      (error as { cause?: unknown }).cause = e;
      return error;
    };
    try {
      for (let i = 0; i < xml.length; i += slice) parser.write(xml.slice(i, i + slice));
      parser.end();
    } catch (e) {
      return Promise.reject(wrap(e));
    }
    return parser.promise.then(() => onProgress?.(true), (e: unknown) => Promise.reject(wrap(e)));
  };
}

/**
 * The sheets of an .xlsx file's bytes, as read-excel-file reads them (errors with its codes).
 * `slice`: the XML slice's length (XML_SLICE; smaller in tests, to cut tags and texts anywhere).
 */
export async function readXlsxSheets(bytes: Uint8Array, options: { trim?: boolean; slice?: number } = {}): Promise<XlsxSheet[]> {
  const lib = await loadInternals();
  const contents = await lib.unpack(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  // (as readXlsxFile does in Node: numbers read by parseFloat)
  const sheets = await lib.parseContents(null, sliceParseXml(lib, options.slice), contents, { parseNumber: null, trim: options.trim ?? false });
  return sheets.map((s) => ({ name: s.sheet, data: s.data }));
}
