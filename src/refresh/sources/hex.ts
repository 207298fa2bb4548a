/**
 * Hex, GET {HEX_URL}/api/packages/{name} (documented at https://hexpm.docs.apiary.io/,
 * "Packages"): latest_stable_version, releases[].inserted_at and downloads.week.
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import { segment, type SourceContext } from './context.js';

export const HexPackage = z.object({
  name: z.string(),
  latest_stable_version: z.string().nullish(),
  latest_version: z.string(),
  releases: z.array(z.object({ version: z.string(), inserted_at: z.string() })),
  downloads: z.object({ all: z.number().int().nonnegative().optional(), week: z.number().int().nonnegative().optional(), day: z.number().int().nonnegative().optional(), recent: z.number().int().nonnegative().optional() }),
});

export const HEX_SOURCE = { id: 'hex-pm', title: 'Hex package API (versions and weekly downloads)', url: 'https://hexpm.docs.apiary.io/', publisher: 'Hex' };

export async function readHex(ctx: SourceContext, name: string): Promise<Reading[]> {
  const url = `${ctx.config.baseUrls.HEX_URL}/api/packages/${segment(name)}`;
  const body = await ctx.http.getJson(url, HexPackage);
  const version = body.latest_stable_version ?? body.latest_version;
  const published = body.releases.find((r) => r.version === version)?.inserted_at;
  if (!published) throw new SourceFailure('malformed', `version ${version} is not among the releases listed`);
  const readings: Reading[] = [{ kind: 'latest-version', version, released: dayOf(published), source: HEX_SOURCE, readAt: url }];
  if (body.downloads.week !== undefined) readings.push({ kind: 'weekly-downloads', registry: 'hex', package: name, perWeek: body.downloads.week, source: HEX_SOURCE, readAt: url });
  return readings;
}
