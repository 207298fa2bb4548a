/**
 * The refresh's environment: every source's base URL (public defaults, so a
 * test can point each one at a loopback fake), the optional GitHub token and
 * the HTTP manners. Read once, validated with zod.
 */
import { z } from 'zod';

/** Base URL variables, their defaults and what each one serves; --help prints this table. */
export const BASE_URLS = {
  ENDOFLIFE_API_URL: { default: 'https://endoflife.date/api/v1', serves: 'endoflife.date API v1 (release lines, support dates)' },
  GITHUB_API_URL: { default: 'https://api.github.com', serves: 'GitHub REST (stars, archived, licence, latest release)' },
  NPM_REGISTRY_URL: { default: 'https://registry.npmjs.org', serves: 'npm registry documents (latest version)' },
  NPM_DOWNLOADS_URL: { default: 'https://api.npmjs.org', serves: 'npm downloads API (last week)' },
  PYPI_URL: { default: 'https://pypi.org', serves: 'PyPI JSON API (latest version)' },
  PYPISTATS_URL: { default: 'https://pypistats.org', serves: 'pypistats recent downloads (last week)' },
  PACKAGIST_URL: { default: 'https://packagist.org', serves: 'Packagist package API (versions, downloads)' },
  RUBYGEMS_URL: { default: 'https://rubygems.org', serves: 'RubyGems API (latest version)' },
  CRATES_URL: { default: 'https://crates.io', serves: 'crates.io API (versions, recent downloads; 1 request a second)' },
  NUGET_SEARCH_URL: { default: 'https://azuresearch-usnc.nuget.org/query', serves: 'NuGet search query service (latest version)' },
  HEX_URL: { default: 'https://hex.pm', serves: 'Hex API (versions, weekly downloads)' },
  DEPS_DEV_URL: { default: 'https://api.deps.dev', serves: 'deps.dev API v3 (Maven Central versions)' },
} as const;
export type BaseUrlName = keyof typeof BASE_URLS;

const url = z.url().transform((u) => u.replace(/\/+$/, ''));
const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const Env = z.object({
  ...(Object.fromEntries(Object.entries(BASE_URLS).map(([name, spec]) => [name, url.default(spec.default)])) as Record<BaseUrlName, z.ZodDefault<typeof url>>),
  GITHUB_TOKEN: z.string().min(1).optional(),
  REFRESH_TIMEOUT_MS: positive(15_000),
  REFRESH_ATTEMPTS: positive(3),
  /** A Retry-After longer than this is not waited out: the source is reported as rate limited. */
  REFRESH_MAX_RETRY_AFTER_S: positive(120),
  /** First back-off after a 5xx or a network error; doubled on each retry. */
  REFRESH_BACKOFF_MS: positive(1_000),
  REFRESH_REPOSITORY_URL: z.url().optional(),
  GITHUB_SERVER_URL: z.url().optional(),
  GITHUB_REPOSITORY: z.string().optional(),
});

export interface RefreshConfig {
  baseUrls: Record<BaseUrlName, string>;
  githubToken?: string;
  timeoutMs: number;
  attempts: number;
  maxRetryAfterS: number;
  backoffMs: number;
  userAgent: string;
}

const VERSION = '0.1.0';

/** Who is asking, as crates.io's and GitHub's policies ask: the project and where it lives. */
function userAgentOf(env: z.infer<typeof Env>): string {
  const repository =
    env.REFRESH_REPOSITORY_URL ?? (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined);
  const where = repository ? `+${repository}` : 'repository URL not set: REFRESH_REPOSITORY_URL';
  return `framework-advisor-data-refresh/${VERSION} (Framework Advisor knowledge refresh; ${where})`;
}

export class RefreshConfigError extends Error {
  override name = 'RefreshConfigError';
}

export function refreshConfigFrom(environment: NodeJS.ProcessEnv): RefreshConfig {
  const parsed = Env.safeParse(environment);
  if (!parsed.success) {
    // Name the variable, never echo its value: it may be a token.
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new RefreshConfigError(`invalid environment for data:refresh: ${fields}`);
  }
  const env = parsed.data;
  return {
    baseUrls: Object.fromEntries(Object.keys(BASE_URLS).map((name) => [name, env[name as BaseUrlName]])) as Record<BaseUrlName, string>,
    ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    timeoutMs: env.REFRESH_TIMEOUT_MS,
    attempts: env.REFRESH_ATTEMPTS,
    maxRetryAfterS: env.REFRESH_MAX_RETRY_AFTER_S,
    backoffMs: env.REFRESH_BACKOFF_MS,
    userAgent: userAgentOf(env),
  };
}
