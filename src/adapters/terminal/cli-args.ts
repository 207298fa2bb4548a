/** The CLI's own flags, separated from the command text. */
export const FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number] | 'slack' | 'discord';

/** What `--chart` can write, by file ending. */
export const CHART_FORMATS = { '.png': 'PNG', '.svg': 'SVG' } as const;

export interface CliArgs {
  format: OutputFormat;
  /** The command text, words joined by spaces; empty starts a session. */
  text: string;
  /** `--chart <path>`: where to write the reply's chart (.png or .svg). */
  chart?: string;
  /** `--output <path>`: where to write the reply's document (the decision record) instead of standard output. */
  output?: string;
  /** `--help` or `-h`: print the usage and do nothing else. */
  help?: true;
}

export type CliArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

/** The usage printed by --help, and named by every option error. */
export function cliUsage(formats: readonly string[]): string {
  return [
    'Usage:',
    '  npm run advisor                       an interactive session: the guided flow, sharing, votes and history',
    '  npm run advisor -- <command>          one command, its answer printed (exit 0; 2 when not understood)',
    '',
    'Commands: compare, recommend, info, top, list, history, decide, decision, radar, alerts, weights, help (try: help recommend)',
    '',
    'Options:',
    '  --json                 print the machine-readable reply',
    `  --format <name>        ${formats.join(', ')}: slack and discord print the message the bot would send`,
    '  --chart <file>         also draw the comparison, recommendation or radar, as a .png or .svg file',
    '  --output <file>        with history export or radar export: write the file there',
    '                         (into dir/ under its own name; history export all --output dir/',
    '                         writes one file per decision)',
    '  -h, --help             this help',
    '',
    'Examples:',
    '  npm run advisor -- compare django fastapi --chart chart.png',
    '  npm run advisor -- recommend language=python project=api priorities=performance',
    '  npm run advisor -- history export --output adr.md',
    '',
  ].join('\n');
}

/** The value of `--name value` or `--name=value`, and the index of the last word used. */
function optionValue(argv: readonly string[], i: number): { value: string | undefined; next: number } {
  const arg = argv[i]!;
  if (arg.includes('=')) return { value: arg.slice(arg.indexOf('=') + 1), next: i };
  return { value: argv[i + 1], next: i + 1 };
}

function chartProblem(path: string | undefined): string | undefined {
  if (!path || path.startsWith('--')) return '--chart takes a file path, e.g. --chart out.png (or out.svg)';
  const ending = path.slice(path.lastIndexOf('.')).toLowerCase();
  if (!(ending in CHART_FORMATS)) return `--chart writes PNG or SVG: give a file ending in .png or .svg (not ${path}).`;
  return undefined;
}

export function parseCliArgs(argv: readonly string[], formats: readonly string[]): CliArgsResult {
  let format: OutputFormat = 'text';
  const words: string[] = [];
  let chart: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, args: { format, text: '', help: true } };
    if (arg === '--json') format = 'json';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const { value, next } = optionValue(argv, i);
      i = next;
      // After a command, a format the CLI does not print in is the command's own ("history export --format nygard", "radar export --format backstage").
      if (value && !formats.includes(value) && words.length > 0) words.push('--format', value);
      else if (!value || !formats.includes(value)) return { ok: false, message: `--format takes one of: ${formats.join(', ')}` };
      else format = value as OutputFormat;
    } else if (arg === '--chart' || arg.startsWith('--chart=')) {
      ({ value: chart, next: i } = optionValue(argv, i));
      const problem = chartProblem(chart);
      if (problem) return { ok: false, message: problem };
    } else if (arg === '--output' || arg.startsWith('--output=')) {
      ({ value: output, next: i } = optionValue(argv, i));
      if (!output || output.startsWith('--')) return { ok: false, message: '--output takes a file path, e.g. history export --output adr.md' };
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) return { ok: false, message: `Unknown option ${arg}. Options: --json, --format ${formats.join('|')}, --chart <file.png|file.svg>, --output <file>, --help` };
    else words.push(arg);
  }
  // A session prints many replies; a chart or a document file belongs to one command.
  if (chart && words.length === 0) return { ok: false, message: '--chart goes with a command, e.g. compare django fastapi --chart out.png' };
  if (output && words.length === 0) return { ok: false, message: '--output goes with a command, e.g. history export --output adr.md' };
  return { ok: true, args: { format, text: words.join(' '), ...(chart ? { chart } : {}), ...(output ? { output } : {}) } };
}
