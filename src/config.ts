/**
 * Configuration, read once from the environment (and .env through dotenv),
 * validated with zod. A bad value stops start-up with a message naming the
 * variable; secrets are never echoed back.
 */
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();
const hours = z.coerce.number().positive().max(24 * 30);

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where state lives: a SQLite file path (default) or, later, a postgres:// URL. */
  DATABASE_URL: z.string().trim().min(1).default('./var/advisor.db'),
  FLOW_TTL_HOURS: hours.default(24),
  /** Commands one person may send a minute before a friendly "slow down". */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-/, 'a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-/, 'an app-level token starting with xapp-').optional(),
  SLACK_API_URL: z.url().optional(),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'a numeric application id').optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(/^\d{5,25}$/, 'a numeric guild id').optional(),
  DISCORD_API_URL: z.url().optional(),
  /** Request the privileged Message Content intent (enable it in the Developer Portal first). */
  DISCORD_MESSAGE_CONTENT: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Interface to listen on; all interfaces when unset. */
  HOST: z.string().trim().min(1).optional(),
  /** How long SIGTERM waits for requests in flight before closing anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset: `FOO=` in a .env file means "not configured". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1].trim() !== ''));
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
