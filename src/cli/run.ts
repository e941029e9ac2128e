import { resolutionJsonSchema } from '../schema/json-schema.js';
import { exportCommand, exportCsvCommand, exportFormat } from './export.js';
import { importCommand, importOptions } from './import.js';
import { readArgs } from './args.js';
import { EXIT, OutputError, outputMessage, t, type CliIo, type Lang } from './io.js';
import { renderCommand } from './render.js';
import { reportCommand, type ReportFormat } from './report.js';
import { validateCommand } from './validate.js';

const USAGE = {
  vi: `Cách dùng:
  tn-indicators validate <tệp.json…> [--lang vi|en]   kiểm tra tệp nghị quyết
  tn-indicators report <tệp.json> [--as-of NĂM] [--lang vi|en] [--format table|json|markdown]
  tn-indicators import <bảng.csv> --id MÃ --title "TÊN" --from NĂM --to NĂM [--indicators <chỉ-tiêu.csv>] [--out <tệp.json>] [--lang vi|en]
                                                       đọc bảng số liệu CSV, in (hoặc ghi vào --out) tệp nghị quyết JSON
  tn-indicators import <sổ.xlsx> [--out <tệp.json>]    đọc sổ Excel do export ghi (đã sửa); --out có sẵn thì cập nhật tệp đó
  tn-indicators export <tệp.json> --out <sổ.xlsx|bảng.csv>
                                                       ghi tệp nghị quyết ra sổ Excel để sửa (hoặc bảng CSV)
  tn-indicators render <tệp.json> --indicator MÃ [--as-of NĂM|NGÀY] [--lang vi|en] [--format svg|html] [--out <thẻ.svg>]
                                                       vẽ một chỉ tiêu thành thẻ SVG để in, đăng bản tin, báo cáo PDF;
                                                       --format html: thẻ <tn-indicator> dựng sẵn (declarative shadow DOM, kèm số liệu)
                                                       hiện ngay cả khi không có JavaScript, tn-indicators.js làm nó hoạt động
  tn-indicators schema                                 in JSON Schema của tệp nghị quyết
Tệp "-" là đầu vào chuẩn. --out được ghi trọn vẹn hoặc không ghi gì: khi có lỗi, tệp cũ được giữ nguyên.
Mã thoát: 0 hợp lệ, 1 có lỗi dữ liệu, 2 không đọc được tệp hoặc sai cách dùng, 3 lỗi nội bộ, 4 không ghi được đầu ra (đĩa đầy, ống dẫn bị đóng).
`,
  en: `Usage:
  tn-indicators validate <file.json…> [--lang vi|en]   check resolution files
  tn-indicators report <file.json> [--as-of YEAR] [--lang vi|en] [--format table|json|markdown]
  tn-indicators import <table.csv> --id ID --title "TITLE" --from YEAR --to YEAR [--indicators <indicators.csv>] [--out <file.json>] [--lang vi|en]
                                                        read a CSV table of figures, print (or write to --out) a resolution file (JSON)
  tn-indicators import <book.xlsx> [--out <file.json>]  read a workbook written by export (and edited); an existing --out file is updated
  tn-indicators export <file.json> --out <book.xlsx|table.csv>
                                                        write a resolution file as an Excel workbook to edit (or a CSV table)
  tn-indicators render <file.json> --indicator ID [--as-of YEAR|DATE] [--lang vi|en] [--format svg|html] [--out <card.svg>]
                                                        draw one indicator as an SVG card for print, newsletters, PDF reports;
                                                        --format html: the <tn-indicator> element pre-rendered (declarative shadow DOM,
                                                        its data inline), shown even without JavaScript, brought alive by tn-indicators.js
  tn-indicators schema                                  print the resolution JSON Schema
A file named "-" is standard input. --out is written whole or not at all: on any problem the old file is kept.
Exit codes: 0 valid, 1 invalid data, 2 unreadable file or wrong usage, 3 internal error, 4 output not written (disk full, closed pipe).
`,
};

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
    case 'export': {
      if (files.length !== 1) return usageError(t(lang, 'Cần đúng một tệp JSON', 'Name exactly one JSON file'));
      const out = flags.get('--out');
      if (out === undefined || out.trim() === '') return usageError(t(lang, 'Cần --out <tệp.xlsx> (hoặc <tệp.csv>)', 'Name the output: --out <file.xlsx> (or <file.csv>)'));
      const format = exportFormat(out);
      if (format === undefined) return usageError(t(lang, '--out phải là tệp .xlsx hoặc .csv', '--out must be an .xlsx or a .csv file'));
      const options = { file: files[0]!, out, lang };
      return format === 'xlsx' ? exportCommand(io, options) : exportCsvCommand(io, options);
    }
    case 'render': {
      if (files.length !== 1) return usageError(t(lang, 'Cần đúng một tệp JSON', 'Name exactly one JSON file'));
      const indicator = flags.get('--indicator');
      if (!indicator) return usageError(t(lang, 'Cần --indicator MÃ', 'Name the indicator: --indicator ID'));
      const format = flags.get('--format') ?? 'svg';
      if (format !== 'svg' && format !== 'html') return usageError(t(lang, '--format của render là svg hoặc html', "render's --format is svg or html"));
      const out = flags.get('--out');
      const asOf = flags.get('--as-of');
      return renderCommand(io, { file: files[0]!, indicator, lang, format, ...(out === undefined ? {} : { out }), ...(asOf === undefined ? {} : { asOf }) });
    }
    case 'schema':
      io.stdout(`${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`);
      return 0;
    default:
      return usageError(t(lang, `Không có lệnh "${command}"`, `Unknown command "${command}"`));
  }
}
