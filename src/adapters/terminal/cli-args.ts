/** The CLI's own flags, separated from the command text. */
export const FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number] | 'slack' | 'discord';

export interface CliArgs {
  format: OutputFormat;
  /** The command text, words joined by spaces; empty starts a session. */
  text: string;
}

export type CliArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

export function parseCliArgs(argv: readonly string[], formats: readonly string[]): CliArgsResult {
  let format: OutputFormat = 'text';
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') format = 'json';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !formats.includes(value)) return { ok: false, message: `--format takes one of: ${formats.join(', ')}` };
      format = value as OutputFormat;
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) return { ok: false, message: `Unknown option ${arg}. Options: --json, --format ${formats.join('|')}` };
    else words.push(arg);
  }
  return { ok: true, args: { format, text: words.join(' ') } };
}
