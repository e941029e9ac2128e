import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbookSheets, workbookToDocument } from '../../src/cli/workbook-read.js';
import { writeWorkbook } from '../../src/cli/workbook-write.js';

// examples/data/template.xlsx is the workbook data teams start from: what `npm run template` writes
// from template.json. Compared sheet by sheet, cell by cell (not bytes: a zip's bytes may differ).
const json = JSON.parse(readFileSync(new URL('../../examples/data/template.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const committed = new Uint8Array(readFileSync(new URL('../../examples/data/template.xlsx', import.meta.url)));

describe('examples/data/template.xlsx', () => {
  it('is what the code writes from template.json (run `npm run template` after changing either)', async () => {
    const [mine, theirs] = await Promise.all([writeWorkbook(json).then((b) => readWorkbookSheets(b, 'en')), readWorkbookSheets(committed, 'en')]);
    if ('error' in mine || 'error' in theirs) throw new Error('unreadable');
    expect(theirs.map((s) => s.name)).toEqual(mine.map((s) => s.name));
    for (let i = 0; i < mine.length; i++) expect(theirs[i]!.data, theirs[i]!.name).toEqual(mine[i]!.data);
  });

  it('imports back to template.json', async () => {
    const sheets = await readWorkbookSheets(committed, 'en');
    if ('error' in sheets) throw new Error(sheets.error);
    const read = workbookToDocument(sheets, 'en');
    expect(read.problems).toEqual([]);
    expect(read.document).toEqual(json);
  });
});
