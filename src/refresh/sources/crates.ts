/**
 * crates.io, GET {CRATES_URL}/api/v1/crates/{crate} (the endpoint cargo's registry web API
 * is built on; crawler policy at https://crates.io/policies#crawlers: a User-Agent with
 * contact details and at most one request a second, which CRATES_MIN_GAP_MS enforces):
 * crate.max_stable_version, versions[].created_at, crate.recent_downloads (last 90 days).
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import { segment, type SourceContext } from './context.js';

/** crates.io's crawler policy: one request a second. */
export const CRATES_MIN_GAP_MS = 1_000;

export const CratesCrate = z.object({
  crate: z.object({
    name: z.string(),
    max_stable_version: z.string().nullish(),
    max_version: z.string(),
    recent_downloads: z.number().int().nonnegative().nullish(),
    downloads: z.number().int().nonnegative(),
  }),
  versions: z.array(z.object({ num: z.string(), created_at: z.string(), yanked: z.boolean() })),
});

export const CRATES_SOURCE = { id: 'crates-io', title: 'crates.io API (crate versions and recent downloads)', url: 'https://crates.io/data-access', publisher: 'crates.io' };

export async function readCrates(ctx: SourceContext, name: string): Promise<Reading[]> {
  const url = `${ctx.config.baseUrls.CRATES_URL}/api/v1/crates/${segment(name)}`;
  const body = await ctx.http.getJson(url, CratesCrate);
  const version = body.crate.max_stable_version ?? body.crate.max_version;
  const published = body.versions.find((v) => v.num === version)?.created_at;
  if (!published) throw new SourceFailure('malformed', `version ${version} is not among the versions listed`);
  const readings: Reading[] = [{ kind: 'latest-version', version, released: dayOf(published), source: CRATES_SOURCE, readAt: url }];
  const recent = body.crate.recent_downloads;
  if (recent !== null && recent !== undefined) {
    readings.push({
      kind: 'weekly-downloads',
      registry: 'crates',
      package: name,
      perWeek: Math.round((recent * 7) / 90),
      estimate: "crates.io's 90-day download count x 7/90",
      source: CRATES_SOURCE,
      readAt: url,
    });
  }
  return readings;
}
