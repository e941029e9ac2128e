/**
 * Assembling the document from the import tables: one draft per indicator (its columns from the
 * first row that gives them, contradictions reported), its figures row by row, the sources and
 * groups the rows name, then the schema's validation with each issue traced to its line.
 */
import { safeParseResolution } from '../schema/parse.js';
import type { Resolution } from '../schema/resolution.js';
import { SCHEMA_ID, SCHEMA_VERSION } from '../schema/vocabulary.js';
import { newerFields } from '../schema/rules.js';
import { decimalMark, numberCell, q, readApprox, readDate, readPeriod, readQuality, slugCell, type DecimalMark, type Read } from './import-cells.js';
import { INDICATOR_FIELDS, OBSERVATION_FIELDS, readIndicatorField, TARGET_COLUMNS, TARGET_FIELDS, type Column, type Field, type IndicatorField } from './import-columns.js';
import { checkUnnamedCells, readTable, type NamedText, type Table } from './import-read.js';
import { cliText } from '../format/strings.js';
import type { Lang } from './io.js';
import type { CsvRecord } from './csv.js';

export type { NamedText };

export interface ImportOptions {
  id: string;
  /** The resolution's title (translations where it comes from an existing file). */
  title: string | Record<string, string>;
  from: number;
  to: number;
  lang: Lang;
  /** The file an import updates (`--out`): its indicators need no title in the table. */
  existing?: Record<string, unknown>;
}

export interface ImportProblem {
  /** The file the problem is in; undefined for the document as a whole (`--id`, the term…). */
  file?: string;
  /** The physical line (the header is line 1). */
  line?: number;
  /** The column as the header names it, or a document path like `indicators[2].target.by`. */
  where?: string;
  message: string;
}

export interface ImportResult {
  /** The document, when there is no problem. */
  document?: Record<string, unknown>;
  problems: ImportProblem[];
  indicators: number;
  observations: number;
  /** Source and group ids given in the table, added with their id as a placeholder title. */
  createdSources: string[];
  createdGroups: string[];
}

interface Origin {
  file: string;
  line: number;
  label: string;
}

interface FieldValue {
  value: unknown;
  raw: string;
  origin: Origin;
}

interface Draft {
  id: string;
  origin: Origin;
  /** Keyed `title`, `title:en`, `decimals`…; the first value given. */
  fields: Map<string, FieldValue>;
  /** Fields that had an unreadable cell (already reported). */
  failed: Set<Field>;
  observations: { data: Record<string, unknown>; origin: Origin; key: string }[];
}


const equalValues = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ') : JSON.stringify(a) === JSON.stringify(b);

/** Turns the data table (and an optional indicators table) into a validated resolution document. */
export function importTables(data: NamedText, indicatorsFile: NamedText | undefined, options: ImportOptions): ImportResult {
  const { lang } = options;
  const problems: ImportProblem[] = [];
  const at = (file: string, line: number | undefined, where: string | undefined, message: string) => problems.push({ file, line, where, message });
  const drafts = new Map<string, Draft>();
  const sources: string[] = [];
  const covered = new Set<string>(); // document paths whose problem is already reported by line

  const tables: Table[] = [];
  const indicatorsTable = indicatorsFile
    ? readTable(indicatorsFile, new Set<Field>(['indicator', ...INDICATOR_FIELDS, 'ignore']), ['indicator'], 'indicators', lang, at)
    : undefined;
  const dataTable = readTable(data, new Set<Field>(['indicator', ...OBSERVATION_FIELDS, ...INDICATOR_FIELDS, 'ignore']), ['indicator', 'period', 'value'], 'data', lang, at);

  // Each table's decimal mark, where its numbers settle it ("14.800" among decimal commas is 14800).
  const NUMBER_FIELDS = new Set<Field>(['value', 'out_of', 'target_value', 'target_out_of', 'target_stretch', 'target_tolerance']);
  const marks = new Map<Table, DecimalMark | undefined>();
  for (const table of [indicatorsTable, dataTable]) {
    if (!table) continue;
    const numberColumns = table.columns.filter((col) => NUMBER_FIELDS.has(col.field));
    marks.set(table, decimalMark(table.rows.flatMap((row) => numberColumns.map((col) => row.cells[col.index] ?? '').flatMap((raw) => raw.split(/\s*[-–—~]\s*(?=\d)/)))));
  }

  const setField = (draft: Draft, key: string, value: unknown, raw: string, origin: Origin) => {
    const first = draft.fields.get(key);
    if (!first) draft.fields.set(key, { value, raw, origin });
    else if (!equalValues(first.value, value)) {
      const where = first.origin.file === origin.file ? cliText('line', lang, { n: first.origin.line }) : cliText('csv.lineOf', lang, { n: first.origin.line, file: first.origin.file });
      at(origin.file, origin.line, origin.label, cliText('csv.contradicts', lang, { raw: q(raw), first: q(first.raw), id: draft.id, where }));
    }
  };

  /** Reads the indicator columns of a row into the draft (or only checks them, without one). */
  const readIndicatorColumns = (table: Table, row: CsvRecord, draft: Draft | undefined) => {
    for (const col of table.columns) {
      if (!(INDICATOR_FIELDS as readonly string[]).includes(col.field)) continue;
      const raw = (row.cells[col.index] ?? '').trim();
      if (raw === '') continue;
      const read = readIndicatorField(col.field as IndicatorField, raw, lang, marks.get(table));
      const origin = { file: table.name, line: row.line, label: col.label };
      if (!read.ok) {
        at(table.name, row.line, col.label, read.message);
        draft?.failed.add(col.field);
      } else if (draft) setField(draft, col.lang ? `${col.field}:${col.lang}` : col.field, read.value, raw, origin);
    }
  };

  /** The indicator id of a row, or undefined (reported). */
  const readId = (table: Table, row: CsvRecord): string | undefined => {
    const col = table.columns.find((c) => c.field === 'indicator')!;
    const raw = (row.cells[col.index] ?? '').trim();
    if (raw === '') {
      at(table.name, row.line, col.label, cliText('noIndicatorId', lang));
      return undefined;
    }
    const id = slugCell(raw, lang);
    if (!id.ok) at(table.name, row.line, col.label, id.message);
    return id.ok ? id.value : undefined;
  };

  const newDraft = (id: string, table: Table, row: CsvRecord): Draft => {
    const draft: Draft = { id, origin: { file: table.name, line: row.line, label: table.labels.get('indicator')! }, fields: new Map(), failed: new Set(), observations: [] };
    drafts.set(id, draft);
    return draft;
  };

  if (indicatorsTable) {
    tables.push(indicatorsTable);
    for (const row of indicatorsTable.rows) {
      checkUnnamedCells(indicatorsTable, row, lang, at);
      const id = readId(indicatorsTable, row);
      const seen = id === undefined ? undefined : drafts.get(id);
      if (seen) {
        at(indicatorsTable.name, row.line, indicatorsTable.labels.get('indicator'), cliText('csv.indicatorTwice', lang, { id: id!, line: seen.origin.line }));
      }
      readIndicatorColumns(indicatorsTable, row, id === undefined || seen ? undefined : newDraft(id, indicatorsTable, row));
    }
    if (indicatorsTable.rows.length === 0) at(indicatorsTable.name, undefined, undefined, cliText('csv.noIndicators', lang));
  }

  let observationCount = 0;
  if (dataTable) {
    tables.push(dataTable);
    const col = (field: Field) => dataTable.columns.filter((c) => c.field === field);
    for (const row of dataTable.rows) {
      checkUnnamedCells(dataTable, row, lang, at);
      const id = readId(dataTable, row);
      let draft = id === undefined ? undefined : drafts.get(id);
      if (id !== undefined && !draft) {
        if (indicatorsTable) {
          at(dataTable.name, row.line, dataTable.labels.get('indicator'), cliText('csv.notListed', lang, { id, file: indicatorsTable.name }));
        } else draft = newDraft(id, dataTable, row);
      }
      readIndicatorColumns(dataTable, row, draft);

      // The observation: a row with none of its cells filled only describes the indicator.
      const cell = (c: Column) => (row.cells[c.index] ?? '').trim();
      const obsColumns = dataTable.columns.filter((c) => (OBSERVATION_FIELDS as readonly string[]).includes(c.field));
      if (obsColumns.every((c) => cell(c) === '')) continue;
      const obs: Record<string, unknown> = {};
      let rowOk = draft !== undefined;
      const take = <T>(c: Column, read: Read<T>, put: (v: T) => void) => {
        if (read.ok) put(read.value);
        else {
          at(dataTable.name, row.line, c.label, read.message);
          rowOk = false;
        }
      };
      const [period] = col('period');
      const [value] = col('value');
      take(period!, readPeriod(cell(period!), lang), (v) => (obs.period = v));
      take(value!, numberCell(cell(value!), lang, marks.get(dataTable)), (v) => (obs.value = v));
      for (const c of col('quality')) if (cell(c)) take(c, readQuality(cell(c), lang), (v) => v !== 'actual' && (obs.quality = v));
      for (const c of col('approx')) if (cell(c)) take(c, readApprox(cell(c), lang), (v) => (obs.approx = v));
      for (const c of col('reported')) if (cell(c)) take(c, readDate(cell(c), lang), (v) => (obs.reported = v));
      for (const c of col('source')) if (cell(c)) take(c, slugCell(cell(c), lang), (v) => (obs.source = v));
      for (const c of col('out_of')) if (cell(c)) take(c, numberCell(cell(c), lang, marks.get(dataTable)), (v) => (obs.outOf = v));
      const note = text(col('note').map((c) => [c.lang, cell(c)] as const));
      if (note !== undefined) obs.note = note;
      if (!rowOk || !draft) continue;
      const key = `${String(obs.period)}|${String(obs.quality ?? 'actual')}|${String(obs.reported ?? '')}`;
      const twin = draft.observations.find((o) => o.key === key);
      if (twin) {
        at(dataTable.name, row.line, period!.label, cliText('csv.figureTwice', lang, { id: draft.id, period: String(obs.period), line: twin.origin.line }));
        continue;
      }
      draft.observations.push({ data: obs, origin: { file: dataTable.name, line: row.line, label: period!.label }, key });
      observationCount++;
      if (typeof obs.source === 'string' && !sources.includes(obs.source)) sources.push(obs.source);
    }
    // With an indicators file, a table of no figures yet still makes a document.
    if (dataTable.rows.length === 0 && !indicatorsTable) at(dataTable.name, undefined, undefined, cliText('csv.noRows', lang));
  }

  // The indicators, in the order first seen.
  const groups: string[] = [];
  const list = [...drafts.values()];
  const indicators = list.map((draft, i) => {
    const labelIn = (field: Field) => tables.find((tb) => tb.name === draft.origin.file)?.labels.get(field) ?? field;
    const get = (field: Field) => draft.fields.get(field)?.value;
    const out: Record<string, unknown> = { id: draft.id };
    const group = get('group');
    if (typeof group === 'string') {
      out.group = group;
      if (!groups.includes(group)) groups.push(group);
    }
    const title = draftText(draft, 'title');
    const known = ((options.existing?.indicators as Record<string, unknown>[] | undefined) ?? []).find((x) => x.id === draft.id);
    if (title !== undefined) out.title = title;
    else if (known?.title !== undefined) out.title = known.title;
    else if (!draft.failed.has('title')) {
      at(draft.origin.file, draft.origin.line, labelIn('title'), cliText('csv.noTitle', lang, { id: draft.id }));
      covered.add(`indicators[${i}].title`);
    }
    const description = draftText(draft, 'description');
    if (description !== undefined) out.description = description;
    const unit = draftText(draft, 'unit');
    if (unit !== undefined) out.unit = unit;
    if (get('decimals') !== undefined) out.decimals = get('decimals');

    const targetFields = TARGET_FIELDS.filter((f) => draft.fields.has(f) || draft.failed.has(f));
    if (targetFields.length > 0) {
      const firstOrigin = targetFields.map((f) => draft.fields.get(f)?.origin).find((o) => o !== undefined);
      const kind = get('target_kind');
      const value = get('target_value');
      const op = get('target_op') ?? (Array.isArray(value) ? 'between' : undefined);
      const missing: string[] = [];
      if (kind === undefined && !draft.failed.has('target_kind')) missing.push('target_kind');
      if (op === undefined && !draft.failed.has('target_op')) missing.push('target_op');
      const relative = kind === 'relative';
      if (!relative && value === undefined && !draft.failed.has('target_value')) missing.push('target_value');
      if (relative && get('target_reference') === undefined && !draft.failed.has('target_reference')) missing.push('target_reference');
      if (missing.length > 0 && firstOrigin) {
        for (const f of missing) {
          at(firstOrigin.file, firstOrigin.line, labelIn(f as Field), cliText('csv.targetLacks', lang, { id: draft.id, field: f }));
        }
      }
      if (kind !== undefined && op !== undefined && (value !== undefined || relative) && missing.length === 0) {
        const target: Record<string, unknown> = { kind, op };
        for (const f of TARGET_FIELDS.slice(2)) if (get(f) !== undefined) target[TARGET_COLUMNS[f]] = get(f);
        out.target = target;
      } else covered.add(`indicators[${i}].target`);
    }
    if (draft.observations.length > 0) out.observations = draft.observations.map((o) => o.data);
    return out;
  });

  const document: Record<string, unknown> = {
    $schema: SCHEMA_ID,
    schemaVersion: '1.0',
    id: options.id,
    title: options.title,
    term: { from: options.from, to: options.to },
    ...(sources.length > 0 ? { sources: sources.map((id) => ({ id, title: id })) } : {}),
    ...(groups.length > 0 ? { groups: groups.map((id) => ({ id, title: id })) } : {}),
    indicators,
  };

  // The oldest version that carries the document: a table using no field of 1.1 stays readable by 1.0 readers.
  if (newerFields(document as unknown as Resolution).length > 0) document.schemaVersion = SCHEMA_VERSION;

  // The document as a whole, with each issue traced back to the line it came from.
  const checked = safeParseResolution(document, { lang });
  if (!checked.success) {
    const hadProblems = problems.length > 0;
    for (const issue of checked.issues) {
      if (hadProblems && (issue.code === 'indicators' || [...covered].some((p) => issue.path === p || issue.path.startsWith(`${p}.`)))) continue;
      const origin = originOf(issue.path, list);
      problems.push({ file: origin?.file, line: origin?.line, where: issue.path || undefined, message: issue.message });
    }
  }
  const result: ImportResult = { problems, indicators: indicators.length, observations: observationCount, createdSources: sources, createdGroups: groups };
  if (problems.length === 0) result.document = document;
  return result;
}

/** A text field from its plain and per-language cells: a string, or translations (plain = vi). */
function text(cells: readonly (readonly [lang: string, text: string])[]): string | Record<string, string> | undefined {
  const given = cells.filter(([, s]) => s !== '');
  if (given.length === 0) return undefined;
  const plain = given.find(([l]) => l === '');
  if (given.length === 1 && plain) return plain[1];
  const out: Record<string, string> = {};
  if (plain) out.vi = plain[1];
  for (const [l, s] of given) if (l !== '') out[l] = s;
  return out;
}

function draftText(draft: Draft, field: Field): string | Record<string, string> | undefined {
  const cells = [...draft.fields.entries()]
    .filter(([k]) => k === field || k.startsWith(`${field}:`))
    .map(([k, v]) => [k === field ? '' : k.slice(field.length + 1), String(v.value)] as const);
  // vi first, whatever the column order.
  cells.sort((a, b) => Number(b[0] === '' || b[0] === 'vi') - Number(a[0] === '' || a[0] === 'vi'));
  return text(cells);
}

/** The line a document path comes from: `indicators[2].observations[0].value` → that row. */
function originOf(path: string, drafts: Draft[]): Origin | undefined {
  const m = /^indicators\[(\d+)\](?:\.(\w+)(?:\[(\d+)\]|\.(\w+))?)?/.exec(path);
  const draft = m ? drafts[Number(m[1])] : undefined;
  if (!m || !draft) return undefined;
  const [, , field, index, sub] = m;
  if (field === 'observations' && index !== undefined) return draft.observations[Number(index)]?.origin ?? draft.origin;
  if (field === 'target') {
    const key = sub === undefined ? undefined : TARGET_FIELDS.find((f) => TARGET_COLUMNS[f] === sub);
    const any = TARGET_FIELDS.map((k) => draft.fields.get(k)?.origin).find((o) => o !== undefined);
    return (key && draft.fields.get(key)?.origin) || any || draft.origin;
  }
  if (field !== undefined) {
    const found = [...draft.fields.entries()].find(([k]) => k === field || k.startsWith(`${field}:`));
    if (found) return found[1].origin;
  }
  return draft.origin;
}

