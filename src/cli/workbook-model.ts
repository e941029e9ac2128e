/**
 * A resolution document as the rows of the workbook's sheets, and back: pure data, no spreadsheet
 * library. A row is a record keyed by the columns of workbook-layout.ts (`target.kind`, `title`…);
 * a text column holds the text as the document has it (a string or translations), a value column a
 * number or a pair. `toRecords(fromRecords(x))` and `fromRecords(toRecords(doc))` keep everything.
 */
import { SHEETS, sheetDef, type ColumnDef, type SheetId } from './workbook-layout.js';
import { cliText } from '../format/strings.js';
import type { Lang } from '../schema/messages.js';

export type Rec = Record<string, unknown>;
export type Records = Record<SheetId, Rec[]>;

/** Where a row came from, for messages. */
export interface RowOrigin {
  sheet: SheetId;
  /** The row in the sheet (the header is row 1). */
  row: number;
  /** The sheet's document sheet: the row of each field. */
  fieldRows?: Map<string, number>;
}

const ARRAY_SHEETS = ['sources', 'groups', 'milestones', 'verdicts'] as const;
const CHILD_SHEETS = { observations: 'observations', plans: 'plans', breaks: 'breaks' } as const;
type ChildSheet = keyof typeof CHILD_SHEETS;

/** The document members in the order the schema lists them (JSON written in this order). */
const DOCUMENT_ORDER = ['$schema', 'schemaVersion', 'id', 'title', 'body', 'term', 'adopted', 'sources', 'groups', 'indicators', 'milestones', 'verdicts'];
const INDICATOR_ORDER = ['id', 'group', 'title', 'description', 'unit', 'decimals', 'target', 'baseline', 'observations', 'plans', 'definition', 'rank', 'share', 'prices', 'breaks'];

export function getPath(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Rec)[part];
  }
  return v;
}

function setPath(obj: Rec, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = obj;
  for (const part of parts.slice(0, -1)) {
    if (typeof o[part] !== 'object' || o[part] === null) o[part] = {};
    o = o[part] as Rec;
  }
  o[parts[parts.length - 1]!] = value;
}

/** An object's members as the columns say; a pair [low, high] split over a value and its `.high` column. */
function flatten(obj: Rec, columns: readonly ColumnDef[], extra: Rec = {}): Rec {
  const rec: Rec = { ...extra };
  for (const col of columns) {
    if (col.kind === 'high' || col.key in extra) continue;
    const v = getPath(obj, col.key);
    if (v === undefined) continue;
    if (col.kind === 'value' && Array.isArray(v)) {
      rec[col.key] = v[0];
      rec[`${col.key}.high`] = v[1];
    } else rec[col.key] = v;
  }
  return rec;
}

function unflatten(rec: Rec, columns: readonly ColumnDef[], skip: readonly string[] = []): Rec {
  const obj: Rec = {};
  for (const col of columns) {
    if (col.kind === 'high' || skip.includes(col.key)) continue;
    const v = rec[col.key];
    const high = col.kind === 'value' ? rec[`${col.key}.high`] : undefined;
    if (v === undefined && high === undefined) continue;
    setPath(obj, col.key, high === undefined ? v : [v, high]);
  }
  return obj;
}

export function order(obj: Rec, keys: readonly string[]): Rec {
  const out: Rec = {};
  for (const k of keys) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}

const emptySheets = (): Records => Object.fromEntries(SHEETS.map((s) => [s.id, []])) as unknown as Records;

/** The document as sheet rows. */
export function toRecords(document: Rec): Records {
  const out = emptySheets();
  const empty: string[] = [];
  const docRec = flatten(document, sheetDef('document').columns);
  // The two members that may be an empty string ($schema, body.code): an empty cell would drop them.
  for (const key of ['$schema', 'body.code']) {
    if (docRec[key] === '') {
      delete docRec[key];
      empty.push(key);
    }
  }
  for (const key of ARRAY_SHEETS) {
    const list = document[key];
    if (!Array.isArray(list)) continue;
    if (list.length === 0) empty.push(key);
    for (const item of list) out[key].push(flatten(item as Rec, sheetDef(key).columns));
  }
  for (const ind of (document.indicators as Rec[] | undefined) ?? []) {
    out.indicators.push(flatten(ind, sheetDef('indicators').columns));
    const id = ind.id as string;
    for (const child of Object.keys(CHILD_SHEETS) as ChildSheet[]) {
      const list = ind[child];
      if (!Array.isArray(list)) continue;
      if (list.length === 0) empty.push(`${id}.${child}`);
      for (const item of list) out[child].push(flatten(item as Rec, sheetDef(child).columns, { indicator: id }));
    }
    // (`rank` is the one member whose every field may be missing: {} says "a rank", of unknown size)
    if (ind.rank !== undefined && Object.keys(ind.rank as Rec).length === 0) empty.push(`${id}.rank`);
  }
  if (empty.length > 0) docRec.$empty = empty.join('; ');
  out.document.push(docRec);
  return out;
}

/** A problem found assembling the rows, its message said in the reader's language when it is shown. */
export type AssemblyProblem = { origin: RowOrigin; key?: string; message: (lang: Lang) => string };

export interface Assembled {
  document: Rec;
  /** The row each part of the document comes from: `indicators[2]`, `indicators[2].observations[0]`, `sources[1]`. */
  origins: Map<string, RowOrigin>;
  problems: AssemblyProblem[];
  /**
   * Without a sheet "Chỉ tiêu", the figures, plans and breaks of the indicators `knownIds` names (an
   * existing file's), by indicator id: what an update puts into that file.
   */
  children?: Map<string, Rec>;
}

/**
 * The document from sheet rows (each with its origin). Sheets left out (undefined) give nothing:
 * the caller keeps those parts of an older document. Rows naming an indicator no sheet lists are
 * problems; everything else is left to the schema's validation.
 */
export function fromRecords(records: Partial<Record<SheetId, { rec: Rec; origin: RowOrigin }[]>>, knownIds?: readonly unknown[]): Assembled {
  const origins = new Map<string, RowOrigin>();
  const problems: AssemblyProblem[] = [];
  const docRow = records.document?.[0];
  const doc: Rec = docRow ? unflatten(docRow.rec, sheetDef('document').columns, ['$empty']) : {};
  if (docRow) origins.set('', docRow.origin);
  const empty = new Set(
    String(docRow?.rec.$empty ?? '')
      .split(/[;,\s]+/)
      .filter(Boolean),
  );
  if (docRow && empty.has('$schema') && doc.$schema === undefined) doc.$schema = '';
  if (docRow && empty.has('body.code') && doc.body !== undefined && (doc.body as Rec).code === undefined) (doc.body as Rec).code = '';

  const indicators: Rec[] = [];
  // (each indicator's place, for the figures' origins: a search per row was quadratic on 300,000 rows)
  const place = new Map<Rec, number>();
  const byId = new Map<string, Rec>();
  (records.indicators ?? []).forEach(({ rec, origin }, i) => {
    const ind = unflatten(rec, sheetDef('indicators').columns);
    place.set(ind, indicators.length);
    indicators.push(ind);
    origins.set(`indicators[${i}]`, origin);
    if (typeof ind.id === 'string' && !byId.has(ind.id)) byId.set(ind.id, ind);
    if (typeof ind.id === 'string' && empty.has(`${ind.id}.rank`) && ind.rank === undefined) ind.rank = {};
  });
  // No sheet of indicators: the rows of the other sheets go to the file's indicators, in its order.
  const stubs = records.indicators === undefined && knownIds ? knownIds.map((id) => ({ id }) as Rec) : undefined;
  stubs?.forEach((stub) => {
    place.set(stub, indicators.length);
    indicators.push(stub);
    if (typeof stub.id === 'string' && !byId.has(stub.id)) byId.set(stub.id, stub);
  });
  for (const child of Object.keys(CHILD_SHEETS) as ChildSheet[]) {
    const rows = records[child];
    if (rows === undefined) continue;
    for (const [id, ind] of byId) if (empty.has(`${id}.${child}`)) ind[child] = [];
    for (const { rec, origin } of rows) {
      const id = rec.indicator;
      const ind = typeof id === 'string' ? byId.get(id) : undefined;
      if (!ind) {
        if (typeof id === 'string') {
          problems.push({
            origin,
            key: 'indicator',
            message: (lang) => cliText(stubs ? 'sheet.notInFile' : 'sheet.notOnSheet', lang, { id }),
          });
        } else if (id === undefined) problems.push({ origin, key: 'indicator', message: (lang) => cliText('noIndicatorId', lang) });
        continue;
      }
      const list = ((ind[child] as Rec[] | undefined) ??= []);
      origins.set(`indicators[${place.get(ind)}].${child}[${list.length}]`, origin);
      list.push(unflatten(rec, sheetDef(child).columns, ['indicator']));
    }
  }
  if (records.indicators !== undefined) doc.indicators = indicators.map((ind) => order(ind, INDICATOR_ORDER));
  for (const key of ARRAY_SHEETS) {
    const rows = records[key];
    if (rows === undefined) continue;
    if (rows.length > 0 || empty.has(key)) {
      doc[key] = rows.map(({ rec, origin }, i) => {
        origins.set(`${key}[${i}]`, origin);
        return unflatten(rec, sheetDef(key).columns);
      });
    }
  }
  const children = stubs ? new Map(stubs.map((stub) => [stub.id as string, stub])) : undefined;
  return { document: order(doc, DOCUMENT_ORDER), origins, problems, ...(children ? { children } : {}) };
}

export { DOCUMENT_ORDER, INDICATOR_ORDER };
