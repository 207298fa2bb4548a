/** The command line of `npm run data:refresh`, and its --help. */
import { parseArgs } from 'node:util';
import { BASE_URLS } from './config.js';
import { SOURCE_HELP, SOURCE_NAMES, type SourceName } from './planner.js';

export interface CommandLine {
  help: boolean;
  dryRun: boolean;
  only?: string[];
  sources: SourceName[];
  dataDir?: string;
  today: string;
  summaryFile?: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function parseCommandLine(argv: string[], now = new Date()): CommandLine {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        'dry-run': { type: 'boolean', default: false },
        only: { type: 'string' },
        sources: { type: 'string' },
        data: { type: 'string' },
        today: { type: 'string' },
        'summary-file': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const sources = list(values.sources) ?? [...SOURCE_NAMES];
  const unknown = sources.filter((s) => !(SOURCE_NAMES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new UsageError(`unknown source ${unknown.join(', ')}; sources are ${SOURCE_NAMES.join(', ')}`);
  const today = values.today ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today takes a date written YYYY-MM-DD');
  const only = list(values.only);
  return {
    help: values.help,
    dryRun: values['dry-run'],
    ...(only ? { only } : {}),
    sources: sources as SourceName[],
    ...(values.data ? { dataDir: values.data } : {}),
    today,
    ...(values['summary-file'] ? { summaryFile: values['summary-file'] } : {}),
  };
}

export function helpText(): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  return [
    'npm run data:refresh -- [options]',
    '',
    "Reads current facts about every framework in data/frameworks from public APIs, writes them into the files with today's",
    'asOf date and source, and prints a summary to review: what changed (old -> new), which derived scores moved and by how',
    'much, which reference scenarios (data/reference-scenarios.json) change their #1, and what failed. Rubric judgements,',
    'benchmark figures, survey shares, built-ins and project fit are never changed. Each framework names its endoflife.date',
    'product and packages in its file: "registry": { "endoflife": "symfony", "packagist": "symfony/http-kernel" }.',
    '',
    'Options',
    '  --dry-run                 fetch and show the summary, write nothing',
    '  --only django,fastapi     only these frameworks (ids as in data/frameworks)',
    '  --sources endoflife,github  only these sources (default: all)',
    '  --data <dir>              the data directory (default: data/)',
    "  --today YYYY-MM-DD        the read date recorded as asOf (default: today's UTC date)",
    '  --summary-file <path>     also write the summary there (the scheduled job uses it as the pull request body)',
    '  --help                    this text',
    '',
    'Sources',
    ...SOURCE_NAMES.map((s) => `  ${pad(s, 11)} ${SOURCE_HELP[s]}`),
    '',
    'Environment',
    ...Object.entries(BASE_URLS).map(([name, spec]) => `  ${pad(name, 18)} ${spec.serves}; default ${spec.default}`),
    '  GITHUB_TOKEN       optional; raises GitHub\'s limit (one pass works without it). Sent as a header, never printed',
    '  REFRESH_TIMEOUT_MS         per-request timeout (default 15000)',
    '  REFRESH_ATTEMPTS           attempts per request, first included (default 3)',
    '  REFRESH_BACKOFF_MS         first wait after a 5xx or network error, doubled each retry (default 1000)',
    '  REFRESH_MAX_RETRY_AFTER_S  longest Retry-After waited out (default 120); longer means "rate limited"',
    '  REFRESH_REPOSITORY_URL     the repository named in the User-Agent (in GitHub Actions: taken from GITHUB_REPOSITORY)',
    '',
    'Manners: at most 4 requests in flight per host, crates.io at most one request a second, a User-Agent naming the project',
    'and its repository, 429 and Retry-After honoured, bounded retries and a timeout on every request.',
    '',
    'Exit status: 0 when something was fetched and the result validates (failed sources are listed in the summary);',
    '1 when nothing could be fetched or the result does not validate (then nothing is written); 2 for a usage error.',
    '',
  ].join('\n');
}
