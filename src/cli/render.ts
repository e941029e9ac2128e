import { indicatorSvg } from '../../components/render/indicator-svg.js';
import { isAsOf } from '../progress/as-of.js';
import { printable } from '../schema/json-text.js';
import { cliText } from '../format/strings.js';
import { EXIT, type CliIo, type Lang } from './io.js';
import { loadFile, printIssues } from './load.js';

export interface RenderOptions {
  file: string;
  indicator: string;
  out?: string;
  asOf?: string;
  lang: Lang;
  /** svg (default): a standalone picture; html: the element pre-rendered with Lit SSR. */
  format?: RenderFormat;
}

export type RenderFormat = 'svg' | 'html';

/**
 * `tn-indicators render <file.json> --indicator ID --format svg [--out card.svg]`: one indicator as a
 * standalone SVG card (components/render/indicator-svg.ts) for print, newsletters and PDF reports.
 * With --format html, the `<tn-indicator>` element pre-rendered with Lit SSR (declarative shadow DOM,
 * its data inline: components/render/ssr-indicator.ts), an HTML fragment for pages that must show
 * the card before or without JavaScript; the embed brings it alive.
 * Without --out it is printed; --out is written whole or not at all.
 */
export function renderCommand(io: CliIo, options: RenderOptions): number | Promise<number> {
  const { lang } = options;
  if (options.asOf !== undefined && !isAsOf(options.asOf)) {
    io.stderr(`${cliText('render.asOf', lang)}\n`);
    return EXIT.unreadable;
  }
  const loaded = loadFile(io, options.file, lang);
  if (loaded.kind === 'unreadable') {
    io.stderr(`${loaded.error}\n`);
    return EXIT.unreadable;
  }
  if (loaded.kind === 'invalid') {
    printIssues(io, printable(options.file), loaded.issues, lang);
    return EXIT.invalid;
  }
  // Lit SSR (about 480 KB of the built CLI) is loaded only for --format html: the other commands start without it.
  if (options.format === 'html') return import('../../components/render/ssr-indicator.js').then(({ indicatorHtml }) => write(io, options, loaded.result.data, indicatorHtml));
  return write(io, options, loaded.result.data, indicatorSvg);
}

type Draw = typeof indicatorSvg;

function write(io: CliIo, options: RenderOptions, resolution: Parameters<Draw>[0], draw: Draw): number {
  const { lang } = options;
  const card = draw(resolution, options.indicator, { lang, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) });
  if (card === undefined) {
    const ids = resolution.indicators.map((i) => i.id).join(', ');
    io.stderr(`${cliText('render.noIndicator', lang, { id: printable(options.indicator), ids })}\n`);
    return EXIT.invalid;
  }
  if (options.out === undefined) io.stdout(card);
  else {
    io.writeFile(options.out, card);
    io.stderr(`${cliText('wrote', lang, { file: printable(options.out) })}\n`);
  }
  return EXIT.ok;
}
