import { asOfText, describeIndicatorTarget, headline, localize, reasonLabel, statusLabel, shareText, statusText, successorText, verdictDiffersText, verdictText, verdictWords } from '../format/index.js';
import { assess } from '../progress/assess.js';
import { STATUSES, type IndicatorAssessment } from '../progress/types.js';
import type { Indicator } from '../schema/indicator.js';
import type { Resolution } from '../schema/resolution.js';
import { cliText, t } from '../format/strings.js';
import type { CliIo, Lang } from './io.js';
import { loadFile } from './load.js';

export type ReportFormat = 'table' | 'json' | 'markdown';

/** `tn-indicators report <file>`: the assessment as a text table, JSON or Markdown. */
export function reportCommand(io: CliIo, file: string, options: { lang: Lang; asOf?: number; format: ReportFormat }): number {
  const loaded = loadFile(io, file, options.lang);
  if (loaded.kind === 'unreadable') {
    io.stderr(`${loaded.error}\n`);
    return 2;
  }
  if (loaded.kind === 'invalid') {
    for (const issue of loaded.issues) io.stderr(`${file}: ${issue.path || t('document', options.lang)}: ${issue.message}\n`);
    return 1;
  }
  const resolution = loaded.result.data;
  const result = assess(resolution, options.asOf === undefined ? {} : { asOf: options.asOf });
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const { lang } = options;
  // The body's own verdicts get a column of their own, beside the computed status.
  const verdicts = result.indicators.some((a) => a.verdict);
  const rows = resolution.indicators.map((ind, i) => reportRow(resolution, ind, result.indicators[i]!, lang, verdicts));
  const header = [cliText('report.id', lang), cliText('report.indicator', lang), cliText('report.figure', lang), cliText('report.target', lang), cliText('report.status', lang)];
  if (verdicts) header.push(cliText('report.verdict', lang));
  // A unit that no longer exists stays readable, marked as such; the body's verdict on the whole resolution follows.
  const notes = [successorText(resolution.body, lang), result.verdict ? `${verdictText(result.verdict, lang)}.` : ''].filter(Boolean).join(' ');
  const title = localize(resolution.title, lang);
  // The date the data speaks for, in the words the elements use ("Số liệu đến năm 2023.").
  const asOf = asOfText(resolution, result.asOf, lang, options.asOf === undefined ? undefined : String(options.asOf)) || cliText('report.noFigures', lang);
  const summary = STATUSES.filter((s) => result.summary.counts[s] > 0)
    .map((s) => `${statusLabel(s, lang)}: ${result.summary.counts[s]}`)
    .join(', ');
  if (options.format === 'markdown') {
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    io.stdout(`# ${cell(title)}\n\n${notes ? `${cell(notes)}\n\n` : ''}${asOf}. ${summary}.\n\n`);
    io.stdout(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
    for (const row of rows) io.stdout(`| ${row.map(cell).join(' | ')} |\n`);
    return 0;
  }
  io.stdout(`${title}\n${notes ? `${notes}\n` : ''}${asOf}. ${summary}.\n\n`);
  io.stdout(table([header, ...rows]));
  return 0;
}

function reportRow(resolution: Resolution, ind: Indicator, a: IndicatorAssessment, lang: Lang, verdicts: boolean): string[] {
  // The figure the card shows big: the average so far for an average, the running total…
  const h = headline(resolution, ind, a, lang);
  const latest = h.value === '—' ? '—' : `${h.value} (${[h.caption, h.quality].filter(Boolean).join(', ')})`;
  const target = ind.target ? describeIndicatorTarget(resolution, ind, lang) : '—';
  // A series break (or another reason) is said beside "no data", never left for the reader to guess.
  const status = statusText(a, lang) + (a.reason === 'series-break' ? ` — ${reasonLabel(a.reason, lang)}` : '');
  // (a share says of what: "Tỷ trọng kinh tế số — Tỷ trọng trong GRDP")
  const share = shareText(ind, lang);
  const row = [ind.id, localize(ind.title, lang) + (share ? ` — ${share}` : ''), latest, target, status];
  if (verdicts) {
    const v = a.verdict;
    row.push(v ? `${verdictWords(v, lang)}${v.agrees === false ? ` (${verdictDiffersText(lang)})` : ''}` : '—');
  }
  return row;
}

function table(rows: string[][]): string {
  // (a loop, not Math.max(...rows): a report of 100,000 indicators would overflow the stack)
  const widths = rows[0]!.map((_, c) => rows.reduce((m, r) => Math.max(m, [...(r[c] ?? '')].length), 0));
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n';
}
