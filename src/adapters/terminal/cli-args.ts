/** The CLI's own flags, separated from the command text. */
export const FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number] | 'slack' | 'discord';

export interface CliArgs {
  format: OutputFormat;
  /** The command text, words joined by spaces; empty starts a session. */
  text: string;
  /** `--chart <path>`: where to write the reply's chart (.svg for SVG, otherwise PNG). */
  chart?: string;
}

export type CliArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

export function parseCliArgs(argv: readonly string[], formats: readonly string[]): CliArgsResult {
  let format: OutputFormat = 'text';
  const words: string[] = [];
  let chart: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') format = 'json';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !formats.includes(value)) return { ok: false, message: `--format takes one of: ${formats.join(', ')}` };
      format = value as OutputFormat;
    } else if (arg === '--chart' || arg.startsWith('--chart=')) {
      chart = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!chart || chart.startsWith('--')) return { ok: false, message: '--chart takes a file path, e.g. --chart out.png (or out.svg)' };
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) return { ok: false, message: `Unknown option ${arg}. Options: --json, --format ${formats.join('|')}, --chart <file.png|file.svg>` };
    else words.push(arg);
  }
  // A session prints many replies; a chart file belongs to one command.
  if (chart && words.length === 0) return { ok: false, message: '--chart goes with a command, e.g. compare django fastapi --chart out.png' };
  return { ok: true, args: { format, text: words.join(' '), ...(chart ? { chart } : {}) } };
}
