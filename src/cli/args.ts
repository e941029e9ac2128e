import { parseArgs } from 'node:util';
import { printable } from '../schema/json-text.js';
import { cliText } from '../format/strings.js';
import type { Lang } from './io.js';

/** The command line's options that take a value. */
const VALUED = ['lang', 'as-of', 'format', 'id', 'title', 'from', 'to', 'indicators', 'indicator', 'out'] as const;

export interface Parsed {
  positional: string[];
  /** Options by their name with its dashes ("--title"); flags without a value map to "". */
  flags: Map<string, string>;
  errors: string[];
}

/**
 * Reads the arguments with node:util's parseArgs. `--` ends the options (what follows is a file,
 * even "-x"), `-` is standard input, `--name=value` and `--name value` both work. An option given
 * without its value is said as such ("Tùy chọn --title cần một giá trị"), also when the next word is
 * another option (`--title --from 2021`), never taken for a missing file.
 */
export function readArgs(argv: string[], lang: Lang): Parsed {
  const options = Object.fromEntries([...VALUED.map((name) => [name, { type: 'string' as const }]), ['help', { type: 'boolean' as const, short: 'h' }], ['version', { type: 'boolean' as const }]]);
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const errors: string[] = [];
  const valued = new Set<string>(VALUED);
  const needsValue = (name: string) => errors.push(cliText('args.needsValue', lang, { name }));
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    else if (token.kind === 'option') {
      const { name } = token;
      if (name === 'help' || name === 'version' || name === 'h') {
        flags.set(`--${name === 'h' ? 'help' : name}`, '');
      } else if (!valued.has(name)) {
        errors.push(cliText('args.unknown', lang, { option: printable(token.rawName) }));
      } else if (token.value === undefined) {
        needsValue(name);
      } else if (!token.inlineValue && token.value.startsWith('--') && token.value.length > 2) {
        // (`--title --from 2021`: the next word is another option, not the title; that option is read on)
        needsValue(name);
        const next = token.value.slice(2).split('=')[0]!;
        if (!valued.has(next) && next !== 'help' && next !== 'version') errors.push(cliText('args.unknown', lang, { option: printable(token.value) }));
      } else {
        flags.set(`--${name}`, token.value);
      }
    }
  }
  return { positional, flags, errors };
}
