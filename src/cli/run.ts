import { resolutionJsonSchema } from '../schema/json-schema.js';
import { exportCommand, exportCsvCommand, exportFormat } from './export.js';
import { importCommand, importOptions } from './import.js';
import { readArgs } from './args.js';
import { cliText } from '../format/strings.js';
import { EXIT, OutputError, outputMessage, type CliIo, type Lang } from './io.js';
import { renderCommand } from './render.js';
import { reportCommand, type ReportFormat } from './report.js';
import { validateCommand } from './validate.js';

/**
 * Runs the command line; returns the exit code. Never throws for bad input. The commands that read
 * or write a workbook (`export`, `import` of an .xlsx file) return it as a promise.
 */
export function runCli(argv: string[], io: CliIo, version = '0.0.0'): number | Promise<number> {
  const langFlag = argv.find((a, i) => a.startsWith('--lang=') || argv[i - 1] === '--lang');
  const lang: Lang = (langFlag?.replace('--lang=', '') ?? 'vi') === 'en' ? 'en' : 'vi';
  // A full disk or a closed pipe: said in words, with its own exit code (never 0, never a stack trace).
  const output = (e: unknown) => {
    if (!(e instanceof OutputError)) throw e;
    io.stderr(`${outputMessage(e, lang)}\n`);
    return EXIT.output;
  };
  try {
    const code = run(argv, io, version, lang);
    return typeof code === 'number' ? code : code.catch(output);
  } catch (e) {
    return output(e);
  }
}

function run(argv: string[], io: CliIo, version: string, lang: Lang): number | Promise<number> {
  const { positional, flags, errors } = readArgs(argv, lang);
  const usageError = (text: string) => {
    io.stderr(`${text}\n\n${cliText('usage', lang)}`);
    return 2;
  };
  if (flags.has('--version')) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...files] = positional;
  if (flags.has('--help') || command === undefined || command === 'help') {
    (command === undefined && !flags.has('--help') ? io.stderr : io.stdout)(cliText('usage', lang));
    return command === undefined && !flags.has('--help') ? 2 : 0;
  }
  if (errors.length > 0) return usageError(errors.join('\n'));
  const langValue = flags.get('--lang');
  if (langValue !== undefined && langValue !== 'vi' && langValue !== 'en') return usageError(cliText('run.lang', lang));

  switch (command) {
    case 'validate':
      if (files.length === 0) return usageError(cliText('run.files', lang));
      return validateCommand(io, files, lang);
    case 'report': {
      if (files.length !== 1) return usageError(cliText('run.file', lang));
      const asOfText = flags.get('--as-of');
      const asOf = asOfText === undefined ? undefined : Number(asOfText);
      if (asOf !== undefined && !(Number.isInteger(asOf) && asOf >= 1900 && asOf <= 2200)) {
        return usageError(cliText('run.asOfYear', lang));
      }
      const format = (flags.get('--format') ?? 'table') as ReportFormat;
      if (!['table', 'json', 'markdown'].includes(format)) {
        return usageError(cliText('run.reportFormat', lang));
      }
      return reportCommand(io, files[0]!, { lang, format, ...(asOf === undefined ? {} : { asOf }) });
    }
    case 'import': {
      const options = importOptions(files, flags, lang);
      return typeof options === 'string' ? usageError(options) : importCommand(io, options);
    }
    case 'export': {
      if (files.length !== 1) return usageError(cliText('run.jsonFile', lang));
      const out = flags.get('--out');
      if (out === undefined || out.trim() === '') return usageError(cliText('run.exportOut', lang));
      const format = exportFormat(out);
      if (format === undefined) return usageError(cliText('run.exportFormat', lang));
      const options = { file: files[0]!, out, lang };
      return format === 'xlsx' ? exportCommand(io, options) : exportCsvCommand(io, options);
    }
    case 'render': {
      if (files.length !== 1) return usageError(cliText('run.jsonFile', lang));
      const indicator = flags.get('--indicator');
      if (!indicator) return usageError(cliText('run.indicator', lang));
      const format = flags.get('--format') ?? 'svg';
      if (format !== 'svg' && format !== 'html') return usageError(cliText('run.renderFormat', lang));
      const out = flags.get('--out');
      const asOf = flags.get('--as-of');
      return renderCommand(io, { file: files[0]!, indicator, lang, format, ...(out === undefined ? {} : { out }), ...(asOf === undefined ? {} : { asOf }) });
    }
    case 'schema':
      io.stdout(`${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`);
      return 0;
    default:
      return usageError(cliText('run.unknownCommand', lang, { command }));
  }
}
