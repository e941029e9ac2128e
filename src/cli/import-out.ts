/**
 * `import … --out file.json` over an existing file: the import updates it. What the input carries
 * replaces its part of the file; what it does not carry is kept (a workbook without the sheet
 * "Mốc công việc" keeps the file's milestones; a CSV table keeps the titles of sources and groups,
 * milestones, plans, verdicts). Then what changed is said: "3 số liệu mới, 1 số liệu sửa".
 */
import { jsonProblemText, parseJsonText, printable } from '../schema/json-text.js';
import { cliText, pluralOf } from '../format/strings.js';
import { readText, type CliIo, type Lang } from './io.js';
import { sheetDef, type SheetId } from './workbook-layout.js';
import { INDICATOR_ORDER, order, type Rec } from './workbook-model.js';
import type { WorkbookRead } from './workbook-read.js';

/** The existing --out file: undefined when there is none yet, or why it cannot be updated. */
export function readExisting(io: CliIo, path: string, lang: Lang): { document?: Rec } | { error: string } {
  try {
    io.readBytes(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
  }
  const read = readText(io, path, lang);
  if ('error' in read) return { error: `${read.error}. ${cliText('out.kept', lang)}` };
  const parsed = parseJsonText(read.text);
  const shown = printable(path);
  if (!parsed.ok) {
    const detail = jsonProblemText(parsed.problem, lang);
    return {
      error: cliText('out.notJson', lang, { file: shown, detail }),
    };
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return { error: cliText('out.notResolution', lang, { file: shown }) };
  }
  return { document: parsed.value as Rec };
}

const CHILD_KEYS: Record<'observations' | 'plans' | 'breaks', (x: Rec) => string> = {
  observations: (o) => `${String(o.period)}|${String(o.quality ?? 'actual')}|${String(o.reported ?? '')}`,
  plans: (p) => String(p.period),
  breaks: (b) => String(b.year),
};

const topKey = (key: string) => key.split('.')[0]!;

/** The workbook's document over the existing one: each sheet it has replaces its part, columns it lacks keep their values. */
export function mergeWorkbook(old: Rec, read: WorkbookRead): Rec {
  const next = read.document;
  const out: Rec = { ...old };
  const has = (id: SheetId) => read.carried.has(id);
  if (has('document')) {
    const tops = new Set([...(read.sheets.get('document')?.present ?? [])].map(topKey));
    for (const top of tops) {
      if (top === '$empty') continue;
      if (next[top] === undefined) delete out[top];
      else out[top] = next[top];
    }
  }
  // A figure's (plan's, break's) members whose columns its sheet lacks come from the same one in the file.
  const mergeChildren = (merged: Rec, prev: Rec) => {
    for (const child of Object.keys(CHILD_KEYS) as (keyof typeof CHILD_KEYS)[]) {
      if (!has(child)) {
        if (prev[child] !== undefined) merged[child] = prev[child];
        continue;
      }
      const cols = new Set([...(read.sheets.get(child)?.present ?? [])].map(topKey));
      const items = merged[child] as Rec[] | undefined;
      if (!items) {
        delete merged[child];
        continue;
      }
      const before = new Map(((prev[child] as Rec[] | undefined) ?? []).map((x) => [CHILD_KEYS[child](x), x]));
      merged[child] = items.map((item) => {
        const was = before.get(CHILD_KEYS[child](item));
        if (!was) return item;
        const kept: Rec = { ...item };
        for (const col of sheetDef(child).columns) {
          const top = topKey(col.key);
          if (top !== 'indicator' && !cols.has(top) && was[top] !== undefined) kept[top] = was[top];
        }
        return kept;
      });
    }
  };
  if (has('indicators')) {
    const prevById = new Map(((old.indicators as Rec[] | undefined) ?? []).map((i) => [i.id, i]));
    // (a text is carried by its own column: a sheet with only "(title.en)" keeps the file's title)
    const present = new Set([...read.sheets.get('indicators')!.present].map(topKey));
    out.indicators = ((next.indicators as Rec[] | undefined) ?? []).map((ind) => {
      const prev = prevById.get(ind.id);
      if (!prev) return ind;
      const merged: Rec = { ...ind };
      for (const col of sheetDef('indicators').columns) {
        const top = topKey(col.key);
        if (!present.has(top) && prev[top] !== undefined) merged[top] = prev[top];
      }
      mergeChildren(merged, prev);
      return order(merged, INDICATOR_ORDER);
    });
  } else if (read.children && Array.isArray(old.indicators)) {
    // No sheet "Chỉ tiêu": the file's indicators, with the figures (plans, breaks) of the sheets there are.
    out.indicators = (old.indicators as Rec[]).map((prev) => {
      const got = read.children!.get(prev.id as string);
      if (!got) return prev;
      const merged: Rec = { ...prev };
      for (const child of Object.keys(CHILD_KEYS)) {
        if (got[child] !== undefined) merged[child] = got[child];
        else if (has(child as SheetId)) delete merged[child];
      }
      mergeChildren(merged, prev);
      return order(merged, INDICATOR_ORDER);
    });
  }
  for (const key of ['sources', 'groups', 'milestones', 'verdicts'] as const) {
    if (!has(key)) continue;
    if (next[key] === undefined) delete out[key];
    else out[key] = next[key];
  }
  return keepOrder(out, old);
}

/**
 * A CSV import's document over the existing one: its indicators updated (the columns it has), their
 * figures added or replaced by period, quality and report date, the others kept; new sources and
 * groups added with their id as title; everything else kept.
 */
export function mergeCsv(old: Rec, next: Rec): Rec {
  const out: Rec = { ...old, id: next.id, title: next.title, term: next.term };
  if (next.schemaVersion === '1.1') out.schemaVersion = '1.1';
  const list = ((old.indicators as Rec[] | undefined) ?? []).map((i) => ({ ...i }));
  // (lookups by id and by a figure's key through maps of the first of each: linear on large files)
  const byId = firstBy(list, (i) => i.id);
  for (const ind of (next.indicators as Rec[] | undefined) ?? []) {
    const prev = byId.get(ind.id);
    if (!prev) {
      list.push(ind);
      if (!byId.has(ind.id)) byId.set(ind.id, ind);
      continue;
    }
    for (const [k, v] of Object.entries(ind)) if (k !== 'observations') prev[k] = v;
    const figures = ((prev.observations as Rec[] | undefined) ?? []).slice();
    const at = new Map<string, number>();
    figures.forEach((x, i) => {
      const key = CHILD_KEYS.observations(x);
      if (!at.has(key)) at.set(key, i);
    });
    for (const o of (ind.observations as Rec[] | undefined) ?? []) {
      const key = CHILD_KEYS.observations(o);
      const i = at.get(key);
      if (i !== undefined) figures[i] = o;
      else at.set(key, figures.push(o) - 1);
    }
    if (figures.length > 0) prev.observations = figures;
  }
  out.indicators = list.map((i) => order(i, INDICATOR_ORDER));
  for (const key of ['sources', 'groups'] as const) {
    const added = ((next[key] as Rec[] | undefined) ?? []).filter((x) => !((old[key] as Rec[] | undefined) ?? []).some((y) => y.id === x.id));
    if (added.length > 0) out[key] = [...((old[key] as Rec[] | undefined) ?? []), ...added];
  }
  return keepOrder(out, old);
}

/** The first item of each key, as `items.find` would give it. */
function firstBy(items: readonly Rec[], key: (item: Rec) => unknown): Map<unknown, Rec> {
  const map = new Map<unknown, Rec>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/** `next` with the members of each object in the order the old file has them (new ones after). */
export function keepOrder(next: unknown, old: unknown): Rec {
  const walk = (n: unknown, o: unknown): unknown => {
    if (Array.isArray(n)) {
      const olds: unknown[] = Array.isArray(o) ? o : [];
      let ids: Map<unknown, Rec> | undefined;
      return n.map((x, i) => {
        if (!(x && typeof x === 'object' && 'id' in (x as Rec))) return walk(x, olds[i]);
        ids ??= firstBy(olds.filter((y): y is Rec => !!y && typeof y === 'object'), (y) => y.id);
        return walk(x, ids.get((x as Rec).id));
      });
    }
    if (n === null || typeof n !== 'object') return n;
    const src = n as Rec;
    const was = o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Rec) : {};
    const keys = [...Object.keys(was).filter((k) => k in src), ...Object.keys(src).filter((k) => !(k in was))];
    return Object.fromEntries(keys.map((k) => [k, walk(src[k], was[k])]));
  };
  return walk(next, old) as Rec;
}

// ───────────────────────────── what changed ─────────────────────────────

export interface Count {
  added: number;
  changed: number;
  removed: number;
}

export interface Changes {
  figures: Count;
  indicators: Count;
  /** sources, groups, milestones, verdicts, plans, the document's own fields. */
  other: Map<string, Count>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(keepOrder(a, b)) === JSON.stringify(b);

function diff(olds: Rec[], nexts: Rec[], key: (x: Rec, i: number) => string): Count {
  const count: Count = { added: 0, changed: 0, removed: 0 };
  const keyed = (xs: Rec[]) => {
    const seen = new Map<string, number>();
    return new Map(xs.map((x, i) => {
      const k = key(x, i);
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return [`${k}#${n}`, x] as const;
    }));
  };
  const a = keyed(olds);
  const b = keyed(nexts);
  for (const [k, x] of b) {
    const y = a.get(k);
    if (!y) count.added++;
    else if (!same(x, y)) count.changed++;
  }
  for (const k of a.keys()) if (!b.has(k)) count.removed++;
  return count;
}

const list = (d: Rec | undefined, key: string) => ((d?.[key] as Rec[] | undefined) ?? []);
const byId = (x: Rec, i: number) => (typeof x.id === 'string' ? x.id : `#${i}`);

export function changes(old: Rec | undefined, next: Rec): Changes {
  const oldInds = list(old, 'indicators');
  const nextInds = list(next, 'indicators');
  const figures: Count = { added: 0, changed: 0, removed: 0 };
  const plans: Count = { added: 0, changed: 0, removed: 0 };
  const ids = new Set([...oldInds, ...nextInds].map((i) => i.id));
  const olds = firstBy(oldInds, (i) => i.id);
  const nexts = firstBy(nextInds, (i) => i.id);
  for (const id of ids) {
    const o = olds.get(id);
    const n = nexts.get(id);
    for (const [key, total] of [['observations', figures], ['plans', plans]] as const) {
      const d = diff(list(o, key), list(n, key), key === 'observations' ? CHILD_KEYS.observations : CHILD_KEYS.plans);
      total.added += d.added;
      total.changed += d.changed;
      total.removed += d.removed;
    }
  }
  const strip = (i: Rec) => {
    const { observations: _o, plans: _p, ...rest } = i;
    return rest;
  };
  const indicators = diff(oldInds.map(strip), nextInds.map(strip), byId);
  const other = new Map<string, Count>();
  other.set('plans', plans);
  for (const key of ['sources', 'groups', 'milestones', 'verdicts']) other.set(key, diff(list(old, key), list(next, key), key === 'verdicts' ? (v) => `${String(v.indicator ?? '')}|${String(v.group ?? '')}|${String(v.period ?? '')}|${String(v.source)}|${String(v.date ?? '')}` : byId));
  const own = (d: Rec | undefined) => (d ? Object.fromEntries(Object.entries(d).filter(([k]) => !['indicators', 'sources', 'groups', 'milestones', 'verdicts'].includes(k))) : undefined);
  const ownOld = own(old);
  other.set('document', { added: 0, changed: ownOld !== undefined && !same(own(next), ownOld) ? 1 : 0, removed: 0 });
  return { figures, indicators, other };
}

/** The parts whose changes are counted, as the catalogue names them (`changes.figures.one`…). */
type Part = 'figures' | 'indicators' | 'plans' | 'sources' | 'groups' | 'milestones' | 'verdicts';

/** "3 số liệu mới, 1 số liệu sửa; 1 chỉ tiêu mới" / "3 new figures, 1 changed; 1 new indicator"; "" when nothing changed. */
export function changesText(c: Changes, lang: Lang): string {
  const parts: string[] = [];
  const say = (part: Part, n: Count) => {
    // The first count names the part ("3 new figures"), the others follow it ("1 changed").
    const noun = (k: number) => cliText(`changes.${part}.${pluralOf(k, lang)}`, lang);
    const bits: string[] = [];
    if (n.added) bits.push(cliText('changes.added', lang, { n: n.added, noun: noun(n.added) }));
    if (n.changed) bits.push(bits.length === 0 ? cliText('changes.changed', lang, { n: n.changed, noun: noun(n.changed) }) : cliText(`changes.${part}.changed`, lang, { n: n.changed }));
    if (n.removed) bits.push(bits.length === 0 ? cliText('changes.removed', lang, { n: n.removed, noun: noun(n.removed) }) : cliText(`changes.${part}.removed`, lang, { n: n.removed }));
    if (bits.length > 0) parts.push(bits.join(', '));
  };
  say('figures', c.figures);
  say('indicators', c.indicators);
  for (const [key, n] of c.other) if (key !== 'document') say(key as Part, n);
  if (c.other.get('document')?.changed) parts.push(cliText('changes.document', lang));
  return parts.join('; ');
}
