/**
 * Configuration, read once from the environment (and .env through dotenv),
 * validated with zod. A bad value stops start-up with a message naming the
 * variable; secrets are never echoed back.
 */
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();

/** A whole number in a range, whose every failure reads as one sentence naming what is expected. */
const wholeNumber = (min: number, max: number, what: string) => {
  const error = `${what}, a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const HOURS = 'a number of hours above 0, at most 720';
const hours = z.coerce.number({ error: HOURS }).positive({ error: HOURS }).max(24 * 30, { error: HOURS });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `one of ${values.join(', ')}` });
const url = (what: string) => z.url({ error: `${what}, a full URL such as https://example.com` });

/** Discord caps a bot at far fewer shards than this; the bound only catches typos. */
const MAX_SHARDS = 10_000;

/** `auto` (Discord's recommendation) or the bot's total number of gateway shards. */
const shardCount = z
  .string()
  .trim()
  .regex(/^(auto|\d+)$/, 'a number of shards, or auto')
  .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)))
  .refine((v) => v === 'auto' || (v >= 1 && v <= MAX_SHARDS), `between 1 and ${MAX_SHARDS}, or auto`);

/** Shard ids as people write them: `0,1`, `4-7`, or both (`0,2,4-5`). */
const shardIds = z
  .string()
  .trim()
  .regex(/^\d+(-\d+)?(\s*,\s*\d+(-\d+)?)*$/, 'shard ids such as 0,1 or 4-7')
  .transform((v, ctx) => {
    const ids = v.split(',').flatMap((part) => {
      const [from, to = from] = part.trim().split('-').map(Number) as [number, number?];
      return to >= from ? Array.from({ length: Math.min(to - from + 1, MAX_SHARDS) }, (_, i) => from + i) : [];
    });
    if (ids.length === 0) ctx.addIssue({ code: 'custom', message: 'no shard ids in it (a range must go upwards, as in 4-7)' });
    return [...new Set(ids)].sort((a, b) => a - b);
  });

export const ConfigSchema = z.object({
  NODE_ENV: oneOf(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: wholeNumber(0, 65535, 'the port to listen on').default(3000),
  /** Where state lives: a SQLite file path (default) or, later, a postgres:// URL. */
  DATABASE_URL: z.string().trim().min(1).default('./var/advisor.db'),
  FLOW_TTL_HOURS: hours.default(24),
  /** Commands one person may send a minute before a friendly "slow down". */
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 10_000, 'commands per person per minute').default(20),
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-/, 'a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-/, 'an app-level token starting with xapp-').optional(),
  SLACK_API_URL: url("the Slack Web API's base URL").optional(),
  /** Multi-workspace mode (installs from a page through OAuth) when set; see multiWorkspaceComplete below. */
  SLACK_CLIENT_ID: z.string().trim().regex(/^\d+\.\d+$/, 'a client id such as 1234567890.0987654321 (Basic Information)').optional(),
  SLACK_CLIENT_SECRET: optionalText,
  /** Signs the OAuth state parameter, so a callback can be tied to an install this bot started. */
  SLACK_STATE_SECRET: z.string().trim().min(16, 'at least 16 characters (a random string)').optional(),
  /** The bot's public https address; the OAuth redirect URL is this plus /slack/oauth_redirect. */
  PUBLIC_URL: url('the public address Slack sends browsers back to').refine((v) => /^https?:\/\//.test(v), 'an http(s) address').transform((v) => v.replace(/\/+$/, '')).optional(),
  /** AES-256-GCM key for installation tokens at rest: 32 random bytes in base64 (openssl rand -base64 32). */
  INSTALLATION_ENCRYPTION_KEY: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, '32 random bytes in base64, e.g. from: openssl rand -base64 32')
    .optional(),
  /** Days a workspace's data is kept after it uninstalls the app, in case it comes back. */
  UNINSTALL_GRACE_DAYS: z.coerce.number().min(0).max(3650).default(30),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'a numeric application id').optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(/^\d{5,25}$/, 'a numeric guild id').optional(),
  DISCORD_API_URL: url("Discord's REST base URL").optional(),
  /** Request the privileged Message Content intent (enable it in the Developer Portal first). */
  DISCORD_MESSAGE_CONTENT: oneOf(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** The bot's total gateway shards (a number, or `auto` for Discord's recommendation); unset: one. */
  DISCORD_SHARDS: shardCount.optional(),
  /** The shards this process holds, when the total is split over several processes; unset: all of them. */
  DISCORD_SHARD_IDS: shardIds.optional(),
  /** Interface to listen on; all interfaces when unset. */
  HOST: z.string().trim().min(1).optional(),
  /**
   * Serves the MCP server at /mcp (Streamable HTTP) for callers that send
   * `Authorization: Bearer <MCP_TOKEN>`; unset: no /mcp. Long enough not to be guessed.
   */
  MCP_TOKEN: z.string().trim().min(24, 'at least 24 characters (e.g. openssl rand -hex 32)').optional(),
  /** Host names /mcp answers to (DNS-rebinding protection), comma-separated; localhost and 127.0.0.1 when unset. */
  MCP_ALLOWED_HOSTS: z
    .string()
    .trim()
    .regex(/^[\w.:\[\]-]+(\s*,\s*[\w.:\[\]-]+)*$/, 'host names such as advisor.example.com, comma-separated')
    .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()))
    .optional(),
  /** How long SIGTERM waits for requests in flight before closing anyway. */
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 120_000, 'milliseconds').default(10_000),
}).superRefine(shardsAgree).superRefine(multiWorkspaceComplete);

export type Config = z.infer<typeof ConfigSchema>;

/**
 * Processes that split the shards between them must agree on the total, so
 * DISCORD_SHARD_IDS needs a fixed DISCORD_SHARDS: with `auto`, two processes
 * started either side of a change in Discord's recommendation would disagree.
 */
function shardsAgree(config: { DISCORD_SHARDS?: number | 'auto' | undefined; DISCORD_SHARD_IDS?: number[] | undefined }, ctx: z.RefinementCtx): void {
  const ids = config.DISCORD_SHARD_IDS;
  // zod runs this even when a field failed its own check; that failure is already reported.
  if (!Array.isArray(ids)) return;
  const total = config.DISCORD_SHARDS;
  if (typeof total !== 'number') {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_IDS'], message: 'needs DISCORD_SHARDS set to the total number of shards (not auto), the same in every process' });
    return;
  }
  const outside = ids.filter((id) => id >= total);
  if (outside.length > 0) ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_IDS'], message: `shard ids go from 0 to ${total - 1} with DISCORD_SHARDS=${total}; ${outside.slice(0, 3).join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside that` });
}

/** What multi-workspace mode needs besides SLACK_CLIENT_ID, each with why. */
const MULTI_WORKSPACE_NEEDS = {
  SLACK_CLIENT_SECRET: 'the client secret from Basic Information, to finish installs',
  SLACK_SIGNING_SECRET: 'the signing secret from Basic Information, to verify requests',
  SLACK_STATE_SECRET: 'a random string that signs the install link (openssl rand -hex 32)',
  INSTALLATION_ENCRYPTION_KEY: 'the key that encrypts workspace tokens at rest (openssl rand -base64 32)',
  PUBLIC_URL: 'the public https address Slack sends people back to after an install',
} as const;

/**
 * SLACK_CLIENT_ID switches on multi-workspace mode, which must not run half
 * configured: above all, without a key, tokens would sit in the database in the clear.
 */
function multiWorkspaceComplete(config: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (config.SLACK_CLIENT_ID === undefined) return;
  for (const [name, why] of Object.entries(MULTI_WORKSPACE_NEEDS)) {
    if (config[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: `needed with SLACK_CLIENT_ID (multi-workspace mode): ${why}` });
  }
  if (config.SLACK_BOT_TOKEN !== undefined) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (installs through OAuth), not both' });
  if (config.SLACK_APP_TOKEN !== undefined) ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'multi-workspace mode runs over HTTP (Slack must reach /slack/oauth_redirect); unset SLACK_APP_TOKEN' });
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset: `FOO=` in a .env file means "not configured". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1].trim() !== ''));
}

/** Values safe to echo back in a message: never a token, a secret, or a URL that may hold a password. */
const SHOWN_VALUES = new Set(['NODE_ENV', 'LOG_LEVEL', 'PORT', 'FLOW_TTL_HOURS', 'RATE_LIMIT_PER_MINUTE', 'DISCORD_MESSAGE_CONTENT', 'DISCORD_SHARDS', 'DISCORD_SHARD_IDS', 'HOST', 'SHUTDOWN_TIMEOUT_MS']);

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const values = withoutEmpty(env);
  const result = ConfigSchema.safeParse(values);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const given = SHOWN_VALUES.has(name) && values[name] !== undefined ? ` (it is "${values[name]!.slice(0, 40)}")` : '';
    return `  ${issue.path.join('.')}: ${issue.message}${given}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The variables each platform needs together; one without the others is a mistake worth stopping for. */
const PLATFORM_VARIABLES = {
  Slack: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'],
  Discord: ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'],
} as const;

/**
 * Other credentials that show a platform is meant to run. Settings such as
 * DISCORD_SHARDS do not count: a shared compose file sets them for everyone.
 */
const PLATFORM_EXTRAS = { Slack: ['SLACK_APP_TOKEN'], Discord: [] } as const;

/**
 * A platform set up halfway, named by what is missing: "SLACK_SIGNING_SECRET is
 * missing: Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET". Empty when
 * every platform is either configured or left alone.
 */
export function halfConfigured(config: Config): string[] {
  return (Object.keys(PLATFORM_VARIABLES) as Array<keyof typeof PLATFORM_VARIABLES>).flatMap((platform) => {
    // Multi-workspace Slack has no bot token by design; its own set is checked by multiWorkspaceComplete.
    if (platform === 'Slack' && config.SLACK_CLIENT_ID !== undefined) return [];
    const needed = PLATFORM_VARIABLES[platform];
    const present = [...needed, ...PLATFORM_EXTRAS[platform]].filter((name) => config[name] !== undefined);
    const missing = needed.filter((name) => config[name] === undefined);
    if (present.length === 0 || missing.length === 0) return [];
    return [`${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing: ${platform} needs ${needed.join(' and ')} (${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set).`];
  });
}
