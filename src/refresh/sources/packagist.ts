/**
 * Packagist, GET {PACKAGIST_URL}/packages/{vendor}/{package}.json (documented at
 * https://packagist.org/apidoc, "Getting package data"): package.versions keyed by
 * version with their times, and package.downloads {total, monthly, daily}.
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import type { SourceContext } from './context.js';
import { compareVersions, isStable } from '../versions.js';

export const PackagistPackage = z.object({
  package: z.object({
    name: z.string(),
    versions: z.record(z.string(), z.object({ version: z.string(), time: z.string().nullish() })),
    downloads: z.object({ total: z.number().int().nonnegative(), monthly: z.number().int().nonnegative(), daily: z.number().int().nonnegative() }),
  }),
});

export const PACKAGIST_SOURCE = { id: 'packagist', title: 'Packagist package data (versions and download counts)', url: 'https://packagist.org/apidoc', publisher: 'Packagist' };

export async function readPackagist(ctx: SourceContext, name: string): Promise<Reading[]> {
  const url = `${ctx.config.baseUrls.PACKAGIST_URL}/packages/${name}.json`;
  const body = await ctx.http.getJson(url, PackagistPackage);
  const releases = Object.values(body.package.versions)
    .map((v) => ({ version: v.version.replace(/^v/, ''), time: v.time }))
    .filter((v) => isStable(v.version))
    .sort((a, b) => compareVersions(b.version, a.version));
  const newest = releases[0];
  if (!newest) throw new SourceFailure('malformed', 'no stable version listed');
  return [
    { kind: 'latest-version', version: newest.version, ...(newest.time ? { released: dayOf(newest.time) } : {}), source: PACKAGIST_SOURCE, readAt: url },
    {
      kind: 'weekly-downloads',
      registry: 'packagist',
      package: name,
      perWeek: Math.round((body.package.downloads.monthly * 7) / 30),
      estimate: "Packagist's 30-day download count x 7/30",
      source: PACKAGIST_SOURCE,
      readAt: url,
    },
  ];
}
