/**
 * GitHub REST: GET {GITHUB_API_URL}/repos/{owner}/{repo} and .../releases/latest.
 * Documented at https://docs.github.com/en/rest/repos/repos#get-a-repository and
 * https://docs.github.com/en/rest/releases/releases#get-the-latest-release.
 * GITHUB_TOKEN is optional (60 unauthenticated requests an hour cover one pass
 * over 40 repositories); it is sent as a header and never logged.
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import type { SourceContext } from './context.js';

export const GithubRepository = z.object({
  full_name: z.string().min(3),
  stargazers_count: z.number().int().nonnegative(),
  archived: z.boolean(),
  pushed_at: z.string().nullish(),
  license: z.object({ key: z.string(), spdx_id: z.string().nullish(), name: z.string().nullish() }).nullish(),
});

export const GithubRelease = z.object({
  tag_name: z.string().min(1),
  published_at: z.string().nullish(),
  draft: z.boolean().optional(),
  prerelease: z.boolean().optional(),
});

export const GITHUB_SOURCE = {
  id: 'github-api',
  title: 'GitHub REST API: repository (stars, archived, licence) and latest release',
  url: 'https://docs.github.com/en/rest/repos/repos#get-a-repository',
  publisher: 'GitHub',
};

/** "owner/repo" from a repository URL on github.com, or undefined elsewhere. */
export function githubRepositoryOf(repositoryUrl: string): string | undefined {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repositoryUrl);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** "v8.1.4", "web-v4.15.0", "rails-8.1.3" -> the version inside. */
export function versionInTag(tag: string): string | undefined {
  return /(\d+(?:\.\d+)+(?:[-.][\w.]+)?)$/.exec(tag)?.[1];
}

function headers(ctx: SourceContext): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    ...(ctx.config.githubToken ? { authorization: `Bearer ${ctx.config.githubToken}` } : {}),
  };
}

export async function readGithubStars(ctx: SourceContext, repository: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.GITHUB_API_URL}/repos/${repository}`;
  const body = await ctx.http.getJson(url, GithubRepository, { headers: headers(ctx) });
  const license = body.license?.spdx_id && body.license.spdx_id !== 'NOASSERTION' ? body.license.spdx_id : undefined;
  return {
    kind: 'stars',
    repository: body.full_name,
    stars: body.stargazers_count,
    archived: body.archived,
    ...(license ? { license } : {}),
    ...(body.pushed_at ? { pushedAt: dayOf(body.pushed_at) } : {}),
    source: GITHUB_SOURCE,
    readAt: url,
  };
}

export async function readGithubLatestRelease(ctx: SourceContext, repository: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.GITHUB_API_URL}/repos/${repository}/releases/latest`;
  const body = await ctx.http.getJson(url, GithubRelease, { headers: headers(ctx) });
  const version = versionInTag(body.tag_name);
  if (!version) throw new SourceFailure('malformed', `the latest release tag "${body.tag_name}" names no version`);
  return { kind: 'latest-version', version, ...(body.published_at ? { released: dayOf(body.published_at) } : {}), source: GITHUB_SOURCE, readAt: url };
}
