import { resolutionJsonSchema } from '../schema/json-schema.js';
import { importCommand, importOptions } from './import.js';
import { t, type CliIo, type Lang } from './io.js';
import { reportCommand, type ReportFormat } from './report.js';
import { validateCommand } from './validate.js';

const USAGE = {
  vi: `Cách dùng:
  tn-indicators validate <tệp.json…> [--lang vi|en]   kiểm tra tệp nghị quyết
  tn-indicators report <tệp.json> [--as-of NĂM] [--lang vi|en] [--format table|json|markdown]
  tn-indicators import <bảng.csv> --id MÃ --title "TÊN" --from NĂM --to NĂM [--indicators <chỉ-tiêu.csv>] [--lang vi|en]
                                                       đọc bảng số liệu CSV, in tệp nghị quyết JSON
  tn-indicators schema                                 in JSON Schema của tệp nghị quyết
Mã thoát: 0 hợp lệ, 1 có lỗi dữ liệu, 2 không đọc được tệp hoặc sai cách dùng.
`,
  en: `Usage:
  tn-indicators validate <file.json…> [--lang vi|en]   check resolution files
  tn-indicators report <file.json> [--as-of YEAR] [--lang vi|en] [--format table|json|markdown]
  tn-indicators import <table.csv> --id ID --title "TITLE" --from YEAR --to YEAR [--indicators <indicators.csv>] [--lang vi|en]
                                                        read a CSV table of figures, print a resolution file (JSON)
  tn-indicators schema                                  print the resolution JSON Schema
Exit codes: 0 valid, 1 invalid data, 2 unreadable file or wrong usage.
`,
};

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
  errors: string[];
}

function parseArgs(argv: string[], lang: Lang): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const errors: string[] = [];
  const valued = new Set(['--lang', '--as-of', '--format', '--id', '--title', '--from', '--to', '--indicators']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h' || arg === '--version') flags.set(arg, '');
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!valued.has(name)) errors.push(t(lang, `Không có tùy chọn ${name}`, `Unknown option ${name}`));
      else if (inline !== undefined) flags.set(name, inline);
      else if (i + 1 < argv.length) flags.set(name, argv[++i]!);
      else errors.push(t(lang, `Tùy chọn ${name} cần một giá trị`, `Option ${name} needs a value`));
    } else positional.push(arg);
  }
  return { positional, flags, errors };
}

/** Runs the command line; returns the exit code. Never throws for bad input. */
export function runCli(argv: string[], io: CliIo, version = '0.0.0'): number {
  const langFlag = argv.find((a, i) => a.startsWith('--lang=') || argv[i - 1] === '--lang');
  const lang: Lang = (langFlag?.replace('--lang=', '') ?? 'vi') === 'en' ? 'en' : 'vi';
  const { positional, flags, errors } = parseArgs(argv, lang);
  const usageError = (text: string) => {
    io.stderr(`${text}\n\n${USAGE[lang]}`);
    return 2;
  };
  if (flags.has('--version')) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...files] = positional;
  if (flags.has('--help') || command === undefined || command === 'help') {
    (command === undefined && !flags.has('--help') ? io.stderr : io.stdout)(USAGE[lang]);
    return command === undefined && !flags.has('--help') ? 2 : 0;
  }
  if (errors.length > 0) return usageError(errors.join('\n'));
  const langValue = flags.get('--lang');
  if (langValue !== undefined && langValue !== 'vi' && langValue !== 'en') return usageError(t(lang, '--lang phải là vi hoặc en', '--lang must be vi or en'));

  switch (command) {
    case 'validate':
      if (files.length === 0) return usageError(t(lang, 'Cần ít nhất một tệp', 'Name at least one file'));
      return validateCommand(io, files, lang);
    case 'report': {
      if (files.length !== 1) return usageError(t(lang, 'Cần đúng một tệp', 'Name exactly one file'));
      const asOfText = flags.get('--as-of');
      const asOf = asOfText === undefined ? undefined : Number(asOfText);
      if (asOf !== undefined && !(Number.isInteger(asOf) && asOf >= 1900 && asOf <= 2200)) {
        return usageError(t(lang, '--as-of phải là một năm, ví dụ 2023', '--as-of must be a year, e.g. 2023'));
      }
      const format = (flags.get('--format') ?? 'table') as ReportFormat;
      if (!['table', 'json', 'markdown'].includes(format)) {
        return usageError(t(lang, '--format phải là table, json hoặc markdown', '--format must be table, json or markdown'));
      }
      return reportCommand(io, files[0]!, { lang, format, ...(asOf === undefined ? {} : { asOf }) });
    }
    case 'import': {
      const options = importOptions(files, flags, lang);
      return typeof options === 'string' ? usageError(options) : importCommand(io, options);
    }
    case 'schema':
      io.stdout(`${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`);
      return 0;
    default:
      return usageError(t(lang, `Không có lệnh "${command}"`, `Unknown command "${command}"`));
  }
}
